"""Pieces shared by the documents: digits, names, budget wording, the plan tables."""

from __future__ import annotations

from sqlmodel import Session, col, select

from ethicsdesk.documents.model import PlanActivity, PlanApproach, PlanTable
from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import ActionPlan, Activity, Approach, Milestone, PlanVersion
from ethicsdesk.thai import (
    baht_text,
    fiscal_quarter,
    format_baht,
    format_date_short,
    quarter_label,
    to_arabic_digits,
    to_thai_digits,
)


class Digits:
    """Puts every number of a document in one digit set (Thai by default, as official documents are)."""

    def __init__(self, thai: bool) -> None:
        self.thai = thai

    def __call__(self, text: str) -> str:
        return to_thai_digits(text) if self.thai else to_arabic_digits(text)


def budget_wording(a: Activity, number_of: dict[int | None, int], thai: bool) -> str:
    if a.budget_kind == BudgetKind.AMOUNT:
        return format_baht(a.budget_satang or 0, thai_digits=thai)
    if a.budget_kind == BudgetKind.SHARED:
        return f"ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ {number_of.get(a.shares_budget_of_id, '?')}"
    if a.budget_kind in (BudgetKind.NOT_APPLICABLE, BudgetKind.NONE):
        return a.budget_kind.value
    return ""


def plan_table(s: Session, version: PlanVersion, view: str, d: Digits) -> PlanTable:
    """A plan version's content for one of the seed's three views."""
    from ethicsdesk.domain.markup import escape
    from ethicsdesk.services.budget import summarize

    plan = s.get(ActionPlan, version.plan_id)
    assert plan is not None
    approaches = list(
        s.exec(select(Approach).where(Approach.version_id == version.id).order_by(col(Approach.number))).all()
    )
    acts = list(
        s.exec(select(Activity).where(Activity.version_id == version.id).order_by(col(Activity.number))).all()
    )
    number_of = {a.id: a.number for a in acts}
    ms: dict[int | None, list[Milestone]] = {}
    ids = [a.id for a in acts]
    if ids:
        for m in s.exec(
            select(Milestone).where(col(Milestone.activity_id).in_(ids)).order_by(col(Milestone.date))
        ).all():
            ms.setdefault(m.activity_id, []).append(m)

    def activity(a: Activity) -> PlanActivity:
        by_quarter: dict[int, list[str]] = {}
        for m in ms.get(a.id, []):
            by_quarter.setdefault(fiscal_quarter(m.date), []).append(d(format_date_short(m.date)))
        return PlanActivity(
            number=d(f"{a.number}."),
            name=d(escape(a.name)),
            note=d(escape(a.note)),
            objective=d(escape(a.objective)),
            indicators=[d(escape(x)) for x in a.indicators],
            budget=d(escape(budget_wording(a, number_of, d.thai))),
            quarters=frozenset(q for q in range(1, 5) if a.quarters & (1 << (q - 1))),
            milestones=by_quarter,
            milestone_dates=[m.date for m in ms.get(a.id, [])],
            unit=d(escape(a.responsible_unit)),
        )

    summary = summarize(version, approaches, acts)
    total = summary.total_satang
    return PlanTable(
        view=view,  # type: ignore[arg-type]
        title=d(escape(version.title)),
        quarter_labels=[quarter_label(plan.fiscal_year, q, thai_digits=d.thai) for q in range(1, 5)],
        approaches=[
            PlanApproach(
                d(escape(f"แนวทางการพัฒนาที่ {ap.number} {ap.title}")),
                [activity(a) for a in acts if a.approach_id == ap.id],
            )
            for ap in approaches
        ],
        total_label=d(f"จำนวน {len(acts)} โครงการ/กิจกรรม"),
        total_budget=d(
            f"จำนวนงบประมาณทั้งหมด {format_baht(total, thai_digits=d.thai)} บาท ({baht_text(total)})"
        ),
    )
