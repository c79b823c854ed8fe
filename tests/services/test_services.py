"""The operations the window calls, on a copy of the sample workspace."""

from __future__ import annotations

import datetime as dt

import pytest

from ethicsdesk.domain.enums import AttendanceKind, BudgetKind, MeetingStatus, SeatRole
from ethicsdesk.errors import ParseError, ValidationError
from ethicsdesk.services import Services


@pytest.fixture
def cid(services: Services) -> int:
    return services.roster.committees()[0].id or 0


@pytest.fixture
def meeting_id(services: Services, cid: int) -> int:
    m = services.meetings.find(cid, 1, 2565)
    assert m is not None and m.id is not None
    return m.id


@pytest.fixture
def amended(services: Services, cid: int) -> int:
    plan = services.plan.plans(cid)[0]
    return services.plan.versions(plan.id or 0)[-1].id or 0


# -- roster --------------------------------------------------------------------------------------
def test_seat_edit_reorder_remove(services: Services, cid: int) -> None:
    seats = services.roster.seats(cid)
    p = services.roster.add_person("ทดสอบ", "ระบบ", title="นาย", position="นิติกร")
    services.roster.update_seat(seats[2].id, person_id=p.id, role=SeatRole.MEMBER)
    assert services.roster.seats(cid)[2].name == "นายทดสอบ ระบบ"
    services.roster.move_seat(seats[2].id, 1)
    after = services.roster.seats(cid)
    assert after[0].id == seats[2].id and after[1].id == seats[0].id
    assert [s.position for s in after] == list(range(1, 14))
    services.roster.remove_seat(seats[5].id)
    assert [s.position for s in services.roster.seats(cid)] == list(range(1, 13))


def test_a_seat_needs_a_person_or_a_position(services: Services, cid: int) -> None:
    with pytest.raises(ValidationError, match="ผู้ดำรงตำแหน่ง"):
        services.roster.add_seat(cid, SeatRole.MEMBER)
    with pytest.raises(ValidationError, match="บทบาท"):
        services.roster.add_seat(cid, "king", ex_officio_position="ผอ.")


def test_people_search_ignores_spaces_and_finds_thai(services: Services) -> None:
    hits = services.roster.search_people("บุญเจือ วงษ์")
    assert [h.first_name for h in hits] == ["บุญเจือ"]
    assert services.roster.search_people("นิติกร")  # by position


def test_a_person_named_in_the_minutes_cannot_be_removed(services: Services) -> None:
    boonjua = services.roster.search_people("บุญเจือ")[0]
    with pytest.raises(ValidationError, match="ลบ"):
        services.roster.remove_person(boonjua.id or 0)
    p = services.roster.add_person("ชั่วคราว")
    services.roster.remove_person(p.id or 0)
    assert services.roster.search_people("ชั่วคราว") == []


def test_attendance_history_and_rate(services: Services, meeting_id: int) -> None:
    boonjua = services.roster.search_people("บุญเจือ")[0]
    history = services.roster.attendance_history(boonjua.id or 0)
    assert [r.meeting_label for r in history.records] == ["1/2565"]
    assert history.rate == 1.0
    absent = next(
        a
        for a in services.meetings.attendance(meeting_id)
        if a.kind == AttendanceKind.ABSENT and a.substitute_person_id is None
    )
    assert services.roster.attendance_history(absent.person_id or 0).rate == 0.0


# -- meetings ------------------------------------------------------------------------------------
def test_duplicate_meeting_number_is_refused(services: Services, cid: int) -> None:
    with pytest.raises(ValidationError, match="มีการประชุมครั้งที่ 1/2565 อยู่แล้ว"):
        services.meetings.create_meeting(cid, dt.date(2022, 11, 30), number=1, year_be=2565)


def test_christian_year_given_as_buddhist_is_refused(services: Services, cid: int) -> None:
    with pytest.raises(ValidationError) as err:
        services.meetings.create_meeting(cid, dt.date(2022, 11, 30), number=2, year_be=2022)
    assert "2565" in err.value.th and "คริสต์ศักราช" in err.value.th


def test_quorum_follows_attendance(services: Services, cid: int, meeting_id: int) -> None:
    seats = services.roster.seats(cid)
    q = services.meetings.quorum(meeting_id)
    assert (q.members, q.required, q.present) == (13, 7, 11)
    for seat in seats[:5]:
        services.meetings.mark(meeting_id, seat.id, AttendanceKind.ABSENT, reason="ติดราชการ")
    q = services.meetings.quorum(meeting_id)
    assert q.present == 6 and not q.met
    services.meetings.mark(meeting_id, seats[0].id, AttendanceKind.PRESENT, online=True)
    q = services.meetings.quorum(meeting_id)
    assert q.present == 7 and q.met
    lines = services.meetings.attendance(meeting_id)
    present = [a for a in lines if a.kind == AttendanceKind.PRESENT]
    assert [a.position for a in present] == list(range(1, len(present) + 1))
    assert present[0].seat_id == seats[0].id and present[0].online


def test_substitute_counts_only_when_the_committee_allows_it(
    services: Services, cid: int, meeting_id: int
) -> None:
    assert services.meetings.quorum(meeting_id).present == 11
    services.roster.update_committee(cid, substitutes_count=False)
    assert services.meetings.quorum(meeting_id).present == 10


def test_present_member_has_no_absence_reason(services: Services, cid: int, meeting_id: int) -> None:
    seat = services.roster.seats(cid)[0]
    with pytest.raises(ValidationError):
        services.meetings.mark(meeting_id, seat.id, AttendanceKind.PRESENT, reason="ลา")


def test_new_meeting_from_the_previous_one(services: Services, cid: int, meeting_id: int) -> None:
    new = services.meetings.new_from_previous(meeting_id, dt.date(2022, 12, 21))
    assert (new.number, new.year_be) == (2, 2565)
    nodes = services.agenda.items(new.id or 0)
    assert [n.number for n in nodes] == ["1", "2", "3", "4", "5", "6"]
    item2 = services.agenda.item(nodes[1].id)
    assert item2.certifies_meeting_id == meeting_id
    assert len(services.meetings.attendance(new.id or 0)) == 13
    assert services.meetings.quorum(new.id or 0).met
    with pytest.raises(ValidationError):
        services.meetings.new_from_previous(meeting_id, dt.date(2022, 10, 1))


def test_end_before_start_is_refused(services: Services, meeting_id: int) -> None:
    with pytest.raises(ValidationError, match="เลิกประชุม"):
        services.meetings.update_header(meeting_id, start_time=dt.time(13, 0), end_time=dt.time(9, 0))
    assert services.meetings.meeting(meeting_id).end_time == dt.time(13, 30)


# -- agenda --------------------------------------------------------------------------------------
def test_sub_items_moves_indent_outdent(services: Services, meeting_id: int) -> None:
    nodes = {n.number: n for n in services.agenda.items(meeting_id)}
    a = services.agenda.add_item(meeting_id, "เรื่องใหม่", parent_id=nodes["5"].id)
    numbers = {n.id: n.number for n in services.agenda.items(meeting_id)}
    assert numbers[a.id or 0] == "5.3"
    services.agenda.move(a.id or 0, -1)
    assert {n.id: n.number for n in services.agenda.items(meeting_id)}[a.id or 0] == "5.2"
    services.agenda.indent(a.id or 0)
    assert {n.id: n.number for n in services.agenda.items(meeting_id)}[a.id or 0] == "5.1.1"
    services.agenda.outdent(a.id or 0)
    services.agenda.outdent(a.id or 0)
    after = {n.id: n.number for n in services.agenda.items(meeting_id)}
    assert after[a.id or 0] == "6" and after[nodes["6"].id] == "7"
    with pytest.raises(ValidationError):
        services.agenda.outdent(a.id or 0)


def test_resolution_and_dissent(services: Services, meeting_id: int) -> None:
    node = next(n for n in services.agenda.items(meeting_id) if n.number == "3")
    with pytest.raises(ValidationError):
        services.agenda.add_dissent(node.id, "ไม่เห็นด้วย")
    services.agenda.set_resolution(node.id, "approved", "เห็นชอบตามที่ฝ่ายเลขานุการเสนอ")
    d = services.agenda.add_dissent(node.id, "ขอสงวนความเห็น เพราะงบประมาณไม่พอ")
    assert [x.text for x in services.agenda.dissent(node.id)] == [d.text]
    with pytest.raises(ValidationError):
        services.agenda.set_resolution(node.id, "other", "")
    services.agenda.set_resolution(node.id, None)
    assert services.agenda.dissent(node.id) == []


def test_body_is_validated(services: Services, meeting_id: int) -> None:
    node = services.agenda.items(meeting_id)[0]
    before = services.agenda.item(node.id).body
    with pytest.raises(ValidationError):
        services.agenda.update_item(node.id, body=[{"type": "paragraph", "text": "<b>"}])
    assert services.agenda.item(node.id).body == before


def test_certified_minutes_refuse_edits(services: Services, cid: int, meeting_id: int) -> None:
    services.meetings.set_status(meeting_id, MeetingStatus.CERTIFIED)
    node = services.agenda.items(meeting_id)[0]
    with pytest.raises(ValidationError, match="รับรองแล้ว"):
        services.agenda.update_item(node.id, title="แก้")
    with pytest.raises(ValidationError, match="รับรองแล้ว"):
        services.meetings.mark(meeting_id, services.roster.seats(cid)[0].id, AttendanceKind.ABSENT)


# -- plan and budget -----------------------------------------------------------------------------
def test_toggle_quarter(services: Services, amended: int) -> None:
    act = services.plan.activities(amended)[0]
    before = act.quarters
    services.plan.toggle_quarter(act.id or 0, 4)
    assert services.plan.activity(act.id or 0).quarters == before ^ 0b1000
    with pytest.raises(ValidationError):
        services.plan.toggle_quarter(act.id or 0, 5)


def test_budget_edit_changes_the_total_and_words(services: Services, amended: int) -> None:
    act = next(a for a in services.plan.activities(amended) if a.number == 1)
    services.plan.set_budget(act.id or 0, BudgetKind.AMOUNT, "๘๐,๐๐๐")
    s = services.budget.summary(amended)
    assert s.total_satang == 1_280_000_00
    assert s.total_words == "หนึ่งล้านสองแสนแปดหมื่นบาทถ้วน"
    assert [w.code for w in s.warnings] == ["declared-total"]


@pytest.mark.parametrize("bad", ["-5", "ห้าพัน", "", "12.345"])
def test_bad_budget_text_is_refused_and_nothing_changes(services: Services, amended: int, bad: str) -> None:
    act = next(a for a in services.plan.activities(amended) if a.number == 1)
    with pytest.raises((ValidationError, ParseError)):
        services.plan.set_budget(act.id or 0, BudgetKind.AMOUNT, bad)
    assert services.plan.activity(act.id or 0).budget_satang == 70_000_00


def test_share_pointing_at_an_activity_without_an_amount_warns(services: Services, amended: int) -> None:
    acts = {a.number: a for a in services.plan.activities(amended)}
    services.plan.set_budget(acts[12].id or 0, BudgetKind.NOT_APPLICABLE)
    codes = {w.code for w in services.budget.summary(amended).warnings}
    assert "share-no-amount" in codes
    with pytest.raises(ValidationError):
        services.plan.set_budget(acts[3].id or 0, BudgetKind.SHARED, shares_number=99)


def test_milestone_outside_the_fiscal_year_is_refused(services: Services, amended: int) -> None:
    act = services.plan.activities(amended)[0]
    with pytest.raises(ValidationError, match="นอกปีงบประมาณ"):
        services.plan.add_milestone(act.id or 0, dt.date(2023, 10, 1))
    services.plan.add_milestone(act.id or 0, dt.date(2023, 9, 30), "ส่งรายงาน")


def test_compare_draft_and_amended_plan(services: Services, cid: int) -> None:
    plan = services.plan.plans(cid)[0]
    draft, amended = services.plan.versions(plan.id or 0)
    changes = services.plan.compare(draft.id or 0, amended.id or 0)
    added = [c for c in changes if c.kind == "added"]
    assert len(added) == 2, [c.en for c in changes]
    assert {c.kind for c in changes} >= {"added", "renumbered"}
    assert all(c.th and c.en for c in changes)
    assert services.plan.compare(amended.id or 0, amended.id or 0) == []


def test_new_version_copies_everything(services: Services, amended: int) -> None:
    v3 = services.plan.new_version(amended, "ฉบับทดสอบ")
    assert services.plan.compare(amended, v3.id or 0) == []
    assert services.budget.summary(v3.id or 0).total_satang == 1_270_000_00


def test_add_and_remove_activity_renumbers(services: Services, amended: int) -> None:
    approaches = services.plan.approaches(amended)
    act = services.plan.add_activity(approaches[0].id or 0, "กิจกรรมใหม่", quarters=[1, 2])
    numbers = [a.number for a in services.plan.activities(amended)]
    assert numbers == list(range(1, 19))
    assert act.number == 3
    services.plan.remove_activity(act.id or 0)
    assert [a.number for a in services.plan.activities(amended)] == list(range(1, 18))
    twelve = next(a for a in services.plan.activities(amended) if a.number == 12)
    with pytest.raises(ValidationError, match="ใช้งบประมาณร่วม"):
        services.plan.remove_activity(twelve.id or 0)


# -- certification, amendments and the audit log -------------------------------------------------
def test_certified_minutes_change_only_by_amendment(services: Services, meeting_id: int) -> None:
    services.meetings.certify(meeting_id, dt.date(2022, 11, 30))
    node = services.agenda.items(meeting_id)[0]
    with pytest.raises(ValidationError, match="บันทึกการแก้ไขพร้อมเหตุผล"):
        services.agenda.update_item(node.id, title="แก้ไขชื่อเรื่อง")
    with pytest.raises(ValidationError):
        services.meetings.set_status(meeting_id, MeetingStatus.DRAFT)
    amendment = services.meetings.begin_amendment(meeting_id, "ชื่อเรื่องพิมพ์ผิด", dt.date(2022, 12, 21))
    services.agenda.update_item(node.id, title="เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
    services.meetings.end_amendment(meeting_id)
    with pytest.raises(ValidationError):
        services.agenda.update_item(node.id, title="อีกครั้ง")
    changes = [
        e for e in services.meetings.history(meeting_id) if e.action == "update" and e.field == "title"
    ]
    assert len(changes) == 1
    assert changes[0].old_value == "เรื่องที่ประธานแจ้งที่ประชุมทราบ"
    assert changes[0].new_value == "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"
    assert changes[0].amendment_id == amendment.id
    (a,) = services.meetings.amendments(meeting_id)
    assert a.reason == "ชื่อเรื่องพิมพ์ผิด" and a.closed_at is not None


def test_every_change_goes_into_the_audit_log(
    services: Services, cid: int, meeting_id: int, amended: int
) -> None:
    from sqlmodel import select

    from ethicsdesk.domain.models import AuditEntry

    seat = services.roster.seats(cid)[0]
    services.meetings.mark(meeting_id, seat.id, AttendanceKind.ABSENT, reason="ลาป่วย")
    item = services.agenda.add_item(meeting_id, "เรื่องใหม่")
    services.agenda.remove_item(item.id or 0)
    act = services.plan.activities(amended)[0]
    services.plan.set_budget(act.id or 0, BudgetKind.AMOUNT, "75,000")
    with services.workspace.reading() as s:
        entries = s.exec(select(AuditEntry)).all()
    budget = [e for e in entries if e.entity == "activity" and e.field == "budget_satang"]
    assert [(e.old_value, e.new_value) for e in budget] == [("7000000", "7500000")]
    assert any(
        e.entity == "attendance"
        and e.field == "kind"
        and e.new_value == "absent"
        and e.meeting_id == meeting_id
        for e in entries
    )
    inserted = [e for e in entries if e.action == "insert" and e.entity == "agendaitem"]
    deleted = [e for e in entries if e.action == "delete" and e.entity == "agendaitem"]
    assert len(inserted) == 1 and len(deleted) == 1 and inserted[0].entity_id == item.id
    assert "เรื่องใหม่" in inserted[0].new_value
    assert any(e.action == "import" for e in entries), "the sample's import is recorded once"
