"""The budget of a plan version: totals per approach and in all, the total in Thai words, warnings.

Pure: it takes the version, its approaches and its activities as read (the models' rows, or the plain rows
of ``storage.fast_read``) and imports nothing of SQLModel, so that minutes can be printed without the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ethicsdesk.domain.enums import BudgetKind


class VersionRow(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def declared_total_satang(self) -> int | None: ...
    @property
    def declared_activity_count(self) -> int | None: ...


class ApproachRow(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def number(self) -> int: ...
    @property
    def title(self) -> str: ...


class ActivityRow(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def number(self) -> int: ...
    @property
    def approach_id(self) -> int: ...
    @property
    def budget_kind(self) -> BudgetKind: ...
    @property
    def budget_satang(self) -> int | None: ...
    @property
    def shares_budget_of_id(self) -> int | None: ...


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


def summarize(
    version: VersionRow, approaches: Sequence[ApproachRow], activities: Sequence[ActivityRow]
) -> BudgetSummary:
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
