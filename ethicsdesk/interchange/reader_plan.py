"""Importing an action plan: its versions, approaches, activities, milestones and progress."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    Approach,
    IndicatorResult,
    Milestone,
    PlanVersion,
    ProgressRecord,
)
from ethicsdesk.domain.progress import ProgressStatus, parse_result, parse_target
from ethicsdesk.errors import ValidationError
from ethicsdesk.interchange.fields import Doc, bad

#: Larger files are refused before they are read: a real workspace is a few megabytes.

if TYPE_CHECKING:
    from ethicsdesk.interchange.reader import Importer


def read_plan(imp: Importer, raw: Any, where: str, cid: Any) -> None:
    p = Doc(raw, where, ("fiscal_year", "versions"), ("core_virtues",))
    core = p.list("core_virtues")
    if not all(isinstance(x, str) for x in core):
        raise bad(p.at("core_virtues"), "ต้องเป็นรายการข้อความ", "must be a list of text")
    plan = imp.add(
        ActionPlan(committee_id=cid, fiscal_year=p.int("fiscal_year", 2400, 2700), core_virtues=core)
    )
    numbers: set[int] = set()
    previous: dict[int, Activity] = {}
    for i, raw_v in enumerate(p.list("versions")):
        v = Doc(
            raw_v,
            f"{where}.versions[{i}]",
            ("number", "title", "approaches"),
            ("label", "declared_total", "declared_activity_count", "note", "progress"),
        )
        number = v.int("number", 1)
        if numbers and number <= max(numbers):
            raise bad(
                v.at("number"),
                f"ฉบับที่ {number} ซ้ำหรือไม่เรียงลำดับ",
                f"version {number} is repeated or out of order",
            )
        numbers.add(number)
        version = imp.add(
            PlanVersion(
                plan_id=plan.id,
                number=number,
                label=v.str("label"),
                title=v.str("title", nonempty=True),
                declared_total_satang=v.money("declared_total", null=True),
                declared_activity_count=v.int("declared_activity_count", 0, 10000, null=True),
                note=v.str("note"),
            )
        )
        acts: dict[int, Activity] = {}
        shares: list[tuple[Activity, Any, str]] = []
        for j, raw_a in enumerate(v.list("approaches")):
            a = Doc(raw_a, f"{v.where}.approaches[{j}]", ("number", "title", "activities"))
            approach = imp.add(
                Approach(
                    version_id=version.id, number=a.int("number", 1), title=a.str("title", nonempty=True)
                )
            )
            for k, raw_act in enumerate(a.list("activities")):
                _activity(imp, raw_act, f"{a.where}.activities[{k}]", version.id, approach.id, acts, shares)
        for act, ref, at in shares:
            if ref not in acts or ref == act.number:
                raise bad(
                    at, f"ไม่มีกิจกรรมข้อ {ref} ให้ใช้งบประมาณร่วม", f"no activity {ref} to share a budget with"
                )
            act.shares_budget_of_id = acts[ref].id
            imp.s.add(act)
        for act in acts.values():
            ref, at = imp.derived.pop(id(act), (None, ""))
            if ref is None:
                continue
            if ref not in previous:
                raise bad(
                    at, f"ไม่มีกิจกรรมข้อ {ref} ในแผนฉบับก่อนหน้า", f"no activity {ref} in the previous version"
                )
            act.derived_from_id = previous[ref].id
            imp.s.add(act)
        imp.s.flush()
        for j, raw_r in enumerate(v.list("progress")):
            _progress(imp, raw_r, f"{v.where}.progress[{j}]", acts)
        previous = acts


def _activity(
    imp: Importer,
    raw: Any,
    where: str,
    version_id: Any,
    approach_id: Any,
    acts: dict[int, Activity],
    shares: list,
) -> None:
    a = Doc(
        raw,
        where,
        ("number", "name", "budget", "quarters"),
        ("note", "objective", "indicators", "responsible_unit", "milestones", "derived_from"),
    )
    number = a.int("number", 1)
    if number in acts:
        raise bad(a.at("number"), f"กิจกรรมข้อ {number} ซ้ำ", f"duplicate activity {number}")
    indicators = a.list("indicators")
    if not all(isinstance(x, str) for x in indicators):
        raise bad(a.at("indicators"), "ต้องเป็นรายการข้อความ", "must be a list of text")
    b = Doc(a.raw("budget"), a.at("budget"), ("kind",), ("amount", "activity"))
    kind = b.enum("kind", BudgetKind)
    if kind == BudgetKind.AMOUNT:
        amount = b.money("amount")
    elif "amount" in b.data:
        raise bad(b.at("amount"), "ใช้ได้เฉพาะงบประมาณชนิด amount", "only for budget kind amount")
    else:
        amount = None
    mask = 0
    for q in a.list("quarters"):
        if not isinstance(q, int) or isinstance(q, bool) or not 1 <= q <= 4:
            raise bad(a.at("quarters"), "ไตรมาสต้องเป็น 1 ถึง 4", "quarters must be 1 to 4")
        mask |= 1 << (q - 1)
    act = imp.add(
        Activity(
            version_id=version_id,
            approach_id=approach_id,
            number=number,
            name=a.str("name", nonempty=True),
            note=a.str("note"),
            objective=a.str("objective"),
            indicators=indicators,
            budget_kind=kind,
            budget_satang=amount,
            quarters=mask,
            responsible_unit=a.str("responsible_unit"),
        )
    )
    acts[number] = act
    derived = a.int("derived_from", 1, null=True) if "derived_from" in a.data else None
    if derived is not None:
        imp.derived[id(act)] = (derived, a.at("derived_from"))
    if kind == BudgetKind.SHARED:
        shares.append((act, b.int("activity", 1), b.at("activity")))
    elif "activity" in b.data:
        raise bad(b.at("activity"), "ใช้ได้เฉพาะงบประมาณชนิด shared", "only for budget kind shared")
    for i, raw_m in enumerate(a.list("milestones")):
        m = Doc(raw_m, f"{where}.milestones[{i}]", ("date",), ("label",))
        imp.put(Milestone(activity_id=act.id, date=m.date("date"), label=m.str("label")))


def _progress(imp: Importer, raw: Any, where: str, acts: dict[int, Activity]) -> None:
    """One progress record of the version (docs/interchange.md, PROGRESS)."""
    r = Doc(
        raw,
        where,
        ("activity", "quarter", "status", "recorded_at"),
        (
            "unit",
            "done",
            "results",
            "spent",
            "evidence",
            "problems",
            "reported_by",
            "reported_on",
            "form",
        ),
    )
    number = r.int("activity", 1)
    if number not in acts:
        raise bad(
            r.at("activity"), f"ไม่มีกิจกรรมข้อ {number} ในแผนฉบับนี้", f"no activity {number} in this version"
        )
    act = acts[number]
    unit_name = r.raw("unit")
    unit_id = None
    if unit_name is not None:
        if not isinstance(unit_name, str) or unit_name not in imp.units:
            raise bad(
                r.at("unit"),
                f"ไม่พบหน่วยงาน «{unit_name}» ในรายการ organisation.units",
                f"no unit «{unit_name}» in organisation.units",
            )
        unit_id = imp.units[unit_name]
    quarter = r.int("quarter", 1, 4)
    key = (act.id, quarter, unit_id)
    if key in imp.progress_keys:
        raise bad(
            r.where,
            f"ผลของกิจกรรมข้อ {number} ไตรมาสที่ {quarter} ซ้ำ",
            f"activity {number}, quarter {quarter} is given twice",
        )
    imp.progress_keys.add(key)
    recorded = r.str("recorded_at")
    try:
        recorded_at = dt.datetime.fromisoformat(recorded)
        if recorded_at.tzinfo is None:
            raise ValueError
    except ValueError:
        raise bad(
            r.at("recorded_at"),
            f"วันเวลา «{recorded}» ไม่ถูกต้อง (ต้องเป็น ISO พร้อมเขตเวลา)",
            f"«{recorded}» is not an ISO date and time with a time zone",
        ) from None
    record = imp.add(
        ProgressRecord(
            activity_id=act.id or 0,
            quarter=quarter,
            unit_id=unit_id,
            status=r.enum("status", ProgressStatus),
            done_text=r.str("done"),
            spent_satang=r.money("spent", null=True),
            evidence=r.str("evidence"),
            problems=r.str("problems"),
            reported_by=r.str("reported_by"),
            reported_on=r.date("reported_on") if r.raw("reported_on") is not None else None,
            recorded_at=recorded_at,
            form_id=r.str("form"),
        )
    )
    positions: set[int] = set()
    for k, raw_x in enumerate(r.list("results")):
        x = Doc(raw_x, f"{where}.results[{k}]", ("indicator",), ("value", "met", "note"))
        position = x.int("indicator", 1)
        if position > len(act.indicators) or position in positions:
            raise bad(
                x.at("indicator"),
                f"กิจกรรมข้อ {number} ไม่มีตัวชี้วัดที่ {position} หรือระบุซ้ำ",
                f"activity {number} has no indicator {position}, or it is given twice",
            )
        positions.add(position)
        target = parse_target(act.indicators[position - 1])
        value = x.raw("value")
        if value is not None and not isinstance(value, str):
            raise bad(x.at("value"), 'ต้องเป็นข้อความตัวเลข เช่น "85.5"', 'must be a string such as "85.5"')
        try:
            hundredths = parse_result(value, target, "ผลตามตัวชี้วัด", "result")
        except ValidationError as exc:
            raise bad(x.at("value"), exc.th, exc.en) from None
        met = x.raw("met")
        if met is not None and not isinstance(met, bool):
            raise bad(x.at("met"), "ต้องเป็น true, false หรือ null", "must be true, false or null")
        imp.put(
            IndicatorResult(
                record_id=record.id or 0,
                position=position,
                value_hundredths=hundredths,
                met=met,
                note=x.str("note"),
            )
        )
