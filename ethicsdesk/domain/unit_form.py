"""A unit's progress form (แบบรายงานผล) as plain frozen data, both ways.

``UnitFormData`` is what a new form shows: the unit's activities of one plan version and quarter, with
what the unit has already reported (``ethicsdesk.services.progress_forms`` loads it; the pure writer in
``ethicsdesk.office.forms`` turns it into an .xlsx). ``FilledForm`` is what a filled form says, read and
checked against its own structure by ``ethicsdesk.office.forms.read_form``, not yet against the records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ethicsdesk.domain.progress import ProgressStatus
from ethicsdesk.domain.snapshots import ActivitySnap

# -- a new form -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportedResult:
    """An indicator result the unit already reported (hundredths, or met / not met, and a note)."""

    position: int
    value_hundredths: int | None
    met: bool | None
    note: str


@dataclass(frozen=True)
class ReportedEntry:
    """What the unit already reported for one activity in the form's quarter."""

    status: ProgressStatus
    done_text: str
    spent_satang: int | None
    evidence: str
    problems: str
    reported_by: str
    reported_on: dt.date | None
    results: tuple[ReportedResult, ...]


@dataclass(frozen=True)
class FormActivity:
    activity: ActivitySnap
    reported: ReportedEntry | None  # None: nothing reported yet for the quarter


@dataclass(frozen=True)
class UnitFormData:
    """Everything a unit's form for one quarter of a plan version shows."""

    fiscal_year: int
    version_number: int
    version_title: str
    unit_name: str
    unit_short_name: str
    quarter: int
    activities: tuple[FormActivity, ...]  # the unit's activities, in the plan's order
    # the form's header, from the first record the unit has for the quarter (None: it has none)
    reported_by: str | None = None
    reported_on: dt.date | None = None


# -- a filled form ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilledIndicator:
    position: int
    value: int | None  # hundredths
    met: bool | None
    note: str


@dataclass(frozen=True)
class FilledActivity:
    number: int
    name: str
    indicators_text: tuple[str, ...]
    status: ProgressStatus | None  # None: the row was left empty
    done: str
    spent_satang: int | None
    evidence: str
    problems: str
    results: tuple[FilledIndicator, ...]

    @property
    def empty(self) -> bool:
        return (
            self.status is None
            and not (self.done or self.evidence or self.problems)
            and self.spent_satang is None
            and not any(r.value is not None or r.met is not None or r.note for r in self.results)
        )


@dataclass(frozen=True)
class FilledForm:
    """A unit form as read and checked against its own structure (not yet against the records)."""

    form_id: str
    fiscal_year: int
    plan_version: int
    unit: str
    quarter: int
    reported_by: str
    reported_on: dt.date | None
    activities: tuple[FilledActivity, ...]
