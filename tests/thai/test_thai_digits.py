"""Thai/Arabic digits and integers with thousands separators."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethicsdesk.errors import ParseError
from ethicsdesk.thai import format_number, parse_int, to_arabic_digits, to_thai_digits

THAI = "๐๑๒๓๔๕๖๗๘๙"


def test_digits_both_ways_on_the_seed() -> None:
    assert to_thai_digits("ครั้งที่ 1/2565 เวลา 09.30 น.") == "ครั้งที่ ๑/๒๕๖๕ เวลา ๐๙.๓๐ น."
    assert to_arabic_digits("๑,๒๗๐,๐๐๐ บาท") == "1,270,000 บาท"
    assert to_thai_digits("0123456789") == THAI
    assert to_arabic_digits(THAI) == "0123456789"


def test_only_the_twenty_digits_change_anywhere_in_unicode() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    changed_to_thai = {a for a, b in zip(everything, to_thai_digits(everything), strict=True) if a != b}
    changed_to_arabic = {a for a, b in zip(everything, to_arabic_digits(everything), strict=True) if a != b}
    assert changed_to_thai == set("0123456789")
    assert changed_to_arabic == set(THAI)


def test_the_same_as_pythainlp_anywhere_in_unicode() -> None:
    """The program's own tables (PyThaiNLP is loaded on first use, not for digits) map as PyThaiNLP does."""
    from pythainlp.util import arabic_digit_to_thai_digit, thai_digit_to_arabic_digit

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert to_thai_digits(everything) == arabic_digit_to_thai_digit(everything)
    assert to_arabic_digits(everything) == thai_digit_to_arabic_digit(everything)


@given(st.text())
def test_digit_conversions_are_inverse(s: str) -> None:
    assert to_arabic_digits(to_thai_digits(s)) == to_arabic_digits(s)
    assert to_thai_digits(to_arabic_digits(s)) == to_thai_digits(s)
    assert not set(to_thai_digits(s)) & set("0123456789")
    assert not set(to_arabic_digits(s)) & set(THAI)


def test_format_number() -> None:
    assert format_number(1270000) == "๑,๒๗๐,๐๐๐"
    assert format_number(1270000, thai=False) == "1,270,000"
    assert format_number(0) == "๐"
    assert format_number(999) == "๙๙๙"
    assert format_number(-1234, thai=False) == "-1,234"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,270,000", 1270000),
        ("๑,๒๗๐,๐๐๐", 1270000),
        ("1270000", 1270000),
        ("๑๗", 17),
        (" ๑๗ ", 17),
        ("1\u200b7", 17),
        ("-๕", -5),
        ("0", 0),
    ],
)
def test_parse_int(text: str, value: int) -> None:
    assert parse_int(text) == value


@pytest.mark.parametrize(
    "text", ["", "abc", "1,27,0000", "12,34", "1.5", "๑๒x", "໑໒", "١٢", "１２", "--1", "1 000"]
)
def test_parse_int_rejects_junk_naming_it(text: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_int(text)
    assert f'"{text}"' in err.value.th
    assert f'"{text}"' in err.value.en


@given(st.integers(min_value=-(10**15), max_value=10**15), st.booleans())
def test_int_round_trip(n: int, thai: bool) -> None:
    assert parse_int(format_number(n, thai=thai)) == n
    assert parse_int(to_thai_digits(str(n))) == n
    assert parse_int(str(n)) == n
