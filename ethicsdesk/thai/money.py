"""Amounts of money in baht, held as whole satang (1 baht = 100 satang), never as floats."""

from __future__ import annotations

import re

from ethicsdesk.errors import ParseError, ValidationError
from ethicsdesk.thai.digits import prepare_input, to_thai_digits

SATANG_PER_BAHT = 100
MAX_BAHT = 10**12  # a larger amount is a typing slip, not a budget
MAX_SATANG = MAX_BAHT * SATANG_PER_BAHT

# "1,270,000", "1270000.50", "70,000.-" (the ".-" that official documents put after whole baht).
_AMOUNT = re.compile(r"(?P<baht>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<satang>[0-9]+)|\.-)?")
_UNIT = re.compile(r"^฿ ?| ?บาท(?:ถ้วน)?$")
_MINUS = ("-", "\u2212", "\u2013")  # hyphen-minus, minus sign, en dash


def parse_baht(text: str) -> int:
    """Read an amount in baht ("1,270,000", "๑,๒๗๐,๐๐๐", "1270000.50", "๗๐,๐๐๐ บาท") as satang.

    Raises ParseError for a negative amount, more than two decimals, more than 10^12 baht, or text that
    is not an amount.
    """
    cleaned = _UNIT.sub("", prepare_input(text))
    if cleaned.startswith(_MINUS) and _AMOUNT.fullmatch(cleaned[1:].lstrip()):
        raise ParseError(
            f'"{text}": จำนวนเงินติดลบไม่ได้',
            f'"{text}": an amount of money cannot be negative',
        )
    m = _AMOUNT.fullmatch(cleaned)
    if not m:
        raise ParseError(
            f'"{text}" ไม่ใช่จำนวนเงิน (ตัวอย่างที่ใช้ได้: ๑,๒๗๐,๐๐๐ หรือ 1270000.50 บาท)',
            f'"{text}" is not an amount of money (valid examples: ๑,๒๗๐,๐๐๐ or 1270000.50 baht)',
        )
    fraction = m["satang"] or ""
    if len(fraction) > 2:
        raise ParseError(
            f'"{text}": ทศนิยมได้ไม่เกิน ๒ ตำแหน่ง (สตางค์)',
            f'"{text}": at most two decimal places (satang) are allowed',
        )
    satang = int(m["baht"].replace(",", "")) * SATANG_PER_BAHT + int(fraction.ljust(2, "0"))
    if satang > MAX_SATANG:
        raise ParseError(
            f'"{text}": จำนวนเงินมากเกินไป (ไม่เกินหนึ่งล้านล้านบาท)',
            f'"{text}": the amount is too large (at most 1,000,000,000,000 baht)',
        )
    return satang


def format_baht(satang: int, thai_digits: bool = True) -> str:
    """Satang as baht: "๑,๒๗๐,๐๐๐" for whole baht, "๑,๒๗๐,๐๐๐.๕๐" with satang; no unit."""
    baht, rest = divmod(abs(satang), SATANG_PER_BAHT)
    text = ("-" if satang < 0 else "") + f"{baht:,}" + (f".{rest:02d}" if rest else "")
    return to_thai_digits(text) if thai_digits else text


def baht_text(satang: int) -> str:
    """The amount in Thai words, as written on documents: "หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน"."""
    if abs(satang) > MAX_SATANG:
        raise ValidationError(
            "จำนวนเงินมากเกินไป (ไม่เกินหนึ่งล้านล้านบาท)",
            f"The amount {satang} satang is too large (at most 1,000,000,000,000 baht)",
        )
    if satang < 0:
        return "ลบ" + baht_text(-satang)
    from pythainlp.util import bahttext, num_to_thaiword  # on first use: see ethicsdesk.thai.dates._strftime

    baht, rest = divmod(satang, SATANG_PER_BAHT)
    if rest == 0:
        return bahttext(baht)  # an int below 2**53: exact, although bahttext formats through float
    # By hand: bahttext takes only int/float (float rounding, no Decimal), and it writes 0.50 as
    # "ศูนย์บาทห้าสิบสตางค์" where documents write "ห้าสิบสตางค์".
    words = f"{num_to_thaiword(baht)}บาท" if baht else ""
    return f"{words}{num_to_thaiword(rest)}สตางค์"
