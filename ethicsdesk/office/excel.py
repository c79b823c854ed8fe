"""Excel (.xlsx) output of a plan version: the plan sheet and a budget sheet, totals as formulas.

Amounts are numbers (format ``#,##0``) so that the office can add, sort and check them; "n/a", "-" and
a shared budget line ("ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ ๑๒") are text with no number, so every
SUM counts a shared line once, as the budget service does. Texts keep the document's digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, overload

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ethicsdesk.documents.common import Digits, plan_table
from ethicsdesk.documents.model import PlanActivity, PlanTable
from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.markup import plain_text
from ethicsdesk.domain.snapshots import PlanSnap
from ethicsdesk.office.plan_grid import ACTIVITY_HEADINGS, ARROW
from ethicsdesk.office.word import DEFAULT_FONT

PLAN_SHEET = "แผนปฏิบัติการ"
BUDGET_SHEET = "งบประมาณ"
NOTE_HEADING = "หมายเหตุ"
BAHT_FORMAT = "#,##0"
BAHT_FORMAT_SATANG = "#,##0.00"
SIZE_PT = 14

# Columns of the plan sheet: A number, B name, C objective, D indicators, E budget, F-I quarters,
# J responsible unit, K note.
AMOUNT_COLUMN = "E"
FIRST_QUARTER_COLUMN = 6
WIDTHS = {"A": 7, "B": 38, "C": 42, "D": 38, "E": 16, "F": 14, "G": 14, "H": 14, "I": 14, "J": 22, "K": 24}
HEADER_ROWS = (4, 5)

_FILL = {
    "header": PatternFill("solid", fgColor="D9D9D9"),
    "approach": PatternFill("solid", fgColor="EDEDED"),
    "quarter": PatternFill("solid", fgColor="B4C6E7"),
    "total": PatternFill("solid", fgColor="F2F2F2"),
}
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTRE = Alignment(wrap_text=True, horizontal="center", vertical="center")


@dataclass(frozen=True)
class _Row:
    """An activity of the plan with the budget as stored (the document model has only its wording)."""

    shown: PlanActivity
    kind: BudgetKind
    satang: int | None


@overload
def write_plan_xlsx(
    plan: PlanSnap, path: str | Path, *, thai_digits: bool = ..., font: str = ...
) -> Path: ...
@overload
def write_plan_xlsx(plan: PlanSnap, path: BinaryIO, *, thai_digits: bool = ..., font: str = ...) -> None: ...
def write_plan_xlsx(
    plan: PlanSnap, path: str | Path | BinaryIO, *, thai_digits: bool = True, font: str = DEFAULT_FONT
) -> Path | None:
    """Write a plan version's snapshot as an Excel workbook at ``path``."""
    table, rows = _read(plan, thai_digits)
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.title = PLAN_SHEET
    writer = _PlanSheet(sheet, font)
    subtotals = writer.write(table, rows)
    _budget_sheet(wb.create_sheet(BUDGET_SHEET), table, rows, subtotals, font)
    wb.properties.title = plain_text(table.title)
    wb.properties.creator = "EthicsDesk"
    if isinstance(path, str | Path):
        wb.save(str(path))
        return Path(path)
    wb.save(path)
    return None


def _read(plan: PlanSnap, thai_digits: bool) -> tuple[PlanTable, list[list[_Row]]]:
    table = plan_table(plan, "activities", Digits(thai_digits))
    rows = []
    for ap, shown in zip(plan.approaches, table.approaches, strict=True):
        stored = [a for a in plan.activities if a.approach_number == ap.number]
        rows.append(
            [
                _Row(x, BudgetKind(a.budget_kind), a.budget_satang)
                for x, a in zip(shown.activities, stored, strict=True)
            ]
        )
    return table, rows


def _amount(row: _Row) -> float | int | None:
    if row.kind != BudgetKind.AMOUNT or row.satang is None:
        return None
    baht, satang = divmod(row.satang, 100)
    return baht if not satang else row.satang / 100


class _PlanSheet:
    def __init__(self, sheet: Worksheet, font: str) -> None:
        self.sheet = sheet
        self.font = Font(name=font, size=SIZE_PT)
        self.bold = Font(name=font, size=SIZE_PT, bold=True)
        self.italic = Font(name=font, size=SIZE_PT, italic=True)
        self.columns = len(WIDTHS)

    def put(
        self, row: int, column: int, value: object, *, bold: bool = False, align: Alignment = _WRAP_TOP
    ) -> Cell:
        cell = self.sheet.cell(row=row, column=column, value=value)  # type: ignore[arg-type]
        assert isinstance(cell, Cell)
        cell.font = self.bold if bold else self.font
        cell.alignment = align
        cell.border = _BOX
        return cell

    def band(self, row: int, text: str, fill: str, *, bold: bool = True) -> None:
        """A row of one merged cell across the table."""
        for c in range(1, self.columns + 1):
            self.put(row, c, None).fill = _FILL[fill]
        self.put(row, 1, text, bold=bold).fill = _FILL[fill]
        self.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=self.columns)

    def write(self, table: PlanTable, rows: list[list[_Row]]) -> list[tuple[str, int]]:
        """Fill the sheet; return each approach's title and the row of its subtotal."""
        s = self.sheet
        last = get_column_letter(self.columns)
        title = s.cell(row=1, column=1, value=plain_text(table.title))
        title.font = Font(name=self.font.name, size=16, bold=True)
        title.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        s.merge_cells(f"A1:{last}1")
        s.row_dimensions[1].height = 30
        self._headings(table)
        satang = any((_amount(r) or 0) != int(_amount(r) or 0) for group in rows for r in group)
        number_format = BAHT_FORMAT_SATANG if satang else BAHT_FORMAT
        r = HEADER_ROWS[1] + 1
        subtotals: list[tuple[str, int]] = []
        for approach, group in zip(table.approaches, rows, strict=True):
            self.band(r, plain_text(approach.title), "approach")
            r += 1
            first = r
            for row in group:
                self._activity(r, row, number_format)
                r += 1
            self.put(r, 2, "รวม" + " ".join(plain_text(approach.title).split()[:2]), bold=True)
            for c in range(1, self.columns + 1):
                if c != 2:
                    self.put(r, c, None)
                s.cell(row=r, column=c).fill = _FILL["total"]
            total = self.put(
                r,
                5,
                f"=SUM({AMOUNT_COLUMN}{first}:{AMOUNT_COLUMN}{r - 1})" if group else 0,
                bold=True,
                align=Alignment(vertical="top"),
            )
            total.number_format = number_format
            total.fill = _FILL["total"]
            subtotals.append((plain_text(approach.title), r))
            r += 1
        for c in range(1, self.columns + 1):
            self.put(r, c, None).fill = _FILL["total"]
        self.put(r, 2, plain_text(table.total_label), bold=True).fill = _FILL["total"]
        grand = self.put(
            r,
            5,
            "=SUM(" + ",".join(f"{AMOUNT_COLUMN}{row}" for _, row in subtotals) + ")" if subtotals else 0,
            bold=True,
            align=Alignment(vertical="top"),
        )
        grand.number_format = number_format
        grand.fill = _FILL["total"]
        self.put(r + 1, 2, plain_text(table.total_budget), align=Alignment(vertical="top")).border = Border()
        self._set_up_page(r)
        return subtotals

    def _headings(self, table: PlanTable) -> None:
        s = self.sheet
        top, sub = HEADER_ROWS
        headings = [*ACTIVITY_HEADINGS, NOTE_HEADING]
        columns = [1, 2, 3, 4, 5, FIRST_QUARTER_COLUMN, 10, 11]
        for heading, c in zip(headings, columns, strict=True):
            self.put(top, c, heading, bold=True, align=_CENTRE).fill = _FILL["header"]
        for c in range(1, self.columns + 1):
            if c not in columns:
                self.put(top, c, None).fill = _FILL["header"]
            if not FIRST_QUARTER_COLUMN <= c < FIRST_QUARTER_COLUMN + 4:
                self.put(sub, c, None).fill = _FILL["header"]
                s.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
        s.merge_cells(
            start_row=top, start_column=FIRST_QUARTER_COLUMN, end_row=top, end_column=FIRST_QUARTER_COLUMN + 3
        )
        for q, label in enumerate(table.quarter_labels):
            cell = self.put(sub, FIRST_QUARTER_COLUMN + q, plain_text(label), bold=True, align=_CENTRE)
            cell.fill = _FILL["header"]
        s.row_dimensions[sub].height = 42

    def _activity(self, r: int, row: _Row, number_format: str) -> None:
        a = row.shown
        self.put(r, 1, plain_text(a.number), align=Alignment(horizontal="center", vertical="top"))
        self.put(r, 2, plain_text(a.name))
        self.put(r, 3, plain_text(a.objective))
        self.put(r, 4, "\n".join(plain_text(x) for x in a.indicators))
        amount = _amount(row)
        if amount is None:
            self.put(r, 5, plain_text(a.budget) or None, align=_CENTRE)
        else:
            self.put(r, 5, amount, align=Alignment(vertical="top")).number_format = number_format
        for q in range(1, 5):
            cell = self.put(r, FIRST_QUARTER_COLUMN + q - 1, None, align=_CENTRE)
            if q in a.quarters:
                cell.value = "\n".join([ARROW, *a.milestones.get(q, [])])
                cell.fill = _FILL["quarter"]
        self.put(r, 10, plain_text(a.unit))
        note = self.put(r, 11, plain_text(a.note) or None)
        note.font = self.italic

    def _set_up_page(self, last_row: int) -> None:
        s = self.sheet
        for letter, width in WIDTHS.items():
            s.column_dimensions[letter].width = width
        s.freeze_panes = f"C{HEADER_ROWS[1] + 1}"
        _print_setup(s)
        s.print_title_rows = f"{HEADER_ROWS[0]}:{HEADER_ROWS[1]}"
        s.print_area = f"A1:{get_column_letter(self.columns)}{last_row + 1}"


def _print_setup(s: Worksheet) -> None:
    """Landscape A4, one page wide (as many pages down as it takes), the official margins."""
    s.page_setup.orientation = "landscape"
    s.page_setup.paperSize = s.PAPERSIZE_A4
    s.page_setup.fitToWidth = 1
    s.page_setup.fitToHeight = 0
    s.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    cm = 1 / 2.54
    s.page_margins.left = 3 * cm
    s.page_margins.right = 2 * cm
    s.page_margins.top = 2.5 * cm
    s.page_margins.bottom = 2.5 * cm


def _budget_sheet(
    s: Worksheet, table: PlanTable, rows: list[list[_Row]], subtotals: list[tuple[str, int]], font: str
) -> None:
    """Per approach: the number of activities and the budget, as formulas over the plan sheet."""
    regular = Font(name=font, size=SIZE_PT)
    bold = Font(name=font, size=SIZE_PT, bold=True)
    s.cell(row=1, column=1, value=f"สรุปงบประมาณตามแนวทางการพัฒนา {plain_text(table.title)}").font = bold
    for c, heading in enumerate(("แนวทางการพัฒนา", "จำนวนกิจกรรม", "งบประมาณ (บาท)"), 1):
        cell = s.cell(row=3, column=c, value=heading)
        cell.font, cell.fill, cell.border, cell.alignment = bold, _FILL["header"], _BOX, _CENTRE
    quoted = f"'{PLAN_SHEET}'"
    r = 4
    for (title, subtotal_row), group in zip(subtotals, rows, strict=True):
        values = (title, len(group), f"={quoted}!{AMOUNT_COLUMN}{subtotal_row}")
        for c, value in enumerate(values, 1):
            cell = s.cell(row=r, column=c, value=value)
            cell.font, cell.border, cell.alignment = regular, _BOX, _WRAP_TOP
        s.cell(row=r, column=3).number_format = BAHT_FORMAT
        r += 1
    last = r - 1
    for c, value in enumerate(("รวม", f"=SUM(B4:B{last})", f"=SUM(C4:C{last})"), 1):
        cell = s.cell(row=r, column=c, value=value)
        cell.font, cell.border, cell.fill = bold, _BOX, _FILL["total"]
    s.cell(row=r, column=3).number_format = BAHT_FORMAT
    s.column_dimensions["A"].width = 70
    s.column_dimensions["B"].width = 16
    s.column_dimensions["C"].width = 20
    s.freeze_panes = "A4"
    _print_setup(s)
