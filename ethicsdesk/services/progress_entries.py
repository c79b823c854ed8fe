"""What a progress record may hold: an entry as typed (status, results, money, dates) checked against
its activity, unit and quarter (``check_entry``), and stored (``store``). The service and the unit
forms' import both go through here before they change anything."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    Committee,
    IndicatorResult,
    OrgUnit,
    PlanVersion,
    ProgressRecord,
)
from ethicsdesk.domain.progress import (
    ProgressStatus,
    parse_result,
    parse_status,
    parse_target,
    responsible_units,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.thai import format_date_short, quarter_range, to_thai_digits
from ethicsdesk.thai.money import parse_baht


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
            select(OrgUnit)
            .where(OrgUnit.organisation_id == organisation_id)
            .order_by(col(OrgUnit.position), col(OrgUnit.id))
        ).all()
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
