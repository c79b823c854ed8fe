"""Thai and Arabic digits, and integers written with thousands separators."""

from __future__ import annotations

import re
import unicodedata

from ethicsdesk.errors import ParseError

# Invisible characters that PDF extraction and web pages leave in pasted text.
ZERO_WIDTH_CHARS = frozenset("\u200b\u200c\u200d\ufeff\u2060")

_ZERO_WIDTH_TABLE = dict.fromkeys(map(ord, ZERO_WIDTH_CHARS))
_SPACES = re.compile(r"\s+")
# ASCII digits only: \d would also accept Lao, Arabic-Indic or full-width digits, which int() reads.
_INT = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)")
# The ten digits each way, as PyThaiNLP's arabic_digit_to_thai_digit and thai_digit_to_arabic_digit map
# them (tests/thai compares every code point), without importing PyThaiNLP: that loads all of
# pythainlp.util, about 0.05 s before the window's first paint.
_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def to_thai_digits(text: str) -> str:
    """Replace 0-9 by ๐-๙; every other character is left alone."""
    return text.translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Replace ๐-๙ by 0-9; every other character is left alone."""
    return text.translate(_TO_ARABIC)


def prepare_input(text: str) -> str:
    """Text typed or pasted into a field, ready for a parser.

    NFC, zero-width characters removed, Thai digits made Arabic, runs of white space made one space,
    stripped.
    """
    text = unicodedata.normalize("NFC", text).translate(_ZERO_WIDTH_TABLE)
    return _SPACES.sub(" ", to_arabic_digits(text)).strip()


def format_number(n: int, thai: bool = True) -> str:
    """An integer with thousands separators: 1270000 -> "๑,๒๗๐,๐๐๐" (or "1,270,000")."""
    text = f"{n:,}"
    return to_thai_digits(text) if thai else text


def parse_int(text: str) -> int:
    """Read an integer written in either digit set, with or without thousands separators.

    Separators must group by three ("1,270,000"); anything else raises ParseError.
    """
    cleaned = prepare_input(text)
    if not _INT.fullmatch(cleaned):
        raise ParseError(
            f'"{text}" ไม่ใช่จำนวนเต็ม (ตัวอย่างที่ถูกต้อง: ๑,๒๗๐,๐๐๐ หรือ 1270000)',
            f'"{text}" is not a whole number (valid examples: ๑,๒๗๐,๐๐๐ or 1270000)',
        )
    return int(cleaned.replace(",", ""))
