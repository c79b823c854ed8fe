"""The minutes of a meeting in the official form (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ, ข้อ ๒๕).

Order: title block; ผู้มาประชุม; ผู้ไม่มาประชุม; ผู้เข้าร่วมประชุม; เริ่มประชุมเวลา; each agenda item with
its text and resolution; เลิกประชุมเวลา; ผู้จดรายงานการประชุม (and ผู้ตรวจรายงานการประชุม when set).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from ethicsdesk.documents.common import Digits, plan_table
from ethicsdesk.documents.model import (
    Document,
    PeopleList,
    PersonRow,
    Roster,
    RosterRow,
    Rule,
    Signature,
    Table,
    Text,
)
from ethicsdesk.domain.enums import (
    RESOLUTION_KIND_LABELS,
    SEAT_ROLE_LABELS,
    VIRTUE_KIND_LABELS,
    AttendanceKind,
    VirtueKind,
)
from ethicsdesk.domain.markup import escape
from ethicsdesk.domain.models import (
    ActionPlan,
    AgendaItem,
    AppointmentOrder,
    Attendance,
    Committee,
    DissentingOpinion,
    Duty,
    Meeting,
    Organisation,
    Person,
    PlanVersion,
    Seat,
    TargetVirtue,
)
from ethicsdesk.domain.people import full_name
from ethicsdesk.errors import ValidationError
from ethicsdesk.storage.database import Workspace
from ethicsdesk.thai import format_date_long, format_time

NONE_TEXT = "- ไม่มี -"
DEFAULT_RESOLUTION_HEADING = "มติที่ประชุม"
ONLINE = " (ประชุมผ่านสื่ออิเล็กทรอนิกส์)"


def build_minutes(ws: Workspace, meeting_id: int, *, thai_digits: bool = True) -> Document:
    with ws.reading() as s:
        return _Builder(s, Digits(thai_digits)).build(meeting_id)


class _Builder:
    def __init__(self, s: Session, d: Digits) -> None:
        self.s = s
        self.d = d
        self.people: dict[int | None, Person] = {p.id: p for p in s.exec(select(Person)).all()}

    def name(self, person_id: int | None) -> str:
        return escape(full_name(self.people.get(person_id)))

    def build(self, meeting_id: int) -> Document:
        s, d = self.s, self.d
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise ValidationError(f"ไม่พบการประชุมรหัส {meeting_id}", f"No meeting with id {meeting_id}")
        self.meeting = m
        committee = s.get(Committee, m.committee_id)
        assert committee is not None
        self.committee = committee
        org = s.get(Organisation, committee.organisation_id)
        label = d(f"{m.number}/{m.year_be}")
        doc = Document(
            title=f"รายงานการประชุม{committee.name} ครั้งที่ {label}",
            subject=org.name if org else "",
            thai_digits=d.thai,
        )
        when = format_date_long(m.date, thai_digits=d.thai)
        if m.start_time:
            when += f" เวลา {format_time(m.start_time, thai_digits=d.thai)}"
        for line in (
            f"รายงานการประชุม{committee.name}",
            org.name if org else "",
            f"ครั้งที่ {label}",
            when,
            f"ณ {m.place}" if m.place else "",
        ):
            if line:
                doc.add(Text(d(escape(line)), "title"))
        doc.add(Rule())
        self.attendance(doc)
        if m.start_time:
            doc.add(Text(d(f"เริ่มประชุมเวลา {format_time(m.start_time, thai_digits=d.thai)}"), "plain"))
        if m.opening_text:
            doc.add(Text(d(escape(m.opening_text)), "body"))
        items = list(
            s.exec(
                select(AgendaItem).where(AgendaItem.meeting_id == m.id).order_by(col(AgendaItem.position))
            ).all()
        )
        self.children: dict[int | None, list[AgendaItem]] = {}
        for it in items:
            self.children.setdefault(it.parent_id, []).append(it)
        self.dissent: dict[int, list[DissentingOpinion]] = {}
        if items:
            for op in s.exec(
                select(DissentingOpinion)
                .where(col(DissentingOpinion.agenda_item_id).in_([i.id for i in items]))
                .order_by(col(DissentingOpinion.position))
            ).all():
                self.dissent.setdefault(op.agenda_item_id, []).append(op)
        for i, it in enumerate(self.children.get(None, []), 1):
            self.item(doc, it, str(i), 0)
        if m.end_time:
            doc.add(Text(d(f"เลิกประชุมเวลา {format_time(m.end_time, thai_digits=d.thai)}"), "plain"))
        if m.recorder_person_id is not None:
            doc.add(
                Signature(
                    f"({self.name(m.recorder_person_id)})",
                    d(escape(m.recorder_position)),
                    "ผู้จดรายงานการประชุม",
                )
            )
        if m.reviewer_person_id is not None:
            doc.add(
                Signature(
                    f"({self.name(m.reviewer_person_id)})",
                    d(escape(m.reviewer_position)),
                    "ผู้ตรวจรายงานการประชุม",
                )
            )
        elif m.recorder_person_id is not None:  # the form's second signer, for a pen or a digital signature
            doc.add(Signature("(" + "." * 44 + ")", "", "ผู้ตรวจรายงานการประชุม"))
        return doc

    # -- attendance -----------------------------------------------------------------------------
    def attendance(self, doc: Document) -> None:
        s, d = self.s, self.d
        lines = s.exec(
            select(Attendance)
            .where(Attendance.meeting_id == self.meeting.id)
            .order_by(col(Attendance.position))
        ).all()
        seats = {x.id: x for x in s.exec(select(Seat).where(Seat.committee_id == self.committee.id)).all()}
        for kind, heading in (
            (AttendanceKind.PRESENT, "ผู้มาประชุม"),
            (AttendanceKind.ABSENT, "ผู้ไม่มาประชุม"),
            (AttendanceKind.PARTICIPANT, "ผู้เข้าร่วมประชุม"),
        ):
            rows = []
            for n, a in enumerate((x for x in lines if x.kind == kind), 1):
                person = self.people.get(a.person_id)
                name = self.name(a.person_id) or escape(
                    seats[a.seat_id].ex_officio_position if a.seat_id in seats else ""
                )
                if kind == AttendanceKind.ABSENT:
                    if a.substitute_person_id is not None:
                        name += f" (มอบหมาย{self.name(a.substitute_person_id)})"
                    elif a.absence_reason:
                        name += f" ({escape(a.absence_reason)})"
                elif a.online:
                    name += ONLINE
                position = a.position_text or (person.position if person else "")
                role = SEAT_ROLE_LABELS[seats[a.seat_id].role][0] if a.seat_id in seats else ""
                rows.append(PersonRow(d(f"{n}."), d(name), d(escape(position)), role))
            if rows:
                doc.add(PeopleList(heading, rows))
            elif kind != AttendanceKind.PARTICIPANT:
                doc.add(Text(heading, "heading"))
                doc.add(Text(NONE_TEXT, "none"))

    # -- agenda -----------------------------------------------------------------------------------
    def item(self, doc: Document, it: AgendaItem, number: str, depth: int) -> None:
        d = self.d
        if depth == 0:
            doc.add(Text(d(f"ระเบียบวาระที่ {number} {escape(it.title)}"), "heading"))
        else:
            doc.add(Text(d(f"{number} {escape(it.title)}"), "subheading", level=depth))
        children = self.children.get(it.id, [])
        if not it.body and it.resolution_kind is None and not children:
            doc.add(Text(NONE_TEXT, "none", level=depth))
            return
        self.blocks(doc, it.body, depth)
        if it.resolution_kind is not None:
            heading = it.resolution_heading or DEFAULT_RESOLUTION_HEADING
            words = it.resolution_text or RESOLUTION_KIND_LABELS[it.resolution_kind][0]
            doc.add(Text(d(f"<b>{escape(heading)}</b> {words}"), "resolution", level=depth))
            for op in self.dissent.get(it.id or 0, []):
                who = self.name(op.person_id)
                prefix = f"ความเห็นแย้งของ{who}" if who else "ความเห็นแย้ง"
                doc.add(Text(d(f"<b>{prefix}</b> {escape(op.text)}"), "dissent", level=depth))
        for i, child in enumerate(children, 1):
            self.item(doc, child, f"{number}.{i}", depth + 1)

    def blocks(self, doc: Document, blocks: list[dict[str, Any]], level: int, prefix: str = "") -> None:
        d = self.d
        for block in blocks:
            kind = block["type"]
            if kind == "paragraph":
                doc.add(Text(d(block["text"]), "body", level=level + block.get("indent", 0)))
            elif kind == "list":
                from ethicsdesk.domain.blocks import list_label

                nested_prefix = prefix if block.get("nested") else ""
                for n, entry in enumerate(block["items"], block.get("start", 1)):
                    label = list_label(block["style"], n, nested_prefix)
                    doc.add(Text(d(entry["text"]), "body", level=level + 1, label=d(label)))
                    own = f"{nested_prefix}{n}."
                    self.blocks(doc, entry.get("blocks", []), level + 1, own)
            elif kind == "table":
                doc.add(
                    Table(
                        [d(c) for c in block["header"]],
                        [[d(c) for c in row] for row in block["rows"]],
                        block.get("widths"),
                    )
                )
            elif kind == "roster":
                self.roster(doc, block["order"])
            elif kind == "duties":
                duties = self.s.exec(
                    select(Duty).where(Duty.committee_id == self.committee.id).order_by(col(Duty.position))
                ).all()
                for duty in duties:
                    doc.add(Text(d(escape(duty.text)), "body", level=level + 1, label=d(f"{duty.position}.")))
            elif kind == "virtues":
                self.virtues(doc, block["fiscal_year"], level)
            elif kind == "plan":
                plan = self.s.exec(
                    select(ActionPlan).where(
                        ActionPlan.committee_id == self.committee.id,
                        ActionPlan.fiscal_year == block["fiscal_year"],
                    )
                ).first()
                version = (
                    None
                    if plan is None
                    else self.s.exec(
                        select(PlanVersion).where(
                            PlanVersion.plan_id == plan.id, PlanVersion.number == block["version"]
                        )
                    ).first()
                )
                if version is None:
                    raise ValidationError(
                        f"ระเบียบวาระอ้างถึงแผนปี {block['fiscal_year']} ฉบับที่ {block['version']} ซึ่งไม่มีอยู่",
                        f"An agenda item refers to plan {block['fiscal_year']} version {block['version']}, which does not exist",
                    )
                doc.add(plan_table(self.s, version, block["view"], d))
            elif kind == "report":
                from ethicsdesk.documents.report import report_blocks

                for b in report_blocks(self.s, self.committee.id or 0, block, self.meeting.date, level, d):
                    doc.add(b)

    def roster(self, doc: Document, order_number: str) -> None:
        d = self.d
        order = self.s.exec(
            select(AppointmentOrder).where(
                AppointmentOrder.committee_id == self.committee.id, AppointmentOrder.number == order_number
            )
        ).first()
        if order is None:
            raise ValidationError(f"ไม่พบคำสั่งที่ {order_number}", f"No appointment order {order_number}")
        rows = []
        for seat in self.s.exec(
            select(Seat).where(Seat.committee_id == self.committee.id).order_by(col(Seat.position))
        ).all():
            person = self.people.get(seat.person_id)
            if seat.ex_officio_position:
                name, detail = seat.ex_officio_position, seat.note or seat.ex_officio_affiliation
            else:
                name = full_name(person)
                detail = seat.note or (
                    " ".join(x for x in (person.position, person.affiliation) if x)
                    if person and person.affiliation
                    else ""
                )
            rows.append(
                RosterRow(
                    d(f"{seat.position}."), d(escape(name)), d(escape(detail)), SEAT_ROLE_LABELS[seat.role][0]
                )
            )
        doc.add(Roster(rows))

    def virtues(self, doc: Document, fiscal_year: int, level: int) -> None:
        d = self.d
        virtues = self.s.exec(
            select(TargetVirtue)
            .where(TargetVirtue.committee_id == self.committee.id, TargetVirtue.fiscal_year == fiscal_year)
            .order_by(col(TargetVirtue.position))
        ).all()
        for n, kind in enumerate((VirtueKind.PROBLEM, VirtueKind.GOOD), 1):
            doc.add(Text(d(VIRTUE_KIND_LABELS[kind][0]), "body", level=level + 1, label=d(f"{n})")))
            for v in (x for x in virtues if x.kind == kind):
                doc.add(Text(d(escape(v.text)), "body", level=level + 2, label=d(f"{n}.{v.position})")))
