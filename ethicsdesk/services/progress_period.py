"""The summary of a reporting period (3, 6, 9 or 12 months, or one quarter) from a plan version's
snapshot: statuses, indicator outcomes, money spent, what was late. The rules are those of
progress_summary (reporters, carried states, shared budget lines counted once); the result is plain
frozen data (``ethicsdesk.domain.progress_report``) that the documents print and certified minutes keep."""

from __future__ import annotations

import datetime as dt

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import Activity, ProgressRecord
from ethicsdesk.domain.progress import ProgressStatus, is_met, parse_target
from ethicsdesk.domain.progress_report import (
    ActivityProgress,
    ActivityRef,
    ApproachRef,
    BudgetLine,
    DoneEntry,
    IndicatorOutcome,
    LateItem,
    PeriodSummary,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.progress_summary import FINISHED, Reporter, Snapshot, aggregate, planned
from ethicsdesk.thai import fiscal_quarter, format_date_short, quarter_range


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


def activity_ref(a: Activity, approach_number: int) -> ActivityRef:
    """How the report names an activity: its number, name, approach, unit and budget (no row)."""
    return ActivityRef(
        a.number,
        a.name,
        approach_number,
        a.responsible_unit,
        BudgetKind(a.budget_kind).value,
        a.budget_satang,
    )


def summarize_period(snap: Snapshot, kind: str, first: int, last: int, as_of: dt.date) -> PeriodSummary:
    from ethicsdesk.services.budget import summarize

    fy = snap.fiscal_year
    start, end = quarter_range(fy, first)[0], quarter_range(fy, last)[1]
    number_of = {ap.id: ap.number for ap in snap.approaches}
    ref = {a.id: activity_ref(a, number_of.get(a.approach_id, 0)) for a in snap.activities}
    progress: list[ActivityProgress] = []
    late: list[LateItem] = []
    not_reported: list[ActivityRef] = []
    spent: dict[int, tuple[int | None, int | None]] = {}
    for a in snap.activities:
        item = _activity_progress(snap, a, ref[a.id], kind, first, last)
        progress.append(item)
        spent[a.id or 0] = (item.spent_in_period, item.spent_to_date)
        if not item.in_scope:
            continue
        if kind == "quarter":
            silent = planned(a, last) and item.reported == 0
        else:
            silent = item.status is None and any(planned(a, q) for q in range(1, last + 1))
        if silent and item.status not in FINISHED:
            not_reported.append(ref[a.id])
        due = _late_dates(snap, a, last, as_of, item.status)
        if due:
            late.append(LateItem(ref[a.id], tuple(due), item.status, item.problems))
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
                ref[a.id],
                a.budget_satang or 0,
                tuple(ref[x.id] for x in sharers),
                sum(spent[m.id or 0][0] or 0 for m in members),
                sum(spent[m.id or 0][1] or 0 for m in members),
            )
        )
    for a in snap.activities:  # spending on an activity without a budget line of its own
        if a.id in covered or spent[a.id or 0][1] is None:
            continue
        if a.budget_kind == BudgetKind.SHARED and a.shares_budget_of_id in by_id:
            continue
        lines.append(BudgetLine(ref[a.id], None, (), spent[a.id or 0][0] or 0, spent[a.id or 0][1] or 0))
    total = summarize(snap.version, snap.approaches, snap.activities).total_satang
    return PeriodSummary(
        organisation=snap.organisation,
        version_title=snap.version.title,
        version_number=snap.version.number,
        fiscal_year=fy,
        kind=kind,
        first_quarter=first,
        last_quarter=last,
        start=start,
        end=end,
        as_of=as_of,
        approaches=tuple(ApproachRef(ap.number, ap.title) for ap in snap.approaches),
        activities=tuple(progress),
        budget_lines=tuple(lines),
        budget_total=total,
        late=tuple(late),
        not_reported=tuple(not_reported),
    )


def _activity_progress(
    snap: Snapshot, a: Activity, ref: ActivityRef, kind: str, first: int, last: int
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
    done = tuple(
        DoneEntry(r.quarter, _unit_name(snap, r.unit_id), r.done_text)
        for r in sorted(in_period, key=lambda r: (r.quarter, positions.get(r.unit_id, 0)))
        if r.done_text.strip()
    )
    spent_period = [r.spent_satang for r in in_period if r.spent_satang is not None]
    spent_all = [r.spent_satang for r in records if r.quarter <= last and r.spent_satang is not None]
    problems = tuple(
        (f"{_unit_name(snap, r.unit_id)}: " if r.unit_id is not None else "") + r.problems.strip()
        for r in basis
        if r is not None and r.problems.strip()
    )
    indicators = tuple(_indicator(snap, i, text, basis) for i, text in enumerate(a.indicators, 1))
    return ActivityProgress(
        ref,
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
