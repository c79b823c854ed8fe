"""Progress of the plan through the year: the organisation's units, progress records, the grid, summaries.

Every change is one transaction (one user action, audited). ``check_entry`` is the one place that says
what a progress record may hold; the unit forms' import uses it before it changes anything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Session, col, select

from ethicsdesk.domain.models import Activity, IndicatorResult, Organisation, OrgUnit, ProgressRecord
from ethicsdesk.domain.progress import responsible_units
from ethicsdesk.domain.progress_report import PeriodSummary
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, require_text
from ethicsdesk.services.progress_entries import (
    CheckedEntry,
    IndicatorEntry,
    ProgressEntry,
    check_entry,
    org_units,
    organisation_of,
    store,
)
from ethicsdesk.services.progress_summary import (
    GridCell,
    ProgressGrid,
    UnitCell,
    grid,
    load_snapshot,
    unit_cells,
)

__all__ = [
    "CheckedEntry",
    "GridCell",
    "IndicatorEntry",
    "PeriodSummary",
    "ProgressEntry",
    "ProgressGrid",
    "ProgressService",
    "UnitCell",
    "check_entry",
]


class ProgressService(Service):
    # -- units ----------------------------------------------------------------------------------------
    def _organisation(self, s: Session, organisation_id: int | None) -> int:
        if organisation_id is not None:
            return self.get(s, Organisation, organisation_id).id or 0
        org = s.exec(select(Organisation).order_by(col(Organisation.id))).first()
        if org is None:
            raise ValidationError("ยังไม่มีข้อมูลหน่วยงาน (กรม)", "There is no organisation yet")
        return org.id or 0

    def units(self, organisation_id: int | None = None) -> list[OrgUnit]:
        with self.ws.reading() as s:
            if organisation_id is None and s.exec(select(Organisation)).first() is None:
                return []
            return org_units(s, self._organisation(s, organisation_id))

    def add_unit(self, name: str, short_name: str = "", organisation_id: int | None = None) -> OrgUnit:
        """A unit at the end of the organisation's list."""
        with self.ws.transaction() as s:
            org = self._organisation(s, organisation_id)
            self.get(s, Organisation, org, lock=True)  # the organisation's numbered units: one edit at a time
            units = org_units(s, org)
            unit = OrgUnit(
                organisation_id=org,
                position=len(units) + 1,
                name=require_text(name, "ชื่อหน่วยงาน", "unit name"),
                short_name=short_name.strip(),
            )
            self._check_unique(unit, units)
            s.add(unit)
            s.flush()
            return unit

    def update_unit(self, unit_id: int, *, name: str | None = None, short_name: str | None = None) -> OrgUnit:
        with self.ws.transaction() as s:
            unit = self.get(s, OrgUnit, unit_id)
            if name is not None:
                unit.name = require_text(name, "ชื่อหน่วยงาน", "unit name")
            if short_name is not None:
                unit.short_name = short_name.strip()
            self._check_unique(unit, org_units(s, unit.organisation_id))
            s.add(unit)
            return unit

    @staticmethod
    def _check_unique(unit: OrgUnit, units: list[OrgUnit]) -> None:
        for other in units:
            if other.id == unit.id:
                continue
            for mine in (unit.name, unit.short_name):
                if mine and mine in (other.name, other.short_name):
                    raise ValidationError(
                        f"มีหน่วยงานชื่อ «{mine}» อยู่แล้ว", f"There is already a unit named «{mine}»"
                    )

    def remove_unit(self, unit_id: int) -> None:
        """Remove a unit that has reported nothing; later units move up."""
        with self.ws.transaction() as s:
            unit = self.get(s, OrgUnit, unit_id)
            if s.exec(select(ProgressRecord.id).where(ProgressRecord.unit_id == unit_id)).first() is not None:
                raise ValidationError(
                    f"ลบหน่วยงาน «{unit.name}» ไม่ได้ เพราะมีผลการดำเนินงานที่หน่วยงานนี้รายงานไว้",
                    f"The unit «{unit.name}» has reported progress and cannot be removed",
                )
            # the organisation's numbered units: one edit at a time
            self.get(s, Organisation, unit.organisation_id, lock=True)
            later = [u for u in org_units(s, unit.organisation_id) if u.position > unit.position]
            s.delete(unit)
            s.flush()
            for u in later:
                u.position -= 1
                s.add(u)
            self.shifted(later)

    def units_for_activity(self, activity_id: int) -> list[OrgUnit]:
        """The units that report on an activity; empty when it is reported as a whole."""
        with self.ws.reading() as s:
            a = self.get(s, Activity, activity_id)
            return responsible_units(a.responsible_unit, org_units(s, organisation_of(s, a)))

    # -- records --------------------------------------------------------------------------------------
    def record(self, activity_id: int, quarter: int, unit_id: int | None = None) -> ProgressRecord | None:
        with self.ws.reading() as s:
            return s.exec(
                select(ProgressRecord).where(
                    ProgressRecord.activity_id == activity_id,
                    ProgressRecord.quarter == quarter,
                    col(ProgressRecord.unit_id).is_(None)
                    if unit_id is None
                    else col(ProgressRecord.unit_id) == unit_id,
                )
            ).first()

    def records(self, version_id: int) -> list[ProgressRecord]:
        """Every record of a plan version, by activity number, quarter and unit."""
        with self.ws.reading() as s:
            snap = load_snapshot(s, version_id)
        return [r for a in snap.activities for r in snap.records.get(a.id or 0, [])]

    def results(self, record_id: int) -> list[IndicatorResult]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(IndicatorResult)
                    .where(IndicatorResult.record_id == record_id)
                    .order_by(col(IndicatorResult.position), col(IndicatorResult.id))
                ).all()
            )

    def save(self, entry: ProgressEntry, *, today: dt.date | None = None) -> ProgressRecord:
        """Record (or replace) the progress of an activity in a quarter, for a unit or as a whole."""
        with self.ws.transaction() as s:
            return store(s, check_entry(s, entry, today or dt.date.today()))

    def remove(self, record_id: int) -> None:
        with self.ws.transaction() as s:
            record = self.get(s, ProgressRecord, record_id)
            for r in s.exec(select(IndicatorResult).where(IndicatorResult.record_id == record_id)).all():
                s.delete(r)
            s.flush()
            s.delete(record)

    # -- undo: a record as it was, and putting it back -------------------------------------------------
    def entry(self, activity_id: int, quarter: int, unit_id: int | None = None) -> ProgressEntry | None:
        """The stored progress of an activity's quarter as an entry (what undo puts back); None: nothing."""
        record = self.record(activity_id, quarter, unit_id)
        return None if record is None else self._as_entry(record)

    def quarter_entries(self, version_id: int, quarter: int) -> dict[tuple[int, int | None], ProgressEntry]:
        """Every record of one quarter of a plan version, by (activity id, unit id): an import's undo."""
        return {
            (r.activity_id, r.unit_id): self._as_entry(r)
            for r in self.records(version_id)
            if r.quarter == quarter
        }

    def _as_entry(self, record: ProgressRecord) -> ProgressEntry:
        results = tuple(
            IndicatorEntry(
                r.position,
                None if r.value_hundredths is None else Decimal(r.value_hundredths) / 100,
                r.met,
                r.note,
            )
            for r in self.results(record.id or 0)
        )
        return ProgressEntry(
            record.activity_id, record.quarter, record.status, record.unit_id, record.done_text,
            record.spent_satang, record.evidence, record.problems, record.reported_by, record.reported_on,
            results, record.form_id,
        )  # fmt: skip

    def put_back(
        self, activity_id: int, quarter: int, unit_id: int | None, entry: ProgressEntry | None
    ) -> None:
        """Make the record of an activity's quarter what ``entry`` says, or remove it when None (undo)."""
        with self.ws.transaction() as s:
            self._put_back(s, activity_id, quarter, unit_id, entry)

    def put_back_quarter(
        self, version_id: int, quarter: int, entries: dict[tuple[int, int | None], ProgressEntry]
    ) -> None:
        """Make one quarter's records what ``quarter_entries`` returned earlier, in one transaction."""
        now = self.quarter_entries(version_id, quarter)
        with self.ws.transaction() as s:
            for (activity_id, unit_id), entry in {**dict.fromkeys(now), **entries}.items():
                if now.get((activity_id, unit_id)) != entry:
                    self._put_back(s, activity_id, quarter, unit_id, entry)

    def _put_back(
        self, s: Session, activity_id: int, quarter: int, unit_id: int | None, entry: ProgressEntry | None
    ) -> None:
        if entry is not None:
            today = max(dt.date.today(), entry.reported_on or dt.date.today())
            store(s, check_entry(s, entry, today))
            return
        record = s.exec(
            select(ProgressRecord).where(
                ProgressRecord.activity_id == activity_id,
                ProgressRecord.quarter == quarter,
                col(ProgressRecord.unit_id).is_(None)
                if unit_id is None
                else col(ProgressRecord.unit_id) == unit_id,
            )
        ).first()
        if record is not None:
            for r in s.exec(select(IndicatorResult).where(IndicatorResult.record_id == record.id)).all():
                s.delete(r)
            s.flush()
            s.delete(record)

    def has_progress(self, activity_id: int) -> bool:
        """Whether removing the activity would remove recorded progress (for a warning first)."""
        with self.ws.reading() as s:
            return (
                s.exec(select(ProgressRecord.id).where(ProgressRecord.activity_id == activity_id)).first()
                is not None
            )

    # -- views ----------------------------------------------------------------------------------------
    def grid(self, version_id: int, as_of: dt.date | None = None, unit_id: int | None = None) -> ProgressGrid:
        """Activities × quarters with each cell's state and overdue flags; with ``unit_id``, one unit's view."""
        with self.ws.reading() as s:
            snap = load_snapshot(s, version_id)
            if unit_id is not None:
                self.get(s, OrgUnit, unit_id)
        return grid(snap, as_of or dt.date.today(), unit_id)

    def unit_cells(self, activity_id: int, quarter: int) -> list[UnitCell]:
        """Per-unit view of one activity in one quarter: each reporting unit and its record, if any."""
        with self.ws.reading() as s:
            a = self.get(s, Activity, activity_id)
            snap = load_snapshot(s, a.version_id)
        return unit_cells(snap, activity_id, quarter)

    def summary(
        self,
        version_id: int,
        *,
        months: int | None = None,
        quarter: int | None = None,
        as_of: dt.date | None = None,
        allow_open_period: bool = False,
    ) -> PeriodSummary:
        """The progress of a reporting period: the quarter ``quarter``, or the first ``months`` (3, 6, 9,
        12) of the fiscal year. A period that has not ended by ``as_of`` is refused unless allowed."""
        from ethicsdesk.services.reports import progress_summary

        return progress_summary(
            self.ws, version_id, months, quarter, as_of, allow_open_period=allow_open_period
        )
