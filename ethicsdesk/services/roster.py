"""The committee's roster (seats) and the people directory."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import SEAT_ROLE_LABELS, AttendanceKind, SeatRole, label
from ethicsdesk.domain.models import (
    AgendaItem,
    AppointmentOrder,
    Attendance,
    Committee,
    DissentingOpinion,
    Duty,
    Meeting,
    Organisation,
    Person,
    Seat,
    ident,
)
from ethicsdesk.domain.people import full_name
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, require_text

PERSON_FIELDS = ("title", "first_name", "last_name", "position", "affiliation", "note")
SEAT_FIELDS = ("role", "person_id", "ex_officio_position", "ex_officio_affiliation", "note")


def fold(text: str) -> str:
    """Text folded for searching: NFC, lower case, no spaces."""
    return "".join(unicodedata.normalize("NFC", text).lower().split())


@dataclass(frozen=True)
class SeatView:
    id: int
    position: int
    role: SeatRole
    role_label: str
    person_id: int | None
    name: str  # the person, or the ex-officio position when nobody is named
    position_text: str
    affiliation: str
    ex_officio: bool
    note: str


@dataclass(frozen=True)
class AttendanceRecord:
    meeting_id: int
    meeting_label: str  # "1/2565"
    date: object
    kind: AttendanceKind
    substituted: bool


@dataclass(frozen=True)
class AttendanceHistory:
    records: list[AttendanceRecord]
    present: int
    expected: int  # meetings at which the person held a seat

    @property
    def rate(self) -> float | None:
        return None if self.expected == 0 else self.present / self.expected


class RosterService(Service):
    # -- committees -------------------------------------------------------------------------
    def committees(self) -> list[Committee]:
        with self.ws.reading() as s:
            return list(s.exec(select(Committee).order_by(col(Committee.id))).all())

    def update_committee(
        self, committee_id: int, *, name: str | None = None, substitutes_count: bool | None = None
    ) -> Committee:
        with self.ws.transaction() as s:
            c = self.get(s, Committee, committee_id)
            if name is not None:
                c.name = require_text(name, "ชื่อคณะกรรมการ", "committee name")
            if substitutes_count is not None:
                c.substitutes_count_for_quorum = substitutes_count
            s.add(c)
            return c

    # -- seats ------------------------------------------------------------------------------
    def seats(self, committee_id: int, lang: str = "th") -> list[SeatView]:
        with self.ws.reading() as s:
            seats = s.exec(
                select(Seat)
                .where(Seat.committee_id == committee_id)
                .order_by(col(Seat.position), col(Seat.id))
            ).all()
            people = {
                p.id: p
                for p in s.exec(
                    select(Person).where(col(Person.id).in_([x.person_id for x in seats if x.person_id]))
                ).all()
            }
            out = []
            for seat in seats:
                assert seat.id is not None
                person = people.get(seat.person_id)
                ex = bool(seat.ex_officio_position)
                out.append(
                    SeatView(
                        id=seat.id,
                        position=seat.position,
                        role=seat.role,
                        role_label=label(SEAT_ROLE_LABELS, seat.role, lang),
                        person_id=seat.person_id,
                        name=full_name(person) if person else seat.ex_officio_position,
                        position_text=seat.ex_officio_position if ex else (person.position if person else ""),
                        affiliation=seat.ex_officio_affiliation
                        if ex
                        else (person.affiliation if person else ""),
                        ex_officio=ex,
                        note=seat.note,
                    )
                )
            return out

    def _check_seat(self, seat: Seat) -> None:
        if seat.person_id is None and not seat.ex_officio_position.strip():
            raise ValidationError(
                "ที่นั่งต้องระบุผู้ดำรงตำแหน่ง หรือตำแหน่งที่เป็นกรรมการโดยตำแหน่ง",
                "A seat needs a named person or an ex-officio position",
            )

    def add_seat(
        self,
        committee_id: int,
        role: SeatRole | str,
        *,
        person_id: int | None = None,
        ex_officio_position: str = "",
        ex_officio_affiliation: str = "",
        note: str = "",
        position: int | None = None,
    ) -> Seat:
        with self.ws.transaction() as s:
            if person_id is not None:
                self.get(s, Person, person_id)
            seats = self._seat_order(s, committee_id)
            if position is None:
                at = default_seat_position([x.role for x in seats], _role(role))
            else:
                at = max(1, min(position, len(seats) + 1))
            seat = Seat(
                committee_id=committee_id,
                position=at,
                role=_role(role),
                person_id=person_id,
                ex_officio_position=ex_officio_position.strip(),
                ex_officio_affiliation=ex_officio_affiliation.strip(),
                note=note.strip(),
            )
            self._check_seat(seat)
            for other in seats:
                if other.position >= at:
                    other.position += 1
                    s.add(other)
            s.add(seat)
            s.flush()
            return seat

    def _seat_order(self, s: Session, committee_id: int, edited: Seat | None = None) -> list[Seat]:
        """The committee's seats in roster order, read under a lock on the committee's row that is held
        until the transaction ends: on a server, two officers adding, removing or moving seats of one
        committee at the same moment take turns, and the second numbers the seats as the first left them
        (without it both could give a new seat the same position). The other seats' positions are
        shifted as a side effect, not edited: a change another officer made to them meanwhile is no
        conflict; the ``edited`` seat (moved or removed) still is. A file has one writer anyway."""
        self.get(s, Committee, committee_id, lock=True)
        seats = list(
            s.exec(
                select(Seat)
                .where(Seat.committee_id == committee_id)
                .order_by(col(Seat.position), col(Seat.id))
                .execution_options(populate_existing=True)  # as they are now, after the wait
            ).all()
        )
        self.shifted(x for x in seats if x is not edited)
        return seats

    def seat(self, seat_id: int) -> Seat:
        """One seat as stored (added for the GUI: undoing a removal needs every field)."""
        with self.ws.reading() as s:
            return self.get(s, Seat, seat_id)

    def update_seat(self, seat_id: int, **fields: object) -> Seat:
        unknown = set(fields) - set(SEAT_FIELDS)
        if unknown:
            raise TypeError(f"unknown seat fields {unknown}")
        with self.ws.transaction() as s:
            seat = self.get(s, Seat, seat_id)
            for key, value in fields.items():
                if key == "role":
                    value = _role(value)
                elif key == "person_id" and value is not None:
                    self.get(s, Person, value)
                elif isinstance(value, str):
                    value = value.strip()
                setattr(seat, key, value)
            self._check_seat(seat)
            s.add(seat)
            return seat

    def remove_seat(self, seat_id: int) -> None:
        with self.ws.transaction() as s:
            seat = self.get(s, Seat, seat_id)
            for other in self._seat_order(s, seat.committee_id, seat):
                if other.position > seat.position:
                    other.position -= 1
                    s.add(other)
            s.delete(seat)

    def move_seat(self, seat_id: int, new_position: int) -> None:
        """Move a seat to ``new_position`` (1-based) in the roster order."""
        with self.ws.transaction() as s:
            seat = self.get(s, Seat, seat_id)
            seats = self._seat_order(s, seat.committee_id, seat)
            seats.remove(seat)
            seats.insert(max(0, min(new_position - 1, len(seats))), seat)
            for i, x in enumerate(seats, 1):
                if x.position != i:
                    x.position = i
                    s.add(x)

    # -- people -----------------------------------------------------------------------------
    def people(self) -> list[Person]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Person).order_by(col(Person.first_name), col(Person.last_name), col(Person.id))
                ).all()
            )

    def person(self, person_id: int) -> Person:
        with self.ws.reading() as s:
            return self.get(s, Person, person_id)

    def search_people(self, query: str, limit: int = 200) -> list[Person]:
        """People whose name, position or affiliation contains the query (spaces ignored)."""
        q = fold(query)
        with self.ws.reading() as s:
            everyone = s.exec(
                select(Person).order_by(col(Person.first_name), col(Person.last_name), col(Person.id))
            ).all()
        if not q:
            return list(everyone[:limit])
        hits = [
            p
            for p in everyone
            if q in fold(f"{p.title}{p.first_name}{p.last_name}{p.position}{p.affiliation}")
        ]
        return hits[:limit]

    def add_person(
        self,
        first_name: str,
        last_name: str = "",
        *,
        title: str = "",
        position: str = "",
        affiliation: str = "",
        note: str = "",
    ) -> Person:
        with self.ws.transaction() as s:
            person = Person(
                title=title.strip(),
                first_name=require_text(first_name, "ชื่อ", "first name"),
                last_name=last_name.strip(),
                position=position.strip(),
                affiliation=affiliation.strip(),
                note=note.strip(),
            )
            s.add(person)
            s.flush()
            return person

    def update_person(self, person_id: int, **fields: str) -> Person:
        unknown = set(fields) - set(PERSON_FIELDS)
        if unknown:
            raise TypeError(f"unknown person fields {unknown}")
        with self.ws.transaction() as s:
            person = self.get(s, Person, person_id)
            for key, value in fields.items():
                setattr(
                    person,
                    key,
                    require_text(value, "ชื่อ", "first name") if key == "first_name" else value.strip(),
                )
            s.add(person)
            return person

    def remove_person(self, person_id: int) -> None:
        """Remove a person who appears in no record; refuse otherwise (records are never silently changed)."""
        with self.ws.transaction() as s:
            person = self.get(s, Person, person_id)
            used = (
                s.exec(select(Seat.id).where(Seat.person_id == person_id)).first()
                or s.exec(
                    select(Attendance.id).where(
                        (Attendance.person_id == person_id) | (Attendance.substitute_person_id == person_id)
                    )
                ).first()
                or s.exec(
                    select(Meeting.id).where(
                        (Meeting.recorder_person_id == person_id) | (Meeting.reviewer_person_id == person_id)
                    )
                ).first()
                or s.exec(
                    select(DissentingOpinion.id).where(DissentingOpinion.person_id == person_id)
                ).first()
            )
            if used:
                raise ValidationError(
                    f"ลบ {full_name(person)} ไม่ได้ เพราะมีชื่ออยู่ในทำเนียบหรือรายงานการประชุม",
                    f"Cannot remove {full_name(person)}: the roster or the minutes name this person",
                )
            s.delete(person)

    def attendance_history(self, person_id: int) -> AttendanceHistory:
        """Meetings the person attended or missed as a seat holder, and the attendance rate."""
        with self.ws.reading() as s:
            self.get(s, Person, person_id)
            rows = s.exec(
                select(Attendance, Meeting)
                .join(Meeting, col(Meeting.id) == Attendance.meeting_id)
                .where(Attendance.person_id == person_id)
                .order_by(col(Meeting.date), col(Meeting.id))
            ).all()
        records = [
            AttendanceRecord(
                m.id or 0, f"{m.number}/{m.year_be}", m.date, a.kind, a.substitute_person_id is not None
            )
            for a, m in rows
        ]
        seated = [r for r, (a, _m) in zip(records, rows, strict=True) if a.seat_id is not None]
        present = sum(1 for r in seated if r.kind == AttendanceKind.PRESENT)
        return AttendanceHistory(records, present, len(seated))

    # -- committee details, orders and duties (added for the GUI) ---------------------------
    def organisation(self) -> Organisation | None:
        with self.ws.reading() as s:
            return s.exec(select(Organisation).order_by(col(Organisation.id))).first()

    def create_committee(self, name: str, organisation_name: str = "", short_name: str = "") -> Committee:
        """A new committee of the workspace's organisation (created too when the workspace has none)."""
        with self.ws.transaction() as s:
            org = s.exec(select(Organisation).order_by(col(Organisation.id))).first()
            if org is None:
                org = Organisation(
                    name=require_text(organisation_name, "ชื่อหน่วยงาน", "organisation name"),
                    short_name=short_name.strip(),
                )
                s.add(org)
                s.flush()
            committee = Committee(
                organisation_id=ident(org), name=require_text(name, "ชื่อคณะกรรมการ", "committee name")
            )
            s.add(committee)
            s.flush()
            return committee

    def orders(self, committee_id: int) -> list[AppointmentOrder]:
        """The appointment orders (คำสั่งแต่งตั้ง), oldest first."""
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(AppointmentOrder)
                    .where(AppointmentOrder.committee_id == committee_id)
                    .order_by(col(AppointmentOrder.issued_on), col(AppointmentOrder.id))
                ).all()
            )

    def add_order(
        self,
        committee_id: int,
        number: str,
        issued_on: dt.date,
        *,
        issuer: str = "",
        title: str = "",
        text: str = "",
    ) -> AppointmentOrder:
        with self.ws.transaction() as s:
            self.get(s, Committee, committee_id)
            order = AppointmentOrder(
                committee_id=committee_id,
                number=require_text(number, "เลขที่คำสั่ง", "order number"),
                issued_on=issued_on,
                issuer=issuer.strip(),
                title=title.strip(),
                text=text.strip(),
            )
            s.add(order)
            s.flush()
            return order

    def update_order(self, order_id: int, **fields: object) -> AppointmentOrder:
        """Change an order's ``issuer``, ``number``, ``issued_on``, ``title`` or ``text``."""
        unknown = set(fields) - {"issuer", "number", "issued_on", "title", "text"}
        if unknown:
            raise TypeError(f"unknown order fields {unknown}")
        with self.ws.transaction() as s:
            order = self.get(s, AppointmentOrder, order_id)
            for key, value in fields.items():
                if key == "number":
                    value = require_text(str(value), "เลขที่คำสั่ง", "order number")
                elif isinstance(value, str):
                    value = value.strip()
                setattr(order, key, value)
            s.add(order)
            return order

    def remove_order(self, order_id: int) -> None:
        with self.ws.transaction() as s:
            s.delete(self.get(s, AppointmentOrder, order_id))

    def duties(self, committee_id: int) -> list[Duty]:
        """The committee's duties (อำนาจหน้าที่) in the order's sequence."""
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Duty)
                    .where(Duty.committee_id == committee_id)
                    .order_by(col(Duty.position), col(Duty.id))
                ).all()
            )

    def set_duties(self, committee_id: int, texts: list[str]) -> list[Duty]:
        """Replace the list of duties; blank lines are dropped."""
        with self.ws.transaction() as s:
            # the committee's row, locked (a server): two officers replacing the list take turns, else
            # each deleted the old lines and both new lists were kept
            self.get(s, Committee, committee_id, lock=True)
            for duty in s.exec(select(Duty).where(Duty.committee_id == committee_id)).all():
                s.delete(duty)
            s.flush()
            duties = [
                Duty(committee_id=committee_id, position=i, text=t)
                for i, t in enumerate((x.strip() for x in texts if x.strip()), 1)
            ]
            s.add_all(duties)
            s.flush()
            return duties

    def seat_attendance_lines(self, seat_id: int) -> list[int]:
        """Attendance lines that name this seat (removing the seat unlinks them)."""
        with self.ws.reading() as s:
            return list(s.exec(select(Attendance.id).where(Attendance.seat_id == seat_id)).all())  # type: ignore[arg-type]

    def relink_attendance(self, line_ids: list[int], seat_id: int) -> None:
        """Tie attendance lines to a seat again (undoing a seat's removal)."""
        with self.ws.transaction() as s:
            self.get(s, Seat, seat_id)
            for line_id in line_ids:
                line = s.get(Attendance, line_id)
                if line is not None and line.seat_id is None:
                    line.seat_id = seat_id
                    s.add(line)


#: The secretariat's seats (เลขานุการ, ผู้ช่วยเลขานุการ) close an appointment order's list of members.
SECRETARIAT_ROLES = frozenset(
    {
        SeatRole.MEMBER_SECRETARY,
        SeatRole.MEMBER_ASSISTANT_SECRETARY,
        SeatRole.ASSISTANT_SECRETARY,
        SeatRole.WORKING_GROUP_ASSISTANT_SECRETARY,
    }
)


def default_seat_position(roles: list[SeatRole], new: SeatRole) -> int:
    """Where a new seat goes when no place is asked for (1-based): a member, adviser or chair before the
    first secretariat seat, where the members belong; a secretariat seat at the end."""
    if new not in SECRETARIAT_ROLES:
        first = next((i for i, r in enumerate(roles) if r in SECRETARIAT_ROLES), None)
        if first is not None:
            return first + 1
    return len(roles) + 1


def _role(value: object) -> SeatRole:
    try:
        return SeatRole(value)
    except ValueError:
        raise ValidationError(f"ไม่รู้จักบทบาท «{value}»", f"Unknown seat role «{value}»") from None


__all__ = ["AgendaItem", "RosterService", "SeatView", "full_name"]
