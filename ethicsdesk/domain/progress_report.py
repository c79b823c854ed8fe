"""What a progress report shows (รายงานผลการดำเนินงาน): the summary of a reporting period as plain
frozen data.

``ethicsdesk.services.progress_period`` computes it from the records; ``ethicsdesk.documents.report``
prints it; certified minutes keep it inside their frozen snapshot (``ethicsdesk.domain.snapshots``), so
every part is a frozen dataclass of plain values (text, numbers, dates, enums, tuples) that the snapshot
codec stores and reads back equal. No row of the database is held here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ethicsdesk.domain.progress import ProgressStatus, Target


@dataclass(frozen=True)
class ActivityRef:
    """An activity of the plan version as the report names it."""

    number: int
    name: str
    approach_number: int  # 0 when the activity is under no approach of the version
    responsible_unit: str
    budget_kind: str  # BudgetKind's value: "amount", "n/a", "-", "shared", ""
    budget_satang: int | None


@dataclass(frozen=True)
class ApproachRef:
    """A development approach (แนวทางการพัฒนา) of the plan version."""

    number: int
    title: str


@dataclass(frozen=True)
class IndicatorOutcome:
    position: int
    text: str
    target: Target
    value: int | None  # hundredths: one reporter's value, the mean of percentages, the sum of counts
    met: bool | None  # every reporter met the target; None when nothing was reported
    reporters_met: int
    reporters_reported: int
    reporters: int


@dataclass(frozen=True)
class DoneEntry:
    quarter: int
    unit: str  # "" for the activity as a whole
    text: str


@dataclass(frozen=True)
class ActivityProgress:
    activity: ActivityRef
    status: ProgressStatus | None  # at the end of the period; None: never reported
    reporters: int
    reported: int  # reporters that reported (in the period for a quarterly report, up to its end otherwise)
    done: tuple[DoneEntry, ...]
    indicators: tuple[IndicatorOutcome, ...]
    spent_in_period: int | None
    spent_to_date: int | None
    problems: tuple[str, ...]
    in_scope: bool  # planned in the period or reported in it


@dataclass(frozen=True)
class BudgetLine:
    """A budget line of the plan (an activity with an amount) with the activities that share it."""

    activity: ActivityRef
    budget_satang: int | None  # None: spending on an activity without a budget line
    sharers: tuple[ActivityRef, ...]
    spent_in_period: int
    spent_to_date: int


@dataclass(frozen=True)
class LateItem:
    activity: ActivityRef
    due: tuple[
        dt.date, ...
    ]  # passed milestones without a 'done' record, and the end of the last planned quarter
    status: ProgressStatus | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class PeriodSummary:
    """The progress of a plan version over a reporting period: one quarter, or the first 3, 6, 9 or 12
    months of the fiscal year, as of a day."""

    organisation: str  # the organisation's name ("" when unknown)
    version_title: str
    version_number: int
    fiscal_year: int
    kind: str  # "quarter" or "months"
    first_quarter: int
    last_quarter: int
    start: dt.date
    end: dt.date
    as_of: dt.date
    approaches: tuple[ApproachRef, ...]
    activities: tuple[ActivityProgress, ...]
    budget_lines: tuple[BudgetLine, ...]
    budget_total: int
    late: tuple[LateItem, ...] = ()
    not_reported: tuple[ActivityRef, ...] = ()

    @property
    def months(self) -> int:
        return 3 * self.last_quarter if self.kind == "months" else 3

    @property
    def spent_in_period(self) -> int:
        return sum(line.spent_in_period for line in self.budget_lines)

    @property
    def spent_to_date(self) -> int:
        return sum(line.spent_to_date for line in self.budget_lines)
