"""All-or-nothing import of an interchange document into an empty workspace."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from ethicsdesk.domain.blocks import validate_blocks
from ethicsdesk.domain.enums import (
    AttendanceKind,
    BudgetKind,
    MeetingStatus,
    ResolutionKind,
    SeatRole,
    VirtueKind,
)
from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    AgendaItem,
    AppointmentOrder,
    Approach,
    Attendance,
    AuditEntry,
    Committee,
    DissentingOpinion,
    Duty,
    Meeting,
    Milestone,
    Organisation,
    Person,
    PlanVersion,
    Seat,
    TargetVirtue,
    ident,
)
from ethicsdesk.domain.progress import (
    IndicatorResult,
    OrgUnit,
    ProgressRecord,
    ProgressStatus,
    parse_result,
    parse_target,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.interchange.fields import Doc, bad
from ethicsdesk.interchange.writer import FORMAT_NAME, FORMAT_VERSION
from ethicsdesk.storage.database import Workspace

#: Larger files are refused before they are read: a real workspace is a few megabytes.
MAX_BYTES = 64 * 1024 * 1024
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_MONEY = re.compile(r"^\d{1,13}(\.\d{1,2})?$")


def parse_document(text: str | bytes) -> dict[str, Any]:
    """Decode and check the envelope (format, version); the rest is checked during import."""
    if len(text) > MAX_BYTES:
        mb = len(text) / 1024 / 1024
        raise ValidationError(
            f"แฟ้มนำเข้าใหญ่เกินไป ({mb:,.0f} MB; รับได้ไม่เกิน {MAX_BYTES // 1024 // 1024} MB)",
            f"The import file is too large ({mb:,.0f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)",
        )
    try:
        data = json.loads(text)
    except UnicodeDecodeError:
        raise ValidationError("แฟ้มนำเข้าไม่ใช่ข้อความ UTF-8", "The import file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"แฟ้มนำเข้าไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {exc.lineno} คอลัมน์ {exc.colno}: {exc.msg})",
            f"The import file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ValidationError(
            "แฟ้มนี้ไม่ใช่แฟ้มข้อมูลส่งออกของ EthicsDesk", "This file is not an EthicsDesk workspace export"
        )
    version = data.get("version")
    if version != FORMAT_VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise ValidationError(
                f"แฟ้มนี้ส่งออกจาก EthicsDesk รุ่นที่ใหม่กว่า (รูปแบบรุ่น {version}) กรุณาปรับรุ่นโปรแกรม",
                f"This file comes from a newer EthicsDesk (format version {version}); update the program",
            )
        raise ValidationError(f"ไม่รู้จักรูปแบบแฟ้มรุ่น «{version}»", f"Unknown format version «{version}»")
    return data


def import_workspace(ws: Workspace, source: str | bytes | Path) -> None:
    """Import a document into an empty workspace, in one transaction: all of it or none of it."""
    if isinstance(source, Path):
        try:
            size = source.stat().st_size
            if size > MAX_BYTES:
                parse_document(b" " * (MAX_BYTES + 1))  # raises the size message
            text: str | bytes = source.read_bytes()
        except OSError as exc:
            raise ValidationError(
                f"อ่านแฟ้ม «{source}» ไม่ได้ ({exc.strerror})", f"Cannot read «{source}» ({exc.strerror})"
            ) from None
    else:
        text = source
    data = parse_document(text)
    with ws.transaction(audit=False) as session:
        if session.exec(select(Organisation)).first() is not None or session.exec(select(Person)).first():
            raise ValidationError(
                "นำเข้าได้เฉพาะแฟ้มข้อมูลที่ยังว่างอยู่ แฟ้มนี้มีข้อมูลแล้ว จึงไม่ได้เปลี่ยนแปลงอะไร",
                "Import needs an empty workspace; this one already holds records, so nothing was changed",
            )
        _Importer(session).run(data)
        session.add(
            AuditEntry(
                at=dt.datetime.now(dt.UTC),
                action="import",
                entity="workspace",
                new_value=f"{FORMAT_NAME} {FORMAT_VERSION}",
            )
        )


class _Importer:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.people: dict[str, int] = {}
        self.derived: dict[int, tuple[int, str]] = {}
        self.units: dict[str, int] = {}
        self.progress_keys: set[tuple[Any, int, Any]] = set()

    def add(self, obj: Any) -> Any:
        """Insert a row whose id is needed at once."""
        self.s.add(obj)
        self.s.flush()
        return obj

    def put(self, obj: Any) -> None:
        """Insert a row nobody refers to; it is written with the next flush."""
        self.s.add(obj)

    def person(self, key: Any, where: str, *, null: bool = True) -> int | None:
        if key is None and null:
            return None
        if not isinstance(key, str) or key not in self.people:
            raise bad(where, f"ไม่พบบุคคลรหัส «{key}» ในรายการ people", f"no person with key «{key}» in people")
        return self.people[key]

    def run(self, data: dict[str, Any]) -> None:
        top = Doc(data, "$", ("format", "version", "organisation", "people", "committees"))
        org_id = None
        if top.raw("organisation") is not None:
            o = Doc(top.raw("organisation"), "$.organisation", ("name",), ("short_name", "name_en", "units"))
            org_id = self.add(
                Organisation(
                    name=o.str("name", nonempty=True),
                    short_name=o.str("short_name"),
                    name_en=o.str("name_en"),
                )
            ).id
            for i, raw_u in enumerate(o.list("units"), 1):
                u = Doc(raw_u, f"$.organisation.units[{i - 1}]", ("name",), ("short_name",))
                name = u.str("name", nonempty=True)
                if name in self.units:
                    raise bad(u.at("name"), f"หน่วยงาน «{name}» ซ้ำ", f"duplicate unit «{name}»")
                unit = OrgUnit(organisation_id=org_id, position=i, name=name, short_name=u.str("short_name"))
                self.units[name] = self.add(unit).id
        for i, raw in enumerate(top.list("people")):
            p = Doc(
                raw,
                f"$.people[{i}]",
                ("key", "first_name"),
                ("title", "last_name", "position", "affiliation", "note"),
            )
            key = p.str("key", nonempty=True)
            if key in self.people:
                raise bad(p.at("key"), f"รหัสบุคคล «{key}» ซ้ำ", f"duplicate person key «{key}»")
            person = Person(
                title=p.str("title"),
                first_name=p.str("first_name", nonempty=True),
                last_name=p.str("last_name"),
                position=p.str("position"),
                affiliation=p.str("affiliation"),
                note=p.str("note"),
            )
            self.people[key] = self.add(person).id
        committees = top.list("committees")
        if committees and org_id is None:
            raise bad("$.organisation", "ต้องระบุหน่วยงานเมื่อมีคณะกรรมการ", "required when there are committees")
        for i, raw in enumerate(committees):
            self.committee(raw, f"$.committees[{i}]", org_id)

    def committee(self, raw: Any, where: str, org_id: Any) -> None:
        c = Doc(
            raw,
            where,
            ("name", "seats"),
            (
                "name_en",
                "substitutes_count_for_quorum",
                "orders",
                "duties",
                "target_virtues",
                "plans",
                "meetings",
            ),
        )
        committee = self.add(
            Committee(
                organisation_id=org_id,
                name=c.str("name", nonempty=True),
                name_en=c.str("name_en"),
                substitutes_count_for_quorum=c.bool("substitutes_count_for_quorum")
                if "substitutes_count_for_quorum" in c.data
                else True,
            )
        )
        cid = committee.id
        for i, raw_o in enumerate(c.list("orders")):
            o = Doc(raw_o, f"{where}.orders[{i}]", ("number", "issued_on"), ("issuer", "title", "text"))
            self.put(
                AppointmentOrder(
                    committee_id=cid,
                    issuer=o.str("issuer"),
                    number=o.str("number", nonempty=True),
                    issued_on=o.date("issued_on"),
                    title=o.str("title"),
                    text=o.str("text"),
                )
            )
        for i, text in enumerate(c.list("duties"), 1):
            if not isinstance(text, str) or not text.strip():
                raise bad(f"{where}.duties[{i - 1}]", "ต้องเป็นข้อความ", "must be non-empty text")
            self.put(Duty(committee_id=cid, position=i, text=text))
        seat_ids: dict[int, int] = {}
        for i, raw_s in enumerate(c.list("seats"), 1):
            s = Doc(
                raw_s,
                f"{where}.seats[{i - 1}]",
                ("role",),
                ("person", "ex_officio_position", "ex_officio_affiliation", "note"),
            )
            person_id = self.person(s.raw("person"), s.at("person"))
            if person_id is None and not s.str("ex_officio_position").strip():
                raise bad(
                    s.where,
                    "ที่นั่งต้องมีผู้ดำรงตำแหน่งหรือตำแหน่งโดยตำแหน่ง",
                    "a seat needs a person or an ex-officio position",
                )
            seat = Seat(
                committee_id=cid,
                position=i,
                role=s.enum("role", SeatRole),
                person_id=person_id,
                ex_officio_position=s.str("ex_officio_position"),
                ex_officio_affiliation=s.str("ex_officio_affiliation"),
                note=s.str("note"),
            )
            seat_ids[i] = self.add(seat).id
        counters: dict[tuple[int, VirtueKind], int] = {}
        for i, raw_v in enumerate(c.list("target_virtues")):
            v = Doc(raw_v, f"{where}.target_virtues[{i}]", ("fiscal_year", "kind", "text"))
            fy, kind = v.int("fiscal_year", 2400, 2700), v.enum("kind", VirtueKind)
            counters[(fy, kind)] = counters.get((fy, kind), 0) + 1
            self.put(
                TargetVirtue(
                    committee_id=cid,
                    fiscal_year=fy,
                    kind=kind,
                    position=counters[(fy, kind)],
                    text=v.str("text", nonempty=True),
                )
            )
        for i, raw_p in enumerate(c.list("plans")):
            self.plan(raw_p, f"{where}.plans[{i}]", cid)
        meetings: dict[tuple[int, int], int] = {}
        pending: list[tuple[AgendaItem, Any, str]] = []
        for i, raw_m in enumerate(c.list("meetings")):
            self.meeting(raw_m, f"{where}.meetings[{i}]", cid, seat_ids, meetings, pending)
        for item, ref, at in pending:
            r = Doc(ref, at, ("number", "year_be"))
            key = (r.int("year_be", 2400, 2700), r.int("number", 1))
            if key not in meetings:
                raise bad(at, f"ไม่พบการประชุมครั้งที่ {key[1]}/{key[0]}", f"no meeting {key[1]}/{key[0]}")
            item.certifies_meeting_id = meetings[key]
            self.s.add(item)
        self.s.flush()

    def plan(self, raw: Any, where: str, cid: Any) -> None:
        p = Doc(raw, where, ("fiscal_year", "versions"), ("core_virtues",))
        core = p.list("core_virtues")
        if not all(isinstance(x, str) for x in core):
            raise bad(p.at("core_virtues"), "ต้องเป็นรายการข้อความ", "must be a list of text")
        plan = self.add(
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
            version = self.add(
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
                approach = self.add(
                    Approach(
                        version_id=version.id, number=a.int("number", 1), title=a.str("title", nonempty=True)
                    )
                )
                for k, raw_act in enumerate(a.list("activities")):
                    self.activity(
                        raw_act, f"{a.where}.activities[{k}]", version.id, approach.id, acts, shares
                    )
            for act, ref, at in shares:
                if ref not in acts or ref == act.number:
                    raise bad(
                        at, f"ไม่มีกิจกรรมข้อ {ref} ให้ใช้งบประมาณร่วม", f"no activity {ref} to share a budget with"
                    )
                act.shares_budget_of_id = acts[ref].id
                self.s.add(act)
            for act in acts.values():
                ref, at = self.derived.pop(id(act), (None, ""))
                if ref is None:
                    continue
                if ref not in previous:
                    raise bad(
                        at, f"ไม่มีกิจกรรมข้อ {ref} ในแผนฉบับก่อนหน้า", f"no activity {ref} in the previous version"
                    )
                act.derived_from_id = previous[ref].id
                self.s.add(act)
            self.s.flush()
            for j, raw_r in enumerate(v.list("progress")):
                self.progress(raw_r, f"{v.where}.progress[{j}]", acts)
            previous = acts

    def activity(
        self, raw: Any, where: str, version_id: Any, approach_id: Any, acts: dict[int, Activity], shares: list
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
        act = self.add(
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
            self.derived[id(act)] = (derived, a.at("derived_from"))
        if kind == BudgetKind.SHARED:
            shares.append((act, b.int("activity", 1), b.at("activity")))
        elif "activity" in b.data:
            raise bad(b.at("activity"), "ใช้ได้เฉพาะงบประมาณชนิด shared", "only for budget kind shared")
        for i, raw_m in enumerate(a.list("milestones")):
            m = Doc(raw_m, f"{where}.milestones[{i}]", ("date",), ("label",))
            self.put(Milestone(activity_id=act.id, date=m.date("date"), label=m.str("label")))

    def progress(self, raw: Any, where: str, acts: dict[int, Activity]) -> None:
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
            if not isinstance(unit_name, str) or unit_name not in self.units:
                raise bad(
                    r.at("unit"),
                    f"ไม่พบหน่วยงาน «{unit_name}» ในรายการ organisation.units",
                    f"no unit «{unit_name}» in organisation.units",
                )
            unit_id = self.units[unit_name]
        quarter = r.int("quarter", 1, 4)
        key = (act.id, quarter, unit_id)
        if key in self.progress_keys:
            raise bad(
                r.where,
                f"ผลของกิจกรรมข้อ {number} ไตรมาสที่ {quarter} ซ้ำ",
                f"activity {number}, quarter {quarter} is given twice",
            )
        self.progress_keys.add(key)
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
        record = self.add(
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
            self.put(
                IndicatorResult(
                    record_id=record.id or 0,
                    position=position,
                    value_hundredths=hundredths,
                    met=met,
                    note=x.str("note"),
                )
            )

    def meeting(
        self, raw: Any, where: str, cid: Any, seat_ids: dict[int, int], meetings: dict, pending: list
    ) -> None:
        m = Doc(
            raw,
            where,
            ("number", "year_be", "date", "agenda"),
            (
                "start_time",
                "end_time",
                "place",
                "status",
                "opening_text",
                "recorder",
                "reviewer",
                "attendance",
            ),
        )
        number, year = m.int("number", 1, 10000), m.int("year_be", 2400, 2700)
        if (year, number) in meetings:
            raise bad(
                m.at("number"), f"การประชุมครั้งที่ {number}/{year} ซ้ำ", f"duplicate meeting {number}/{year}"
            )
        signers = {}
        for role in ("recorder", "reviewer"):
            if m.raw(role) is None:
                signers[role] = (None, "")
            else:
                s = Doc(m.raw(role), m.at(role), ("person",), ("position",))
                signers[role] = (self.person(s.raw("person"), s.at("person"), null=False), s.str("position"))
        meeting = self.add(
            Meeting(
                committee_id=cid,
                number=number,
                year_be=year,
                date=m.date("date"),
                start_time=m.time("start_time"),
                end_time=m.time("end_time"),
                place=m.str("place"),
                status=m.enum("status", MeetingStatus) if "status" in m.data else MeetingStatus.DRAFT,
                opening_text=m.str("opening_text"),
                recorder_person_id=signers["recorder"][0],
                recorder_position=signers["recorder"][1],
                reviewer_person_id=signers["reviewer"][0],
                reviewer_position=signers["reviewer"][1],
            )
        )
        meetings[(year, number)] = meeting.id
        att = Doc(m.raw("attendance", {}), m.at("attendance"), (), ("present", "absent", "participants"))
        for kind, key in (
            (AttendanceKind.PRESENT, "present"),
            (AttendanceKind.ABSENT, "absent"),
            (AttendanceKind.PARTICIPANT, "participants"),
        ):
            for i, raw_l in enumerate(att.list(key), 1):
                optional = {
                    AttendanceKind.PRESENT: ("seat", "position_text", "online", "note"),
                    AttendanceKind.ABSENT: ("seat", "position_text", "reason", "substitute", "note"),
                    AttendanceKind.PARTICIPANT: ("position_text", "online", "note"),
                }[kind]
                line = Doc(raw_l, f"{att.where}.{key}[{i - 1}]", ("person",), optional)
                seat = line.int("seat", 1, null=True) if "seat" in line.data else None
                if seat is not None and seat not in seat_ids:
                    raise bad(line.at("seat"), f"ไม่มีที่นั่งลำดับที่ {seat}", f"no seat number {seat}")
                self.put(
                    Attendance(
                        meeting_id=meeting.id,
                        kind=kind,
                        position=i,
                        seat_id=seat_ids.get(seat or -1),
                        person_id=self.person(line.raw("person"), line.at("person")),
                        position_text=line.str("position_text"),
                        absence_reason=line.str("reason"),
                        substitute_person_id=self.person(line.raw("substitute"), line.at("substitute")),
                        online=line.bool("online"),
                        note=line.str("note"),
                    )
                )
        for i, raw_i in enumerate(m.list("agenda"), 1):
            self.item(raw_i, f"{where}.agenda[{i - 1}]", meeting.id, None, i, pending)

    def item(
        self, raw: Any, where: str, meeting_id: Any, parent_id: Any, position: int, pending: list
    ) -> None:
        it = Doc(raw, where, ("title",), ("body", "resolution", "certifies", "items"))
        body = it.raw("body", [])
        validate_blocks(body, it.at("body"))
        item = AgendaItem(
            meeting_id=meeting_id,
            parent_id=parent_id,
            position=position,
            title=it.str("title", nonempty=True),
            body=body,
        )
        dissent: list[tuple[Any, str]] = []
        if it.raw("resolution") is not None:
            r = Doc(it.raw("resolution"), it.at("resolution"), ("kind",), ("heading", "text", "dissent"))
            item.resolution_kind = r.enum("kind", ResolutionKind)
            item.resolution_heading = r.str("heading")
            item.resolution_text = r.str("text")
            for j, raw_d in enumerate(r.list("dissent")):
                d = Doc(raw_d, f"{r.where}.dissent[{j}]", ("text",), ("person",))
                dissent.append((self.person(d.raw("person"), d.at("person")), d.str("text", nonempty=True)))
        self.add(item)
        for j, (person_id, text) in enumerate(dissent, 1):
            self.put(
                DissentingOpinion(agenda_item_id=ident(item), position=j, person_id=person_id, text=text)
            )
        if it.raw("certifies") is not None:
            pending.append((item, it.raw("certifies"), it.at("certifies")))
        for j, raw_c in enumerate(it.list("items"), 1):
            self.item(raw_c, f"{where}.items[{j - 1}]", meeting_id, item.id, j, pending)
