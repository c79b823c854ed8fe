"""Pieces shared by the documents: digits, names, budget wording, the plan tables."""

from __future__ import annotations

from ethicsdesk.documents.model import PlanActivity, PlanApproach, PlanTable
from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.snapshots import ActivitySnap, PlanSnap
from ethicsdesk.thai import (
    baht_text,
    fiscal_quarter,
    fiscal_year,
    format_baht,
    format_date_short,
    format_day_month,
    quarter_label,
    quarter_months,
    to_arabic_digits,
    to_thai_digits,
)


class Digits:
    """Puts every number of a document in one digit set (Thai by default, as official documents are)."""

    def __init__(self, thai: bool) -> None:
        self.thai = thai

    def __call__(self, text: str) -> str:
        return to_thai_digits(text) if self.thai else to_arabic_digits(text)


def budget_wording(a: ActivitySnap, thai: bool) -> str:
    """How the plan prints an activity's budget: the amount, "n/a", "-", or the budget line it shares."""
    kind = BudgetKind(a.budget_kind)
    if kind == BudgetKind.AMOUNT:
        return format_baht(a.budget_satang or 0, thai_digits=thai)
    if kind == BudgetKind.SHARED:
        shared = "?" if a.shares_budget_of is None else a.shares_budget_of
        return f"ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ {shared}"
    if kind in (BudgetKind.NOT_APPLICABLE, BudgetKind.NONE):
        return kind.value
    return ""


NO_AMOUNT = "ยังไม่ได้กำหนดจำนวนเงิน (ไม่มีกิจกรรมใดระบุงบประมาณเป็นจำนวนเงิน)"


def total_wording(lead: str, plan: PlanSnap) -> str:
    """The plan's total in figures and words; a plan where no activity has an amount (every budget "n/a",
    "-" or shared) says so, rather than print a total of zero baht that reads as a decision."""
    if not any(BudgetKind(a.budget_kind) == BudgetKind.AMOUNT for a in plan.activities):
        return f"{lead} {NO_AMOUNT}"
    total = plan.total_satang
    return f"{lead} {format_baht(total, thai_digits=False)} บาท ({baht_text(total)})"


def plan_table(plan: PlanSnap, view: str, d: Digits) -> PlanTable:
    """A plan version's content for one of the seed's three views."""
    from ethicsdesk.domain.markup import escape

    def activity(a: ActivitySnap) -> PlanActivity:
        by_quarter: dict[int, list[str]] = {}
        in_year: dict[int, list[str]] = {}
        for m in a.milestones:
            by_quarter.setdefault(fiscal_quarter(m), []).append(d(format_date_short(m)))
            short = format_day_month(m) if fiscal_year(m) == plan.fiscal_year else format_date_short(m)
            in_year.setdefault(fiscal_quarter(m), []).append(d(short))
        return PlanActivity(
            number=d(f"{a.number}."),
            name=d(escape(a.name)),
            note=d(escape(a.note)),
            objective=d(escape(a.objective)),
            indicators=[d(escape(x)) for x in a.indicators],
            budget=d(escape(budget_wording(a, d.thai))),
            quarters=frozenset(q for q in range(1, 5) if a.quarters & (1 << (q - 1))),
            milestones=by_quarter,
            milestone_dates=list(a.milestones),
            unit=d(escape(a.responsible_unit)),
            in_year=in_year,
        )

    return PlanTable(
        view=view,  # type: ignore[arg-type]
        title=d(escape(plan.title)),
        quarter_labels=[quarter_label(plan.fiscal_year, q, thai_digits=d.thai) for q in range(1, 5)],
        approaches=[
            PlanApproach(
                d(escape(f"แนวทางการพัฒนาที่ {ap.number} {ap.title}")),
                [activity(a) for a in plan.activities if a.approach_number == ap.number],
            )
            for ap in plan.approaches
        ],
        total_label=d(f"จำนวน {len(plan.activities)} โครงการ/กิจกรรม"),
        total_budget=d(total_wording("จำนวนงบประมาณทั้งหมด", plan)),
        fiscal_year=d(f"ปีงบประมาณ พ.ศ. {plan.fiscal_year}"),
        quarter_heads=[(d(f"ไตรมาสที่ {q}"), quarter_months(plan.fiscal_year, q)) for q in range(1, 5)],
    )
