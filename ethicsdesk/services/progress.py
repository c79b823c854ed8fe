"""Progress of the plan through the year: the organisation's units, progress records, the grid, summaries.

Every change is one transaction (one user action, audited). ``check_entry`` is the one place that says
what a progress record may hold; the unit forms' import uses it before it changes anything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import Session, col, select

from ethicsdesk.domain.models import ActionPlan, Activity, Committee, Organisation, PlanVersion
from ethicsdesk.domain.progress import (
    PROGRESS_STATUS_LABELS,
    IndicatorResult,
    OrgUnit,
    ProgressRecord,
    ProgressStatus,
    parse_result,
    parse_target,
    responsible_units,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, require_text
from ethicsdesk.services.progress_period import PeriodSummary, check_period_ended, period, summarize_period
from ethicsdesk.services.progress_summary import (
    GridCell,
    ProgressGrid,
    UnitCell,
    grid,
    load_snapshot,
    unit_cells,
)
from ethicsdesk.thai import format_date_short, quarter_range, to_thai_digits
from ethicsdesk.thai.money import parse_baht

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


@dataclass(frozen=True)
class IndicatorEntry:
    """A result as typed: ``value`` is a number or text ("85", "๘๕", "ร้อยละ 85"); ``met`` for an
    indicator without a number."""

    position: int  # 1-based, in the activity's list of indicators
    value: object = None
    met: bool | None = None
    note: str = ""


@dataclass(frozen=True)
class ProgressEntry:
    """What a user or a unit's form says about one activity in one quarter."""

    activity_id: int
    quarter: int
    status: ProgressStatus | str
    unit_id: int | None = None
    done_text: str = ""
    spent: int | str | None = None  # satang, or text in baht ("12,500", "๑๒,๕๐๐.๕๐")
    evidence: str = ""
    problems: str = ""
    reported_by: str = ""
    reported_on: dt.date | None = None
    results: tuple[IndicatorEntry, ...] = ()
    form_id: str = ""


@dataclass(frozen=True)
class CheckedResult:
    position: int
    value_hundredths: int | None
    met: bool | None
    note: str


@dataclass(frozen=True)
class CheckedEntry:
    """An entry that passed every rule, in stored units."""

    activity: Activity
    quarter: int
    unit_id: int | None
    status: ProgressStatus
    done_text: str
    spent_satang: int | None
    evidence: str
    problems: str
    reported_by: str
    reported_on: dt.date | None
    results: tuple[CheckedResult, ...] = field(default_factory=tuple)
    form_id: str = ""


def where(a: Activity, quarter: int, unit: OrgUnit | None) -> tuple[str, str]:
    """How messages name an activity's quarter: "กิจกรรมข้อ ๕ ไตรมาสที่ ๒ (สล.กสอ.)"."""
    who = f" ({unit.short_name or unit.name})" if unit else ""
    return (
        to_thai_digits(f"กิจกรรมข้อ {a.number} ไตรมาสที่ {quarter}") + who,
        f"activity {a.number}, quarter {quarter}" + who,
    )


def fiscal_year_of(s: Session, a: Activity) -> int:
    version = s.get(PlanVersion, a.version_id)
    assert version is not None
    plan = s.get(ActionPlan, version.plan_id)
    assert plan is not None
    return plan.fiscal_year


def organisation_of(s: Session, a: Activity) -> int:
    version = s.get(PlanVersion, a.version_id)
    assert version is not None
    plan = s.get(ActionPlan, version.plan_id)
    assert plan is not None
    committee = s.get(Committee, plan.committee_id)
    assert committee is not None
    return committee.organisation_id


def org_units(s: Session, organisation_id: int) -> list[OrgUnit]:
    return list(
        s.exec(
            select(OrgUnit).where(OrgUnit.organisation_id == organisation_id).order_by(col(OrgUnit.position))
        ).all()
    )


def parse_status(value: ProgressStatus | str, th: str, en: str) -> ProgressStatus:
    """A status by value ("done") or by its Thai or English label."""
    if isinstance(value, ProgressStatus):
        return value
    text = (value or "").strip()
    for status, (label_th, label_en) in PROGRESS_STATUS_LABELS.items():
        if text in (status.value, label_th) or text.lower() == label_en.lower():
            return status
    choices = ", ".join(label for label, _ in PROGRESS_STATUS_LABELS.values())
    if not text:
        raise ValidationError(f"{th}: กรุณาเลือกสถานะ ({choices})", f"{en}: please choose a status")
    raise ValidationError(
        f"{th}: ไม่รู้จักสถานะ «{text}» (เลือกได้: {choices})",
        f"{en}: unknown status «{text}» (one of: {', '.join(x for _, x in PROGRESS_STATUS_LABELS.values())})",
    )


def check_entry(s: Session, entry: ProgressEntry, today: dt.date) -> CheckedEntry:
    """Check an entry against every rule; raise ValidationError naming the activity, quarter and field."""
    a = s.get(Activity, entry.activity_id)
    if a is None:
        raise ValidationError(
            f"ไม่พบกิจกรรมรหัส {entry.activity_id} ในแผน", f"No activity with id {entry.activity_id} in the plan"
        )
    if entry.quarter not in (1, 2, 3, 4) or isinstance(entry.quarter, bool):
        raise ValidationError(
            f"ไตรมาสต้องเป็น ๑ ถึง ๔ ไม่ใช่ {entry.quarter}", f"A quarter is 1 to 4, not {entry.quarter}"
        )
    unit = s.get(OrgUnit, entry.unit_id) if entry.unit_id is not None else None
    th, en = where(a, entry.quarter, unit)
    if entry.unit_id is not None and unit is None:
        raise ValidationError(
            f"{th}: ไม่พบหน่วยงานรหัส {entry.unit_id}", f"{en}: no unit with id {entry.unit_id}"
        )
    fy = fiscal_year_of(s, a)
    first = quarter_range(fy, entry.quarter)[0]
    if today < first:
        raise ValidationError(
            f"{th}: ไตรมาสนี้ยังไม่เริ่ม (เริ่ม {format_date_short(first)}) จึงยังบันทึกผลไม่ได้",
            f"{en}: the quarter has not begun (it starts on {first.isoformat()}), so nothing can be recorded yet",
        )
    expected = responsible_units(a.responsible_unit, org_units(s, organisation_of(s, a)))
    if expected and unit is None:
        raise ValidationError(
            f"{th}: กิจกรรมนี้รายงานผลรายหน่วยงาน ({a.responsible_unit}) กรุณาเลือกหน่วยงานที่รายงาน",
            f"{en}: this activity is reported by unit ({a.responsible_unit}); choose the reporting unit",
        )
    if unit is not None and unit.id not in {u.id for u in expected}:
        raise ValidationError(
            f"{th}: หน่วยงานนี้ไม่ได้รับผิดชอบกิจกรรมข้อ {to_thai_digits(str(a.number))} "
            f"(ผู้รับผิดชอบ: {a.responsible_unit or 'ไม่ระบุ'})",
            f"{en}: this unit is not responsible for activity {a.number} "
            f"(responsible: {a.responsible_unit or 'not given'})",
        )
    status = parse_status(entry.status, th, en)
    problems = (entry.problems or "").strip()
    if status == ProgressStatus.CANCELLED and not problems:
        raise ValidationError(
            f"{th}: กรุณาระบุเหตุผลที่ยกเลิกในช่องปัญหา/อุปสรรค",
            f"{en}: give the reason for cancelling under problems",
        )
    spent = _spent(entry.spent, th, en)
    if entry.reported_on is not None:
        if entry.reported_on > today:
            raise ValidationError(
                f"{th}: วันที่รายงาน {format_date_short(entry.reported_on)} ยังมาไม่ถึง",
                f"{en}: the report date {entry.reported_on.isoformat()} is in the future",
            )
        if entry.reported_on < first:
            raise ValidationError(
                f"{th}: วันที่รายงาน {format_date_short(entry.reported_on)} อยู่ก่อนไตรมาสนี้เริ่ม",
                f"{en}: the report date {entry.reported_on.isoformat()} is before the quarter began",
            )
    results = []
    seen: set[int] = set()
    for r in entry.results:
        if not 1 <= r.position <= len(a.indicators) or isinstance(r.position, bool):
            raise ValidationError(
                f"{th}: กิจกรรมนี้ไม่มีตัวชี้วัดที่ {r.position} (มี {len(a.indicators)} ตัวชี้วัด)",
                f"{en}: the activity has no indicator {r.position} (it has {len(a.indicators)})",
            )
        if r.position in seen:
            raise ValidationError(
                f"{th}: ตัวชี้วัดที่ {r.position} ซ้ำ", f"{en}: indicator {r.position} is given twice"
            )
        seen.add(r.position)
        target = parse_target(a.indicators[r.position - 1])
        ith, ien = f"{th} ตัวชี้วัดที่ {to_thai_digits(str(r.position))}", f"{en}, indicator {r.position}"
        value = parse_result(r.value, target, ith, ien)
        if r.met is not None and target.kind != "text":
            raise ValidationError(
                f"{ith}: ตัวชี้วัดนี้วัดเป็นตัวเลข ผลบรรลุหรือไม่คิดจากตัวเลขที่กรอก",
                f"{ien}: this indicator is measured by a number; whether it was met follows from the number",
            )
        if value is not None or r.met is not None or r.note.strip():
            results.append(CheckedResult(r.position, value, r.met, r.note.strip()))
    return CheckedEntry(
        a,
        entry.quarter,
        entry.unit_id,
        status,
        (entry.done_text or "").strip(),
        spent,
        (entry.evidence or "").strip(),
        problems,
        (entry.reported_by or "").strip(),
        entry.reported_on,
        tuple(results),
        entry.form_id,
    )


def _spent(value: int | str | None, th: str, en: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        try:
            return parse_baht(value)
        except ValidationError as exc:
            raise ValidationError(f"{th} เงินที่ใช้จ่าย: {exc.th}", f"{en}, money spent: {exc.en}") from None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            f"{th}: เงินที่ใช้จ่ายต้องเป็นจำนวนเงินที่ไม่ติดลบ",
            f"{en}: money spent must be an amount that is not negative",
        )
    return value


def store(s: Session, c: CheckedEntry, now: dt.datetime | None = None) -> ProgressRecord:
    """Write a checked entry over the record of the same activity, quarter and unit (inside a transaction)."""
    record = s.exec(
        select(ProgressRecord).where(
            ProgressRecord.activity_id == c.activity.id,
            ProgressRecord.quarter == c.quarter,
            col(ProgressRecord.unit_id).is_(None)
            if c.unit_id is None
            else col(ProgressRecord.unit_id) == c.unit_id,
        )
    ).first()
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    if record is None:
        record = ProgressRecord(
            activity_id=c.activity.id or 0, quarter=c.quarter, unit_id=c.unit_id, recorded_at=stamp
        )
    record.status = c.status
    record.done_text = c.done_text
    record.spent_satang = c.spent_satang
    record.evidence = c.evidence
    record.problems = c.problems
    record.reported_by = c.reported_by
    record.reported_on = c.reported_on
    record.form_id = c.form_id
    record.recorded_at = stamp
    s.add(record)
    s.flush()
    old = {
        x.position: x
        for x in s.exec(select(IndicatorResult).where(IndicatorResult.record_id == record.id)).all()
    }
    for r in c.results:
        row = old.pop(r.position, None) or IndicatorResult(record_id=record.id or 0, position=r.position)
        row.value_hundredths, row.met, row.note = r.value_hundredths, r.met, r.note
        s.add(row)
    for row in old.values():
        s.delete(row)
    s.flush()
    return record


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
            later = [u for u in org_units(s, unit.organisation_id) if u.position > unit.position]
            s.delete(unit)
            s.flush()
            for u in later:
                u.position -= 1
                s.add(u)

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
                    .order_by(col(IndicatorResult.position))
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
        as_of = as_of or dt.date.today()
        with self.ws.reading() as s:
            snap = load_snapshot(s, version_id)
        kind, first, last = period(snap.fiscal_year, months, quarter)
        if not allow_open_period:
            check_period_ended(snap.fiscal_year, last, as_of)
        return summarize_period(snap, kind, first, last, as_of)
