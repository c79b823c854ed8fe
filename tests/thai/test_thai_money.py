"""Baht amounts as integer satang, and the amount in Thai words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethicsdesk.errors import ParseError, ValidationError
from ethicsdesk.thai import baht_text, format_baht, parse_baht

MAX_SATANG = 10**14  # 10^12 baht

_DIGITS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
_PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]


def _spell(n: int) -> str:
    """Thai words for n >= 1, written independently of the code under test (school rules)."""
    if n >= 10**6:
        high, low = divmod(n, 10**6)
        return _spell(high) + "ล้าน" + (_spell_group(low, has_higher=True) if low else "")
    return _spell_group(n, has_higher=False)


def _spell_group(n: int, has_higher: bool) -> str:
    digits = str(n)
    words = []
    for i, ch in enumerate(digits):
        d, place = int(ch), len(digits) - 1 - i
        if d == 0:
            continue
        if place == 1:
            words.append({1: "", 2: "ยี่"}.get(d, _DIGITS[d]) + "สิบ")
        elif place == 0 and d == 1 and (has_higher or n > 1):
            words.append("เอ็ด")
        else:
            words.append(_DIGITS[d] + _PLACES[place])
    return "".join(words)


def _expected_words(satang: int) -> str:
    baht, rest = divmod(satang, 100)
    if rest == 0:
        return (_spell(baht) if baht else "ศูนย์") + "บาทถ้วน"
    return (_spell(baht) + "บาท" if baht else "") + _spell(rest) + "สตางค์"


@pytest.mark.parametrize(
    ("text", "satang"),
    [
        ("1,270,000", 127_000_000),
        ("๑,๒๗๐,๐๐๐", 127_000_000),
        ("1270000.50", 127_000_050),
        ("1270000.5", 127_000_050),
        ("๗๐,๐๐๐ บาท", 7_000_000),
        ("๑,๒๐๐,๐๐๐", 120_000_000),
        ("70,000.-", 7_000_000),
        ("฿ 5", 500),
        ("0.01", 1),
        ("0", 0),
        ("1000000000000", MAX_SATANG),
    ],
)
def test_parse_baht(text: str, satang: int) -> None:
    assert parse_baht(text) == satang


@pytest.mark.parametrize(
    ("text", "en_words"),
    [
        ("-5", "negative"),
        ("-๑,๒๗๐,๐๐๐", "negative"),
        ("\u22125", "negative"),
        ("abc", "not an amount"),
        ("n/a", "not an amount"),
        ("-", "not an amount"),
        ("", "not an amount"),
        ("1,27,000", "not an amount"),
        ("1e6", "not an amount"),
        ("๑๒๓ ดอลลาร์", "not an amount"),
        ("1.234", "two decimal"),
        ("1270000.005", "two decimal"),
        ("1000000000000.01", "too large"),
        ("99999999999999", "too large"),
    ],
)
def test_parse_baht_rejects(text: str, en_words: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_baht(text)
    assert en_words in err.value.en
    assert f'"{text}"' in err.value.th and f'"{text}"' in err.value.en


def test_format_baht() -> None:
    assert format_baht(127_000_000) == "๑,๒๗๐,๐๐๐"
    assert format_baht(127_000_050) == "๑,๒๗๐,๐๐๐.๕๐"
    assert format_baht(127_000_050, thai_digits=False) == "1,270,000.50"
    assert format_baht(5) == "๐.๐๕"
    assert format_baht(0) == "๐"
    assert format_baht(-100_000, thai_digits=False) == "-1,000"


@pytest.mark.parametrize(
    ("satang", "words"),
    [
        (127_000_000, "หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน"),  # the plan's total, as the seed writes it
        (2_100, "ยี่สิบเอ็ดบาทถ้วน"),
        (10_100, "หนึ่งร้อยเอ็ดบาทถ้วน"),
        (100_000_100, "หนึ่งล้านเอ็ดบาทถ้วน"),
        (1_100, "สิบเอ็ดบาทถ้วน"),
        (100, "หนึ่งบาทถ้วน"),
        (0, "ศูนย์บาทถ้วน"),
        (50, "ห้าสิบสตางค์"),
        (1, "หนึ่งสตางค์"),
        (2_121, "ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์"),
        (127_000_050, "หนึ่งล้านสองแสนเจ็ดหมื่นบาทห้าสิบสตางค์"),
        (2_100_000_000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
        (MAX_SATANG, "หนึ่งล้านล้านบาทถ้วน"),
        (-500, "ลบห้าบาทถ้วน"),
    ],
)
def test_baht_text(satang: int, words: str) -> None:
    assert baht_text(satang) == words


def test_baht_text_refuses_absurd_amounts() -> None:
    with pytest.raises(ValidationError):
        baht_text(MAX_SATANG + 1)


@given(st.integers(min_value=0, max_value=MAX_SATANG))
def test_baht_text_matches_an_independent_speller(satang: int) -> None:
    assert baht_text(satang) == _expected_words(satang)


@given(st.integers(min_value=0, max_value=MAX_SATANG), st.booleans())
def test_money_round_trip(satang: int, thai_digits: bool) -> None:
    text = format_baht(satang, thai_digits=thai_digits)
    assert parse_baht(text) == satang
    assert parse_baht(text + " บาท") == satang
    assert parse_baht(text.replace(",", "")) == satang
