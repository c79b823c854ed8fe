"""Buddhist-era dates and times in Thai, and the Thai fiscal year (1 October to 30 September)."""

from __future__ import annotations

import calendar
import re
from datetime import date, time

from ethicsdesk.errors import ParseError, ValidationError
from ethicsdesk.thai.digits import prepare_input, to_thai_digits

BE_OFFSET = 543
# A Buddhist-era year below this is far more likely a Christian-era year typed by mistake.
MIN_BE_YEAR = 2400
_MAX_CE_YEAR = 9999  # datetime.date's limit

# The names PyThaiNLP's thai_strftime writes, and dates written as it writes them (tests/thai compares every
# day of 1900-2200 with it), so that the parser reads exactly what the formatters write. Not thai_strftime
# itself: importing it loads all of pythainlp.util, about 0.05 s on the way to the window's first records.
_FULL_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTH_ABBREVIATIONS = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# In date.weekday() order (Monday first), without the "วัน" that the long form writes before them.
_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)  # not calendar.month_name: that follows the user's locale
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_ALIASES = {name: i for i, name in enumerate(_WEEKDAYS)} | {"พฤหัส": 3}


def _abbr_pattern(abbr: str) -> str:
    """An abbreviation with its dots optional: "ม.ค." also as "ม.ค" or "มค"."""
    return "".join(r"\.?" if ch == "." else re.escape(ch) for ch in abbr)


_MONTH_RE = "|".join([*_FULL_MONTHS, *(_abbr_pattern(a) for a in MONTH_ABBREVIATIONS)])
_WEEKDAY_RE = "|".join(sorted(_WEEKDAY_ALIASES, key=len, reverse=True))
_THAI_DATE = re.compile(
    rf"(?:(?:วัน)?(?P<weekday>{_WEEKDAY_RE}) ?(?:ที่)? ?|วันที่ ?)?"
    rf"(?P<day>[0-9]{{1,2}}) ?(?P<month>{_MONTH_RE}) ?(?:(?P<era>พ\.ศ\.|ค\.ศ\.) ?)?(?P<year>[0-9]+)"
)
_UNKNOWN_MONTH = re.compile(r"(?:\S+ )?[0-9]{1,2} ?(?P<month>[^0-9 ]+) ?[0-9]+")
_SLASH_DATE = re.compile(r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<year>[0-9]+)")
_ISO_DATE = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})")
_TIME = re.compile(r"(?P<hour>[0-9]{1,2}) ?[.:] ?(?P<minute>[0-9]{2})(?: ?น\.?)?")


def be_year(d: date) -> int:
    """The Buddhist-era year of a date (CE + 543)."""
    return d.year + BE_OFFSET


def format_date_long(d: date, thai_digits: bool = True, weekday: bool = True) -> str:
    """The long form: "วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕", or "๒๖ ตุลาคม ๒๕๖๕" without the weekday."""
    text = f"{d.day} {_FULL_MONTHS[d.month - 1]} {be_year(d)}"
    if weekday:
        text = f"วัน{_WEEKDAYS[d.weekday()]}ที่ {text}"
    return to_thai_digits(text) if thai_digits else text


def format_date_short(d: date, thai_digits: bool = True) -> str:
    """The short form: "๒๓ ธ.ค. ๖๕", with a two-digit Buddhist-era year (read back as 25xx)."""
    text = f"{format_day_month(d, thai_digits=False)} {_short_year(d)}"
    return to_thai_digits(text) if thai_digits else text


def format_day_month(d: date, thai_digits: bool = True) -> str:
    """A day and an abbreviated month, for a place that names the year already: "๒๓ ธ.ค."."""
    text = f"{d.day} {MONTH_ABBREVIATIONS[d.month - 1]}"
    return to_thai_digits(text) if thai_digits else text


def _short_year(d: date) -> str:
    """The last two digits of the Buddhist-era year, as thai_strftime's %y writes them."""
    return str(be_year(d))[2:4]


def format_time(t: time, thai_digits: bool = True) -> str:
    """A time of day as minutes write it: "๐๙.๓๐ น." (seconds are not shown)."""
    text = f"{t.hour:02d}.{t.minute:02d} น."
    return to_thai_digits(text) if thai_digits else text


def _bad_date(text: str) -> ParseError:
    return ParseError(
        f'อ่าน "{text}" เป็นวันที่ไม่ได้ (ตัวอย่างที่ใช้ได้: ๒๖ ตุลาคม ๒๕๖๕, ๒๖ ต.ค. ๖๕, 26/10/2565, 2022-10-26)',
        f'"{text}" is not a date (valid examples: ๒๖ ตุลาคม ๒๕๖๕, ๒๖ ต.ค. ๖๕, 26/10/2565, 2022-10-26)',
    )


def _ce_year_from_be(text: str, year_digits: str) -> int:
    """The CE year of a Buddhist-era year as written: two digits mean 25xx."""
    if len(year_digits) == 2:
        return 2500 + int(year_digits) - BE_OFFSET
    year = int(year_digits)
    if len(year_digits) < 4:
        raise ParseError(
            f'"{text}": ปี {year_digits} ต้องเขียนเป็นปีพุทธศักราช ๔ หลัก (เช่น ๒๕๖๕) หรือ ๒ หลัก (เช่น ๖๕)',
            f'"{text}": the year {year_digits} must be a Buddhist-era year of 4 digits (2565) or 2 digits (65)',
        )
    if year < MIN_BE_YEAR:
        raise ParseError(
            f'"{text}": ปี {year} ดูเหมือนเป็นปีคริสต์ศักราช ต้องใช้ปีพุทธศักราช: {year + BE_OFFSET} ใช่หรือไม่',
            f'"{text}": the year {year} looks like a Christian-era (CE) year, but dates here are in the '
            f"Buddhist era (BE = CE + 543): did you mean {year + BE_OFFSET}?",
        )
    return year - BE_OFFSET


def _ce_year_as_written(text: str, year_digits: str) -> int:
    """A year written as Christian era (ISO dates, "ค.ศ."); a Buddhist-era year there is an error."""
    year = int(year_digits)
    if len(year_digits) != 4 or year >= MIN_BE_YEAR:
        raise ParseError(
            f'"{text}": ปี {year_digits} ในรูปแบบนี้ต้องเป็นปีคริสต์ศักราช ๔ หลัก'
            + (f" ({year} เป็นปีพุทธศักราช = ค.ศ. {year - BE_OFFSET})" if year >= MIN_BE_YEAR else ""),
            f'"{text}": the year {year_digits} must be a 4-digit Christian-era (CE) year here'
            + (
                f" ({year} looks like a Buddhist-era year = CE {year - BE_OFFSET})"
                if year >= MIN_BE_YEAR
                else ""
            ),
        )
    return year


def _make_date(text: str, ce_year: int, month: int, day: int) -> date:
    if not 1 <= ce_year <= _MAX_CE_YEAR:
        raise ParseError(
            f'"{text}": ปี {ce_year + BE_OFFSET} อยู่นอกช่วงที่ใช้ได้',
            f'"{text}": the year {ce_year + BE_OFFSET} (BE) is out of range',
        )
    if not 1 <= month <= 12:
        raise ParseError(f'"{text}": ไม่มีเดือนที่ {month}', f'"{text}": there is no month {month}')
    days = calendar.monthrange(ce_year, month)[1]
    if not 1 <= day <= days:
        raise ParseError(
            f'"{text}": ไม่มีวันที่นี้ในปฏิทิน เดือน{_FULL_MONTHS[month - 1]} {ce_year + BE_OFFSET} มี {days} วัน',
            f'"{text}": no such date; {_MONTHS_EN[month - 1]} {ce_year + BE_OFFSET} BE '
            f"({ce_year} CE) has {days} days",
        )
    return date(ce_year, month, day)


def _month_number(name: str) -> int:
    if name in _FULL_MONTHS:
        return _FULL_MONTHS.index(name) + 1
    bare = [a.replace(".", "") for a in MONTH_ABBREVIATIONS]
    return bare.index(name.replace(".", "")) + 1


def _check_weekday(text: str, d: date, weekday_name: str) -> None:
    given = _WEEKDAY_ALIASES[weekday_name]
    actual = d.weekday()
    if given != actual:
        raise ParseError(
            f'"{text}": วันที่ {format_date_long(d, weekday=False)} ตรงกับวัน{_WEEKDAYS[actual]} '
            f"ไม่ใช่วัน{_WEEKDAYS[given]}",
            f'"{text}": {d.isoformat()} is a {_WEEKDAYS_EN[actual]}, not a {_WEEKDAYS_EN[given]}',
        )


def parse_date(text: str) -> date:
    """Read a date in Thai digits or Arabic digits.

    Buddhist era: "วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕" (a given weekday is checked), "๒๖ ต.ค. ๖๕" (two-digit years
    mean 25xx), "๒๖ ตุลาคม พ.ศ. ๒๕๖๕", "26/10/2565". Christian era: "2022-10-26", "26 ตุลาคม ค.ศ. 2022".
    Raises ParseError naming the text otherwise.
    """
    cleaned = prepare_input(text)
    if m := _ISO_DATE.fullmatch(cleaned):
        ce = _ce_year_as_written(text, m["year"])
        return _make_date(text, ce, int(m["month"]), int(m["day"]))
    if m := _SLASH_DATE.fullmatch(cleaned):
        ce = _ce_year_from_be(text, m["year"])
        return _make_date(text, ce, int(m["month"]), int(m["day"]))
    if m := _THAI_DATE.fullmatch(cleaned):
        year_of = _ce_year_as_written if m["era"] == "ค.ศ." else _ce_year_from_be
        ce = year_of(text, m["year"])
        d = _make_date(text, ce, _month_number(m["month"]), int(m["day"]))
        if m["weekday"]:
            _check_weekday(text, d, m["weekday"])
        return d
    if m := _UNKNOWN_MONTH.fullmatch(cleaned):
        raise ParseError(
            f'"{text}": ไม่รู้จักชื่อเดือน "{m["month"]}" (ใช้ชื่อเต็ม เช่น มีนาคม หรือชื่อย่อ เช่น มี.ค.)',
            f'"{text}": unknown month "{m["month"]}" (write it in full, มีนาคม, or abbreviated, มี.ค.)',
        )
    raise _bad_date(text)


def parse_time(text: str) -> time:
    """Read "09.30", "9:30", "๐๙.๓๐ น." or "09.30 น." as a time of day."""
    m = _TIME.fullmatch(prepare_input(text))
    if not m:
        raise ParseError(
            f'อ่าน "{text}" เป็นเวลาไม่ได้ (ตัวอย่างที่ใช้ได้: ๐๙.๓๐ น., 09.30, 9:30)',
            f'"{text}" is not a time of day (valid examples: ๐๙.๓๐ น., 09.30, 9:30)',
        )
    hour, minute = int(m["hour"]), int(m["minute"])
    if hour > 23 or minute > 59:
        raise ParseError(
            f'"{text}": ไม่มีเวลานี้ (ชั่วโมง ๐๐-๒๓ นาที ๐๐-๕๙)',
            f'"{text}": no such time of day (hours 00-23, minutes 00-59)',
        )
    return time(hour, minute)


def fiscal_year(d: date) -> int:
    """The Buddhist-era fiscal year of a date: 1 October starts the next one (26 Oct 2022 -> 2566)."""
    return be_year(d) + (1 if d.month >= 10 else 0)


def fiscal_quarter(d: date) -> int:
    """1 (Oct-Dec), 2 (Jan-Mar), 3 (Apr-Jun) or 4 (Jul-Sep)."""
    return (d.month - 10) % 12 // 3 + 1


def quarter_range(fy: int, q: int) -> tuple[date, date]:
    """The first and the last day of quarter q of Buddhist-era fiscal year fy."""
    if q not in (1, 2, 3, 4):
        raise ValidationError(f"ไตรมาสต้องเป็น ๑ ถึง ๔ ไม่ใช่ {q}", f"A quarter is 1 to 4, not {q}")
    ce = fy - BE_OFFSET - (1 if q == 1 else 0)
    if not 1 <= ce <= _MAX_CE_YEAR:
        raise ValidationError(f"ปีงบประมาณ {fy} อยู่นอกช่วงที่ใช้ได้", f"The fiscal year {fy} is out of range")
    first_month = (9 + 3 * (q - 1)) % 12 + 1
    last_month = first_month + 2
    return date(ce, first_month, 1), date(ce, last_month, calendar.monthrange(ce, last_month)[1])


def quarter_label(fy: int, q: int, thai_digits: bool = True) -> str:
    """The label the plan's timeline heads its columns with: "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕)"."""
    # The label spans two months under one two-digit year.
    text = f"ไตรมาสที่ {q} ({quarter_months(fy, q)} {_short_year(quarter_range(fy, q)[1])})"
    return to_thai_digits(text) if thai_digits else text


def quarter_months(fy: int, q: int) -> str:
    """The months of quarter q without their year, for a table whose heading names the fiscal year:
    "ต.ค. - ธ.ค."."""
    first, last = quarter_range(fy, q)
    return f"{MONTH_ABBREVIATIONS[first.month - 1]} - {MONTH_ABBREVIATIONS[last.month - 1]}"


def check_year(year_be: int) -> None:
    """Refuse a year that is not plausibly Buddhist era, naming the likely mistake."""
    if 1900 <= year_be < 2400:
        raise ValidationError(
            f"ปี {year_be} ดูเหมือนเป็นปีคริสต์ศักราช ปีพุทธศักราชคือ {year_be + 543}",
            f"The year {year_be} looks like a Christian-era year; in the Buddhist era it is {year_be + 543}",
        )
    if not 2400 <= year_be <= 2700:
        raise ValidationError(f"ปี พ.ศ. {year_be} ไม่ถูกต้อง", f"{year_be} is not a valid Buddhist-era year")
