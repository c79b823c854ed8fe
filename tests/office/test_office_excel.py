"""The plan as an Excel workbook, read back with openpyxl; the formulas evaluated from the cells."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries
from openpyxl.workbook.workbook import Workbook

from ethicsdesk.domain.snapshots import PlanSnap
from ethicsdesk.office import DEFAULT_FONT, write_plan_xlsx
from ethicsdesk.office.excel import BUDGET_SHEET, PLAN_SHEET
from ethicsdesk.printing import plan_version_id
from ethicsdesk.services import Services
from ethicsdesk.services.queries import plan_snapshot
from ethicsdesk.storage import Workspace

pytestmark = pytest.mark.sqlite_only(
    "the layout of the Word and Excel files made from the sample (office_ws); the same text printed from "
    "a server database: test_office_golden.py"
)

SHARED = "ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ ๑๒"


def _plan(ws: Workspace, version_id: int) -> PlanSnap:
    with ws.reading() as s:
        return plan_snapshot(s, version_id)


@pytest.fixture(scope="module")
def version_id(office_ws: Workspace) -> int:
    return plan_version_id(office_ws, 2566, 2)


@pytest.fixture(scope="module")
def book(office_ws: Workspace, version_id: int, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    path = write_plan_xlsx(_plan(office_ws, version_id), tmp_path_factory.mktemp("xlsx") / "plan.xlsx")
    return openpyxl.load_workbook(str(path))


_REF = re.compile(r"(?:'([^']+)'!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?")


def evaluate(book: Workbook, sheet: str, ref: str) -> float:
    """The value of a cell, computing the formulas the writer uses: =SUM(...), =A1, ='Sheet'!A1."""
    value = book[sheet][ref].value
    if not (isinstance(value, str) and value.startswith("=")):
        return float(value) if isinstance(value, (int, float)) else 0.0
    body = value[1:]
    inner = body[4:-1] if body.startswith("SUM(") and body.endswith(")") else body
    total = 0.0
    for part in inner.split(","):
        m = _REF.fullmatch(part.strip())
        assert m, f"unexpected formula {value!r}"
        target = m.group(1) or sheet
        if m.group(4):
            lo_col, lo_row, hi_col, hi_row = range_boundaries(
                f"{m.group(2)}{m.group(3)}:{m.group(4)}{m.group(5)}"
            )
            for row in book[target].iter_rows(min_row=lo_row, max_row=hi_row, min_col=lo_col, max_col=hi_col):
                total += sum(evaluate(book, target, c.coordinate) for c in row)
        else:
            total += evaluate(book, target, f"{m.group(2)}{m.group(3)}")
    return total


def _rows(book: Workbook) -> list[tuple]:
    return list(book[PLAN_SHEET].iter_rows(min_row=1, values_only=False))


def _activity_rows(book: Workbook) -> dict[str, tuple]:
    return {
        str(r[0].value): r for r in _rows(book) if isinstance(r[0].value, str) and r[0].value.endswith(".")
    }


def test_total_formula_is_1_270_000_and_counts_shared_lines_once(book: Workbook) -> None:
    sheet = book[PLAN_SHEET]
    total_row = next(r for r in _rows(book) if r[1].value == "จำนวน ๑๗ โครงการ/กิจกรรม")
    cell = total_row[4]
    assert str(cell.value).startswith("=SUM(")
    assert evaluate(book, PLAN_SHEET, cell.coordinate) == 1_270_000
    assert cell.number_format == "#,##0"
    assert sheet.title == PLAN_SHEET


def test_amounts_are_numbers_and_shared_lines_text(book: Workbook) -> None:
    acts = _activity_rows(book)
    assert len(acts) == 17
    assert acts["๑."][4].value == 70_000 and acts["๑."][4].number_format == "#,##0"
    assert acts["๑๒."][4].value == 1_200_000
    shared = [n for n, r in acts.items() if r[4].value == SHARED]
    assert shared == ["๙.", "๑๓.", "๑๔."]
    assert acts["๓."][4].value == "n/a" and acts["๒."][4].value == "-"
    numbers = [r[4].value for r in acts.values() if isinstance(r[4].value, (int, float))]
    assert numbers == [70_000, 1_200_000]


def test_subtotals_per_approach_match_the_budget_service(
    book: Workbook, office_ws: Workspace, version_id: int
) -> None:
    summary = Services(office_ws).budget.summary(version_id)
    subtotal_rows = [r for r in _rows(book) if str(r[1].value).startswith("รวมแนวทางการพัฒนาที่")]
    assert [evaluate(book, PLAN_SHEET, r[4].coordinate) * 100 for r in subtotal_rows] == [
        t.total_satang for t in summary.approaches
    ]
    budget = book[BUDGET_SHEET]
    amounts = [evaluate(book, BUDGET_SHEET, f"C{r}") * 100 for r in range(4, 4 + len(summary.approaches))]
    assert amounts == [t.total_satang for t in summary.approaches]
    total_row = 4 + len(summary.approaches)
    assert budget[f"A{total_row}"].value == "รวม"
    assert budget[f"C{total_row}"].value.startswith("=SUM(")
    assert evaluate(book, BUDGET_SHEET, f"C{total_row}") == 1_270_000
    assert evaluate(book, BUDGET_SHEET, f"B{total_row}") == 17


def test_quarters_are_filled_cells_with_arrows_and_milestones(book: Workbook) -> None:
    acts = _activity_rows(book)
    q = acts["๑."][5:9]
    assert [c.value for c in q] == [None, "←→", "←→", None]
    assert [c.fill.fgColor.rgb[-6:] if c.fill.fill_type else None for c in q] == [
        None,
        "B4C6E7",
        "B4C6E7",
        None,
    ]
    assert acts["๑๕."][5].value == "←→\n๒๓ ธ.ค. ๖๕"


def test_thai_font_widths_frozen_header_and_print_setup(book: Workbook) -> None:
    sheet = book[PLAN_SHEET]
    fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
    assert fonts == {DEFAULT_FONT}
    assert sheet.freeze_panes == "C6"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4 == "9"
    setup = sheet.sheet_properties.pageSetUpPr
    assert setup is not None and setup.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$4:$5"
    headings = [c.value for c in next(r for r in _rows(book) if r[0].value == "ลำดับที่")]
    assert headings[:6] == [
        "ลำดับที่",
        "โครงการ/กิจกรรม",
        "วัตถุประสงค์",
        "ตัวชี้วัด",
        "งบประมาณ (บาท)",
        "ระยะเวลาดำเนินงาน",
    ]
    labels = [
        c.value
        for c in next(r for r in _rows(book) if r[5].value and str(r[5].value).startswith("ไตรมาสที่"))[5:9]
    ]
    assert labels[0] == "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕)"


def test_version_one_has_no_amounts_and_a_zero_total(office_ws: Workspace, tmp_path: Path) -> None:
    v1 = plan_version_id(office_ws, 2566, 1)
    book = openpyxl.load_workbook(str(write_plan_xlsx(_plan(office_ws, v1), tmp_path / "v1.xlsx")))
    acts = _activity_rows(book)
    assert len(acts) == 15
    total_row = next(r for r in _rows(book) if r[1].value == "จำนวน ๑๕ โครงการ/กิจกรรม")
    assert evaluate(book, PLAN_SHEET, total_row[4].coordinate) == 0
