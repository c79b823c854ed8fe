"""All-or-nothing import of an interchange document into an empty workspace."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from ethicsdesk.domain.blocks import validate_blocks
from ethicsdesk.domain.enums import AttendanceKind, MeetingStatus, ResolutionKind, SeatRole, VirtueKind
from ethicsdesk.domain.models import (
    AgendaItem,
    AppointmentOrder,
    Attendance,
    AuditEntry,
    Committee,
    DissentingOpinion,
    Duty,
    Meeting,
    MinutesRecord,
    Organisation,
    OrgUnit,
    Person,
    Seat,
    TargetVirtue,
    ident,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.interchange.fields import Doc, bad
from ethicsdesk.interchange.reader_plan import read_plan
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
        Importer(session).run(data)
        session.add(
            AuditEntry(
                at=dt.datetime.now(dt.UTC),
                action="import",
                entity="workspace",
                new_value=f"{FORMAT_NAME} {FORMAT_VERSION}",
            )
        )


class Importer:
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
                "short_name",
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
                short_name=c.str("short_name"),
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
            read_plan(self, raw_p, f"{where}.plans[{i}]", cid)
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
                "certified_on",
                "records",
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
                certified_on=m.date("certified_on") if m.raw("certified_on") is not None else None,
            )
        )
        meetings[(year, number)] = meeting.id
        for i, raw_r in enumerate(m.list("records") if "records" in m.data else [], 1):
            self.record(raw_r, f"{m.at('records')}[{i - 1}]", meeting.id)
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

    def record(self, raw: Any, where: str, meeting_id: Any) -> None:
        """A frozen record of certified minutes: kept as it was written, checked against its fingerprint."""
        import datetime as dt

        from ethicsdesk.domain import snapshots

        r = Doc(raw, where, ("taken_at", "reason", "sha256", "snapshot"))
        text = r.str("snapshot", nonempty=True)
        if snapshots.fingerprint(text) != r.str("sha256"):
            raise bad(
                r.at("sha256"),
                "ไม่ตรงกับสำเนารายงานการประชุมที่รับรอง (สำเนาถูกแก้ไข)",
                "does not match the frozen minutes (the copy was changed)",
            )
        try:
            snapshots.loads(text)
            taken = dt.datetime.fromisoformat(r.str("taken_at")).replace(tzinfo=dt.UTC)
        except (ValueError, TypeError, KeyError) as exc:
            raise bad(
                where, f"อ่านสำเนารายงานการประชุมที่รับรองไม่ได้ ({exc})", f"unreadable frozen minutes ({exc})"
            ) from None
        self.put(
            MinutesRecord(
                meeting_id=meeting_id,
                taken_at=taken,
                reason=r.str("reason", nonempty=True),
                sha256=r.str("sha256"),
                snapshot=text,
            )
        )

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
