"""Unit forms (.xlsx): a unit reports its quarter's progress without the program, and the secretariat
imports the filled form after seeing what it will change.

A form holds the unit's activities of one plan version and quarter: sheet แบบรายงานผล (one row per
activity: status, what was done, money spent, evidence, problems) and sheet ตัวชี้วัด (one row per
indicator: the result to date, or whether it was met). Only the yellow cells are for input; the sheets
are protected without a password. A very hidden sheet holds the form's id, year, version, unit and
quarter, every fixed cell's text, the place of every input cell, and a checksum of all of it: a form
whose fixed cells, rows or merges were changed is refused, naming the row and the column.
"""

from ethicsdesk.office.forms.apply import FormChange, apply_form_import, preview_form_import
from ethicsdesk.office.forms.generate import generate_unit_form
from ethicsdesk.office.forms.layout import (
    ACTIVITY_SHEET,
    FORM_FORMAT,
    FORM_VERSION,
    INDICATOR_SHEET,
    META_SHEET,
)
from ethicsdesk.office.forms.read import FilledActivity, FilledForm, FilledIndicator, read_form

__all__ = [
    "ACTIVITY_SHEET",
    "FORM_FORMAT",
    "FORM_VERSION",
    "INDICATOR_SHEET",
    "META_SHEET",
    "FilledActivity",
    "FilledForm",
    "FilledIndicator",
    "FormChange",
    "apply_form_import",
    "generate_unit_form",
    "preview_form_import",
    "read_form",
]
