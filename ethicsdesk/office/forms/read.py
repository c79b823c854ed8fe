"""Reading a filled form: every input cell checked, and the form's fixed cells against its checksum.

Pure: the result (``ethicsdesk.domain.unit_form.FilledForm``) is checked against the records by
``ethicsdesk.services.progress_forms``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from ethicsdesk.domain.progress import Target, parse_result, parse_status, parse_target
from ethicsdesk.domain.unit_form import FilledActivity, FilledForm, FilledIndicator
from ethicsdesk.errors import ValidationError
from ethicsdesk.office.forms.layout import (
    ACTIVITY_COLUMNS,
    ACTIVITY_HEADER_ROW,
    ACTIVITY_SHEET,
    FORM_FORMAT,
    FORM_VERSION,
    INDICATOR_COLUMNS,
    INDICATOR_HEADER_ROW,
    INDICATOR_SHEET,
    MET_WORDS,
    META_SHEET,
    checksum,
)
from ethicsdesk.thai import parse_date


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
    if not rows or rows[-1][:1] != ["checksum"] or len(rows[-1]) < 2 or checksum(rows[:-1]) != rows[-1][1]:
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


__all__ = ["FilledActivity", "FilledForm", "FilledIndicator", "read_form"]
