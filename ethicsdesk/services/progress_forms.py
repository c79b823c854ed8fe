"""The records side of the units' progress forms: what a new form shows (``unit_form_data``), and
importing a filled form (what it will change, then the change in one transaction).

The forms themselves are read and written by ``ethicsdesk.office.forms`` (pure, from and to the plain
data of ``ethicsdesk.domain.unit_form``); ``ethicsdesk.unit_forms`` joins the two for a file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    Committee,
    IndicatorResult,
    Organisation,
    OrgUnit,
    PlanVersion,
    ProgressRecord,
)
from ethicsdesk.domain.progress import PROGRESS_STATUS_LABELS, ProgressStatus, number_text, responsible_units
from ethicsdesk.domain.unit_form import FilledForm, FormActivity, ReportedEntry, ReportedResult, UnitFormData
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.progress_entries import (
    CheckedEntry,
    IndicatorEntry,
    ProgressEntry,
    check_entry,
    org_units,
    organisation_of,
    store,
)
from ethicsdesk.services.queries import activities_of, committee_label, plan_snapshot
from ethicsdesk.storage.database import Workspace
from ethicsdesk.thai import format_baht, format_date_short, to_thai_digits


@dataclass(frozen=True)
class FormChange:
    """One field that importing the form changes (old and new as the user reads them)."""

    activity_number: int
    activity_name: str
    quarter: int
    unit: str
    field: str  # status, done_text, spent, evidence, problems, reported_by, reported_on, indicator:N, indicator:N:note
    label_th: str
    label_en: str
    old: str
    new: str


# -- a new form ---------------------------------------------------------------------------------------


def unit_form_data(ws: Workspace, version_id: int, unit: int | str, quarter: int) -> UnitFormData:
    """What the form of ``unit`` (id, name or short name) for ``quarter`` of the plan version shows: the
    unit's activities, with what it has already reported for the quarter."""
    if quarter not in (1, 2, 3, 4) or isinstance(quarter, bool):
        raise ValidationError(f"ไตรมาสต้องเป็น ๑ ถึง ๔ ไม่ใช่ {quarter}", f"A quarter is 1 to 4, not {quarter}")
    with ws.reading() as s:
        plan = plan_snapshot(s, version_id)
        acts = activities_of(s, version_id)
        the_unit = _find_unit(s, acts, unit)
        units = org_units(s, the_unit.organisation_id)
        mine = [
            a for a in acts if the_unit.id in {u.id for u in responsible_units(a.responsible_unit, units)}
        ]
        if not mine:
            raise ValidationError(
                f"หน่วยงาน «{the_unit.name}» ไม่ได้รับผิดชอบกิจกรรมใดในแผนฉบับนี้",
                f"The unit «{the_unit.name}» is responsible for no activity of this plan version",
            )
        existing = _existing(s, [a.id or 0 for a in mine], quarter, the_unit.id)
    snap_of = {x.number: x for x in plan.activities}
    first = next(iter(existing.values()), None)
    return UnitFormData(
        fiscal_year=plan.fiscal_year,
        version_number=plan.version_number,
        version_title=plan.title,
        unit_name=the_unit.name,
        unit_short_name=the_unit.short_name,
        quarter=quarter,
        activities=tuple(FormActivity(snap_of[a.number], existing.get(a.id or 0)) for a in mine),
        reported_by=first.reported_by if first else None,
        reported_on=first.reported_on if first else None,
    )


def _find_unit(s: Session, acts: list[Activity], unit: int | str) -> OrgUnit:
    if isinstance(unit, int) and not isinstance(unit, bool):
        found = s.get(OrgUnit, unit)
    else:
        org = organisation_of(s, acts[0]) if acts else None
        found = None
        if org is not None:
            found = next((u for u in org_units(s, org) if str(unit).strip() in (u.name, u.short_name)), None)
    if found is None:
        raise ValidationError(f"ไม่พบหน่วยงาน «{unit}»", f"No unit «{unit}»")
    return found


def _existing(
    s: Session, activity_ids: list[int], quarter: int, unit_id: int | None
) -> dict[int, ReportedEntry]:
    """The unit's records of the quarter by activity id, in the order the database gives them."""
    out: dict[int, ReportedEntry] = {}
    for r in s.exec(
        select(ProgressRecord).where(
            col(ProgressRecord.activity_id).in_(activity_ids),
            ProgressRecord.quarter == quarter,
            ProgressRecord.unit_id == unit_id,
        )
    ).all():
        results = s.exec(select(IndicatorResult).where(IndicatorResult.record_id == r.id)).all()
        out[r.activity_id] = ReportedEntry(
            status=r.status,
            done_text=r.done_text,
            spent_satang=r.spent_satang,
            evidence=r.evidence,
            problems=r.problems,
            reported_by=r.reported_by,
            reported_on=r.reported_on,
            results=tuple(ReportedResult(x.position, x.value_hundredths, x.met, x.note) for x in results),
        )
    return out


# -- importing a filled form ----------------------------------------------------------------------------

_LABELS = {
    "status": ("สถานะ", "status"),
    "done_text": ("ผลการดำเนินงาน", "what was done"),
    "spent": ("เงินที่ใช้จ่าย", "money spent"),
    "evidence": ("หลักฐาน", "evidence"),
    "problems": ("ปัญหา อุปสรรค", "problems"),
    "reported_by": ("ผู้รายงาน", "reported by"),
    "reported_on": ("วันที่รายงาน", "reported on"),
}


def preview_form(
    ws: Workspace,
    form: FilledForm,
    *,
    fiscal_year: int | None = None,
    unit: int | str | None = None,
    quarter: int | None = None,
    committee: int | None = None,
    today: dt.date | None = None,
) -> list[FormChange]:
    """What importing the form would change, field by field; nothing is written.

    ``fiscal_year``, ``unit`` and ``quarter``, when given, are what the user is collecting: a form of
    another year, unit or quarter is refused. ``committee`` (its id) chooses among the plans of the
    form's year when several committees have one. Raises ValidationError for a form that cannot be
    imported.
    """
    with ws.reading() as s:
        plan = _plan(s, form, fiscal_year, unit, quarter, committee, today or dt.date.today())
    return [c for _, changes in plan for c in changes]


def apply_form(
    ws: Workspace,
    form: FilledForm,
    *,
    expected: list[FormChange] | None = None,
    fiscal_year: int | None = None,
    unit: int | str | None = None,
    quarter: int | None = None,
    committee: int | None = None,
    today: dt.date | None = None,
) -> list[FormChange]:
    """Import the form in one transaction and return what changed. With ``expected`` (the preview the
    user confirmed), refuse if the records changed meanwhile so that the form would now change other things."""
    with ws.transaction() as s:
        plan = _plan(s, form, fiscal_year, unit, quarter, committee, today or dt.date.today())
        changes = [c for _, cs in plan for c in cs]
        if expected is not None and changes != expected:
            raise ValidationError(
                "ข้อมูลในแฟ้มเปลี่ยนไปหลังจากตรวจดูแบบรายงาน จึงยังไม่ได้นำเข้า กรุณาตรวจดูอีกครั้ง",
                "The records changed after the form was previewed, so nothing was imported; preview it again",
            )
        for entry, cs in plan:
            if cs:
                store(s, entry)
    return changes


def _plan(
    s: Session,
    form: FilledForm,
    fiscal_year: int | None,
    unit: int | str | None,
    quarter: int | None,
    committee: int | None,
    today: dt.date,
) -> list[tuple[CheckedEntry, list[FormChange]]]:
    """Check the form against the records; each filled activity's checked entry and its changes."""
    fy_th = to_thai_digits(str(form.fiscal_year))
    if fiscal_year is not None and fiscal_year != form.fiscal_year:
        raise ValidationError(
            f"แบบรายงานนี้เป็นของปีงบประมาณ {fy_th} ไม่ใช่ปี {to_thai_digits(str(fiscal_year))} ที่กำลังรวบรวม",
            f"This form is for fiscal year {form.fiscal_year}, not {fiscal_year} being collected",
        )
    if quarter is not None and quarter != form.quarter:
        raise ValidationError(
            f"แบบรายงานนี้เป็นของไตรมาสที่ {to_thai_digits(str(form.quarter))} ไม่ใช่ไตรมาสที่ {to_thai_digits(str(quarter))}",
            f"This form is for quarter {form.quarter}, not quarter {quarter}",
        )
    plan = _plan_of_year(s, form, committee)
    versions = s.exec(
        select(PlanVersion)
        .where(PlanVersion.plan_id == plan.id)
        .order_by(col(PlanVersion.number), col(PlanVersion.id))
    ).all()
    version = next((v for v in versions if v.number == form.plan_version), None)
    if version is None or version.number != versions[-1].number:
        raise ValidationError(
            f"แบบรายงานนี้สร้างจากแผนปี {fy_th} ฉบับที่ {to_thai_digits(str(form.plan_version))} ซึ่งไม่ใช่ฉบับปัจจุบัน "
            "กรุณาส่งแบบรายงานที่สร้างจากแผนฉบับปัจจุบันให้หน่วยงานกรอกใหม่",
            f"This form was made from version {form.plan_version} of plan {form.fiscal_year}, which is not the "
            "current version; send the unit a form made from the current version",
        )
    org = s.exec(select(Organisation).where(Organisation.id == _organisation_id(s, plan))).first()
    units = org_units(s, org.id or 0) if org else []
    the_unit = next((u for u in units if u.name == form.unit), None)
    if the_unit is None:
        raise ValidationError(
            f"ไม่พบหน่วยงาน «{form.unit}» ของแบบรายงานนี้ในรายชื่อหน่วยงาน",
            f"The form's unit «{form.unit}» is not in the list of units",
        )
    if unit is not None and unit not in (the_unit.id, the_unit.name, the_unit.short_name):
        raise ValidationError(
            f"แบบรายงานนี้เป็นของหน่วยงาน «{the_unit.name}» ไม่ใช่ «{unit}»",
            f"This form belongs to the unit «{the_unit.name}», not «{unit}»",
        )
    acts = {a.number: a for a in s.exec(select(Activity).where(Activity.version_id == version.id)).all()}
    out = []
    for filled in form.activities:
        a = acts.get(filled.number)
        if a is None:
            raise ValidationError(
                f"แบบรายงานมีผลของกิจกรรมข้อ {to_thai_digits(str(filled.number))} ซึ่งไม่มีในแผน",
                f"The form has a result for activity {filled.number}, which is not in the plan",
            )
        if a.name != filled.name or tuple(a.indicators) != filled.indicators_text:
            raise ValidationError(
                f"กิจกรรมข้อ {to_thai_digits(str(a.number))} ในแบบรายงานไม่ตรงกับแผน (ชื่อหรือตัวชี้วัดถูกแก้ไขหลังสร้างแบบรายงาน) "
                "กรุณาสร้างแบบรายงานใหม่",
                f"Activity {a.number} on the form differs from the plan (its name or indicators changed after the "
                "form was made); make a new form",
            )
        if filled.empty:
            continue
        if filled.status is None:
            raise ValidationError(
                f"กิจกรรมข้อ {to_thai_digits(str(a.number))}: กรอกผลไว้แต่ยังไม่ได้เลือกสถานะ",
                f"Activity {a.number}: results are filled in but no status was chosen",
            )
        entry = ProgressEntry(
            activity_id=a.id or 0,
            quarter=form.quarter,
            status=filled.status,
            unit_id=the_unit.id,
            done_text=filled.done,
            spent=filled.spent_satang,
            evidence=filled.evidence,
            problems=filled.problems,
            reported_by=form.reported_by,
            reported_on=form.reported_on,
            results=tuple(
                IndicatorEntry(
                    r.position,
                    None if r.value is None else Decimal(r.value) / 100,
                    r.met,
                    r.note,
                )
                for r in filled.results
            ),
            form_id=form.form_id,
        )
        checked = check_entry(s, entry, today)
        out.append((checked, _changes(s, checked, the_unit)))
    return out


def _plan_of_year(s: Session, form: FilledForm, committee: int | None) -> ActionPlan:
    """The plan of the form's fiscal year: of ``committee`` when given; else the only one there is."""
    q = select(ActionPlan).where(ActionPlan.fiscal_year == form.fiscal_year)
    if committee is not None:
        q = q.where(ActionPlan.committee_id == committee)
    plans = list(s.exec(q.order_by(col(ActionPlan.committee_id), col(ActionPlan.id))).all())
    if not plans:
        raise ValidationError(
            f"แบบรายงานนี้เป็นของปีงบประมาณ {to_thai_digits(str(form.fiscal_year))} แต่แฟ้มข้อมูลนี้ไม่มีแผนของปีนั้น",
            f"This form is for fiscal year {form.fiscal_year}, but this workspace has no plan for that year",
        )
    if len(plans) > 1:
        names = "; ".join(
            committee_label(c) for p in plans if (c := s.get(Committee, p.committee_id)) is not None
        )
        raise ValidationError(
            f"แผนปีงบประมาณ {to_thai_digits(str(form.fiscal_year))} มีในคณะกรรมการมากกว่าหนึ่งคณะ "
            f"ให้เลือกคณะกรรมการก่อนนำเข้าแบบรายงาน: {names}",
            f"The plan of {form.fiscal_year} exists in several committees; choose the committee before "
            f"importing the form: {names}",
        )
    return plans[0]


def _organisation_id(s: Session, plan: ActionPlan) -> int:
    committee = s.get(Committee, plan.committee_id)
    assert committee is not None
    return committee.organisation_id


def _changes(s: Session, c: CheckedEntry, unit: OrgUnit) -> list[FormChange]:
    old = s.exec(
        select(ProgressRecord).where(
            ProgressRecord.activity_id == c.activity.id,
            ProgressRecord.quarter == c.quarter,
            ProgressRecord.unit_id == unit.id,
        )
    ).first()
    old_results = {}
    if old is not None:
        old_results = {
            x.position: x
            for x in s.exec(select(IndicatorResult).where(IndicatorResult.record_id == old.id)).all()
        }

    def status(x: ProgressStatus | None) -> str:
        return "" if x is None else PROGRESS_STATUS_LABELS[x][0]

    def money(x: int | None) -> str:
        return "" if x is None else format_baht(x, thai_digits=False)

    def day(x: dt.date | None) -> str:
        return "" if x is None else format_date_short(x, thai_digits=False)

    pairs = [
        ("status", status(old.status if old else None), status(c.status)),
        ("done_text", old.done_text if old else "", c.done_text),
        ("spent", money(old.spent_satang if old else None), money(c.spent_satang)),
        ("evidence", old.evidence if old else "", c.evidence),
        ("problems", old.problems if old else "", c.problems),
        ("reported_by", old.reported_by if old else "", c.reported_by),
        ("reported_on", day(old.reported_on if old else None), day(c.reported_on)),
    ]
    labels = dict(_LABELS)
    new_results = {r.position: r for r in c.results}
    for position in sorted(set(old_results) | set(new_results)):
        before, after = old_results.get(position), new_results.get(position)
        key = f"indicator:{position}"
        labels[key] = (f"ผลตัวชี้วัดที่ {position}", f"indicator {position}")
        labels[f"{key}:note"] = (f"หมายเหตุตัวชี้วัดที่ {position}", f"note on indicator {position}")
        pairs.append((key, _result_text(before), _result_text(after)))
        pairs.append((f"{key}:note", before.note if before else "", after.note if after else ""))
    who = unit.short_name or unit.name
    return [
        FormChange(c.activity.number, c.activity.name, c.quarter, who, key, *labels[key], a, b)
        for key, a, b in pairs
        if a != b
    ]


def _result_text(x: Any) -> str:
    if x is None:
        return ""
    if x.value_hundredths is not None:
        return number_text(x.value_hundredths)
    if x.met is not None:
        return "บรรลุ" if x.met else "ไม่บรรลุ"
    return ""
