"""Meetings: header, status, certification and amendments, and a new meeting from the previous one."""

from __future__ import annotations

import datetime as dt

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
    MinutesRecord,
    Person,
    Seat,
    ident,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import check_editable, open_amendment, require_text
from ethicsdesk.services.meeting_attendance import MeetingAttendance
from ethicsdesk.thai.dates import check_year

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


class MeetingService(MeetingAttendance):
    """Meetings and their headers, status, certification and amendments; attendance and the quorum are
    in MeetingAttendance."""

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
            # the committee's row, locked (a server): two meetings created at once get the next two numbers
            self.get(s, Committee, committee_id, lock=True)
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
                select(Seat)
                .where(Seat.committee_id == prev.committee_id)
                .order_by(col(Seat.position), col(Seat.id))
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
            if new == MeetingStatus.CERTIFIED and m.status != MeetingStatus.CERTIFIED:
                return self._certify(s, m, m.certified_on or dt.date.today())
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
            m = self.get(s, Meeting, meeting_id, lock=True)  # one certification at a time
            if m.status == MeetingStatus.CERTIFIED:
                from ethicsdesk.thai import format_date_long

                when = m.certified_on
                raise ValidationError(
                    f"รายงานการประชุมครั้งที่ {m.number}/{m.year_be} รับรองแล้ว"
                    + (f" เมื่อ{format_date_long(when)}" if when else "")
                    + " ถ้าต้องแก้ไข ให้บันทึกการแก้ไขพร้อมเหตุผล",
                    f"The minutes {m.number}/{m.year_be} are already certified"
                    + (f" (on {when.isoformat()})" if when else "")
                    + "; to correct them, record an amendment with its reason",
                )
            return self._certify(s, m, certified_on)

    def _certify(self, s: Session, m: Meeting, certified_on: dt.date) -> Meeting:
        """Certify in the caller's transaction and freeze the minutes as they stand."""
        from ethicsdesk.services.certification import take_record

        if certified_on < m.date:
            raise ValidationError(
                "วันที่รับรองต้องไม่ก่อนวันประชุม", "The minutes cannot be certified before the meeting"
            )
        m.status, m.certified_on = MeetingStatus.CERTIFIED, certified_on
        s.add(m)
        s.flush()
        take_record(s, m, "certified")
        return m

    def records(self, meeting_id: int) -> list[MinutesRecord]:
        """The frozen records of these minutes, oldest first (certification, then each amendment)."""
        from ethicsdesk.services.certification import records_of

        with self.ws.reading() as s:
            return records_of(s, meeting_id)

    def begin_amendment(self, meeting_id: int, reason: str, amended_on: dt.date) -> Amendment:
        """Open a correction of certified minutes; edits made until ``end_amendment`` belong to it."""
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id, lock=True)
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
            self.get(s, Meeting, meeting_id, lock=True)  # amendments one at a time
            a = open_amendment(s, meeting_id)
            if a is None:
                raise ValidationError("ไม่มีการแก้ไขที่เปิดอยู่", "No amendment is open")
            a.closed_at = dt.datetime.now(dt.UTC)
            s.add(a)
            s.flush()
            from ethicsdesk.services.certification import take_record

            take_record(s, self.get(s, Meeting, meeting_id), "amended", a.id)

    def open_amendment(self, meeting_id: int) -> Amendment | None:
        """The amendment of these minutes still open, if any."""
        with self.ws.reading() as s:
            return open_amendment(s, meeting_id)

    def withdraw_amendment(self, meeting_id: int) -> None:
        """Undo opening an amendment: removed if nothing was changed under it, else closed (changes stay)."""
        with self.ws.transaction() as s:
            self.get(s, Meeting, meeting_id, lock=True)  # amendments one at a time
            a = open_amendment(s, meeting_id)
            if a is None:
                raise ValidationError("ไม่มีการแก้ไขที่เปิดอยู่", "No amendment is open")
            used = s.exec(select(AuditEntry.id).where(AuditEntry.amendment_id == a.id)).first()
            if used is None:
                s.delete(a)
            else:  # its changes stay: they are frozen as an amendment finished
                a.closed_at = dt.datetime.now(dt.UTC)
                s.add(a)
                s.flush()
                from ethicsdesk.services.certification import take_record

                take_record(s, self.get(s, Meeting, meeting_id), "amended", a.id)

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


def _check_times(start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end <= start:
        raise ValidationError("เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม", "The meeting must end after it starts")
