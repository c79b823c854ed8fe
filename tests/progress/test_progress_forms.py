"""Unit forms: generate, fill with openpyxl as a unit would, preview, import, compare; and refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from progress_helpers import AFTER_Q2, Plan

from ethicsdesk.domain.progress import ProgressStatus
from ethicsdesk.errors import ValidationError
from ethicsdesk.interchange import export_workspace
from ethicsdesk.office.forms import ACTIVITY_SHEET, INDICATOR_SHEET, META_SHEET, read_form
from ethicsdesk.services.progress import ProgressEntry
from ethicsdesk.thai import to_thai_digits
from ethicsdesk.unit_forms import apply_form_import, preview_form_import, unit_form_to_file


def _row(sheet: Worksheet, number: int, indicator: int | None = None) -> int:
    label = to_thai_digits(f"{number}.")
    for row in sheet.iter_rows(min_col=1, max_col=2):
        if row[0].value == label and (indicator is None or row[1].value == to_thai_digits(str(indicator))):
            assert row[0].row is not None
            return row[0].row
    raise AssertionError(f"no row for {number}")


def _form(plan: Plan, tmp_path: Path, unit: str = "กพข.", quarter: int = 2) -> Path:
    return unit_form_to_file(plan.services.workspace, plan.version_id, unit, quarter, tmp_path / "form.xlsx")


def _fill(path: Path, edit: Any) -> Path:
    wb = load_workbook(path)
    edit(wb[ACTIVITY_SHEET], wb[INDICATOR_SHEET], wb)
    out = path.with_name("filled.xlsx")
    wb.save(out)
    return out


def _good(main: Worksheet, ind: Worksheet, _wb: Any) -> None:
    main["E4"] = "นางสาวกรอก แบบฟอร์ม นักวิชาการ โทร. ๐๒๒๐๒๔๐๐๐"
    main["E5"] = "๒๘ มี.ค. ๖๖"
    r9 = _row(main, 9)
    main[f"E{r9}"] = "อยู่ระหว่างดำเนินการ"
    main[f"F{r9}"] = "ปลูกป่าชายเลนร่วมกับชุมชน"
    main[f"G{r9}"] = 12500.5
    main[f"H{r9}"] = "ภาพถ่ายกิจกรรม"
    i9 = _row(ind, 9)
    ind[f"E{i9}"] = 1
    ind[f"G{i9}"] = "ร่วมกับชุมชนบางขุนเทียน"
    r3 = _row(main, 3)
    main[f"E{r3}"] = "ดำเนินการแล้วเสร็จ"
    i3 = _row(ind, 3)
    ind[f"E{i3}"] = 0.85  # typed as 85% in Excel
    ind[f"E{i3}"].number_format = "0%"
    r1 = _row(main, 1)
    main[f"E{r1}"] = "ยังไม่เริ่มดำเนินการ"
    ind[f"F{_row(ind, 1, 2)}"] = "บรรลุ"


def test_round_trip_generate_fill_preview_import_compare(plan: Plan, tmp_path: Path) -> None:
    p = plan.services.progress
    form = _form(plan, tmp_path)
    wb = load_workbook(form)
    assert wb.sheetnames == [ACTIVITY_SHEET, INDICATOR_SHEET, META_SHEET]
    assert wb[META_SHEET].sheet_state == "veryHidden"
    numbers = [r[0].value for r in wb[ACTIVITY_SHEET].iter_rows(min_row=9, max_col=1)]
    # the division's activities: those of every unit, not สล.กสอ.'s 10, 12, 13, 14
    assert numbers == [to_thai_digits(f"{n}.") for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 16, 17)]
    filled = _fill(form, _good)
    before = export_workspace(plan.services.workspace)
    changes = preview_form_import(plan.services.workspace, filled, today=AFTER_Q2)
    assert export_workspace(plan.services.workspace) == before, "a preview writes nothing"
    by = {(c.activity_number, c.field): (c.old, c.new) for c in changes}
    assert by[(9, "status")] == ("", "อยู่ระหว่างดำเนินการ")
    assert by[(9, "spent")] == ("", "12,500.50")
    assert by[(9, "indicator:1")] == ("", "1")
    assert by[(9, "indicator:1:note")] == ("", "ร่วมกับชุมชนบางขุนเทียน")
    assert by[(3, "indicator:1")] == ("", "85")
    assert by[(1, "indicator:2")] == ("", "บรรลุ")
    assert by[(1, "reported_on")] == ("", "28 มี.ค. 66")
    assert {c.activity_number for c in changes} == {1, 3, 9}
    assert {c.unit for c in changes} == {"กพข."} and {c.quarter for c in changes} == {2}

    applied = apply_form_import(plan.services.workspace, filled, expected=changes, today=AFTER_Q2)
    assert applied == changes
    record = p.record(plan.acts[9].id or 0, 2, plan.division.id)
    assert record is not None
    assert (record.status, record.done_text, record.spent_satang, record.evidence) == (
        ProgressStatus.UNDER_WAY,
        "ปลูกป่าชายเลนร่วมกับชุมชน",
        1_250_050,
        "ภาพถ่ายกิจกรรม",
    )
    assert (record.reported_by, record.reported_on) == (
        "นางสาวกรอก แบบฟอร์ม นักวิชาการ โทร. ๐๒๒๐๒๔๐๐๐",
        dt.date(2023, 3, 28),
    )
    assert record.form_id == read_form(filled).form_id
    assert [(x.position, x.value_hundredths, x.note) for x in p.results(record.id or 0)] == [
        (1, 100, "ร่วมกับชุมชนบางขุนเทียน")
    ]
    r3 = p.record(plan.acts[3].id or 0, 2, plan.division.id)
    assert r3 is not None and [x.value_hundredths for x in p.results(r3.id or 0)] == [8500]
    r1 = p.record(plan.acts[1].id or 0, 2, plan.division.id)
    assert r1 is not None and [(x.position, x.met) for x in p.results(r1.id or 0)] == [(2, True)]
    assert len(p.records(plan.version_id)) == 3, "rows left empty record nothing"

    assert preview_form_import(plan.services.workspace, filled, today=AFTER_Q2) == [], (
        "importing twice changes nothing"
    )
    again = unit_form_to_file(
        plan.services.workspace, plan.version_id, plan.division.id or 0, 2, tmp_path / "again.xlsx"
    )
    assert preview_form_import(plan.services.workspace, again, today=AFTER_Q2) == [], (
        "a new form shows what is recorded"
    )
    main = load_workbook(again)[ACTIVITY_SHEET]
    assert main[f"G{_row(main, 9)}"].value == 12500.5


def _refused(plan: Plan, path: Path, th_fragment: str, **kw: Any) -> ValidationError:
    before = export_workspace(plan.services.workspace)
    with pytest.raises(ValidationError) as err:
        preview_form_import(plan.services.workspace, path, today=AFTER_Q2, **kw)
    assert th_fragment in err.value.th, err.value.th
    assert err.value.en
    with pytest.raises(ValidationError):
        apply_form_import(plan.services.workspace, path, today=AFTER_Q2, **kw)
    assert export_workspace(plan.services.workspace) == before, "nothing recorded changes"
    return err.value


def test_percentage_over_100_or_negative_names_the_cell(plan: Plan, tmp_path: Path) -> None:
    form = _form(plan, tmp_path)

    def over(main: Worksheet, ind: Worksheet, _wb: Any) -> None:
        main[f"E{_row(main, 3)}"] = "ดำเนินการแล้วเสร็จ"
        ind[f"E{_row(ind, 3)}"] = 120

    row = _row(load_workbook(form)[INDICATOR_SHEET], 3)
    err = _refused(plan, _fill(form, over), f"แผ่นงาน «ตัวชี้วัด» แถว {row} คอลัมน์ E")
    assert "ร้อยละต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ (กรอกไว้ ๑๒๐)" in err.th

    def negative(main: Worksheet, ind: Worksheet, _wb: Any) -> None:
        ind[f"E{_row(ind, 3)}"] = -5

    _refused(plan, _fill(form, negative), "ติดลบ")

    def money(main: Worksheet, _ind: Worksheet, _wb: Any) -> None:
        r = _row(main, 9)
        main[f"E{r}"] = "อยู่ระหว่างดำเนินการ"
        main[f"G{r}"] = -100

    _refused(plan, _fill(form, money), f"แถว {_row(load_workbook(form)[ACTIVITY_SHEET], 9)} คอลัมน์ G")


@pytest.mark.parametrize(
    ("edit", "th_fragment"),
    [
        (lambda m, i, w: m.cell(row=8, column=2, value="กิจกรรม"), "แถว 8 คอลัมน์ B"),
        (lambda m, i, w: m.cell(row=10, column=2, value="ชื่อใหม่"), "แถว 10 คอลัมน์ B (โครงการ/กิจกรรม)"),
        (lambda m, i, w: m.cell(row=3, column=1, value="หน่วยงาน สำนักงานเลขานุการกรม"), "แถว 3 คอลัมน์ A"),
        (lambda m, i, w: m.merge_cells("F9:G9"), "ผสานเซลล์ F9:G9"),
        (lambda m, i, w: m.insert_rows(10), "แถว 10 คอลัมน์ A"),
        (lambda m, i, w: i.delete_rows(6), "แผ่นงาน «ตัวชี้วัด» แถว 6"),
        (
            lambda m, i, w: m.cell(row=40, column=3, value="หมายเหตุเพิ่ม"),
            "แถว 40 คอลัมน์ C (ไตรมาสตามแผน): มีข้อมูลนอกช่องที่ให้กรอก",
        ),
        (lambda m, i, w: setattr(m, "title", "รายงาน"), "ไม่พบแผ่นงาน «แบบรายงานผล»"),
        (lambda m, i, w: w[META_SHEET].cell(row=7, column=3, value="3"), "ข้อมูลควบคุมของแบบรายงานถูกแก้ไข"),
        (lambda m, i, w: w.remove(w[META_SHEET]), "ไม่ใช่แบบรายงานที่ EthicsDesk สร้าง"),
        (lambda m, i, w: m.cell(row=9, column=5, value="เสร็จแล้วมั้ง"), "ไม่รู้จักสถานะ «เสร็จแล้วมั้ง»"),
        (lambda m, i, w: m.cell(row=9, column=6, value="ทำแล้วบางส่วน"), "ยังไม่ได้เลือกสถานะ"),
        (lambda m, i, w: m.cell(row=5, column=5, value="31 ก.พ. 66"), "ไม่มีวันที่นี้ในปฏิทิน"),
        (lambda m, i, w: i.cell(row=5, column=6, value="ก็ดี"), "เลือก «บรรลุ» หรือ «ไม่บรรลุ»"),
    ],
)
def test_an_altered_or_badly_filled_form_is_refused(
    plan: Plan, tmp_path: Path, edit: Any, th_fragment: str
) -> None:
    _refused(plan, _fill(_form(plan, tmp_path), edit), th_fragment)


def test_another_year_unit_quarter_or_plan_is_refused(plan: Plan, tmp_path: Path) -> None:
    filled = _fill(_form(plan, tmp_path), _good)
    _refused(plan, filled, "ปีงบประมาณ ๒๕๖๖ ไม่ใช่ปี ๒๕๖๗", fiscal_year=2567)
    _refused(plan, filled, "เป็นของหน่วยงาน «กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม» ไม่ใช่ «สล.กสอ.»", unit="สล.กสอ.")
    _refused(plan, filled, "ไตรมาสที่ ๒ ไม่ใช่ไตรมาสที่ ๓", quarter=3)
    assert preview_form_import(
        plan.services.workspace, filled, today=AFTER_Q2, fiscal_year=2566, unit="กพข.", quarter=2
    )
    plan.services.plan.remove_activity(plan.acts[17].id or 0)
    _refused(plan, filled, "กิจกรรมข้อ ๑๗ ซึ่งไม่มีในแผน")
    plan.services.plan.update_activity(plan.acts[9].id or 0, name="กิจกรรมเพื่อสังคม")
    filled2 = _fill(_form(plan, tmp_path), _good)
    plan.services.plan.update_activity(plan.acts[9].id or 0, name="กิจกรรมเพื่อสังคม CSR/CSV")
    _refused(plan, filled2, "กิจกรรมข้อ ๙ ในแบบรายงานไม่ตรงกับแผน")
    plan.services.plan.new_version(plan.version_id, "ฉบับปรับปรุงกลางปี")
    _refused(plan, filled, "ซึ่งไม่ใช่ฉบับปัจจุบัน")


def test_a_quarter_that_has_not_begun_and_other_files(plan: Plan, tmp_path: Path) -> None:
    q4 = unit_form_to_file(plan.services.workspace, plan.version_id, "กพข.", 4, tmp_path / "q4.xlsx")
    _refused(plan, _fill(q4, _good), "ไตรมาสนี้ยังไม่เริ่ม")
    not_xlsx = tmp_path / "notes.xlsx"
    not_xlsx.write_text("ไม่ใช่แฟ้ม Excel", encoding="utf-8")
    _refused(plan, not_xlsx, "ไม่ใช่แฟ้ม Excel")
    with pytest.raises(ValidationError, match="ไม่พบหน่วยงาน «กองลับ»"):
        unit_form_to_file(plan.services.workspace, plan.version_id, "กองลับ", 2, tmp_path / "x.xlsx")


def test_a_preview_that_no_longer_holds_is_not_applied(plan: Plan, tmp_path: Path) -> None:
    filled = _fill(_form(plan, tmp_path), _good)
    changes = preview_form_import(plan.services.workspace, filled, today=AFTER_Q2)
    plan.services.progress.save(
        ProgressEntry(plan.acts[9].id or 0, 2, "done", unit_id=plan.division.id), today=AFTER_Q2
    )
    with pytest.raises(ValidationError, match="เปลี่ยนไปหลังจากตรวจดู"):
        apply_form_import(plan.services.workspace, filled, expected=changes, today=AFTER_Q2)
    record = plan.services.progress.record(plan.acts[9].id or 0, 2, plan.division.id)
    assert record is not None and record.status == ProgressStatus.DONE and record.form_id == ""
