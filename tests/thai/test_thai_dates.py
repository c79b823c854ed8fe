"""Buddhist-era dates, times and the fiscal year, against the seed's strings."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethicsdesk.errors import ParseError, ValidationError
from ethicsdesk.thai import (
    be_year,
    fiscal_quarter,
    fiscal_year,
    format_date_long,
    format_date_short,
    format_time,
    parse_date,
    parse_time,
    quarter_label,
    quarter_range,
    to_thai_digits,
)

MEETING = date(2022, 10, 26)  # ครั้งที่ ๑/๒๕๖๕
FULL_MONTHS = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
ABBR_MONTHS = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค."
WEEKDAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]  # Monday first, as date.weekday()

# Dates whose BE year parse_date reads back: BE 2400 onwards, up to date.max.
long_dates = st.dates(min_value=date(1857, 1, 1))
short_dates = st.dates(min_value=date(1957, 1, 1), max_value=date(2056, 12, 31))  # BE 2500-2599


def test_meeting_date_long_form() -> None:
    assert MEETING.weekday() == 2  # a Wednesday
    assert format_date_long(MEETING) == "วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕"
    assert format_date_long(MEETING, weekday=False) == "๒๖ ตุลาคม ๒๕๖๕"
    assert format_date_long(MEETING, thai_digits=False) == "วันพุธที่ 26 ตุลาคม 2565"
    assert format_date_long(date(2022, 10, 4), weekday=False) == "๔ ตุลาคม ๒๕๖๕"  # the appointment order


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2022, 12, 23), "๒๓ ธ.ค. ๖๕"),
        (date(2023, 3, 25), "๒๕ มี.ค. ๖๖"),
        (date(2023, 6, 25), "๒๕ มิ.ย. ๖๖"),
        (date(2023, 9, 25), "๒๕ ก.ย. ๖๖"),
        (date(2022, 10, 1), "๑ ต.ค. ๖๕"),
    ],
)
def test_seed_milestones_short_form(d: date, text: str) -> None:
    assert format_date_short(d) == text
    assert parse_date(text) == d


def test_times() -> None:
    assert format_time(time(9, 30)) == "๐๙.๓๐ น."
    assert format_time(time(13, 30)) == "๑๓.๓๐ น."
    assert format_time(time(9, 30), thai_digits=False) == "09.30 น."


@pytest.mark.parametrize(
    "text",
    [
        "วันพุธ ที่ ๒๖ ตุลาคม ๒๕๖๕",  # the seed's title block
        "วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕",
        "พุธที่ 26 ตุลาคม 2565",
        "วันที่ ๒๖ ตุลาคม ๒๕๖๕",
        "๒๖ ตุลาคม พ.ศ. ๒๕๖๕",
        "26 ตุลาคม ค.ศ. 2022",
        "๒๖ ต.ค. ๖๕",
        "26 ต.ค. 2565",
        "26 ต.ค 65",
        "26 ตค 65",
        "26/10/2565",
        "๒๖/๑๐/๖๕",
        "2022-10-26",
        "  26\u200b ตุลาคม   2565 ",
    ],
)
def test_parse_date_forms(text: str) -> None:
    assert parse_date(text) == MEETING


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_name_and_abbreviation(month: int) -> None:
    d = date(2023, month, 1)
    full, abbr = FULL_MONTHS.split()[month - 1], ABBR_MONTHS.split()[month - 1]
    assert format_date_long(d, weekday=False) == f"๑ {full} ๒๕๖๖"
    assert format_date_short(d) == f"๑ {abbr} ๖๖"
    assert parse_date(f"1 {full} 2566") == d
    assert parse_date(f"1 {abbr} 66") == d


@pytest.mark.parametrize("offset", range(7))
def test_every_weekday(offset: int) -> None:
    d = MEETING + timedelta(days=offset)
    name = WEEKDAYS[d.weekday()]
    assert format_date_long(d).startswith(f"วัน{name}ที่ ")
    day_month_year = f"{d.day} {FULL_MONTHS.split()[d.month - 1]} {d.year + 543}"
    assert parse_date(f"วัน{name}ที่ {day_month_year}") == d
    wrong = WEEKDAYS[(d.weekday() + 1) % 7]
    with pytest.raises(ParseError):
        parse_date(f"วัน{wrong}ที่ {day_month_year}")


def test_two_digit_years_are_25xx() -> None:
    assert parse_date("๑ ม.ค. ๐๐") == date(1957, 1, 1)  # 2500
    assert parse_date("31 ธ.ค. 99") == date(2056, 12, 31)  # 2599


def test_impossible_date_is_named() -> None:
    with pytest.raises(ParseError) as err:
        parse_date("๓๑ ก.พ. ๒๕๖๖")
    assert "๓๑ ก.พ. ๒๕๖๖" in err.value.th and "๓๑ ก.พ. ๒๕๖๖" in err.value.en
    assert "28" in err.value.en
    assert parse_date("29 ก.พ. 2567") == date(2024, 2, 29)  # a leap year
    with pytest.raises(ParseError):
        parse_date("29 ก.พ. 2566")


def test_christian_era_year_given_as_buddhist_era() -> None:
    with pytest.raises(ParseError) as err:
        parse_date("26 ตุลาคม 2022")
    assert "26 ตุลาคม 2022" in err.value.en
    assert "Christian-era" in err.value.en and "2565" in err.value.en
    assert "คริสต์ศักราช" in err.value.th and "2565" in err.value.th
    with pytest.raises(ParseError, match="2565"):
        parse_date("26/10/2022")


def test_wrong_weekday_says_which_it_is() -> None:
    with pytest.raises(ParseError) as err:
        parse_date("วันพฤหัสบดีที่ ๒๖ ตุลาคม ๒๕๖๕")
    assert "Wednesday" in err.value.en and "Thursday" in err.value.en
    assert "วันพุธ" in err.value.th


@pytest.mark.parametrize(
    "text",
    [
        "",
        "junk",
        "26 มิ.ค. 66",
        "26/13/2565",
        "26/10/265",
        "2565-10-26",
        "32 ตุลาคม 2565",
        "26 ตุลาคม",
        "26 ต.ค. ๖",
    ],
)
def test_bad_dates_are_named(text: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_date(text)
    assert f'"{text}"' in err.value.th and f'"{text}"' in err.value.en


def test_unknown_month_is_named() -> None:
    with pytest.raises(ParseError) as err:
        parse_date("๒๕ มิ.ค. ๖๖")  # the seed's typo for มี.ค.
    assert '"มิ.ค."' in err.value.en


@pytest.mark.parametrize("text", ["09.30", "9:30", "๐๙.๓๐ น.", "09.30 น.", "9.30น.", "๙.๓๐ น"])
def test_parse_time_forms(text: str) -> None:
    assert parse_time(text) == time(9, 30)


@pytest.mark.parametrize("text", ["25.00", "24.00", "09.60", "9", "0930", "", "๙ โมง", "9.3", "-9.30"])
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_time(text)
    assert f'"{text}"' in err.value.th and f'"{text}"' in err.value.en


def test_fiscal_year_and_quarter_of_the_meeting() -> None:
    assert be_year(MEETING) == 2565
    assert fiscal_year(MEETING) == 2566
    assert fiscal_quarter(MEETING) == 1
    assert (fiscal_year(date(2022, 9, 30)), fiscal_quarter(date(2022, 9, 30))) == (2565, 4)
    assert (fiscal_year(date(2022, 10, 1)), fiscal_quarter(date(2022, 10, 1))) == (2566, 1)
    assert [fiscal_quarter(date(2023, m, 15)) for m in range(1, 13)] == [2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1]


def test_quarters_of_fy2566() -> None:
    assert [quarter_range(2566, q) for q in (1, 2, 3, 4)] == [
        (date(2022, 10, 1), date(2022, 12, 31)),
        (date(2023, 1, 1), date(2023, 3, 31)),
        (date(2023, 4, 1), date(2023, 6, 30)),
        (date(2023, 7, 1), date(2023, 9, 30)),
    ]
    # The plan's timeline heading, copied from the seed (tab-separated cells).
    seed = "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕)\tไตรมาสที่ ๒ (ม.ค. - มี.ค. ๖๖)\tไตรมาสที่ ๓ (เม.ย. - มิ.ย. ๖๖)\tไตรมาสที่ ๔ (ก.ค. - ก.ย. ๖๖)"
    assert [quarter_label(2566, q) for q in (1, 2, 3, 4)] == seed.split("\t")
    assert quarter_label(2566, 2, thai_digits=False) == "ไตรมาสที่ 2 (ม.ค. - มี.ค. 66)"


@pytest.mark.parametrize("q", [0, 5, -1])
def test_quarter_out_of_range(q: int) -> None:
    with pytest.raises(ValidationError):
        quarter_range(2566, q)
    with pytest.raises(ValidationError):
        quarter_label(2566, q)


@given(st.dates(max_value=date(9998, 9, 30)))
def test_every_date_lies_in_its_fiscal_quarter(d: date) -> None:
    fy, q = fiscal_year(d), fiscal_quarter(d)
    first, last = quarter_range(fy, q)
    assert first <= d <= last
    assert 90 <= (last - first).days + 1 <= 92
    following = last + timedelta(days=1)
    assert (fiscal_year(following), fiscal_quarter(following)) == ((fy, q + 1) if q < 4 else (fy + 1, 1))
    assert following.day == 1 and following.month in (1, 4, 7, 10)


@given(long_dates, st.booleans(), st.booleans())
def test_long_date_round_trip(d: date, thai_digits: bool, weekday: bool) -> None:
    text = format_date_long(d, thai_digits=thai_digits, weekday=weekday)
    year = str(d.year + 543)
    assert text.endswith(to_thai_digits(year) if thai_digits else year)
    assert parse_date(text) == d


@given(short_dates, st.booleans())
def test_short_date_round_trip(d: date, thai_digits: bool) -> None:
    assert parse_date(format_date_short(d, thai_digits=thai_digits)) == d


@given(long_dates, st.booleans())
def test_slash_date_round_trip(d: date, thai_digits: bool) -> None:
    text = f"{d.day}/{d.month}/{d.year + 543}"
    assert parse_date(to_thai_digits(text) if thai_digits else text) == d


@given(st.dates(max_value=date(2399, 12, 31)))
def test_iso_date_round_trip(d: date) -> None:
    assert parse_date(d.isoformat()) == d


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)), st.booleans())
def test_time_round_trip(t: time, thai_digits: bool) -> None:
    assert parse_time(format_time(t, thai_digits=thai_digits)) == t


def test_written_as_pythainlp_writes() -> None:
    """The formatters write what PyThaiNLP's thai_strftime writes (they no longer call it: see dates.py):
    every day of 1999-2001 (every weekday of every month, a leap day), and the 1st and 28th of every month
    of the Buddhist-era years the program accepts (2400-2700)."""
    import datetime as dt

    from pythainlp.util import thai_strftime

    from ethicsdesk.thai import format_date_long, format_date_short, quarter_label

    days = [dt.date(1999, 1, 1) + dt.timedelta(days=n) for n in range(3 * 365 + 1)]
    days += [dt.date(y, m, d) for y in range(1857, 2158) for m in range(1, 13) for d in (1, 28)]
    for day in days:
        at = dt.datetime(day.year, day.month, day.day)
        for thai in (True, False):
            assert format_date_long(day, thai) == thai_strftime(at, "%Aที่ %-d %B %Y", thaidigit=thai)
            assert format_date_long(day, thai, weekday=False) == thai_strftime(
                at, "%-d %B %Y", thaidigit=thai
            )
            assert format_date_short(day, thai) == thai_strftime(at, "%-d %b %y", thaidigit=thai)
    assert quarter_label(2566, 1) == "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕)"
    assert quarter_label(2566, 2, thai_digits=False) == "ไตรมาสที่ 2 (ม.ค. - มี.ค. 66)"
