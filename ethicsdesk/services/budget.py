"""Budget of a plan version: totals per approach and in all, the total in Thai words, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import col, select

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import Activity, Approach, PlanVersion
from ethicsdesk.services.base import Service


@dataclass(frozen=True)
class Warning:
    code: str
    th: str
    en: str

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


@dataclass(frozen=True)
class ApproachTotal:
    approach_id: int
    number: int
    title: str
    total_satang: int
    activity_count: int


@dataclass(frozen=True)
class BudgetSummary:
    version_id: int
    approaches: list[ApproachTotal]
    total_satang: int
    activity_count: int
    declared_total_satang: int | None
    warnings: list[Warning] = field(default_factory=list)

    @property
    def total_words(self) -> str:
        from ethicsdesk.thai.money import baht_text

        return baht_text(self.total_satang)


def summarize(version: PlanVersion, approaches: list[Approach], activities: list[Activity]) -> BudgetSummary:
    """Totals count each budget line once: a shared activity adds nothing of its own."""
    by_id = {a.id: a for a in activities}
    warnings: list[Warning] = []
    totals: list[ApproachTotal] = []
    for ap in approaches:
        acts = [a for a in activities if a.approach_id == ap.id]
        amount = sum(a.budget_satang or 0 for a in acts if a.budget_kind == BudgetKind.AMOUNT)
        totals.append(ApproachTotal(ap.id or 0, ap.number, ap.title, amount, len(acts)))
    total = sum(t.total_satang for t in totals)
    for a in activities:
        if a.budget_kind != BudgetKind.SHARED:
            continue
        target = by_id.get(a.shares_budget_of_id)
        if target is None:
            warnings.append(
                Warning(
                    "share-missing",
                    f"กิจกรรมข้อ {a.number} ใช้งบประมาณร่วมกับกิจกรรมที่ไม่มีอยู่ในแผนฉบับนี้",
                    f"Activity {a.number} shares the budget of an activity that is not in this version",
                )
            )
        elif target.budget_kind != BudgetKind.AMOUNT:
            warnings.append(
                Warning(
                    "share-no-amount",
                    f"กิจกรรมข้อ {a.number} ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ {target.number} ซึ่งไม่มีจำนวนเงิน",
                    f"Activity {a.number} shares the budget of activity {target.number}, which has no amount",
                )
            )
    if version.declared_total_satang is not None and version.declared_total_satang != total:
        from ethicsdesk.thai.money import format_baht

        warnings.append(
            Warning(
                "declared-total",
                f"ยอดรวมที่ระบุในแผน ({format_baht(version.declared_total_satang, thai_digits=False)} บาท) ไม่เท่ากับผลรวมของกิจกรรม ({format_baht(total, thai_digits=False)} บาท)",
                f"The declared total ({format_baht(version.declared_total_satang, thai_digits=False)} baht) differs from the sum of the activities ({format_baht(total, thai_digits=False)} baht)",
            )
        )
    if version.declared_activity_count is not None and version.declared_activity_count != len(activities):
        warnings.append(
            Warning(
                "declared-count",
                f"แผนระบุจำนวน {version.declared_activity_count} กิจกรรม แต่มีอยู่ {len(activities)} กิจกรรม",
                f"The plan declares {version.declared_activity_count} activities but holds {len(activities)}",
            )
        )
    return BudgetSummary(
        version.id or 0, totals, total, len(activities), version.declared_total_satang, warnings
    )


class BudgetService(Service):
    def summary(self, version_id: int) -> BudgetSummary:
        with self.ws.reading() as s:
            version = self.get(s, PlanVersion, version_id)
            approaches = list(
                s.exec(
                    select(Approach).where(Approach.version_id == version_id).order_by(col(Approach.number))
                ).all()
            )
            activities = list(
                s.exec(
                    select(Activity).where(Activity.version_id == version_id).order_by(col(Activity.number))
                ).all()
            )
        return summarize(version, approaches, activities)
