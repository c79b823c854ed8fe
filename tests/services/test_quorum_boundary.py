"""The quorum (องค์ประชุม: at least half of all seats) at its exact boundary, for committees of even (12) and
odd (13) size: present = needed - 1, needed, needed + 1, counted in person, online, or through a substitute
(only where the committee lets substitutes count); invited participants never count."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from ethicsdesk.domain.enums import AttendanceKind, SeatRole
from ethicsdesk.services import Services

#: seats -> the fewest present that make a quorum ("not less than half": 6 of 12, 7 of 13)
NEEDED = {12: 6, 13: 7}


@dataclass
class Board:
    services: Services
    committee_id: int
    meeting_id: int
    seat_ids: list[int]


def _board(services: Services, seats: int) -> Board:
    roster = services.roster
    committee = roster.create_committee(f"คณะกรรมการทดสอบองค์ประชุม {seats} ที่นั่ง")
    cid = committee.id or 0
    seat_ids = []
    for i in range(seats):
        person = roster.add_person(f"กรรมการ{i + 1}", "ทดสอบ", title="นาย")
        role = SeatRole.CHAIR if i == 0 else SeatRole.MEMBER
        seat_ids.append(roster.add_seat(cid, role, person_id=person.id).id or 0)
    meeting = services.meetings.create_meeting(cid, dt.date(2023, 1, 18), number=1, year_be=2566)
    return Board(services, cid, meeting.id or 0, seat_ids)


def _attend(board: Board, present: int, *, online: int = 0, substitutes: int = 0, guests: int = 0) -> None:
    """The first ``present`` seats come (the first ``online`` of them online); of the others, ``substitutes``
    send a substitute and the rest are absent; ``guests`` invited participants come too."""
    m = board.services.meetings
    roster = board.services.roster
    for i, seat in enumerate(board.seat_ids):
        if i < present:
            m.mark(board.meeting_id, seat, AttendanceKind.PRESENT, online=i < online)
        elif i < present + substitutes:
            sub = roster.add_person(f"ผู้แทน{i + 1}", "ทดสอบ", title="นาง")
            m.mark(
                board.meeting_id, seat, AttendanceKind.ABSENT, reason="ติดราชการ", substitute_person_id=sub.id
            )
        else:
            m.mark(board.meeting_id, seat, AttendanceKind.ABSENT, reason="ลาป่วย")
    for g in range(guests):
        guest = roster.add_person(f"ผู้เข้าร่วม{g + 1}", "ทดสอบ")
        m.add_participant(board.meeting_id, guest.id or 0, position_text="ผู้สังเกตการณ์")


@pytest.mark.parametrize("seats", sorted(NEEDED))
@pytest.mark.parametrize("delta", [-1, 0, 1])
@pytest.mark.parametrize("how", ["in person", "online"])
def test_members_present_at_the_boundary(services: Services, seats: int, delta: int, how: str) -> None:
    board = _board(services, seats)
    present = NEEDED[seats] + delta
    _attend(board, present, online=present if how == "online" else 1, guests=3)
    q = services.meetings.quorum(board.meeting_id)
    assert (q.members, q.required, q.present) == (seats, NEEDED[seats], present)
    assert q.met is (delta >= 0)


@pytest.mark.parametrize("seats", sorted(NEEDED))
@pytest.mark.parametrize("delta", [-1, 0, 1])
@pytest.mark.parametrize("substitutes_count", [True, False])
def test_substitutes_at_the_boundary(
    services: Services, seats: int, delta: int, substitutes_count: bool
) -> None:
    """Two of the seats that make up ``needed + delta`` are held by substitutes."""
    board = _board(services, seats)
    services.roster.update_committee(board.committee_id, substitutes_count=substitutes_count)
    total = NEEDED[seats] + delta
    _attend(board, total - 2, online=1, substitutes=2)
    q = services.meetings.quorum(board.meeting_id)
    counted = total if substitutes_count else total - 2
    assert (q.members, q.required, q.present) == (seats, NEEDED[seats], counted)
    assert q.met is (counted >= NEEDED[seats])


@pytest.mark.parametrize("seats", sorted(NEEDED))
def test_a_member_who_leaves_breaks_the_quorum(services: Services, seats: int) -> None:
    """From exactly enough to one short, by marking one present member absent."""
    board = _board(services, seats)
    _attend(board, NEEDED[seats])
    assert services.meetings.quorum(board.meeting_id).met
    services.meetings.mark(board.meeting_id, board.seat_ids[0], AttendanceKind.ABSENT, reason="ติดภารกิจ")
    q = services.meetings.quorum(board.meeting_id)
    assert q.present == NEEDED[seats] - 1 and not q.met
