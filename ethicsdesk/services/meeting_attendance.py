"""A meeting's attendance (present, absent with a reason or a substitute, other participants, online)
and its quorum (องค์ประชุม). The base of MeetingService: callers keep using ``services.meetings``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import AttendanceKind
from ethicsdesk.domain.models import Attendance, Committee, Meeting, Person, Seat
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, check_editable
from ethicsdesk.storage.ordering import enum_order


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


class MeetingAttendance(Service):
    def attendance(self, meeting_id: int) -> list[Attendance]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Attendance)
                    .where(Attendance.meeting_id == meeting_id)
                    .order_by(
                        enum_order(col(Attendance.kind), AttendanceKind),
                        col(Attendance.position),
                        col(Attendance.id),
                    )
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
            m = self.get(s, Meeting, meeting_id, lock=True)  # one edit of the meeting's lists at a time
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
            .order_by(col(Attendance.position), col(Attendance.id))
        ).all()
        seat_pos = {
            x.id: x.position for x in s.exec(select(Seat).where(Seat.committee_id == seat.committee_id)).all()
        }
        slot = len(lines) + 1
        for line in lines:
            if line.seat_id is not None and seat_pos.get(line.seat_id, 0) > seat.position:
                slot = line.position
                break
        self.shifted(line for line in lines if line.seat_id != seat.id)
        for line in lines:
            if line.position >= slot:
                line.position += 1
                s.add(line)
        return slot

    def _close_gap(self, s: Session, line: Attendance) -> None:
        after = s.exec(
            select(Attendance).where(
                Attendance.meeting_id == line.meeting_id,
                Attendance.kind == line.kind,
                Attendance.position > line.position,
            )
        ).all()
        self.shifted(other for other in after if other is not line)
        for other in after:
            other.position -= 1
            s.add(other)

    def add_participant(
        self, meeting_id: int, person_id: int, *, position_text: str = "", online: bool = False
    ) -> Attendance:
        with self.ws.transaction() as s:
            m = self.get(s, Meeting, meeting_id, lock=True)  # one edit of the meeting's lists at a time
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
            check_editable(s, self.get(s, Meeting, line.meeting_id, lock=True))
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
            check_editable(s, self.get(s, Meeting, line.meeting_id, lock=True))
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
