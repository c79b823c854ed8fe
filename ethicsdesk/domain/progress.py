"""Following the plan through the year: the rules of progress records (statuses, indicator targets and
results, which units report on an activity), free of the ORM so that the documents can use them; the
tables (``OrgUnit``, ``ProgressRecord``, ``IndicatorResult``) are in ``ethicsdesk.domain.models``.

A progress record (รายงานความก้าวหน้า) is one activity in one fiscal quarter, reported either for the
activity as a whole or by one of the organisation's units (for activities run by "ทุกหน่วยงานในสังกัด").
Indicator results are cumulative to the end of the quarter; money spent is what was spent in that
quarter, so a year's spending is the sum of its quarters. Results are integer hundredths (8550 is
85.5), as money is integer satang.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Literal, Protocol, TypeVar

from ethicsdesk.errors import ValidationError
from ethicsdesk.thai.digits import prepare_input, to_thai_digits

#: A unit name that means every unit of the organisation (ทุกหน่วยงานในสังกัด กสอ.).
EVERY_UNIT = "ทุกหน่วยงาน"


class ProgressStatus(StrEnum):
    """Where an activity stands at the end of a quarter."""

    NOT_STARTED = "not_started"
    UNDER_WAY = "under_way"
    DONE = "done"
    CANCELLED = "cancelled"


PROGRESS_STATUS_LABELS: dict[ProgressStatus, tuple[str, str]] = {
    ProgressStatus.NOT_STARTED: ("ยังไม่เริ่มดำเนินการ", "Not started"),
    ProgressStatus.UNDER_WAY: ("อยู่ระหว่างดำเนินการ", "Under way"),
    ProgressStatus.DONE: ("ดำเนินการแล้วเสร็จ", "Done"),
    ProgressStatus.CANCELLED: ("ยกเลิก", "Cancelled"),
}


def parse_status(value: ProgressStatus | str, th: str, en: str) -> ProgressStatus:
    """A status by value ("done") or by its Thai or English label; ``th``/``en`` name where it was read."""
    if isinstance(value, ProgressStatus):
        return value
    text = (value or "").strip()
    for status, (label_th, label_en) in PROGRESS_STATUS_LABELS.items():
        if text in (status.value, label_th) or text.lower() == label_en.lower():
            return status
    choices = ", ".join(label for label, _ in PROGRESS_STATUS_LABELS.values())
    if not text:
        raise ValidationError(f"{th}: กรุณาเลือกสถานะ ({choices})", f"{en}: please choose a status")
    raise ValidationError(
        f"{th}: ไม่รู้จักสถานะ «{text}» (เลือกได้: {choices})",
        f"{en}: unknown status «{text}» (one of: {', '.join(x for _, x in PROGRESS_STATUS_LABELS.values())})",
    )


# -- indicators -----------------------------------------------------------------------------------

TargetKind = Literal["percent", "count", "text"]
_PERCENT = re.compile(r"ร้อยละ\s*([0-9]+(?:\.[0-9]+)?)")
_COUNT_UNITS = ("กิจกรรม", "ครั้ง", "เรื่อง", "โครงการ", "คน", "หน่วยงาน", "ฉบับ", "ช่องทาง", "หลักสูตร")
_COUNT = re.compile(r"([0-9]+)\s*(" + "|".join(_COUNT_UNITS) + ")")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


@dataclass(frozen=True)
class Target:
    """What an indicator asks for: "ร้อยละ ๘๐" (percent, 8000), "๒ กิจกรรม" (count, 200), or words only."""

    kind: TargetKind
    hundredths: int | None = None
    unit: str = ""

    def label(self, thai_digits: bool = True) -> str:
        if self.kind == "text" or self.hundredths is None:
            return "-"
        return format_result(self.hundredths, self, thai_digits)


def parse_target(indicator: str) -> Target:
    """The target an indicator's text states; the seed's are percentages and counts "at least N"."""
    text = prepare_input(indicator)
    if m := _PERCENT.search(text):
        return Target("percent", _hundredths(m.group(1)), "%")
    if m := _COUNT.search(text):
        return Target("count", int(m.group(1)) * 100, m.group(2))
    return Target("text")


def _hundredths(text: str) -> int:
    return int((Decimal(text) * 100).to_integral_value())


def format_result(hundredths: int, target: Target, thai_digits: bool = True) -> str:
    """A result as the documents print it: "ร้อยละ ๘๕.๕", "๒ กิจกรรม"."""
    whole, rest = divmod(hundredths, 100)
    number = f"{whole:,}" if not rest else f"{whole:,}.{rest:02d}".rstrip("0")
    text = f"ร้อยละ {number}" if target.kind == "percent" else f"{number} {target.unit}".strip()
    return to_thai_digits(text) if thai_digits else text


def number_text(hundredths: int) -> str:
    """Hundredths as a plain decimal ("85.5", "2"), as the interchange file writes them."""
    whole, rest = divmod(hundredths, 100)
    return str(whole) if not rest else f"{whole}.{rest:02d}".rstrip("0")


def parse_result(value: object, target: Target, where_th: str, where_en: str) -> int | None:
    """A reported result (number or text in either digit set) as hundredths; None when left empty.

    A percentage must be 0 to 100, a count a whole number that is not negative; an indicator without a
    number takes no result (its ``met`` says whether it was achieved).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if target.kind == "text":
        raise ValidationError(
            f"{where_th}: ตัวชี้วัดนี้ไม่มีค่าเป้าหมายเป็นตัวเลข ให้ระบุว่าบรรลุหรือไม่แทนการกรอกตัวเลข",
            f"{where_en}: this indicator has no numeric target; say whether it was met instead of a number",
        )
    if isinstance(value, bool):
        raise ValidationError(f"{where_th}: ต้องเป็นตัวเลข", f"{where_en}: must be a number")
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
    elif isinstance(value, str):
        cleaned = prepare_input(value).replace("ร้อยละ", "").replace("%", "").replace(",", "")
        cleaned = cleaned.replace(target.unit, "").strip() if target.unit else cleaned.strip()
        if not _NUMBER.fullmatch(cleaned.lstrip("-")):
            raise ValidationError(
                f"{where_th}: «{value}» ไม่ใช่ตัวเลข", f"{where_en}: «{value}» is not a number"
            )
        try:
            number = Decimal(cleaned)
        except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
            raise ValidationError(f"{where_th}: ต้องเป็นตัวเลข", f"{where_en}: must be a number") from None
    else:
        raise ValidationError(f"{where_th}: ต้องเป็นตัวเลข", f"{where_en}: must be a number")
    shown = to_thai_digits(f"{number.normalize():f}")
    if number < 0:
        raise ValidationError(
            f"{where_th}: ผลตามตัวชี้วัดติดลบไม่ได้ ({shown})",
            f"{where_en}: a result cannot be negative ({number.normalize():f})",
        )
    if target.kind == "percent" and number > 100:
        raise ValidationError(
            f"{where_th}: ร้อยละต้องอยู่ระหว่าง ๐ ถึง ๑๐๐ (กรอกไว้ {shown})",
            f"{where_en}: a percentage must be 0 to 100 (got {number.normalize():f})",
        )
    if target.kind == "count" and number != number.to_integral_value():
        raise ValidationError(
            f"{where_th}: จำนวน{target.unit}ต้องเป็นจำนวนเต็ม (กรอกไว้ {shown})",
            f"{where_en}: a count must be a whole number (got {number.normalize():f})",
        )
    scaled = number * 100
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            f"{where_th}: ทศนิยมได้ไม่เกิน ๒ ตำแหน่ง", f"{where_en}: at most two decimal places are allowed"
        )
    if scaled > 10**12:
        raise ValidationError(f"{where_th}: ตัวเลขมากเกินไป", f"{where_en}: the number is too large")
    return int(scaled)


def is_met(hundredths: int | None, met: bool | None, target: Target) -> bool | None:
    """Whether a result reaches its target ("at least"); None when nothing says."""
    if target.kind == "text" or target.hundredths is None:
        return met
    if hundredths is None:
        return None
    return hundredths >= target.hundredths


# -- units --------------------------------------------------------------------------------------------


def _key(text: str) -> str:
    return prepare_input(text).replace(" ", "")


class NamedUnit(Protocol):
    """What the rules read of a unit of the organisation (the stored row, or a snapshot of it)."""

    @property
    def name(self) -> str: ...

    @property
    def short_name(self) -> str: ...


U = TypeVar("U", bound=NamedUnit)


def responsible_units(responsible: str, units: list[U]) -> list[U]:
    """The units that report on an activity, read from its ``responsible_unit`` text.

    "ทุกหน่วยงานในสังกัด …" means every unit; otherwise the units named (by name or short name, several
    separated by "," "/" or "และ"). An empty list means the activity is reported as a whole.
    """
    if EVERY_UNIT in prepare_input(responsible):
        return list(units)
    by_key: dict[str, U] = {}
    for u in units:
        for name in (u.name, u.short_name):
            if name.strip():
                by_key.setdefault(_key(name), u)
    whole = by_key.get(_key(responsible))
    if whole is not None:
        return [whole]
    found: list[U] = []
    for part in re.split(r"[,/]|\sและ", prepare_input(responsible)):
        u = by_key.get(_key(part))
        if u is not None and u not in found:
            found.append(u)
    return found


def unit_label(unit: NamedUnit | None) -> str:
    """How documents name a unit: its short name, or its name."""
    if unit is None:
        return ""
    return unit.short_name or unit.name
