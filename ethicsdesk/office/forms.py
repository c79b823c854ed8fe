"""Unit forms (.xlsx): a unit reports its quarter's progress without the program, and the secretariat
imports the filled form after seeing what it will change.

A form holds the unit's activities of one plan version and quarter: sheet แบบรายงานผล (one row per
activity: status, what was done, money spent, evidence, problems) and sheet ตัวชี้วัด (one row per
indicator: the result to date, or whether it was met). Only the yellow cells are for input; the sheets
are protected without a password. A very hidden sheet holds the form's id, year, version, unit and
quarter, every fixed cell's text, the place of every input cell, and a checksum of all of it: a form
whose fixed cells, rows or merges were changed is refused, naming the row and the column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlmodel import Session, col, select

from ethicsdesk.documents.common import budget_wording
from ethicsdesk.domain.models import ActionPlan, Activity, Organisation, PlanVersion
from ethicsdesk.domain.progress import (
    PROGRESS_STATUS_LABELS,
    IndicatorResult,
    OrgUnit,
    ProgressRecord,
    ProgressStatus,
    Target,
    number_text,
    parse_result,
    parse_target,
    responsible_units,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.office.word import DEFAULT_FONT
from ethicsdesk.services.progress import (
    CheckedEntry,
    IndicatorEntry,
    ProgressEntry,
    check_entry,
    org_units,
    organisation_of,
    parse_status,
    store,
)
from ethicsdesk.storage.database import Workspace
from ethicsdesk.thai import format_baht, format_date_short, parse_date, quarter_label, to_thai_digits

FORM_FORMAT = "ethicsdesk-unit-form"
FORM_VERSION = 1
ACTIVITY_SHEET = "แบบรายงานผล"
INDICATOR_SHEET = "ตัวชี้วัด"
META_SHEET = "_ethicsdesk"
MET_WORDS = {"บรรลุ": True, "ไม่บรรลุ": False}
SIZE_PT = 14

ACTIVITY_COLUMNS = (
    ("ข้อ", 6),
    ("โครงการ/กิจกรรม", 44),
    ("ไตรมาสตามแผน", 13),
    ("งบประมาณ (บาท)", 16),
    ("สถานะ", 22),
    ("ผลการดำเนินงานในไตรมาสนี้", 44),
    ("เงินที่ใช้จ่ายในไตรมาสนี้ (บาท)", 18),
    ("หลักฐาน", 28),
    ("ปัญหา อุปสรรค เหตุที่ล่าช้าหรือยกเลิก", 34),
)
INDICATOR_COLUMNS = (
    ("ข้อ", 6),
    ("ตัวชี้วัดที่", 9),
    ("ตัวชี้วัด", 60),
    ("เป้าหมาย", 16),
    ("ผลสะสมถึงสิ้นไตรมาส (ตัวเลข)", 20),
    ("บรรลุหรือไม่ (ตัวชี้วัดที่ไม่มีตัวเลข)", 20),
    ("หมายเหตุ", 34),
)
ACTIVITY_HEADER_ROW = 8
INDICATOR_HEADER_ROW = 4
_INPUT = PatternFill("solid", fgColor="FFF2CC")
_HEADER = PatternFill("solid", fgColor="D9D9D9")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


# -- generating -----------------------------------------------------------------------------------------


def generate_unit_form(
    ws: Workspace,
    version_id: int,
    unit: int | str,
    quarter: int,
    path: str | Path,
    *,
    font: str = DEFAULT_FONT,
) -> Path:
    """Write the form of ``unit`` (id, name or short name) for ``quarter`` of the plan version.

    What the unit has already reported for the quarter is filled in, so a corrected form changes only
    what was corrected.
    """
    if quarter not in (1, 2, 3, 4) or isinstance(quarter, bool):
        raise ValidationError(f"ไตรมาสต้องเป็น ๑ ถึง ๔ ไม่ใช่ {quarter}", f"A quarter is 1 to 4, not {quarter}")
    with ws.reading() as s:
        version = s.get(PlanVersion, version_id)
        if version is None:
            raise ValidationError(f"ไม่พบแผนฉบับรหัส {version_id}", f"No plan version with id {version_id}")
        plan = s.get(ActionPlan, version.plan_id)
        assert plan is not None
        acts = list(
            s.exec(
                select(Activity).where(Activity.version_id == version_id).order_by(col(Activity.number))
            ).all()
        )
        the_unit = _find_unit(s, acts, unit)
        units = org_units(s, the_unit.organisation_id)
        mine = [
            a for a in acts if the_unit.id in {u.id for u in responsible_units(a.responsible_unit, units)}
        ]
        if not mine:
            raise ValidationError(
                f"หน่วยงาน «{the_unit.name}» ไม่ได้รับผิดชอบกิจกรรมใดในแผนฉบับนี้",
                f"The unit «{the_unit.name}» is responsible for no activity of this plan version",
            )
        number_of = {a.id: a.number for a in acts}
        existing = _existing(s, [a.id or 0 for a in mine], quarter, the_unit.id)
    form = _FormWriter(font)
    form.write(plan.fiscal_year, version, the_unit, quarter, mine, number_of, existing)
    out = Path(path)
    form.wb.save(str(out))
    return out


def _find_unit(s: Session, acts: list[Activity], unit: int | str) -> OrgUnit:
    if isinstance(unit, int) and not isinstance(unit, bool):
        found = s.get(OrgUnit, unit)
    else:
        org = organisation_of(s, acts[0]) if acts else None
        found = None
        if org is not None:
            found = next((u for u in org_units(s, org) if str(unit).strip() in (u.name, u.short_name)), None)
    if found is None:
        raise ValidationError(f"ไม่พบหน่วยงาน «{unit}»", f"No unit «{unit}»")
    return found


def _existing(
    s: Session, activity_ids: list[int], quarter: int, unit_id: int | None
) -> dict[int, tuple[ProgressRecord, dict[int, IndicatorResult]]]:
    out: dict[int, tuple[ProgressRecord, dict[int, IndicatorResult]]] = {}
    for r in s.exec(
        select(ProgressRecord).where(
            col(ProgressRecord.activity_id).in_(activity_ids),
            ProgressRecord.quarter == quarter,
            ProgressRecord.unit_id == unit_id,
        )
    ).all():
        results = s.exec(select(IndicatorResult).where(IndicatorResult.record_id == r.id)).all()
        out[r.activity_id] = (r, {x.position: x for x in results})
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
        cell.alignment = _WRAP
        if box:
            cell.border = _BOX
        self.fixed.append([sheet.title, cell.coordinate, text])
        return cell

    def put(
        self, sheet: Worksheet, row: int, column: int, key: str, value: Any = None, fmt: str = ""
    ) -> Cell:
        cell = sheet.cell(row=row, column=column, value=value)
        assert isinstance(cell, Cell)
        cell.font = self.font
        cell.alignment = _WRAP
        cell.border = _BOX
        cell.fill = _INPUT
        cell.protection = Protection(locked=False)
        if fmt:
            cell.number_format = fmt
        self.inputs.append([sheet.title, cell.coordinate, key])
        return cell

    def write(
        self,
        fy: int,
        version: PlanVersion,
        unit: OrgUnit,
        quarter: int,
        acts: list[Activity],
        number_of: dict[int | None, int],
        existing: dict[int, tuple[ProgressRecord, dict[int, IndicatorResult]]],
    ) -> None:
        main = self.wb.active
        assert main is not None
        main.title = ACTIVITY_SHEET
        ind = self.wb.create_sheet(INDICATOR_SHEET)
        meta = self.wb.create_sheet(META_SHEET)
        form_id = uuid.uuid4().hex
        unit_text = f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name
        qlabel = quarter_label(fy, quarter)
        self.fix(main, 1, 1, f"แบบรายงานผลการดำเนินงานตาม{version.title}", bold=True, box=False)
        self.fix(main, 2, 1, f"{qlabel} ปีงบประมาณ {to_thai_digits(str(fy))}", bold=True, box=False)
        self.fix(main, 3, 1, f"หน่วยงาน {unit_text}", bold=True, box=False)
        self.fix(main, 4, 2, "ผู้รายงาน (ชื่อ สกุล ตำแหน่ง โทรศัพท์)")
        self.fix(main, 5, 2, "วันที่รายงาน (เช่น ๒๐ มี.ค. ๖๖)")
        first = next(iter(existing.values()), None)
        self.put(main, 4, 5, "reported_by", first[0].reported_by if first else None, "@")
        reported_on = first[0].reported_on if first else None
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
            self.fix(main, ACTIVITY_HEADER_ROW, c, heading, bold=True).fill = _HEADER
            main.column_dimensions[get_column_letter(c)].width = width
        statuses = DataValidation(
            type="list", formula1='"' + ",".join(th for th, _ in PROGRESS_STATUS_LABELS.values()) + '"'
        )
        money = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
        main.add_data_validation(statuses)
        main.add_data_validation(money)
        r = ACTIVITY_HEADER_ROW + 1
        for a in acts:
            record = existing.get(a.id or 0, (None, {}))[0]
            n = str(a.number)
            self.fix(main, r, 1, to_thai_digits(f"{a.number}."))
            self.fix(main, r, 2, a.name)
            quarters = ", ".join(str(q) for q in range(1, 5) if a.quarters & (1 << (q - 1)))
            self.fix(main, r, 3, to_thai_digits(quarters) or "-")
            self.fix(main, r, 4, to_thai_digits(budget_wording(a, number_of, True)) or "-")
            status = PROGRESS_STATUS_LABELS[record.status][0] if record else None
            statuses.add(self.put(main, r, 5, f"act:{n}:status", status))
            self.put(main, r, 6, f"act:{n}:done", record.done_text if record else None)
            spent = record.spent_satang / 100 if record and record.spent_satang is not None else None
            money.add(self.put(main, r, 7, f"act:{n}:spent", spent, "#,##0.00"))
            self.put(main, r, 8, f"act:{n}:evidence", record.evidence if record else None)
            self.put(main, r, 9, f"act:{n}:problems", record.problems if record else None)
            r += 1
        main.freeze_panes = f"C{ACTIVITY_HEADER_ROW + 1}"
        self._indicators(ind, acts, existing, qlabel, unit_text)
        for sheet in (main, ind):
            _protect(sheet)
        rows: list[list[str]] = [
            ["meta", "format", FORM_FORMAT],
            ["meta", "form_version", str(FORM_VERSION)],
            ["meta", "form_id", form_id],
            ["meta", "fiscal_year", str(fy)],
            ["meta", "plan_version", str(version.number)],
            ["meta", "unit", unit.name],
            ["meta", "quarter", str(quarter)],
            ["meta", "created_at", dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()],
            ["meta", "activities", ",".join(str(a.number) for a in acts)],
        ]
        rows += [["fixed", *x] for x in self.fixed] + [["input", *x] for x in self.inputs]
        for row in rows:
            meta.append(row)
        meta.append(["checksum", _checksum(rows)])
        meta.sheet_state = "veryHidden"
        self.wb.properties.title = f"แบบรายงานผล {unit.short_name or unit.name} ไตรมาสที่ {quarter}/{fy}"
        self.wb.properties.creator = "EthicsDesk"
        self.wb.properties.identifier = form_id

    def _indicators(
        self,
        sheet: Worksheet,
        acts: list[Activity],
        existing: dict[int, tuple[ProgressRecord, dict[int, IndicatorResult]]],
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
            self.fix(sheet, INDICATOR_HEADER_ROW, c, heading, bold=True).fill = _HEADER
            sheet.column_dimensions[get_column_letter(c)].width = width
        met = DataValidation(type="list", formula1='"' + ",".join(MET_WORDS) + '"')
        percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100")
        count = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
        for v in (met, percent, count):
            sheet.add_data_validation(v)
        r = INDICATOR_HEADER_ROW + 1
        for a in acts:
            results = existing.get(a.id or 0, (None, {}))[1]
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


def _checksum(rows: list[list[str]]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()


# -- reading ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilledIndicator:
    position: int
    value: int | None  # hundredths
    met: bool | None
    note: str


@dataclass(frozen=True)
class FilledActivity:
    number: int
    name: str
    indicators_text: tuple[str, ...]
    status: ProgressStatus | None  # None: the row was left empty
    done: str
    spent_satang: int | None
    evidence: str
    problems: str
    results: tuple[FilledIndicator, ...]

    @property
    def empty(self) -> bool:
        return (
            self.status is None
            and not (self.done or self.evidence or self.problems)
            and self.spent_satang is None
            and not any(r.value is not None or r.met is not None or r.note for r in self.results)
        )


@dataclass(frozen=True)
class FilledForm:
    """A unit form as read and checked against its own structure (not yet against the records)."""

    form_id: str
    fiscal_year: int
    plan_version: int
    unit: str
    quarter: int
    reported_by: str
    reported_on: dt.date | None
    activities: tuple[FilledActivity, ...]


def _form_error(path: Path, th: str, en: str) -> ValidationError:
    return ValidationError(f"แบบรายงาน «{path.name}»: {th}", f"Form «{path.name}»: {en}")


def _column_name(sheet: str, column: int) -> str:
    columns = ACTIVITY_COLUMNS if sheet == ACTIVITY_SHEET else INDICATOR_COLUMNS
    return columns[column - 1][0] if column <= len(columns) else ""


def _place(sheet: str, coordinate: str) -> tuple[str, str]:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    letter, row = coordinate_from_string(coordinate)
    name = _column_name(sheet, column_index_from_string(letter))
    header_row = ACTIVITY_HEADER_ROW if sheet == ACTIVITY_SHEET else INDICATOR_HEADER_ROW
    label = f" ({name})" if name and row > header_row else ""
    return (
        f"แผ่นงาน «{sheet}» แถว {row} คอลัมน์ {letter}{label}",
        f"sheet «{sheet}», row {row}, column {letter}{label}",
    )


def read_form(path: str | Path) -> FilledForm:
    """Open a filled form and check its structure; raise ValidationError naming what was altered."""
    path = Path(path)
    try:
        wb = load_workbook(str(path), data_only=True)
    except FileNotFoundError:
        raise ValidationError(f"ไม่พบแฟ้ม «{path}»", f"File «{path}» not found") from None
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise _form_error(
            path,
            "ไม่ใช่แฟ้ม Excel (.xlsx) ที่อ่านได้",
            f"not a readable Excel (.xlsx) file ({exc.__class__.__name__})",
        ) from None
    if META_SHEET not in wb.sheetnames:
        raise _form_error(path, "ไม่ใช่แบบรายงานที่ EthicsDesk สร้าง", "not a form made by EthicsDesk")
    rows = [
        [("" if v is None else str(v)) for v in row] for row in wb[META_SHEET].iter_rows(values_only=True)
    ]
    rows = [row[: next((i for i in range(len(row), 0, -1) if row[i - 1] != ""), 0)] for row in rows]
    if not rows or rows[-1][:1] != ["checksum"] or len(rows[-1]) < 2 or _checksum(rows[:-1]) != rows[-1][1]:
        raise _form_error(
            path,
            "ข้อมูลควบคุมของแบบรายงานถูกแก้ไข จึงนำเข้าไม่ได้ กรุณาใช้แบบรายงานที่โปรแกรมสร้างให้",
            "the form's control data was altered, so it cannot be imported; use the form the program made",
        )
    meta = {row[1]: (row[2] if len(row) > 2 else "") for row in rows if row[0] == "meta"}
    if meta.get("format") != FORM_FORMAT or meta.get("form_version") != str(FORM_VERSION):
        raise _form_error(
            path, "เป็นแบบรายงานรุ่นที่โปรแกรมนี้ไม่รู้จัก", "the form is of a version this program does not know"
        )
    for name in (ACTIVITY_SHEET, INDICATOR_SHEET):
        if name not in wb.sheetnames:
            raise _form_error(path, f"ไม่พบแผ่นงาน «{name}» (อาจถูกเปลี่ยนชื่อหรือลบ)", f"sheet «{name}» is missing")
        merged = list(wb[name].merged_cells.ranges)
        if merged:
            th, en = _place(name, str(merged[0]).split(":")[0])
            raise _form_error(
                path,
                f"{th}: มีการผสานเซลล์ {merged[0]} ซึ่งแบบรายงานไม่อนุญาต",
                f"{en}: cells {merged[0]} were merged, which the form does not allow",
            )
    known: dict[tuple[str, str], str] = {}
    for row in rows:
        if row[0] == "fixed":
            sheet, coordinate, text = row[1], row[2], row[3] if len(row) > 3 else ""
            known[(sheet, coordinate)] = "fixed"
            value = wb[sheet][coordinate].value
            found = "" if value is None else str(value)
            if found != text:
                th, en = _place(sheet, coordinate)
                raise _form_error(
                    path,
                    f"{th}: ข้อความที่ล็อกไว้ถูกแก้ไขหรือมีการแทรก/ลบแถว (ควรเป็น «{text}» แต่พบ «{found}»)",
                    f"{en}: a fixed cell was changed, or rows were inserted or deleted "
                    f"(expected «{text}», found «{found}»)",
                )
        elif row[0] == "input":
            known[(row[1], row[2])] = row[3]
    for name in (ACTIVITY_SHEET, INDICATOR_SHEET):
        for line in wb[name].iter_rows():
            for cell in line:
                if cell.value not in (None, "") and (name, cell.coordinate) not in known:
                    th, en = _place(name, cell.coordinate)
                    raise _form_error(
                        path,
                        f"{th}: มีข้อมูลนอกช่องที่ให้กรอก «{cell.value}»",
                        f"{en}: there is data outside the input cells «{cell.value}»",
                    )
    values: dict[str, tuple[Cell, str, str]] = {}
    for (sheet, coordinate), key in known.items():
        if key != "fixed":
            cell = wb[sheet][coordinate]
            assert isinstance(cell, Cell)
            values[key] = (cell, *_place(sheet, coordinate))
    fixed_text = {(r[1], r[2]): (r[3] if len(r) > 3 else "") for r in rows if r[0] == "fixed"}
    try:
        return _filled(meta, values, fixed_text)
    except ValidationError as exc:
        raise _form_error(path, exc.th, exc.en) from None


def _text(cell: Cell) -> str:
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def _filled(
    meta: dict[str, str], values: dict[str, tuple[Cell, str, str]], fixed: dict[tuple[str, str], str]
) -> FilledForm:
    numbers = [int(n) for n in meta.get("activities", "").split(",") if n]
    activities = []
    for i, number in enumerate(numbers):
        row = ACTIVITY_HEADER_ROW + 1 + i
        name = fixed.get((ACTIVITY_SHEET, f"B{row}"), "")
        notes = sorted(
            (k for k in values if k.startswith(f"ind:{number}:") and k.endswith(":note")),
            key=lambda k: int(k.split(":")[2]),
        )
        texts = tuple(fixed.get((INDICATOR_SHEET, f"C{values[k][0].row}"), "") for k in notes)
        status_cell, sth, sen = values[f"act:{number}:status"]
        status_text = _text(status_cell)
        status = parse_status(status_text, sth, sen) if status_text else None
        spent_cell, mth, men = values[f"act:{number}:spent"]
        results = []
        for position, text in enumerate(texts, 1):
            key = f"ind:{number}:{position}"
            target = parse_target(text)
            value = met = None
            if f"{key}:value" in values:
                value = _result(*values[f"{key}:value"], target)
            if f"{key}:met" in values:
                met = _met(*values[f"{key}:met"])
            note = _text(values[f"{key}:note"][0])
            results.append(FilledIndicator(position, value, met, note))
        activities.append(
            FilledActivity(
                number,
                name,
                texts,
                status,
                _text(values[f"act:{number}:done"][0]),
                _money(spent_cell, mth, men),
                _text(values[f"act:{number}:evidence"][0]),
                _text(values[f"act:{number}:problems"][0]),
                tuple(results),
            )
        )
    return FilledForm(
        meta["form_id"],
        int(meta["fiscal_year"]),
        int(meta["plan_version"]),
        meta["unit"],
        int(meta["quarter"]),
        _text(values["reported_by"][0]),
        _date(*values["reported_on"]),
        tuple(activities),
    )


def _result(cell: Cell, th: str, en: str, target: Target) -> int | None:
    v = cell.value
    if isinstance(v, int | float) and not isinstance(v, bool) and "%" in (cell.number_format or ""):
        v = Decimal(str(v)) * 100  # typed as "85%": Excel keeps 0.85
    return parse_result(v, target, th, en)


def _met(cell: Cell, th: str, en: str) -> bool | None:
    text = _text(cell)
    if not text:
        return None
    if text not in MET_WORDS:
        raise ValidationError(
            f"{th}: เลือก «บรรลุ» หรือ «ไม่บรรลุ» ไม่ใช่ «{text}»", f"{en}: choose บรรลุ or ไม่บรรลุ, not «{text}»"
        )
    return MET_WORDS[text]


def _money(cell: Cell, th: str, en: str) -> int | None:
    from ethicsdesk.thai.money import parse_baht

    v = cell.value
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    text = f"{Decimal(str(v)):f}" if isinstance(v, int | float) and not isinstance(v, bool) else str(v)
    try:
        return parse_baht(text)
    except ValidationError as exc:
        raise ValidationError(f"{th}: {exc.th}", f"{en}: {exc.en}") from None


def _date(cell: Cell, th: str, en: str) -> dt.date | None:
    v = cell.value
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, dt.datetime | dt.date):
        day = v.date() if isinstance(v, dt.datetime) else v
        # A Buddhist-era year typed into a Christian-era calendar (2566 for 2023).
        return day.replace(year=day.year - 543) if day.year >= 2400 else day
    try:
        return parse_date(str(v))
    except ValidationError as exc:
        raise ValidationError(f"{th}: {exc.th}", f"{en}: {exc.en}") from None


# -- importing -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormChange:
    """One field that importing the form changes (old and new as the user reads them)."""

    activity_number: int
    activity_name: str
    quarter: int
    unit: str
    field: str  # status, done_text, spent, evidence, problems, reported_by, reported_on, indicator:N, indicator:N:note
    label_th: str
    label_en: str
    old: str
    new: str


_LABELS = {
    "status": ("สถานะ", "status"),
    "done_text": ("ผลการดำเนินงาน", "what was done"),
    "spent": ("เงินที่ใช้จ่าย", "money spent"),
    "evidence": ("หลักฐาน", "evidence"),
    "problems": ("ปัญหา อุปสรรค", "problems"),
    "reported_by": ("ผู้รายงาน", "reported by"),
    "reported_on": ("วันที่รายงาน", "reported on"),
}


def preview_form_import(
    ws: Workspace,
    path: str | Path,
    *,
    fiscal_year: int | None = None,
    unit: int | str | None = None,
    quarter: int | None = None,
    today: dt.date | None = None,
) -> list[FormChange]:
    """What importing the form would change, field by field; nothing is written.

    ``fiscal_year``, ``unit`` and ``quarter``, when given, are what the user is collecting: a form of
    another year, unit or quarter is refused. Raises ValidationError for a form that cannot be imported.
    """
    form = read_form(path)
    with ws.reading() as s:
        plan = _plan(s, form, fiscal_year, unit, quarter, today or dt.date.today())
    return [c for _, changes in plan for c in changes]


def apply_form_import(
    ws: Workspace,
    path: str | Path,
    *,
    expected: list[FormChange] | None = None,
    fiscal_year: int | None = None,
    unit: int | str | None = None,
    quarter: int | None = None,
    today: dt.date | None = None,
) -> list[FormChange]:
    """Import the form in one transaction and return what changed. With ``expected`` (the preview the
    user confirmed), refuse if the records changed meanwhile so that the form would now change other things."""
    form = read_form(path)
    with ws.transaction() as s:
        plan = _plan(s, form, fiscal_year, unit, quarter, today or dt.date.today())
        changes = [c for _, cs in plan for c in cs]
        if expected is not None and changes != expected:
            raise ValidationError(
                "ข้อมูลในแฟ้มเปลี่ยนไปหลังจากตรวจดูแบบรายงาน จึงยังไม่ได้นำเข้า กรุณาตรวจดูอีกครั้ง",
                "The records changed after the form was previewed, so nothing was imported; preview it again",
            )
        for entry, cs in plan:
            if cs:
                store(s, entry)
    return changes


def _plan(
    s: Session,
    form: FilledForm,
    fiscal_year: int | None,
    unit: int | str | None,
    quarter: int | None,
    today: dt.date,
) -> list[tuple[CheckedEntry, list[FormChange]]]:
    """Check the form against the records; each filled activity's checked entry and its changes."""
    fy_th = to_thai_digits(str(form.fiscal_year))
    if fiscal_year is not None and fiscal_year != form.fiscal_year:
        raise ValidationError(
            f"แบบรายงานนี้เป็นของปีงบประมาณ {fy_th} ไม่ใช่ปี {to_thai_digits(str(fiscal_year))} ที่กำลังรวบรวม",
            f"This form is for fiscal year {form.fiscal_year}, not {fiscal_year} being collected",
        )
    if quarter is not None and quarter != form.quarter:
        raise ValidationError(
            f"แบบรายงานนี้เป็นของไตรมาสที่ {to_thai_digits(str(form.quarter))} ไม่ใช่ไตรมาสที่ {to_thai_digits(str(quarter))}",
            f"This form is for quarter {form.quarter}, not quarter {quarter}",
        )
    plan = s.exec(select(ActionPlan).where(ActionPlan.fiscal_year == form.fiscal_year)).first()
    if plan is None:
        raise ValidationError(
            f"แบบรายงานนี้เป็นของปีงบประมาณ {fy_th} แต่แฟ้มข้อมูลนี้ไม่มีแผนของปีนั้น",
            f"This form is for fiscal year {form.fiscal_year}, but this workspace has no plan for that year",
        )
    versions = s.exec(
        select(PlanVersion).where(PlanVersion.plan_id == plan.id).order_by(col(PlanVersion.number))
    ).all()
    version = next((v for v in versions if v.number == form.plan_version), None)
    if version is None or version.number != versions[-1].number:
        raise ValidationError(
            f"แบบรายงานนี้สร้างจากแผนปี {fy_th} ฉบับที่ {to_thai_digits(str(form.plan_version))} ซึ่งไม่ใช่ฉบับปัจจุบัน "
            "กรุณาส่งแบบรายงานที่สร้างจากแผนฉบับปัจจุบันให้หน่วยงานกรอกใหม่",
            f"This form was made from version {form.plan_version} of plan {form.fiscal_year}, which is not the "
            "current version; send the unit a form made from the current version",
        )
    org = s.exec(select(Organisation).where(Organisation.id == _organisation_id(s, plan))).first()
    units = org_units(s, org.id or 0) if org else []
    the_unit = next((u for u in units if u.name == form.unit), None)
    if the_unit is None:
        raise ValidationError(
            f"ไม่พบหน่วยงาน «{form.unit}» ของแบบรายงานนี้ในรายชื่อหน่วยงาน",
            f"The form's unit «{form.unit}» is not in the list of units",
        )
    if unit is not None and unit not in (the_unit.id, the_unit.name, the_unit.short_name):
        raise ValidationError(
            f"แบบรายงานนี้เป็นของหน่วยงาน «{the_unit.name}» ไม่ใช่ «{unit}»",
            f"This form belongs to the unit «{the_unit.name}», not «{unit}»",
        )
    acts = {a.number: a for a in s.exec(select(Activity).where(Activity.version_id == version.id)).all()}
    out = []
    for filled in form.activities:
        a = acts.get(filled.number)
        if a is None:
            raise ValidationError(
                f"แบบรายงานมีผลของกิจกรรมข้อ {to_thai_digits(str(filled.number))} ซึ่งไม่มีในแผน",
                f"The form has a result for activity {filled.number}, which is not in the plan",
            )
        if a.name != filled.name or tuple(a.indicators) != filled.indicators_text:
            raise ValidationError(
                f"กิจกรรมข้อ {to_thai_digits(str(a.number))} ในแบบรายงานไม่ตรงกับแผน (ชื่อหรือตัวชี้วัดถูกแก้ไขหลังสร้างแบบรายงาน) "
                "กรุณาสร้างแบบรายงานใหม่",
                f"Activity {a.number} on the form differs from the plan (its name or indicators changed after the "
                "form was made); make a new form",
            )
        if filled.empty:
            continue
        if filled.status is None:
            raise ValidationError(
                f"กิจกรรมข้อ {to_thai_digits(str(a.number))}: กรอกผลไว้แต่ยังไม่ได้เลือกสถานะ",
                f"Activity {a.number}: results are filled in but no status was chosen",
            )
        entry = ProgressEntry(
            activity_id=a.id or 0,
            quarter=form.quarter,
            status=filled.status,
            unit_id=the_unit.id,
            done_text=filled.done,
            spent=filled.spent_satang,
            evidence=filled.evidence,
            problems=filled.problems,
            reported_by=form.reported_by,
            reported_on=form.reported_on,
            results=tuple(
                IndicatorEntry(
                    r.position,
                    None if r.value is None else Decimal(r.value) / 100,
                    r.met,
                    r.note,
                )
                for r in filled.results
            ),
            form_id=form.form_id,
        )
        checked = check_entry(s, entry, today)
        out.append((checked, _changes(s, checked, the_unit)))
    return out


def _organisation_id(s: Session, plan: ActionPlan) -> int:
    from ethicsdesk.domain.models import Committee

    committee = s.get(Committee, plan.committee_id)
    assert committee is not None
    return committee.organisation_id


def _changes(s: Session, c: CheckedEntry, unit: OrgUnit) -> list[FormChange]:
    old = s.exec(
        select(ProgressRecord).where(
            ProgressRecord.activity_id == c.activity.id,
            ProgressRecord.quarter == c.quarter,
            ProgressRecord.unit_id == unit.id,
        )
    ).first()
    old_results = {}
    if old is not None:
        old_results = {
            x.position: x
            for x in s.exec(select(IndicatorResult).where(IndicatorResult.record_id == old.id)).all()
        }

    def status(x: ProgressStatus | None) -> str:
        return "" if x is None else PROGRESS_STATUS_LABELS[x][0]

    def money(x: int | None) -> str:
        return "" if x is None else format_baht(x, thai_digits=False)

    def day(x: dt.date | None) -> str:
        return "" if x is None else format_date_short(x, thai_digits=False)

    pairs = [
        ("status", status(old.status if old else None), status(c.status)),
        ("done_text", old.done_text if old else "", c.done_text),
        ("spent", money(old.spent_satang if old else None), money(c.spent_satang)),
        ("evidence", old.evidence if old else "", c.evidence),
        ("problems", old.problems if old else "", c.problems),
        ("reported_by", old.reported_by if old else "", c.reported_by),
        ("reported_on", day(old.reported_on if old else None), day(c.reported_on)),
    ]
    labels = dict(_LABELS)
    new_results = {r.position: r for r in c.results}
    for position in sorted(set(old_results) | set(new_results)):
        before, after = old_results.get(position), new_results.get(position)
        key = f"indicator:{position}"
        labels[key] = (f"ผลตัวชี้วัดที่ {position}", f"indicator {position}")
        labels[f"{key}:note"] = (f"หมายเหตุตัวชี้วัดที่ {position}", f"note on indicator {position}")
        pairs.append((key, _result_text(before), _result_text(after)))
        pairs.append((f"{key}:note", before.note if before else "", after.note if after else ""))
    who = unit.short_name or unit.name
    return [
        FormChange(c.activity.number, c.activity.name, c.quarter, who, key, *labels[key], a, b)
        for key, a, b in pairs
        if a != b
    ]


def _result_text(x: Any) -> str:
    if x is None:
        return ""
    if x.value_hundredths is not None:
        return number_text(x.value_hundredths)
    if x.met is not None:
        return "บรรลุ" if x.met else "ไม่บรรลุ"
    return ""
