"""Reading progress: the grid of activities × quarters, and the summary of a reporting period.

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
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import ActionPlan, Activity, Approach, Committee, Milestone, PlanVersion
from ethicsdesk.domain.progress import (
    IndicatorResult,
    OrgUnit,
    ProgressRecord,
    ProgressStatus,
    Target,
    is_met,
    parse_target,
    responsible_units,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.thai import fiscal_quarter, format_date_short, quarter_range

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
        s.exec(select(Approach).where(Approach.version_id == version_id).order_by(col(Approach.number))).all()
    )
    activities = list(
        s.exec(select(Activity).where(Activity.version_id == version_id).order_by(col(Activity.number))).all()
    )
    ids = [a.id for a in activities]
    milestones: dict[int, list[Milestone]] = {}
    records: dict[int, list[ProgressRecord]] = {}
    results: dict[int, list[IndicatorResult]] = {}
    if ids:
        for m in s.exec(
            select(Milestone).where(col(Milestone.activity_id).in_(ids)).order_by(col(Milestone.date))
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
                .order_by(col(IndicatorResult.position))
            ).all():
                results.setdefault(x.record_id, []).append(x)
    units = list(
        s.exec(
            select(OrgUnit)
            .where(OrgUnit.organisation_id == committee.organisation_id)
            .order_by(col(OrgUnit.position))
        ).all()
    )
    return Snapshot(plan.fiscal_year, version, approaches, activities, milestones, units, records, results)


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


# -- a reporting period --------------------------------------------------------------------------------


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
    activity: Activity
    approach_number: int
    status: ProgressStatus | None  # at the end of the period; None: never reported
    reporters: int
    reported: int  # reporters that reported (in the period for a quarterly report, up to its end otherwise)
    done: list[DoneEntry]
    indicators: list[IndicatorOutcome]
    spent_in_period: int | None
    spent_to_date: int | None
    problems: list[str]
    in_scope: bool  # planned in the period or reported in it


@dataclass(frozen=True)
class BudgetLine:
    """A budget line of the plan (an activity with an amount) with the activities that share it."""

    activity: Activity
    budget_satang: int | None  # None: spending on an activity without a budget line
    sharers: list[Activity]
    spent_in_period: int
    spent_to_date: int


@dataclass(frozen=True)
class LateItem:
    activity: Activity
    due: list[dt.date]  # passed milestones without a 'done' record, and the end of the last planned quarter
    status: ProgressStatus | None
    reasons: list[str]


@dataclass
class PeriodSummary:
    version: PlanVersion
    fiscal_year: int
    kind: str  # "quarter" or "months"
    first_quarter: int
    last_quarter: int
    start: dt.date
    end: dt.date
    as_of: dt.date
    approaches: list[Approach]
    activities: list[ActivityProgress]
    budget_lines: list[BudgetLine]
    budget_total: int
    late: list[LateItem] = field(default_factory=list)
    not_reported: list[Activity] = field(default_factory=list)

    @property
    def months(self) -> int:
        return 3 * self.last_quarter if self.kind == "months" else 3

    @property
    def spent_in_period(self) -> int:
        return sum(line.spent_in_period for line in self.budget_lines)

    @property
    def spent_to_date(self) -> int:
        return sum(line.spent_to_date for line in self.budget_lines)


def period(fy: int, months: int | None, quarter: int | None) -> tuple[str, int, int]:
    """("months", 1, months // 3) for a 3-, 6-, 9- or 12-month summary; ("quarter", q, q) for one quarter."""
    if (months is None) == (quarter is None):
        raise ValidationError(
            "ระบุรอบรายงานเป็นจำนวนเดือน (๓ ๖ ๙ ๑๒) หรือไตรมาสอย่างใดอย่างหนึ่ง",
            "Give the report's period either as months (3, 6, 9, 12) or as a quarter",
        )
    if months is not None:
        if months not in (3, 6, 9, 12) or isinstance(months, bool):
            raise ValidationError(
                f"รอบรายงานต้องเป็น ๓ ๖ ๙ หรือ ๑๒ เดือน ไม่ใช่ {months}",
                f"A report covers 3, 6, 9 or 12 months, not {months}",
            )
        return "months", 1, months // 3
    if quarter not in (1, 2, 3, 4) or isinstance(quarter, bool):
        raise ValidationError(f"ไตรมาสต้องเป็น ๑ ถึง ๔ ไม่ใช่ {quarter}", f"A quarter is 1 to 4, not {quarter}")
    return "quarter", quarter, quarter


def check_period_ended(fy: int, last_quarter: int, as_of: dt.date) -> None:
    end = quarter_range(fy, last_quarter)[1]
    if as_of <= end:
        raise ValidationError(
            f"รอบรายงานยังไม่สิ้นสุด: ไตรมาสที่ {last_quarter} ของปีงบประมาณ {fy} สิ้นสุดวันที่ "
            f"{format_date_short(end)} (ข้อมูล ณ วันที่ {format_date_short(as_of)})",
            f"The period has not ended: quarter {last_quarter} of fiscal year {fy} ends on "
            f"{end.isoformat()} (as of {as_of.isoformat()})",
        )


def summarize_period(snap: Snapshot, kind: str, first: int, last: int, as_of: dt.date) -> PeriodSummary:
    from ethicsdesk.services.budget import summarize

    fy = snap.fiscal_year
    start, end = quarter_range(fy, first)[0], quarter_range(fy, last)[1]
    number_of = {ap.id: ap.number for ap in snap.approaches}
    progress: list[ActivityProgress] = []
    late: list[LateItem] = []
    not_reported: list[Activity] = []
    spent: dict[int, tuple[int | None, int | None]] = {}
    for a in snap.activities:
        item = _activity_progress(snap, a, kind, first, last, number_of.get(a.approach_id, 0))
        progress.append(item)
        spent[a.id or 0] = (item.spent_in_period, item.spent_to_date)
        if not item.in_scope:
            continue
        if kind == "quarter":
            silent = planned(a, last) and item.reported == 0
        else:
            silent = item.status is None and any(planned(a, q) for q in range(1, last + 1))
        if silent and item.status not in FINISHED:
            not_reported.append(a)
        due = _late_dates(snap, a, last, as_of, item.status)
        if due:
            late.append(LateItem(a, due, item.status, item.problems))
    by_id = {a.id: a for a in snap.activities}
    lines: list[BudgetLine] = []
    covered: set[int | None] = set()
    for a in snap.activities:
        if a.budget_kind != BudgetKind.AMOUNT:
            continue
        sharers = [
            x for x in snap.activities if x.budget_kind == BudgetKind.SHARED and x.shares_budget_of_id == a.id
        ]
        members = [a, *sharers]
        covered.update(m.id for m in members)
        lines.append(
            BudgetLine(
                a,
                a.budget_satang or 0,
                sharers,
                sum(spent[m.id or 0][0] or 0 for m in members),
                sum(spent[m.id or 0][1] or 0 for m in members),
            )
        )
    for a in snap.activities:  # spending on an activity without a budget line of its own
        if a.id in covered or spent[a.id or 0][1] is None:
            continue
        if a.budget_kind == BudgetKind.SHARED and a.shares_budget_of_id in by_id:
            continue
        lines.append(BudgetLine(a, None, [], spent[a.id or 0][0] or 0, spent[a.id or 0][1] or 0))
    total = summarize(snap.version, snap.approaches, snap.activities).total_satang
    summary = PeriodSummary(
        snap.version, fy, kind, first, last, start, end, as_of, snap.approaches, progress, lines, total
    )
    summary.late = late
    summary.not_reported = not_reported
    return summary


def _activity_progress(
    snap: Snapshot, a: Activity, kind: str, first: int, last: int, approach_number: int
) -> ActivityProgress:
    keys = snap.reporters(a)
    if kind == "quarter":
        current = [snap.at(a, k, last) for k in keys]
        carried = [snap.latest(a, k, last) for k in keys]
        status = aggregate(r.status if r else None for r in carried)
        basis = [r if r is not None else c for r, c in zip(current, carried, strict=True)]
        reported = sum(1 for r in current if r is not None)
        in_scope = planned(a, last) or reported > 0
    else:
        basis = [snap.latest(a, k, last) for k in keys]
        status = aggregate(r.status if r else None for r in basis)
        reported = sum(1 for r in basis if r is not None)
        in_scope = True
    records = snap.records.get(a.id or 0, [])
    in_period = [r for r in records if first <= r.quarter <= last]
    positions = {k: i for i, k in enumerate(keys)}
    done = [
        DoneEntry(r.quarter, _unit_name(snap, r.unit_id), r.done_text)
        for r in sorted(in_period, key=lambda r: (r.quarter, positions.get(r.unit_id, 0)))
        if r.done_text.strip()
    ]
    spent_period = [r.spent_satang for r in in_period if r.spent_satang is not None]
    spent_all = [r.spent_satang for r in records if r.quarter <= last and r.spent_satang is not None]
    problems = [
        (f"{_unit_name(snap, r.unit_id)}: " if r.unit_id is not None else "") + r.problems.strip()
        for r in basis
        if r is not None and r.problems.strip()
    ]
    indicators = [_indicator(snap, i, text, basis) for i, text in enumerate(a.indicators, 1)]
    return ActivityProgress(
        a,
        approach_number,
        status,
        len(keys),
        reported,
        done,
        indicators,
        sum(spent_period) if spent_period else None,
        sum(spent_all) if spent_all else None,
        problems,
        in_scope,
    )


def _unit_name(snap: Snapshot, key: Reporter) -> str:
    unit = snap.unit(key)
    return (unit.short_name or unit.name) if unit else ""


def _indicator(
    snap: Snapshot, position: int, text: str, basis: list[ProgressRecord | None]
) -> IndicatorOutcome:
    target = parse_target(text)
    values: list[int] = []
    mets: list[bool | None] = []
    reported = 0
    for r in basis:
        res = None
        if r is not None:
            res = next((x for x in snap.results.get(r.id or 0, []) if x.position == position), None)
        if res is None or (res.value_hundredths is None and res.met is None):
            mets.append(None)
            continue
        reported += 1
        if res.value_hundredths is not None:
            values.append(res.value_hundredths)
        mets.append(is_met(res.value_hundredths, res.met, target))
    value: int | None = None
    if values:
        value = (
            sum(values) if target.kind == "count" else (sum(values) * 2 + len(values)) // (2 * len(values))
        )
    met: bool | None = None
    if reported:
        met = all(m is True for m in mets) if all(m is not None for m in mets) else None
        if any(m is False for m in mets):
            met = False
    return IndicatorOutcome(
        position, text, target, value, met, sum(1 for m in mets if m is True), reported, len(basis)
    )


def _late_dates(
    snap: Snapshot, a: Activity, last: int, as_of: dt.date, status: ProgressStatus | None
) -> list[dt.date]:
    """What is late at the end of quarter ``last``, whatever the report's first quarter: passed milestones
    without a 'done' record, and the end of the last planned quarter of an activity not finished."""
    if status in FINISHED:
        return []
    keys = snap.reporters(a)
    due = []
    for m in snap.milestones.get(a.id or 0, []):
        q = fiscal_quarter(m.date)
        if q > last or m.date >= as_of:
            continue
        fresh = aggregate((r.status if (r := snap.at(a, k, q)) else None) for k in keys)
        if fresh not in FINISHED:
            due.append(m.date)
    last_planned = max((q for q in range(1, 5) if planned(a, q)), default=None)
    if last_planned is not None and last_planned <= last:
        end = quarter_range(snap.fiscal_year, last_planned)[1]
        if end not in due:
            due.append(end)
    return sorted(due)
