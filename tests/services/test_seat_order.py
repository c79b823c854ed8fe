"""A new seat goes where it belongs: members before the secretariat's seats that close the list."""

from __future__ import annotations

from ethicsdesk.domain.enums import SeatRole
from ethicsdesk.services import Services
from ethicsdesk.services.roster import SECRETARIAT_ROLES, default_seat_position


def test_default_position_of_each_kind_of_seat() -> None:
    roles = [SeatRole.CHAIR, SeatRole.MEMBER, SeatRole.MEMBER_SECRETARY, SeatRole.MEMBER_ASSISTANT_SECRETARY]
    assert default_seat_position(roles, SeatRole.MEMBER) == 3
    assert default_seat_position(roles, SeatRole.ADVISER) == 3
    assert default_seat_position(roles, SeatRole.ASSISTANT_SECRETARY) == 5
    assert default_seat_position(roles[:2], SeatRole.MEMBER) == 3, "no secretariat yet: at the end"
    assert default_seat_position([], SeatRole.CHAIR) == 1


def test_a_new_member_seat_goes_before_the_secretary_and_assistants(services: Services) -> None:
    roster = services.roster
    cid = roster.committees()[0].id or 0
    before = roster.seats(cid)
    first_secretariat = next(s for s in before if s.role in SECRETARIAT_ROLES)
    person = roster.add_person("ทดสอบ", "ที่นั่งใหม่", title="นาย")
    seat = roster.add_seat(cid, SeatRole.MEMBER, person_id=person.id)
    after = roster.seats(cid)
    assert seat.position == first_secretariat.position
    roles = [s.role for s in after]
    tail = roles[roles.index(SeatRole.MEMBER_SECRETARY) :]
    assert all(r in SECRETARIAT_ROLES for r in tail), roles
    assert [s.position for s in after] == list(range(1, len(before) + 2))
    helper = roster.add_seat(cid, SeatRole.ASSISTANT_SECRETARY, person_id=person.id)
    assert helper.position == len(before) + 2, "a secretariat seat goes at the end"
