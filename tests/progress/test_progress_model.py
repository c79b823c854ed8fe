"""Progress records: targets, results, the rules of an entry, the grid, units, the audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from progress_helpers import AFTER_Q2, AFTER_YEAR, Plan
from sqlmodel import select

from ethicsdesk.domain.models import AuditEntry, OrgUnit
from ethicsdesk.domain.progress import (
    ProgressStatus,
    Target,
    format_result,
    parse_result,
    parse_target,
    responsible_units,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.progress import IndicatorEntry, ProgressEntry


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("ผู้บริหารและเจ้าหน้าที่รัฐทุกคนลงนามรับทราบและถือปฏิบัติในประกาศไม่น้อยกว่าร้อยละ ๘๐", Target("percent", 8000, "%")),
        ("ร้อยละ ๘๐ หน่วยงานใน กสอ. มีผลการประเมินองค์กรคุณธรรม ระดับ ๒", Target("percent", 8000, "%")),
        ("จัดกิจกรรมสืบสานประเพณีวัฒนธรรม ไม่น้อยกว่า ๒ กิจกรรม ต่อปี", Target("count", 200, "กิจกรรม")),
        ("จัดกิจกรรม ๕ ส ไม่น้อยกว่า ๑ ครั้ง ต่อปี", Target("count", 100, "ครั้ง")),
        (
            "มีการกำหนดคุณธรรมเป้าหมายของหน่วยงาน ไม่น้อยกว่า ๕ เรื่อง (… คุณธรรม ๕ ประการ)",
            Target("count", 500, "เรื่อง"),
        ),
        ("จัดทำรายงานสรุปผล รอบ ๖ เดือน (๑ ต.ค. ๖๕ - ๓๑ มี.ค. ๖๖)", Target("text")),
        ("ประชาสัมพันธ์ผ่านช่องทางต่าง ๆ", Target("text")),
    ],
)
def test_targets_of_the_seeds_indicators(text: str, target: Target) -> None:
    assert parse_target(text) == target


def test_results_are_read_in_either_digit_set_and_checked() -> None:
    percent, count = Target("percent", 8000, "%"), Target("count", 200, "กิจกรรม")
    assert parse_result("ร้อยละ ๘๕.๕", percent, "x", "x") == 8550
    assert parse_result("85%", percent, "x", "x") == 8500
    assert parse_result(100, percent, "x", "x") == 10000
    assert parse_result("๓ กิจกรรม", count, "x", "x") == 300
    assert parse_result("  ", count, "x", "x") is None
    assert format_result(8550, percent) == "ร้อยละ ๘๕.๕"
    assert format_result(300, count, thai_digits=False) == "3 กิจกรรม"
    with pytest.raises(ValidationError, match="๐ ถึง ๑๐๐") as err:
        parse_result("120", percent, "ที่นี่", "here")
    assert err.value.th.startswith("ที่นี่") and "120" in err.value.en
    with pytest.raises(ValidationError, match="ติดลบ"):
        parse_result(-5, percent, "x", "x")
    with pytest.raises(ValidationError, match="ติดลบ"):
        parse_result("-1", count, "x", "x")
    with pytest.raises(ValidationError, match="จำนวนเต็ม"):
        parse_result("2.5", count, "x", "x")
    with pytest.raises(ValidationError, match="ไม่ใช่ตัวเลข"):
        parse_result("มาก", percent, "x", "x")
    with pytest.raises(ValidationError, match="บรรลุหรือไม่"):
        parse_result("3", Target("text"), "x", "x")


def test_responsible_units_are_read_from_the_plans_text() -> None:
    a = OrgUnit(id=1, organisation_id=1, position=1, name="สำนักงานเลขานุการกรม", short_name="สล.กสอ.")
    b = OrgUnit(
        id=2, organisation_id=1, position=2, name="กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม", short_name="กพข."
    )
    assert responsible_units("ทุกหน่วยงานในสังกัด กสอ.", [a, b]) == [a, b]
    assert responsible_units("สล.กสอ.", [a, b]) == [a]
    assert responsible_units("สำนักงานเลขานุการกรม", [a, b]) == [a]
    assert responsible_units("สล.กสอ., กพข.", [a, b]) == [a, b]
    assert responsible_units("กองอื่น", [a, b]) == []


def test_an_entry_is_stored_and_replaced(plan: Plan) -> None:
    p = plan.services.progress
    a12 = plan.acts[12]
    entry = ProgressEntry(
        a12.id or 0,
        1,
        "ดำเนินการแล้วเสร็จ",
        unit_id=plan.secretariat.id,
        done_text="  ประกาศข้อกำหนดจริยธรรมแล้ว ",
        spent="๕๐๐,๐๐๐",
        evidence="ประกาศ กสอ. ลงวันที่ ๑ ธ.ค. ๖๕",
        reported_by="นางสาวทดสอบ",
        reported_on=dt.date(2022, 12, 20),
        results=(IndicatorEntry(1, "๘๕"),),
    )
    record = p.save(entry, today=AFTER_Q2)
    assert record.status == ProgressStatus.DONE
    assert (record.done_text, record.spent_satang) == ("ประกาศข้อกำหนดจริยธรรมแล้ว", 50_000_000)
    assert [(x.position, x.value_hundredths) for x in p.results(record.id or 0)] == [(1, 8500)]
    again = p.save(
        ProgressEntry(
            a12.id or 0, 1, ProgressStatus.DONE, unit_id=plan.secretariat.id, results=(IndicatorEntry(1, 90),)
        ),
        today=AFTER_Q2,
    )
    assert again.id == record.id, "one record per activity, quarter and unit"
    assert [x.value_hundredths for x in p.results(record.id or 0)] == [9000]
    assert len(p.records(plan.version_id)) == 1
    with plan.services.workspace.reading() as s:
        entities = {e.entity for e in s.exec(select(AuditEntry)).all()}
    assert {"progressrecord", "indicatorresult", "orgunit"} <= entities


@pytest.mark.parametrize(
    ("change", "th_fragment"),
    [
        ({"results": (IndicatorEntry(1, "120"),)}, "ร้อยละต้องอยู่ระหว่าง ๐ ถึง ๑๐๐"),
        ({"results": (IndicatorEntry(1, -3),)}, "ติดลบ"),
        ({"results": (IndicatorEntry(2, 50),)}, "ไม่มีตัวชี้วัดที่ 2"),
        ({"results": (IndicatorEntry(1, None, met=True),)}, "วัดเป็นตัวเลข"),
        ({"spent": "-100"}, "ติดลบ"),
        ({"spent": "หนึ่งร้อย"}, "ไม่ใช่จำนวนเงิน"),
        ({"status": "เสร็จแล้วมั้ง"}, "ไม่รู้จักสถานะ"),
        ({"status": "cancelled"}, "เหตุผลที่ยกเลิก"),
        ({"quarter": 4}, "ยังไม่เริ่ม"),
        ({"quarter": 5}, "ไตรมาสต้องเป็น"),
        ({"unit_id": None}, "กรุณาเลือกหน่วยงาน"),
        ({"reported_on": dt.date(2023, 5, 1)}, "ยังมาไม่ถึง"),
        ({"reported_on": dt.date(2022, 9, 1)}, "ก่อนไตรมาสนี้เริ่ม"),
    ],
)
def test_bad_entries_are_refused_and_change_nothing(plan: Plan, change: dict, th_fragment: str) -> None:
    fields = {"quarter": 1, "status": "done", "unit_id": plan.secretariat.id} | change
    entry = ProgressEntry(plan.acts[12].id or 0, **fields)
    with pytest.raises(ValidationError) as err:
        plan.services.progress.save(entry, today=AFTER_Q2)
    assert th_fragment in err.value.th
    assert err.value.en and err.value.en != err.value.th
    assert plan.services.progress.records(plan.version_id) == []


def test_units_must_be_responsible_and_whole_activities_take_no_unit(plan: Plan) -> None:
    p = plan.services.progress
    with pytest.raises(ValidationError, match="ไม่ได้รับผิดชอบกิจกรรมข้อ ๑๒"):
        p.save(ProgressEntry(plan.acts[12].id or 0, 1, "done", unit_id=plan.division.id), today=AFTER_Q2)
    with pytest.raises(ValidationError, match="ไม่พบกิจกรรม"):
        p.save(ProgressEntry(999_999, 1, "done"), today=AFTER_Q2)
    plan.services.plan.update_activity(plan.acts[10].id or 0, responsible_unit="คณะทำงาน")
    assert p.units_for_activity(plan.acts[10].id or 0) == []
    record = p.save(ProgressEntry(plan.acts[10].id or 0, 1, "done"), today=AFTER_Q2)
    assert record.unit_id is None
    with pytest.raises(ValidationError, match="ไม่ได้รับผิดชอบ"):
        p.save(ProgressEntry(plan.acts[10].id or 0, 2, "done", unit_id=plan.secretariat.id), today=AFTER_Q2)


def test_the_grid_shows_state_and_overdue_milestones(plan: Plan) -> None:
    p, s, k = plan.services.progress, plan.secretariat.id, plan.division.id
    a15 = plan.acts[15]  # every unit; quarterly reports due ๒๓ ธ.ค. ๖๕ and ๒๕ มี.ค. ๖๖
    p.save(ProgressEntry(a15.id or 0, 1, "done", unit_id=s), today=AFTER_Q2)
    p.save(ProgressEntry(a15.id or 0, 1, "done", unit_id=k), today=AFTER_Q2)
    p.save(ProgressEntry(a15.id or 0, 2, "under_way", unit_id=s), today=AFTER_Q2)
    grid = p.grid(plan.version_id, AFTER_Q2)
    assert [q.ended for q in grid.quarters] == [True, True, False, False]
    row = next(r for r in grid.rows if r.number == 15)
    q1, q2, q3, q4 = row.cells
    assert (q1.state, q1.reported, q1.expected, q1.overdue) == ("done", 2, 2, False)
    assert q2.state == "overdue" and q2.overdue_milestones == (dt.date(2023, 3, 25),)
    assert q2.fresh_status == ProgressStatus.UNDER_WAY and q2.reported == 1
    assert (q3.state, q4.state) == ("due", "future")
    row3 = next(r for r in grid.rows if r.number == 3)  # planned in Q1 only, nothing reported
    assert [c.state for c in row3.cells] == ["missing", "idle", "idle", "future"]
    assert row3.cells[0].missing
    unit_view = p.grid(plan.version_id, AFTER_Q2, unit_id=k)
    assert 12 not in [r.number for r in unit_view.rows] and 15 in [r.number for r in unit_view.rows]
    assert next(r for r in unit_view.rows if r.number == 15).cells[1].state == "overdue"
    cells = p.unit_cells(a15.id or 0, 2)
    assert [(c.unit_name, c.status, c.carried_status) for c in cells] == [
        ("สล.กสอ.", ProgressStatus.UNDER_WAY, ProgressStatus.UNDER_WAY),
        ("กพข.", None, ProgressStatus.DONE),
    ]


def test_done_carries_forward_and_cancelled_needs_every_unit(plan: Plan) -> None:
    p, s, k = plan.services.progress, plan.secretariat.id, plan.division.id
    a3 = plan.acts[3]
    p.save(ProgressEntry(a3.id or 0, 1, "done", unit_id=s), today=AFTER_YEAR)
    p.save(ProgressEntry(a3.id or 0, 1, "cancelled", unit_id=k, problems="ยุบรวมหน่วยงาน"), today=AFTER_YEAR)
    row = next(r for r in p.grid(plan.version_id, AFTER_YEAR).rows if r.number == 3)
    assert [c.status for c in row.cells] == [ProgressStatus.DONE] * 4
    assert [c.state for c in row.cells] == ["done"] * 4


def test_units_are_kept_unique_and_removed_only_without_records(plan: Plan) -> None:
    p = plan.services.progress
    with pytest.raises(ValidationError, match="มีหน่วยงานชื่อ"):
        p.add_unit("สำนักงานอื่น", "สล.กสอ.")
    extra = p.add_unit("กองใหม่", "กม.")
    assert [u.position for u in p.units()] == [1, 2, 3]
    p.save(ProgressEntry(plan.acts[5].id or 0, 1, "under_way", unit_id=plan.division.id), today=AFTER_Q2)
    with pytest.raises(ValidationError, match="ลบหน่วยงาน"):
        p.remove_unit(plan.division.id or 0)
    p.remove_unit(extra.id or 0)
    p.remove_unit(plan.secretariat.id or 0)
    assert [(u.short_name, u.position) for u in p.units()] == [("กพข.", 1)]
    assert p.has_progress(plan.acts[5].id or 0) and not p.has_progress(plan.acts[6].id or 0)


def test_recorded_progress_is_never_removed_with_its_activity_or_version(plan: Plan) -> None:
    """The database would cascade the records away, unaudited and beyond the activity's undo."""
    p, pl = plan.services.progress, plan.services.plan
    a5 = plan.acts[5]
    p.save(ProgressEntry(a5.id or 0, 1, "under_way", unit_id=plan.division.id), today=AFTER_Q2)
    with pytest.raises(ValidationError, match="กิจกรรมข้อ 5") as refused:
        pl.remove_activity(a5.id or 0)
    assert "remove the progress first" in refused.value.message("en")
    with pytest.raises(ValidationError, match="แผนฉบับที่ 2"):
        pl.remove_version(plan.version_id)
    assert p.has_progress(a5.id or 0) and len(pl.activities(plan.version_id)) == len(plan.acts)
    record = p.record(a5.id or 0, 1, plan.division.id)
    assert record is not None
    p.remove(record.id or 0)
    pl.remove_activity(a5.id or 0)
    assert [a.number for a in pl.activities(plan.version_id)] == list(range(1, len(plan.acts)))
