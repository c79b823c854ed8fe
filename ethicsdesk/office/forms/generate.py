"""Writing a unit's form: its activities and indicators, pre-filled with what was reported.

Pure: the form is written from a :class:`~ethicsdesk.domain.unit_form.UnitFormData` that
``ethicsdesk.services.progress_forms.unit_form_data`` loads from the records.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ethicsdesk.documents.common import budget_wording
from ethicsdesk.domain.progress import PROGRESS_STATUS_LABELS, parse_target
from ethicsdesk.domain.unit_form import FormActivity, ReportedResult, UnitFormData
from ethicsdesk.office.forms.layout import (
    ACTIVITY_COLUMNS,
    ACTIVITY_HEADER_ROW,
    ACTIVITY_SHEET,
    BOX,
    FORM_FORMAT,
    FORM_VERSION,
    HEADER_FILL,
    INDICATOR_COLUMNS,
    INDICATOR_HEADER_ROW,
    INDICATOR_SHEET,
    INPUT_FILL,
    MET_WORDS,
    META_SHEET,
    SIZE_PT,
    WRAP,
    checksum,
)
from ethicsdesk.office.word import DEFAULT_FONT
from ethicsdesk.thai import format_date_short, quarter_label, to_thai_digits


def generate_unit_form(data: UnitFormData, path: str | Path, *, font: str = DEFAULT_FONT) -> Path:
    """Write the form of a unit for one quarter of a plan version.

    What the unit has already reported for the quarter is filled in, so a corrected form changes only
    what was corrected.
    """
    form = _FormWriter(font)
    form.write(data)
    out = Path(path)
    form.wb.save(str(out))
    return out


class _FormWriter:
    def __init__(self, font: str) -> None:
        self.wb = Workbook()
        self.font = Font(name=font, size=SIZE_PT)
        self.bold = Font(name=font, size=SIZE_PT, bold=True)
        self.fixed: list[list[str]] = []
        self.inputs: list[list[str]] = []

    def fix(
        self, sheet: Worksheet, row: int, column: int, text: str, *, bold: bool = False, box: bool = True
    ) -> Cell:
        cell = sheet.cell(row=row, column=column, value=text)
        assert isinstance(cell, Cell)
        cell.font = self.bold if bold else self.font
        cell.alignment = WRAP
        if box:
            cell.border = BOX
        self.fixed.append([sheet.title, cell.coordinate, text])
        return cell

    def put(
        self, sheet: Worksheet, row: int, column: int, key: str, value: Any = None, fmt: str = ""
    ) -> Cell:
        cell = sheet.cell(row=row, column=column, value=value)
        assert isinstance(cell, Cell)
        cell.font = self.font
        cell.alignment = WRAP
        cell.border = BOX
        cell.fill = INPUT_FILL
        cell.protection = Protection(locked=False)
        if fmt:
            cell.number_format = fmt
        self.inputs.append([sheet.title, cell.coordinate, key])
        return cell

    def write(self, data: UnitFormData) -> None:
        fy, quarter, acts = data.fiscal_year, data.quarter, data.activities
        main = self.wb.active
        assert main is not None
        main.title = ACTIVITY_SHEET
        ind = self.wb.create_sheet(INDICATOR_SHEET)
        meta = self.wb.create_sheet(META_SHEET)
        form_id = uuid.uuid4().hex
        unit_text = f"{data.unit_name} ({data.unit_short_name})" if data.unit_short_name else data.unit_name
        qlabel = quarter_label(fy, quarter)
        self.fix(main, 1, 1, f"แบบรายงานผลการดำเนินงานตาม{data.version_title}", bold=True, box=False)
        self.fix(main, 2, 1, f"{qlabel} ปีงบประมาณ {to_thai_digits(str(fy))}", bold=True, box=False)
        self.fix(main, 3, 1, f"หน่วยงาน {unit_text}", bold=True, box=False)
        self.fix(main, 4, 2, "ผู้รายงาน (ชื่อ สกุล ตำแหน่ง โทรศัพท์)")
        self.fix(main, 5, 2, "วันที่รายงาน (เช่น ๒๐ มี.ค. ๖๖)")
        self.put(main, 4, 5, "reported_by", data.reported_by, "@")
        reported_on = data.reported_on
        self.put(main, 5, 5, "reported_on", format_date_short(reported_on) if reported_on else None, "@")
        self.fix(
            main,
            6,
            2,
            "กรอกเฉพาะช่องสีเหลือง ห้ามแทรก ลบ หรือผสานแถวและคอลัมน์ แบบรายงานที่ถูกแก้โครงสร้างจะนำเข้าไม่ได้ "
            "กิจกรรมที่ยังไม่มีผลให้เว้นว่างทั้งแถว",
            box=False,
        )
        for c, (heading, width) in enumerate(ACTIVITY_COLUMNS, 1):
            self.fix(main, ACTIVITY_HEADER_ROW, c, heading, bold=True).fill = HEADER_FILL
            main.column_dimensions[get_column_letter(c)].width = width
        statuses = DataValidation(
            type="list", formula1='"' + ",".join(th for th, _ in PROGRESS_STATUS_LABELS.values()) + '"'
        )
        money = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
        main.add_data_validation(statuses)
        main.add_data_validation(money)
        r = ACTIVITY_HEADER_ROW + 1
        for fa in acts:
            a, record = fa.activity, fa.reported
            n = str(a.number)
            self.fix(main, r, 1, to_thai_digits(f"{a.number}."))
            self.fix(main, r, 2, a.name)
            quarters = ", ".join(str(q) for q in range(1, 5) if a.quarters & (1 << (q - 1)))
            self.fix(main, r, 3, to_thai_digits(quarters) or "-")
            self.fix(main, r, 4, to_thai_digits(budget_wording(a, True)) or "-")
            status = PROGRESS_STATUS_LABELS[record.status][0] if record else None
            statuses.add(self.put(main, r, 5, f"act:{n}:status", status))
            self.put(main, r, 6, f"act:{n}:done", record.done_text if record else None)
            spent = record.spent_satang / 100 if record and record.spent_satang is not None else None
            money.add(self.put(main, r, 7, f"act:{n}:spent", spent, "#,##0.00"))
            self.put(main, r, 8, f"act:{n}:evidence", record.evidence if record else None)
            self.put(main, r, 9, f"act:{n}:problems", record.problems if record else None)
            r += 1
        main.freeze_panes = f"C{ACTIVITY_HEADER_ROW + 1}"
        self._indicators(ind, acts, qlabel, unit_text)
        for sheet in (main, ind):
            _protect(sheet)
        rows: list[list[str]] = [
            ["meta", "format", FORM_FORMAT],
            ["meta", "form_version", str(FORM_VERSION)],
            ["meta", "form_id", form_id],
            ["meta", "fiscal_year", str(fy)],
            ["meta", "plan_version", str(data.version_number)],
            ["meta", "unit", data.unit_name],
            ["meta", "quarter", str(quarter)],
            ["meta", "created_at", dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()],
            ["meta", "activities", ",".join(str(fa.activity.number) for fa in acts)],
        ]
        rows += [["fixed", *x] for x in self.fixed] + [["input", *x] for x in self.inputs]
        for row in rows:
            meta.append(row)
        meta.append(["checksum", checksum(rows)])
        meta.sheet_state = "veryHidden"
        self.wb.properties.title = (
            f"แบบรายงานผล {data.unit_short_name or data.unit_name} ไตรมาสที่ {quarter}/{fy}"
        )
        self.wb.properties.creator = "EthicsDesk"
        self.wb.properties.identifier = form_id

    def _indicators(
        self,
        sheet: Worksheet,
        acts: tuple[FormActivity, ...],
        qlabel: str,
        unit_text: str,
    ) -> None:
        self.fix(sheet, 1, 1, f"ผลตามตัวชี้วัด {qlabel} หน่วยงาน {unit_text}", bold=True, box=False)
        self.fix(
            sheet,
            2,
            1,
            "กรอกผลสะสมตั้งแต่ต้นปีงบประมาณถึงสิ้นไตรมาส: ร้อยละเป็นตัวเลข ๐-๑๐๐ จำนวนเป็นจำนวนเต็ม "
            "ตัวชี้วัดที่ไม่มีตัวเลขให้เลือกบรรลุหรือไม่บรรลุ",
            box=False,
        )
        for c, (heading, width) in enumerate(INDICATOR_COLUMNS, 1):
            self.fix(sheet, INDICATOR_HEADER_ROW, c, heading, bold=True).fill = HEADER_FILL
            sheet.column_dimensions[get_column_letter(c)].width = width
        met = DataValidation(type="list", formula1='"' + ",".join(MET_WORDS) + '"')
        percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
        count = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
        for v in (met, percent, count):
            sheet.add_data_validation(v)
        r = INDICATOR_HEADER_ROW + 1
        for fa in acts:
            a = fa.activity
            results: dict[int, ReportedResult] = (
                {x.position: x for x in fa.reported.results} if fa.reported else {}
            )
            for i, text in enumerate(a.indicators, 1):
                key = f"ind:{a.number}:{i}"
                old = results.get(i)
                target = parse_target(text)
                self.fix(sheet, r, 1, to_thai_digits(f"{a.number}."))
                self.fix(sheet, r, 2, to_thai_digits(str(i)))
                self.fix(sheet, r, 3, text)
                self.fix(sheet, r, 4, target.label())
                if target.kind == "text":
                    self.fix(sheet, r, 5, "-")
                    word = None if old is None or old.met is None else ("บรรลุ" if old.met else "ไม่บรรลุ")
                    met.add(self.put(sheet, r, 6, f"{key}:met", word))
                else:
                    value = None
                    if old is not None and old.value_hundredths is not None:
                        value = (
                            old.value_hundredths // 100
                            if old.value_hundredths % 100 == 0
                            else old.value_hundredths / 100
                        )
                    (percent if target.kind == "percent" else count).add(
                        self.put(sheet, r, 5, f"{key}:value", value)
                    )
                    self.fix(sheet, r, 6, "-")
                self.put(sheet, r, 7, f"{key}:note", old.note if old and old.note else None)
                r += 1
        sheet.freeze_panes = f"A{INDICATOR_HEADER_ROW + 1}"


def _protect(sheet: Worksheet) -> None:
    """Protected without a password: structure stays, input cells are unlocked, widths may change."""
    p = sheet.protection
    p.sheet = True
    p.formatColumns = False
    p.formatRows = False
    p.insertRows = True
    p.deleteRows = True
    p.insertColumns = True
    p.deleteColumns = True
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
