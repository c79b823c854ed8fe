"""Reading progress: a plan version's snapshot and the grid of activities × quarters (the summary of a
reporting period is in progress_period).

Pure functions over a snapshot of one plan version, so the GUI grid, the reports and the minutes read
the same numbers. Rules:

- Each activity has reporters: the units responsible for it (ethicsdesk.domain.progress.responsible_units)
  or, when none, the activity as a whole (key None).
- A reporter's state at the end of quarter q is its latest record up to q (a quarter with no new record
  keeps the last one). The activity's status aggregates its reporters: done when every reporter is done
  or cancelled, cancelled when every one cancelled, under way when any is under way or done.
- A milestone is overdue when its date has passed and its quarter has no 'done' record from every reporter.
- Money spent is per quarter; shared budget lines are counted once (their spending adds up on the line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    Approach,
    Committee,
    IndicatorResult,
    Milestone,
    Organisation,
    OrgUnit,
    PlanVersion,
    ProgressRecord,
)
from ethicsdesk.domain.progress import ProgressStatus, responsible_units
from ethicsdesk.errors import ValidationError
from ethicsdesk.thai import fiscal_quarter, quarter_range

Reporter = int | None  # a unit id, or None for the activity as a whole
FINISHED = (ProgressStatus.DONE, ProgressStatus.CANCELLED)


@dataclass
class Snapshot:
    """Everything about one plan version's progress, read in one session."""

    fiscal_year: int
    version: PlanVersion
    approaches: list[Approach]
    activities: list[Activity]
    milestones: dict[int, list[Milestone]]
    units: list[OrgUnit]
    records: dict[int, list[ProgressRecord]]
    results: dict[int, list[IndicatorResult]]
    organisation: str = ""  # the organisation's name

    def reporters(self, a: Activity) -> list[Reporter]:
        keys: list[Reporter] = [u.id for u in responsible_units(a.responsible_unit, self.units)] or [None]
        for r in self.records.get(a.id or 0, []):
            if r.unit_id not in keys:  # recorded before the units changed: still counted
                keys.append(r.unit_id)
        return keys

    def unit(self, key: Reporter) -> OrgUnit | None:
        return next((u for u in self.units if u.id == key), None)

    def at(self, a: Activity, key: Reporter, q: int) -> ProgressRecord | None:
        """The reporter's record of exactly quarter q."""
        return next((r for r in self.records.get(a.id or 0, []) if r.unit_id == key and r.quarter == q), None)

    def latest(self, a: Activity, key: Reporter, q: int) -> ProgressRecord | None:
        """The reporter's latest record up to quarter q."""
        found = [r for r in self.records.get(a.id or 0, []) if r.unit_id == key and r.quarter <= q]
        return max(found, key=lambda r: r.quarter, default=None)


def load_snapshot(s: Session, version_id: int) -> Snapshot:
    version = s.get(PlanVersion, version_id)
    if version is None:
        raise ValidationError(f"ไม่พบแผนฉบับรหัส {version_id}", f"No plan version with id {version_id}")
    plan = s.get(ActionPlan, version.plan_id)
    assert plan is not None
    committee = s.get(Committee, plan.committee_id)
    assert committee is not None
    approaches = list(
        s.exec(
            select(Approach)
            .where(Approach.version_id == version_id)
            .order_by(col(Approach.number), col(Approach.id))
        ).all()
    )
    activities = list(
        s.exec(
            select(Activity)
            .where(Activity.version_id == version_id)
            .order_by(col(Activity.number), col(Activity.id))
        ).all()
    )
    ids = [a.id for a in activities]
    milestones: dict[int, list[Milestone]] = {}
    records: dict[int, list[ProgressRecord]] = {}
    results: dict[int, list[IndicatorResult]] = {}
    if ids:
        for m in s.exec(
            select(Milestone)
            .where(col(Milestone.activity_id).in_(ids))
            .order_by(col(Milestone.date), col(Milestone.id))
        ).all():
            milestones.setdefault(m.activity_id, []).append(m)
        recs = s.exec(
            select(ProgressRecord)
            .where(col(ProgressRecord.activity_id).in_(ids))
            .order_by(col(ProgressRecord.quarter), col(ProgressRecord.id))
        ).all()
        for r in recs:
            records.setdefault(r.activity_id, []).append(r)
        rec_ids = [r.id for r in recs]
        if rec_ids:
            for x in s.exec(
                select(IndicatorResult)
                .where(col(IndicatorResult.record_id).in_(rec_ids))
                .order_by(col(IndicatorResult.position), col(IndicatorResult.id))
            ).all():
                results.setdefault(x.record_id, []).append(x)
    units = list(
        s.exec(
            select(OrgUnit)
            .where(OrgUnit.organisation_id == committee.organisation_id)
            .order_by(col(OrgUnit.position), col(OrgUnit.id))
        ).all()
    )
    org = s.get(Organisation, committee.organisation_id)
    return Snapshot(
        plan.fiscal_year,
        version,
        approaches,
        activities,
        milestones,
        units,
        records,
        results,
        org.name if org else "",
    )


def aggregate(statuses: Iterable[ProgressStatus | None]) -> ProgressStatus | None:
    """The status of an activity from its reporters' (None: a reporter that has not reported)."""
    items = list(statuses)
    known = [x for x in items if x is not None]
    if not known:
        return None
    if len(known) == len(items):
        if all(x == ProgressStatus.CANCELLED for x in known):
            return ProgressStatus.CANCELLED
        if all(x in FINISHED for x in known):
            return ProgressStatus.DONE
    if any(x in (ProgressStatus.UNDER_WAY, ProgressStatus.DONE) for x in known):
        return ProgressStatus.UNDER_WAY
    return ProgressStatus.NOT_STARTED


def planned(a: Activity, q: int) -> bool:
    return bool(a.quarters & (1 << (q - 1)))


# -- the grid ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuarterInfo:
    quarter: int
    first: dt.date
    last: dt.date
    started: bool
    ended: bool


@dataclass(frozen=True)
class GridCell:
    """One activity in one quarter.

    ``status`` is the activity's status at the end of the quarter (carried from earlier quarters);
    ``fresh_status`` aggregates only this quarter's records (None: nothing reported for it).
    ``state`` sums it up for display: "future" (the quarter has not begun), "overdue" (a milestone
    passed without a 'done' record), "missing" (planned, the quarter ended, nothing reported), else the
    status's value, or "due" (planned, under way, no report yet) or "idle" (not planned, nothing).
    """

    quarter: int
    planned: bool
    status: ProgressStatus | None
    fresh_status: ProgressStatus | None
    reported: int  # reporters with a record of this quarter
    expected: int  # reporters of the activity
    milestones: tuple[dt.date, ...]
    overdue_milestones: tuple[dt.date, ...]
    missing: bool
    state: str
    record_ids: tuple[int, ...]

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_milestones)


@dataclass(frozen=True)
class GridRow:
    activity_id: int
    number: int
    name: str
    approach_number: int
    responsible_unit: str
    cells: tuple[GridCell, ...]  # quarters 1-4


@dataclass(frozen=True)
class ProgressGrid:
    version_id: int
    fiscal_year: int
    as_of: dt.date
    quarters: tuple[QuarterInfo, ...]
    rows: tuple[GridRow, ...]
    unit_id: int | None = None  # set for one unit's view


def quarter_infos(fy: int, as_of: dt.date) -> tuple[QuarterInfo, ...]:
    out = []
    for q in range(1, 5):
        first, last = quarter_range(fy, q)
        out.append(QuarterInfo(q, first, last, as_of >= first, as_of > last))
    return tuple(out)


def grid(snap: Snapshot, as_of: dt.date, unit_id: int | None = None) -> ProgressGrid:
    """The grid of every activity (or, with ``unit_id``, of that unit's activities and records)."""
    infos = quarter_infos(snap.fiscal_year, as_of)
    number_of = {ap.id: ap.number for ap in snap.approaches}
    rows = []
    for a in snap.activities:
        keys: list[Reporter] = snap.reporters(a)
        if unit_id is not None:
            if unit_id not in keys:
                continue
            keys = [unit_id]
        cells = tuple(_cell(snap, a, keys, info, as_of) for info in infos)
        rows.append(
            GridRow(a.id or 0, a.number, a.name, number_of.get(a.approach_id, 0), a.responsible_unit, cells)
        )
    return ProgressGrid(snap.version.id or 0, snap.fiscal_year, as_of, infos, tuple(rows), unit_id)


def _cell(snap: Snapshot, a: Activity, keys: list[Reporter], info: QuarterInfo, as_of: dt.date) -> GridCell:
    q = info.quarter
    fresh = [snap.at(a, k, q) for k in keys]
    carried = [snap.latest(a, k, q) for k in keys]
    status = aggregate(r.status if r else None for r in carried)
    fresh_status = aggregate(r.status if r else None for r in fresh)
    dates = tuple(m.date for m in snap.milestones.get(a.id or 0, []) if fiscal_quarter(m.date) == q)
    overdue = tuple(d for d in dates if d < as_of and fresh_status not in FINISHED)
    is_planned = planned(a, q)
    missing = is_planned and info.ended and fresh_status is None and status not in FINISHED
    if not info.started:
        state = "future"
    elif overdue:
        state = "overdue"
    elif missing:
        state = "missing"
    elif status is not None and (fresh_status is not None or status in FINISHED or not is_planned):
        state = status.value
    else:
        state = "due" if is_planned else "idle"
    return GridCell(
        q,
        is_planned,
        status,
        fresh_status,
        sum(1 for r in fresh if r is not None),
        len(keys),
        dates,
        overdue,
        missing,
        state,
        tuple(r.id or 0 for r in fresh if r is not None),
    )


@dataclass(frozen=True)
class UnitCell:
    """One reporter of an activity in one quarter: its record of the quarter, if any."""

    unit_id: int | None
    unit_name: str
    record_id: int | None
    status: ProgressStatus | None
    carried_status: ProgressStatus | None  # its latest record up to the quarter
    reported_on: dt.date | None


def unit_cells(snap: Snapshot, activity_id: int, q: int) -> list[UnitCell]:
    a = next((x for x in snap.activities if x.id == activity_id), None)
    if a is None:
        raise ValidationError(f"ไม่พบกิจกรรมรหัส {activity_id}", f"No activity with id {activity_id}")
    out = []
    for key in snap.reporters(a):
        r, last = snap.at(a, key, q), snap.latest(a, key, q)
        unit = snap.unit(key)
        out.append(
            UnitCell(
                key,
                (unit.short_name or unit.name) if unit else "",
                r.id if r else None,
                r.status if r else None,
                last.status if last else None,
                r.reported_on if r else None,
            )
        )
    return out
