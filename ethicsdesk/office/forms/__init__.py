"""Unit forms (.xlsx): a unit reports its quarter's progress without the program, and the secretariat
imports the filled form after seeing what it will change.

A form holds the unit's activities of one plan version and quarter: sheet แบบรายงานผล (one row per
activity: status, what was done, money spent, evidence, problems) and sheet ตัวชี้วัด (one row per
indicator: the result to date, or whether it was met). Only the yellow cells are for input; the sheets
are protected without a password. A very hidden sheet holds the form's id, year, version, unit and
quarter, every fixed cell's text, the place of every input cell, and a checksum of all of it: a form
whose fixed cells, rows or merges were changed is refused, naming the row and the column.

Pure: a form is written from plain data and read into plain data (``ethicsdesk.domain.unit_form``); the
records side (what a form shows, what importing one changes) is ``ethicsdesk.services.progress_forms``,
and ``ethicsdesk.unit_forms`` joins the two for a file.
"""

from ethicsdesk.domain.unit_form import UnitFormData
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
    "UnitFormData",
    "generate_unit_form",
    "read_form",
]
