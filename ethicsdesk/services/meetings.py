"""Meetings: header, status, attendance, quorum, and a new meeting from the previous one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ethicsdesk.domain.agenda import CERTIFICATION_ITEM, STANDARD_ITEMS
from ethicsdesk.domain.enums import AttendanceKind, MeetingStatus
from ethicsdesk.domain.models import (
    AgendaItem,
    Amendment,
    Attendance,
    AuditEntry,
    Committee,
    Meeting,
    Person,
    Seat,
    ident,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, check_editable, open_amendment, require_text

HEADER_FIELDS = (
    "date",
    "start_time",
    "end_time",
    "place",
    "opening_text",
    "recorder_person_id",
    "recorder_position",
    "reviewer_person_id",
    "reviewer_position",
)


@dataclass(frozen=True)
class Quorum:
    """องค์ประชุม: at least half of all members present (APA s. 79)."""

    members: int
    present: int

    @property
    def required(self) -> int:
        return (self.members + 1) // 2

    @property
    def met(self) -> bool:
        return self.members > 0 and self.present * 2 >= self.members


def check_year(year_be: int) -> None:
    """Refuse a year that is not plausibly Buddhist era, naming the likely mistake."""
    if 1900 <= year_be < 2400:
        raise ValidationError(
            f"ปี {year_be} ดูเหมือนเป็นปีคริสต์ศักราช ปีพุทธศักราชคือ {year_be + 543}",
            f"The year {year_be} looks like a Christian-era year; in the Buddhist era it is {year_be + 543}",
        )
    if not 2400 <= year_be <= 2700:
        raise ValidationError(f"ปี พ.ศ. {year_be} ไม่ถูกต้อง", f"{year_be} is not a valid Buddhist-era year")


class MeetingService(Service):
    def meetings(self, committee_id: int) -> list[Meeting]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Meeting)
                    .where(Meeting.committee_id == committee_id)
                    .order_by(col(Meeting.date).desc(), col(Meeting.number).desc())
                ).all()
            )

    def meeting(self, meeting_id: int) -> Meeting:
        with self.ws.reading() as s:
            return self.get(s, Meeting, meeting_id)

    def find(self, committee_id: int, number: int, year_be: int) -> Meeting | None:
        with self.ws.reading() as s:
            return s.exec(
                select(Meeting).where(
                    Meeting.committee_id == committee_id, Meeting.number == number, Meeting.year_be == year_be
                )
            ).first()

    def next_number(self, committee_id: int, year_be: int) -> int:
        with self.ws.reading() as s:
            numbers = s.exec(
                select(Meeting.number).where(Meeting.committee_id == committee_id, Meeting.year_be == year_be)
            ).all()
        return max(numbers, default=0) + 1

    def _check_unique(
        self, s: Session, committee_id: int, number: int, year_be: int, own_id: int | None = None
    ) -> None:
        if number < 1:
            raise ValidationError(
                "ครั้งที่ของการประชุมต้องเป็นจำนวนเต็มบวก", "The meeting number must be a positive whole number"
            )
        check_year(year_be)
        clash = s.exec(
            select(Meeting.id).where(
                Meeting.committee_id == committee_id, Meeting.number == number, Meeting.year_be == year_be
            )
        ).first()
        if clash is not None and clash != own_id:
            raise ValidationError(
                f"มีการประชุมครั้งที่ {number}/{year_be} อยู่แล้ว", f"Meeting {number}/{year_be} already exists"
            )

    def create_meeting(
        self,
        committee_id: int,
        date: dt.date,
        *,
        number: int | None = None,
        year_be: int | None = None,
        start_time: dt.time | None = None,
        end_time: dt.time | None = None,
        place: str = "",
        standard_agenda: bool = True,
    ) -> Meeting:
        """A new meeting; by default numbered next in the date's Buddhist year, with the six standard items."""
        year = year_be if year_be is not None else date.year + 543
        with self.ws.transaction() as s:
            self.get(s, Committee, committee_id)
            if number is None:
                number = (
                    max(
                        s.exec(
                            select(Meeting.number).where(
                                Meeting.committee_id == committee_id, Meeting.year_be == year
                            )
                        ).all(),
                        default=0,
                    )
                    + 1
                )
            self._check_unique(s, committee_id, number, year)
            _check_times(start_time, end_time)
            meeting = Meeting(
                committee_id=committee_id,
                number=number,
                year_be=year,
                date=date,
                start_time=start_time,
                end_time=end_time,
                place=place.strip(),
                opening_text="ประธานกล่าวเปิดประชุมและดำเนินการประชุมตามระเบียบวาระการประชุมต่าง ๆ ดังนี้",
            )
            s.add(meeting)
            s.flush()
            if standard_agenda:
                for i, (title, _en) in enumerate(STANDARD_ITEMS, 1):
                    s.add(AgendaItem(meeting_id=ident(meeting), position=i, title=title, body=[]))
            return meeting

    def new_from_previous(
        self, previous_id: int, date: dt.date, *, start_time: dt.time | None = None, place: str | None = None
    ) -> Meeting:
        """The next meeting: roster carried into attendance, the standard agenda, item ๒ certifying the previous minutes."""
        prev = self.meeting(previous_id)
        if date <= prev.date:
            raise ValidationError(
                "วันประชุมครั้งใหม่ต้องอยู่หลังการประชุมครั้งก่อน", "The new meeting must be after the previous one"
            )
        meeting = self.create_meeting(
            prev.committee_id,
            date,
            start_time=start_time or prev.start_time,
            place=prev.place if place is None else place,
        )
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting.id)
            m.recorder_person_id, m.recorder_position = prev.recorder_person_id, prev.recorder_position
            m.reviewer_person_id, m.reviewer_position = prev.reviewer_person_id, prev.reviewer_position
            m.opening_text = prev.opening_text or m.opening_text
            s.add(m)
            seats = s.exec(
                select(Seat).where(Seat.committee_id == prev.committee_id).order_by(col(Seat.position))
            ).all()
            for i, seat in enumerate(seats, 1):
                s.add(
                    Attendance(
                        meeting_id=ident(m),
                        kind=AttendanceKind.PRESENT,
                        position=i,
                        seat_id=seat.id,
                        person_id=seat.person_id,
                    )
                )
            item2 = s.exec(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == m.id,
                    col(AgendaItem.parent_id).is_(None),
                    AgendaItem.position == CERTIFICATION_ITEM,
                )
            ).first()
            if item2 is not None:
                item2.certifies_meeting_id = prev.id
                item2.body = [
                    {"type": "paragraph", "text": f"รับรองรายงานการประชุมครั้งที่ {prev.number}/{prev.year_be}"}
                ]
                s.add(item2)
            return m

    def update_header(self, meeting_id: int, **fields: object) -> Meeting:
        unknown = set(fields) - set(HEADER_FIELDS) - {"number", "year_be"}
        if unknown:
            raise TypeError(f"unknown meeting fields {unknown}")
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            check_editable(s, m)
            for key, value in fields.items():
                if key in ("recorder_person_id", "reviewer_person_id") and value is not None:
                    self.get(s, Person, value)
                setattr(m, key, value.strip() if isinstance(value, str) else value)
            self._check_unique(s, m.committee_id, m.number, m.year_be, own_id=m.id)
            _check_times(m.start_time, m.end_time)
            s.add(m)
            return m

    def set_status(self, meeting_id: int, status: MeetingStatus | str) -> Meeting:
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            try:
                new = MeetingStatus(status)
            except ValueError:
                raise ValidationError(f"ไม่รู้จักสถานะ «{status}»", f"Unknown status «{status}»") from None
            if m.status == MeetingStatus.CERTIFIED and new != MeetingStatus.CERTIFIED:
                raise ValidationError(
                    "รายงานการประชุมที่รับรองแล้วจะกลับเป็นร่างไม่ได้ ให้บันทึกการแก้ไขพร้อมเหตุผลแทน",
                    "Certified minutes cannot go back to draft; record an amendment with its reason instead",
                )
            if new == MeetingStatus.CERTIFIED and m.certified_on is None:
                m.certified_on = dt.date.today()
            m.status = new
            s.add(m)
            return m

    def delete_meeting(self, meeting_id: int) -> None:
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            check_editable(s, m)
            s.delete(m)

    # -- certification and amendments ------------------------------------------------------
    def certify(self, meeting_id: int, certified_on: dt.date) -> Meeting:
        """The committee certified these minutes (at its next meeting): from now on they change only by amendment."""
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            if certified_on < m.date:
                raise ValidationError(
                    "วันที่รับรองต้องไม่ก่อนวันประชุม", "The minutes cannot be certified before the meeting"
                )
            m.status, m.certified_on = MeetingStatus.CERTIFIED, certified_on
            s.add(m)
            return m

    def begin_amendment(self, meeting_id: int, reason: str, amended_on: dt.date) -> Amendment:
        """Open a correction of certified minutes; edits made until ``end_amendment`` belong to it."""
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            if m.status != MeetingStatus.CERTIFIED:
                raise ValidationError(
                    "รายงานการประชุมนี้ยังไม่ได้รับรอง แก้ไขได้โดยตรง",
                    "These minutes are not certified; edit them directly",
                )
            if open_amendment(s, meeting_id) is not None:
                raise ValidationError("มีการแก้ไขที่ยังไม่ปิดอยู่แล้ว", "An amendment is already open")
            a = Amendment(
                meeting_id=meeting_id,
                amended_on=amended_on,
                reason=require_text(reason, "เหตุผลของการแก้ไข", "reason"),
                opened_at=dt.datetime.now(dt.UTC),
            )
            s.add(a)
            s.flush()
            return a

    def end_amendment(self, meeting_id: int) -> None:
        with self.ws.transaction() as s:
            a = open_amendment(s, meeting_id)
            if a is None:
                raise ValidationError("ไม่มีการแก้ไขที่เปิดอยู่", "No amendment is open")
            a.closed_at = dt.datetime.now(dt.UTC)
            s.add(a)

    def open_amendment(self, meeting_id: int) -> Amendment | None:
        """The amendment of these minutes still open, if any."""
        with self.ws.reading() as s:
            return open_amendment(s, meeting_id)

    def withdraw_amendment(self, meeting_id: int) -> None:
        """Undo opening an amendment: removed if nothing was changed under it, else closed (changes stay)."""
        with self.ws.transaction() as s:
            a = open_amendment(s, meeting_id)
            if a is None:
                raise ValidationError("ไม่มีการแก้ไขที่เปิดอยู่", "No amendment is open")
            used = s.exec(select(AuditEntry.id).where(AuditEntry.amendment_id == a.id)).first()
            if used is None:
                s.delete(a)
            else:
                a.closed_at = dt.datetime.now(dt.UTC)
                s.add(a)

    def reopen_amendment(self, meeting_id: int) -> Amendment:
        """Undo finishing an amendment: the newest amendment of these minutes is open again."""
        with self.ws.transaction() as s:
            if open_amendment(s, meeting_id) is not None:
                raise ValidationError("มีการแก้ไขที่ยังไม่ปิดอยู่แล้ว", "An amendment is already open")
            a = s.exec(
                select(Amendment).where(Amendment.meeting_id == meeting_id).order_by(col(Amendment.id).desc())
            ).first()
            if a is None:
                raise ValidationError("ยังไม่มีการแก้ไขรายงานการประชุมนี้", "These minutes have no amendment")
            a.closed_at = None
            s.add(a)
            return a

    def amendments(self, meeting_id: int) -> list[Amendment]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Amendment).where(Amendment.meeting_id == meeting_id).order_by(col(Amendment.id))
                ).all()
            )

    def history(self, meeting_id: int) -> list[AuditEntry]:
        """Every recorded change of this meeting's minutes, oldest first."""
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(AuditEntry).where(AuditEntry.meeting_id == meeting_id).order_by(col(AuditEntry.id))
                ).all()
            )

    # -- attendance -------------------------------------------------------------------------
    def attendance(self, meeting_id: int) -> list[Attendance]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Attendance)
                    .where(Attendance.meeting_id == meeting_id)
                    .order_by(col(Attendance.kind), col(Attendance.position))
                ).all()
            )

    def mark(
        self,
        meeting_id: int,
        seat_id: int,
        kind: AttendanceKind | str,
        *,
        person_id: int | None = None,
        reason: str = "",
        substitute_person_id: int | None = None,
        online: bool = False,
    ) -> Attendance:
        """Record whether a seat's holder came (present/absent, with reason or substitute, online)."""
        kind = AttendanceKind(kind)
        if kind == AttendanceKind.PARTICIPANT:
            raise ValidationError("ที่นั่งกรรมการต้องเป็นมาประชุมหรือไม่มาประชุม", "A seat is either present or absent")
        if kind == AttendanceKind.PRESENT and (reason or substitute_person_id):
            raise ValidationError(
                "ผู้มาประชุมไม่มีเหตุผลการลาหรือผู้มาแทน", "A present member has no absence reason or substitute"
            )
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            check_editable(s, m)
            seat = self.get(s, Seat, seat_id)
            if seat.committee_id != m.committee_id:
                raise ValidationError("ที่นั่งนี้ไม่ใช่ของคณะกรรมการนี้", "This seat belongs to another committee")
            for pid in (person_id, substitute_person_id):
                if pid is not None:
                    self.get(s, Person, pid)
            if substitute_person_id is not None and substitute_person_id == (person_id or seat.person_id):
                raise ValidationError(
                    "ผู้มาแทนต้องไม่ใช่กรรมการผู้นั้นเอง", "The substitute cannot be the member themself"
                )
            line = s.exec(
                select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.seat_id == seat_id)
            ).first()
            if line is None or line.kind != kind:
                if line is not None:
                    self._close_gap(s, line)
                else:
                    line = Attendance(meeting_id=meeting_id, kind=kind, position=0, seat_id=seat_id)
                line.kind = kind
                line.position = self._seat_slot(s, meeting_id, kind, seat)
            line.person_id = person_id if person_id is not None else (line.person_id or seat.person_id)
            line.absence_reason = reason.strip()
            line.substitute_person_id = substitute_person_id
            line.online = online if kind == AttendanceKind.PRESENT else False
            s.add(line)
            s.flush()
            return line

    def _seat_slot(self, s: Session, meeting_id: int, kind: AttendanceKind, seat: Seat) -> int:
        """Insert a seat's line into its list in roster order, shifting those after it."""
        lines = s.exec(
            select(Attendance)
            .where(Attendance.meeting_id == meeting_id, Attendance.kind == kind)
            .order_by(col(Attendance.position))
        ).all()
        seat_pos = {
            x.id: x.position for x in s.exec(select(Seat).where(Seat.committee_id == seat.committee_id)).all()
        }
        slot = len(lines) + 1
        for line in lines:
            if line.seat_id is not None and seat_pos.get(line.seat_id, 0) > seat.position:
                slot = line.position
                break
        for line in lines:
            if line.position >= slot:
                line.position += 1
                s.add(line)
        return slot

    @staticmethod
    def _close_gap(s: Session, line: Attendance) -> None:
        for other in s.exec(
            select(Attendance).where(
                Attendance.meeting_id == line.meeting_id,
                Attendance.kind == line.kind,
                Attendance.position > line.position,
            )
        ).all():
            other.position -= 1
            s.add(other)

    def add_participant(
        self, meeting_id: int, person_id: int, *, position_text: str = "", online: bool = False
    ) -> Attendance:
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id)
            check_editable(s, m)
            self.get(s, Person, person_id)
            count = len(
                s.exec(
                    select(Attendance.id).where(
                        Attendance.meeting_id == meeting_id, Attendance.kind == AttendanceKind.PARTICIPANT
                    )
                ).all()
            )
            line = Attendance(
                meeting_id=meeting_id,
                kind=AttendanceKind.PARTICIPANT,
                position=count + 1,
                person_id=person_id,
                position_text=position_text.strip(),
                online=online,
            )
            s.add(line)
            s.flush()
            return line

    def remove_line(self, line_id: int) -> None:
        with self.ws.transaction() as s:
            line = self.get(s, Attendance, line_id)
            check_editable(s, self.get(s, Meeting, line.meeting_id))
            self._close_gap(s, line)
            s.delete(line)

    def update_line(
        self,
        line_id: int,
        *,
        position_text: str | None = None,
        online: bool | None = None,
        note: str | None = None,
    ) -> Attendance:
        """Change how a line is printed (position as written, online, note) without changing its kind (added for the GUI)."""
        with self.ws.transaction() as s:
            line = self.get(s, Attendance, line_id)
            check_editable(s, self.get(s, Meeting, line.meeting_id))
            if position_text is not None:
                line.position_text = position_text.strip()
            if online is not None:
                if online and line.kind == AttendanceKind.ABSENT:
                    raise ValidationError(
                        "ผู้ไม่มาประชุมจะเข้าร่วมผ่านสื่ออิเล็กทรอนิกส์ไม่ได้", "An absent member cannot attend online"
                    )
                line.online = online
            if note is not None:
                line.note = note.strip()
            s.add(line)
            return line

    def quorum(self, meeting_id: int) -> Quorum:
        """Members are the committee's seats; a seat counts when its holder (or, if allowed, a substitute) came."""
        with self.ws.reading() as s:
            m = self.get(s, Meeting, meeting_id)
            committee = self.get(s, Committee, m.committee_id)
            members = len(s.exec(select(Seat.id).where(Seat.committee_id == m.committee_id)).all())
            lines = s.exec(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, col(Attendance.seat_id).is_not(None)
                )
            ).all()
        seats_present = {
            a.seat_id
            for a in lines
            if a.kind == AttendanceKind.PRESENT
            or (
                a.kind == AttendanceKind.ABSENT
                and a.substitute_person_id is not None
                and committee.substitutes_count_for_quorum
            )
        }
        return Quorum(members=members, present=len(seats_present))


def _check_times(start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end <= start:
        raise ValidationError("เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม", "The meeting must end after it starts")
