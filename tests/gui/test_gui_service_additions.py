"""The service methods added for the window (ethicsdesk/services), each with its inverse."""

from __future__ import annotations

import datetime as dt

import pytest

from ethicsdesk.errors import ValidationError
from ethicsdesk.services import Services


def test_orders_and_duties(services: Services) -> None:
    roster = services.roster
    cid = roster.committees()[0].id or 0
    orders = roster.orders(cid)
    assert [o.number for o in orders] == ["412/2565"]
    new = roster.add_order(cid, "99/2566", dt.date(2023, 1, 5), title="แต่งตั้งเพิ่มเติม")
    roster.update_order(new.id or 0, title="แต่งตั้งคณะทำงานเพิ่มเติม")
    assert roster.orders(cid)[-1].title == "แต่งตั้งคณะทำงานเพิ่มเติม"
    with pytest.raises(ValidationError):
        roster.update_order(new.id or 0, number="  ")
    roster.remove_order(new.id or 0)
    assert len(roster.orders(cid)) == 1
    duties = [d.text for d in roster.duties(cid)]
    roster.set_duties(cid, [*duties, "  ", "รายงานผลต่อกรม"])
    assert [d.text for d in roster.duties(cid)] == [*duties, "รายงานผลต่อกรม"]
    assert [d.position for d in roster.duties(cid)] == list(range(1, len(duties) + 2))


def test_a_removed_seat_can_be_tied_to_its_attendance_again(services: Services) -> None:
    roster, meetings = services.roster, services.meetings
    cid = roster.committees()[0].id or 0
    mid = meetings.meetings(cid)[0].id or 0
    seat = roster.seats(cid)[0]
    lines = roster.seat_attendance_lines(seat.id)
    assert len(lines) == 1
    stored = roster.seat(seat.id)
    roster.remove_seat(seat.id)
    again = roster.add_seat(cid, stored.role, person_id=stored.person_id, position=1)
    roster.relink_attendance(lines, again.id or 0)
    assert meetings.quorum(mid).present == 11


def test_update_line_and_create_committee(services: Services) -> None:
    meetings = services.meetings
    cid = services.roster.committees()[0].id or 0
    mid = meetings.meetings(cid)[0].id or 0
    participant = next(a for a in meetings.attendance(mid) if a.seat_id is None)
    meetings.update_line(participant.id or 0, online=True, position_text="นิติกร")
    changed = next(a for a in meetings.attendance(mid) if a.id == participant.id)
    assert changed.online and changed.position_text == "นิติกร"
    absent = next(a for a in meetings.attendance(mid) if a.kind.value == "absent")
    with pytest.raises(ValidationError):
        meetings.update_line(absent.id or 0, online=True)
    other = services.roster.create_committee("คณะอนุกรรมการ")
    assert other.organisation_id == services.roster.organisation().id  # type: ignore[union-attr]


def test_versions_approaches_and_plans_can_be_removed(services: Services) -> None:
    plan = services.plan
    cid = services.roster.committees()[0].id or 0
    first = plan.plans(cid)[0]
    versions = plan.versions(first.id or 0)
    copy = plan.new_version(versions[-1].id or 0, "ทดลอง")
    assert plan.version_milestones(copy.id or 0), "the copy has milestones, which go with it"
    plan.remove_version(copy.id or 0)
    assert len(plan.versions(first.id or 0)) == len(versions)
    new = plan.create_plan(cid, 2567, "แผนปฏิบัติการ ๒๕๖๗")
    with pytest.raises(ValidationError):
        plan.remove_version(new.id or 0)  # a plan keeps at least one version
    ap = plan.add_approach(new.id or 0, "แนวทางที่หนึ่ง")
    second = plan.add_approach(new.id or 0, "แนวทางที่สอง")
    act = plan.add_activity(second.id or 0, "กิจกรรม")
    with pytest.raises(ValidationError):
        plan.remove_approach(second.id or 0)
    plan.remove_approach(ap.id or 0)
    assert [a.number for a in plan.approaches(new.id or 0)] == [1]
    plan.add_milestone(act.id or 0, dt.date(2024, 1, 10))
    plan.remove_plan(new.plan_id)
    assert [p.fiscal_year for p in plan.plans(cid)] == [first.fiscal_year]
