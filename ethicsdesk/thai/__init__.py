"""Thai text for EthicsDesk: digits, Buddhist-era dates, baht, and clean-up of pasted text.

Pure functions; no GUI here.
"""

from ethicsdesk.thai.dates import (
    MONTH_ABBREVIATIONS,
    be_year,
    fiscal_quarter,
    fiscal_year,
    format_date_long,
    format_date_short,
    format_day_month,
    format_time,
    parse_date,
    parse_time,
    quarter_label,
    quarter_months,
    quarter_range,
)
from ethicsdesk.thai.digits import format_number, parse_int, to_arabic_digits, to_thai_digits
from ethicsdesk.thai.money import baht_text, format_baht, parse_baht
from ethicsdesk.thai.normalize import (
    CleanResult,
    Finding,
    FindingCode,
    apply_suggestions,
    clean_text,
    normalize_whitespace,
)

__all__ = [
    "MONTH_ABBREVIATIONS",
    "CleanResult",
    "Finding",
    "FindingCode",
    "apply_suggestions",
    "baht_text",
    "be_year",
    "clean_text",
    "fiscal_quarter",
    "fiscal_year",
    "format_baht",
    "format_date_long",
    "format_date_short",
    "format_day_month",
    "format_number",
    "format_time",
    "normalize_whitespace",
    "parse_baht",
    "parse_date",
    "parse_int",
    "parse_time",
    "quarter_label",
    "quarter_months",
    "quarter_range",
    "to_arabic_digits",
    "to_thai_digits",
]
