"""The progress reports as documents: their text equals the records; the minutes' report block; the command."""

from __future__ import annotations

import datetime as dt
import importlib.util
import zipfile
from pathlib import Path

import pytest
from progress_helpers import AFTER_Q2, AFTER_YEAR, Plan

from ethicsdesk.documents.model import Document, Table, Text
from ethicsdesk.documents.report import SUMMARY_HEADER
from ethicsdesk.domain.blocks import validate_blocks
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.printing import minutes_document, report_document, report_to_file
from ethicsdesk.services.progress import IndicatorEntry, ProgressEntry


@pytest.fixture
def recorded(plan: Plan) -> Plan:
    """Progress of the first half of FY 2566, as the units might report it."""
    p, s, k = plan.services.progress, plan.secretariat.id, plan.division.id
    a = {n: x.id or 0 for n, x in plan.acts.items()}

    def save(n: int, q: int, status: str, unit: int | None, **kw: object) -> None:
        p.save(ProgressEntry(a[n], q, status, unit_id=unit, **kw), today=AFTER_Q2)  # type: ignore[arg-type]

    save(
        12,
        1,
        "done",
        s,
        done_text="ประกาศข้อกำหนดจริยธรรม กสอ.",
        spent="500000",
        results=(IndicatorEntry(1, 85),),
    )
    save(9, 2, "under_way", k, done_text="ปลูกป่าชายเลน", spent="10000")
    save(13, 1, "under_way", s, spent="20000", problems="รอผลการตรวจร่างคู่มือ")
    save(3, 1, "under_way", s, results=(IndicatorEntry(1, 90),))
    save(3, 1, "done", k, results=(IndicatorEntry(1, 70),))
    save(15, 1, "done", s)
    save(15, 1, "done", k)
    save(15, 2, "under_way", s, done_text="รวบรวมรายงานไตรมาส")
    return plan


def _tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def _texts(doc: Document, role: str | None = None) -> list[str]:
    return [b.markup for b in doc.blocks if isinstance(b, Text) and (role is None or b.role == role)]


def _table_after(doc: Document, heading: str) -> Table:
    blocks = doc.blocks
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Text) and b.markup.startswith(heading))
    return next(b for b in blocks[start:] if isinstance(b, Table))


def test_six_month_report_says_what_the_records_say(recorded: Plan) -> None:
    doc = report_document(recorded.services.workspace, recorded.version_id, 6, AFTER_Q2)
    assert _texts(doc, "title") == [
        "รายงานสรุปผลการดำเนินงาน รอบ ๖ เดือน",
        "ตามแผนปฏิบัติการด้านส่งเสริมคุณธรรม จริยธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ กรมส่งเสริมอุตสาหกรรม",
        "(๑ ตุลาคม ๒๕๖๕ - ๓๑ มีนาคม ๒๕๖๖)",
    ]
    assert "ข้อมูล ณ วันที่ ๑๐ เมษายน ๒๕๖๖" in _texts(doc, "plain")
    assert _texts(doc, "heading") == [
        "๑. ภาพรวมผลการดำเนินงาน",
        "๒. ผลการดำเนินงานรายกิจกรรม",
        "๓. ผลการดำเนินงานตามตัวชี้วัด",
        "๔. การใช้จ่ายงบประมาณ",
        "๕. กิจกรรมที่ล่าช้ากว่ากำหนดและเหตุผล",
        "๖. กิจกรรมที่ยังไม่ได้รายงานผล",
    ]
    overview = _tables(doc)[0]
    assert overview.header == SUMMARY_HEADER
    # done 12; under way 3, 9, 13, 15; not started 17 (due later); the other 11 have not reported
    assert [r[1:] for r in overview.rows] == [
        ["๒", "๐", "๐", "๐", "๐", "๒"],
        ["๗", "๐", "๒", "๐", "๐", "๕"],
        ["๘", "๑", "๒", "๑", "๐", "๔"],
        ["<b>๑๗</b>", "<b>๑</b>", "<b>๔</b>", "<b>๑</b>", "<b>๐</b>", "<b>๑๑</b>"],
    ]
    body = _texts(doc, "body")[0]
    assert "ดำเนินการแล้วเสร็จ ๑ กิจกรรม อยู่ระหว่างดำเนินการ ๔ กิจกรรม" in body
    assert body.endswith("และยังไม่รายงานผล ๑๑ กิจกรรม")


def test_tables_per_approach_indicators_budget_and_lateness(recorded: Plan) -> None:
    doc = report_document(recorded.services.workspace, recorded.version_id, 6, AFTER_Q2)
    subheadings = _texts(doc, "subheading")
    assert [x.split()[:2] for x in subheadings] == [["แนวทางการพัฒนาที่", n] for n in "๑๒๓"]
    third = _table_after(doc, subheadings[2])
    rows = {r[0]: r for r in third.rows}
    assert rows["๑๒."][2:] == [
        "สล.กสอ.",
        "ดำเนินการแล้วเสร็จ",
        "<b>ไตรมาสที่ ๑ สล.กสอ.</b>: ประกาศข้อกำหนดจริยธรรม กสอ.",
    ]
    assert rows["๑๕."][3] == "อยู่ระหว่างดำเนินการ (รายงานแล้ว ๒ จาก ๒ หน่วยงาน)"
    assert rows["๑๕."][4] == "<b>ไตรมาสที่ ๒ สล.กสอ.</b>: รวบรวมรายงานไตรมาส"
    assert rows["๑๗."][3].startswith("ยังไม่เริ่มดำเนินการ")

    indicators = {r[0]: r for r in _table_after(doc, "๓.").rows}
    assert indicators["๑๒."][2:] == ["ร้อยละ ๘๐", "ร้อยละ ๘๕", "บรรลุ"]
    assert indicators["๓."][2:] == ["ร้อยละ ๘๐", "เฉลี่ยร้อยละ ๘๐ (บรรลุ ๑ จาก ๒ หน่วยงาน)", "ไม่บรรลุ"]
    assert indicators["๑.๒"][2:] == ["-", "-", "ยังไม่รายงานผล"]

    budget = _table_after(doc, "๔.")
    assert budget.header == [
        "รายการงบประมาณ",
        "งบประมาณ (บาท)",
        "ใช้จ่ายสะสม (บาท)",
        "คงเหลือ (บาท)",
        "ร้อยละที่ใช้จ่าย",
    ]
    line1, line12, total = budget.rows
    assert line1[1:] == ["๗๐,๐๐๐", "๐", "๗๐,๐๐๐", "๐"]
    # activities 9 and 13 share the line of activity 12: their spending is counted on it, once
    assert line12[0].endswith("(รวมกิจกรรมข้อ ๙, ๑๓, ๑๔ ที่ใช้งบประมาณวงเงินเดียวกัน)")
    assert line12[1:] == ["๑,๒๐๐,๐๐๐", "๕๓๐,๐๐๐", "๖๗๐,๐๐๐", "๔๔.๒"]
    assert total == ["<b>รวม</b>", "<b>๑,๒๗๐,๐๐๐</b>", "<b>๕๓๐,๐๐๐</b>", "<b>๗๔๐,๐๐๐</b>", "<b>๔๑.๗</b>"]
    assert (
        "ใช้จ่ายงบประมาณสะสม ๕๓๐,๐๐๐ บาท จากงบประมาณทั้งสิ้น ๑,๒๗๐,๐๐๐ บาท (หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน) "
        "คิดเป็นร้อยละ ๔๑.๗"
    ) in _texts(doc, "plain")

    late = {r[0]: r for r in _table_after(doc, "๕.").rows}
    assert set(late) == {"๓.", "๔.", "๑๑.", "๑๓.", "๑๕.", "๑๖."}
    assert late["๑๓."][2:] == ["๓๑ มี.ค. ๖๖", "อยู่ระหว่างดำเนินการ", "สล.กสอ.: รอผลการตรวจร่างคู่มือ"]
    assert late["๑๕."][2:4] == ["๒๕ มี.ค. ๖๖", "อยู่ระหว่างดำเนินการ"], "23 Dec was met; 25 Mar was not"
    assert late["๑๖."][2:] == ["๒๕ มี.ค. ๖๖", "ยังไม่รายงานผล", "ไม่ได้ระบุเหตุผล"]

    silent = [b for b in doc.blocks if isinstance(b, Text) and b.label and b.role == "body"]
    assert [b.markup.split()[1] for b in silent] == [
        "๑",
        "๒",
        "๔",
        "๕",
        "๖",
        "๗",
        "๘",
        "๑๐",
        "๑๑",
        "๑๔",
        "๑๖",
    ]


def test_quarterly_report_covers_its_quarter(recorded: Plan) -> None:
    doc = report_document(recorded.services.workspace, recorded.version_id, None, AFTER_Q2, quarter=2)
    titles = _texts(doc, "title")
    assert titles[0] == "รายงานการติดตามความก้าวหน้าการดำเนินงาน ไตรมาสที่ ๒"
    assert titles[-1] == "(๑ มกราคม ๒๕๖๖ - ๓๑ มีนาคม ๒๕๖๖)"
    activities = [r[0] for t in _tables(doc)[1:4] for r in t.rows]
    assert "๑๒." not in activities and "๑๓." in activities and "๑๖." in activities
    budget = _table_after(doc, "๔.")
    assert budget.header[2] == "ใช้จ่ายในไตรมาส (บาท)"
    assert budget.rows[1][1:4] == ["๑,๒๐๐,๐๐๐", "๑๐,๐๐๐", "๕๓๐,๐๐๐"]


def test_a_period_that_has_not_ended_is_refused(recorded: Plan) -> None:
    ws, v = recorded.services.workspace, recorded.version_id
    with pytest.raises(ValidationError, match="รอบรายงานยังไม่สิ้นสุด") as err:
        report_document(ws, v, 9, AFTER_Q2)
    assert "2023-06-30" in err.value.en
    with pytest.raises(ValidationError, match="ยังไม่สิ้นสุด"):
        report_document(ws, v, None, dt.date(2023, 3, 31), quarter=2)
    with pytest.raises(ValidationError, match="๓ ๖ ๙ หรือ ๑๒"):
        report_document(ws, v, 5, AFTER_YEAR)
    with pytest.raises(ValidationError, match="อย่างใดอย่างหนึ่ง"):
        report_document(ws, v, 6, AFTER_YEAR, quarter=2)
    early = report_document(ws, v, 9, AFTER_Q2, allow_open_period=True)
    assert any("ก่อนสิ้นรอบรายงาน" in t for t in _texts(early, "plain"))


def test_arabic_digits_when_asked(recorded: Plan) -> None:
    doc = report_document(recorded.services.workspace, recorded.version_id, 12, AFTER_YEAR, thai_digits=False)
    assert _texts(doc, "title")[0] == "รายงานสรุปผลการดำเนินงาน รอบ 12 เดือน"
    every = " ".join(_texts(doc) + [c for t in _tables(doc) for r in [t.header, *t.rows] for c in r])
    assert "พ.ศ. 2566" in every
    assert not any("๐" <= ch <= "๙" for ch in every)


def test_the_minutes_record_a_report_block(recorded: Plan) -> None:
    services = recorded.services
    committee = services.roster.committees()[0].id or 0
    meeting = services.meetings.create_meeting(committee, dt.date(2023, 4, 20))
    item = services.agenda.add_item(meeting.id or 0, "รายงานผลการดำเนินงานตามแผน รอบ ๖ เดือน")
    block = {"type": "report", "fiscal_year": 2566, "version": 2, "months": 6}
    services.agenda.update_item(item.id or 0, body=[block])
    doc = minutes_document(services.workspace, meeting.id or 0)[0]
    intro = next(t for t in _texts(doc, "body") if t.startswith("รายงานสรุปผลการดำเนินงาน รอบ ๖ เดือน"))
    assert "(๑ ตุลาคม ๒๕๖๕ - ๓๑ มีนาคม ๒๕๖๖)" in intro
    table = next(t for t in _tables(doc) if t.header == SUMMARY_HEADER)
    assert table.rows[-1][1:3] == ["<b>๑๗</b>", "<b>๑</b>"]
    assert any(t.startswith("ใช้จ่ายงบประมาณสะสม ๕๓๐,๐๐๐ บาท") for t in _texts(doc, "body"))


@pytest.mark.parametrize(
    ("block", "en_fragment"),
    [
        ({"type": "report", "fiscal_year": 2566, "version": 2, "months": 5}, "must be 3, 6, 9 or 12"),
        ({"type": "report", "fiscal_year": 2566, "version": 2, "months": 6.0}, "must be 3, 6, 9 or 12"),
        ({"type": "report", "fiscal_year": 2566, "version": 0, "months": 6}, "version"),
        ({"type": "report", "fiscal_year": 2566, "months": 6}, "missing version"),
        (
            {"type": "report", "fiscal_year": 2566, "version": 2, "months": 6, "quarter": 2},
            "unknown keys quarter",
        ),
    ],
)
def test_report_blocks_are_validated(block: dict, en_fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_blocks([block])
    assert en_fragment in err.value.en


def test_a_report_on_a_missing_plan_version_is_named(recorded: Plan) -> None:
    services = recorded.services
    committee = services.roster.committees()[0].id or 0
    meeting = services.meetings.create_meeting(committee, dt.date(2023, 4, 20))
    item = services.agenda.add_item(meeting.id or 0, "รายงาน")
    services.agenda.update_item(
        item.id or 0, body=[{"type": "report", "fiscal_year": 2566, "version": 9, "months": 6}]
    )
    with pytest.raises(ValidationError, match="ฉบับที่ 9 ซึ่งไม่มีอยู่"):
        minutes_document(services.workspace, meeting.id or 0)[0]


def test_report_command_writes_word_and_names_what_it_cannot_do(recorded: Plan, tmp_path: Path) -> None:
    ws = recorded.services.workspace
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = report_to_file(ws, 2566, tmp_path / "report.docx", months=6, as_of=AFTER_YEAR)
    assert out == tmp_path / "report.docx"
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert "รายงานสรุปผลการดำเนินงาน รอบ ๖ เดือน" in xml and "๕๓๐,๐๐๐" in xml
    import docx  # the amounts stand right, the counts centred, as in the PDF
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cells = [c for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    amount = next(c for c in cells if c.text == "๕๓๐,๐๐๐")
    assert amount.paragraphs[0].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"], "no temporary file is left"
    with pytest.raises(UserError, match=r"\.pdf, \.docx"):
        report_to_file(ws, 2566, tmp_path / "report.txt", months=6)
    with pytest.raises(ValidationError, match="ยังไม่สิ้นสุด"):
        report_to_file(ws, 2566, tmp_path / "early.docx", months=12, as_of=AFTER_Q2)
    with pytest.raises(ValidationError, match="ไม่มีแผนปฏิบัติการของปีงบประมาณ 2570"):
        report_to_file(ws, 2570, tmp_path / "none.docx", months=6, as_of=AFTER_YEAR)
    assert not (tmp_path / "early.docx").exists()
    if importlib.util.find_spec("ethicsdesk.pdf.render") is None:
        with pytest.raises(UserError, match="PDF"):
            report_to_file(ws, 2566, tmp_path / "report.pdf", months=6, as_of=AFTER_YEAR)
    else:  # the renderer exists: the command writes through it
        assert (
            report_to_file(ws, 2566, tmp_path / "report.pdf", months=6, as_of=AFTER_YEAR).stat().st_size > 0
        )
