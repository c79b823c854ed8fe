"""How the window writes numbers, dates and money: as the minutes do in Thai, plainly in English."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ethicsdesk.thai import format_baht, format_date_long, format_date_short, format_time, to_thai_digits

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


#: A number in running text ("4/12/2569", "1,250.50", "01:39"), not part of a word such as "sha256",
#: "UTF-8" or "Ctrl+1".
_NUMBER = re.compile(r"(?<![A-Za-z_+#\d])(?<![A-Za-z]-)\d+(?:[.,:/]\d+)*(?![A-Za-z_\d])")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def message_digits(message: str, lang: str) -> str:
    """A message as the window shows it: in Thai, its numbers in Thai digits, except inside «…» or "…",
    where a file name or what the user typed is quoted exactly."""
    if lang == "en":
        return message
    out, last = [], 0
    for quoted in _QUOTED.finditer(message):
        out.append(_NUMBER.sub(lambda m: to_thai_digits(m.group()), message[last : quoted.start()]))
        out.append(quoted.group())
        last = quoted.end()
    out.append(_NUMBER.sub(lambda m: to_thai_digits(m.group()), message[last:]))
    return "".join(out)


def num(value: object, lang: str) -> str:
    """A number or a code such as "5.2" or "412/2565", in Thai digits for Thai."""
    text = str(value)
    return to_thai_digits(text) if lang != "en" else text


@functools.lru_cache(maxsize=4096)  # Thai date formatting is slow (about 0.1 ms a date) and dates repeat
def date_long(d: dt.date | None, lang: str, weekday: bool = False) -> str:
    if d is None:
        return ""
    if lang == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year + 543} BE ({d.year})"
    return format_date_long(d, weekday=weekday)


@functools.lru_cache(maxsize=4096)
def date_short(d: dt.date | None, lang: str) -> str:
    if d is None:
        return ""
    if lang == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year + 543}"
    return format_date_short(d)


def time_text(t: dt.time | None, lang: str) -> str:
    if t is None:
        return ""
    return f"{t:%H:%M}" if lang == "en" else format_time(t)


def baht(satang: int, lang: str) -> str:
    return format_baht(satang, thai_digits=lang != "en")


def meeting_label(number: int, year_be: int, lang: str) -> str:
    return num(f"{number}/{year_be}", lang)


def quarters_of(mask: int) -> list[int]:
    """The fiscal quarters (1-4) set in an activity's bit mask."""
    return [q for q in range(1, 5) if mask & (1 << (q - 1))]
