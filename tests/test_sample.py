"""The sample workspace against the seed minutes it was read from."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from ethicsdesk.domain.enums import AttendanceKind, BudgetKind
from ethicsdesk.domain.models import Person
from ethicsdesk.sample import sample_source
from ethicsdesk.services import Services
from ethicsdesk.services.roster import full_name

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "minutes-dip-ethics-1-2565.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed is not beside the checkout ({SEED})")
    return unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))


def test_sample_text_is_clean() -> None:
    text = sample_source().read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert not re.search("[\u200b-\u200d\ufeff\u2060]", text), "zero-width characters"
    assert not re.search("[\u1780-\u17ff\u0e80-\u0eff]", text), "Khmer or Lao letters"
    assert "\u0e4d\u0e32" not in text, "decomposed sara am"
    for wrong in (
        "ผู้จตุรายนงาน",
        "แกไข",
        "นาร่อง",
        "ธรรมมาภิบาล",
        "งูมือ",
        "งู่มือ",
        "เจตนาธรรม",
        "ที่ยากแก้",
        "ที่ยากทำ",
        "มิ.ค.",
        "โดยมีหวังผล",
    ):
        assert wrong not in text, f"extraction error {wrong!r} left in the sample"


def test_every_person_of_the_sample_is_named_in_the_seed(services: Services, seed_text: str) -> None:
    people = services.roster.people()
    assert len(people) >= 18
    compact = seed_text.replace(" ", "")
    for p in people:
        # the seed misspells some names; the sample uses one spelling (resources/sample/SOURCES.md)
        assert p.last_name.replace(" ", "") in compact or p.first_name in compact, full_name(p)


def test_roster_has_thirteen_seats_in_the_orders_order(services: Services) -> None:
    committee = services.roster.committees()[0]
    seats = services.roster.seats(committee.id or 0)
    assert len(seats) == 13
    assert seats[0].name == "นางบุญเจือ วงษ์เกษม" and seats[0].role_label == "ประธานคณะกรรมการ"
    assert seats[1].name == "นายเพทาย ล่อใจ"
    assert seats[9].role.value == "member_secretary" and seats[9].ex_officio
    assert [s.position for s in seats] == list(range(1, 14))


def test_meeting_attendance_matches_the_seed(services: Services) -> None:
    committee = services.roster.committees()[0]
    meeting = services.meetings.find(committee.id or 0, 1, 2565)
    assert meeting is not None
    assert meeting.date.isoformat() == "2022-10-26"
    assert meeting.start_time is not None and meeting.start_time.strftime("%H:%M") == "09:30"
    assert meeting.end_time is not None and meeting.end_time.strftime("%H:%M") == "13:30"
    lines = services.meetings.attendance(meeting.id or 0)
    kinds = [a.kind for a in lines]
    assert kinds.count(AttendanceKind.PRESENT) == 10
    assert kinds.count(AttendanceKind.ABSENT) == 3
    assert kinds.count(AttendanceKind.PARTICIPANT) == 5
    substituted = [a for a in lines if a.substitute_person_id is not None]
    assert len(substituted) == 1
    noree: Person = services.roster.person(substituted[0].substitute_person_id or 0)
    assert full_name(noree) == "นางสาวโนรี ฐูปูชา"
    quorum = services.meetings.quorum(meeting.id or 0)
    assert (quorum.members, quorum.present, quorum.met) == (13, 11, True)


def test_agenda_has_the_six_items_and_the_seeds_sub_items(services: Services) -> None:
    committee = services.roster.committees()[0]
    meeting = services.meetings.find(committee.id or 0, 1, 2565)
    assert meeting is not None
    nodes = services.agenda.items(meeting.id or 0)
    assert [n.number for n in nodes] == ["1", "2", "3", "4", "4.1", "5", "5.1", "5.2", "6"]
    assert nodes[0].title == "เรื่องที่ประธานแจ้งที่ประชุมทราบ"
    assert nodes[0].resolution_kind is not None and nodes[0].resolution_kind.value == "acknowledged"
    assert {
        n.number for n in nodes if n.resolution_kind and n.resolution_kind.value == "approved_in_principle"
    } == {"5.1", "5.2"}


def test_plan_versions_activities_and_the_total(services: Services) -> None:
    committee = services.roster.committees()[0]
    (plan,) = services.plan.plans(committee.id or 0)
    assert plan.fiscal_year == 2566
    draft, amended = services.plan.versions(plan.id or 0)
    assert len(services.plan.activities(draft.id or 0)) == 15
    acts = services.plan.activities(amended.id or 0)
    assert len(acts) == 17
    assert [a.number for a in acts] == list(range(1, 18))
    assert len(services.plan.approaches(amended.id or 0)) == 3
    amounts = {a.number: a.budget_satang for a in acts if a.budget_kind == BudgetKind.AMOUNT}
    assert amounts == {1: 70_000_00, 12: 1_200_000_00}
    shared = {a.number for a in acts if a.budget_kind == BudgetKind.SHARED}
    assert shared and all(
        services.plan.activity(a.shares_budget_of_id or 0).number == 12 for a in acts if a.number in shared
    )
    summary = services.budget.summary(amended.id or 0)
    assert summary.total_satang == 1_270_000_00
    assert summary.total_words == "หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน"
    assert summary.warnings == []
    milestones = services.plan.version_milestones(amended.id or 0)
    assert sum(len(v) for v in milestones.values()) >= 7


def test_check_finds_nothing_wrong_in_the_sample(services: Services) -> None:
    assert services.checks.run() == []
