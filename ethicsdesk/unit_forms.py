"""The units' progress forms as files: the records (``ethicsdesk.services.progress_forms``) joined with
the pure form writer and reader (``ethicsdesk.office.forms``). Shared by the window and the tests, as
``ethicsdesk.printing`` is for the printed documents.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from ethicsdesk.office.forms import generate_unit_form, read_form
from ethicsdesk.office.word import DEFAULT_FONT
from ethicsdesk.services.progress_forms import FormChange, apply_form, preview_form, unit_form_data

if TYPE_CHECKING:
    from ethicsdesk.storage.database import Workspace


def unit_form_to_file(
    ws: Workspace,
    version_id: int,
    unit: int | str,
    quarter: int,
    path: str | Path,
    *,
    font: str = DEFAULT_FONT,
) -> Path:
    """Write the form of ``unit`` (id, name or short name) for ``quarter`` of the plan version, with what
    the unit has already reported for the quarter filled in."""
    return generate_unit_form(unit_form_data(ws, version_id, unit, quarter), path, font=font)


def preview_form_import(
    ws: Workspace,
    path: str | Path,
    *,
    fiscal_year: int | None = None,
    unit: int | str | None = None,
    quarter: int | None = None,
    committee: int | None = None,
    today: dt.date | None = None,
) -> list[FormChange]:
    """What importing a filled form would change, field by field; nothing is written."""
    return preview_form(
        ws,
        read_form(path),
        fiscal_year=fiscal_year,
        unit=unit,
        quarter=quarter,
        committee=committee,
        today=today,
    )


def apply_form_import(
    ws: Workspace,
    path: str | Path,
    *,
    expected: list[FormChange] | None = None,
    fiscal_year: int | None = None,
    unit: int | str | None = None,
    quarter: int | None = None,
    committee: int | None = None,
    today: dt.date | None = None,
) -> list[FormChange]:
    """Import a filled form in one transaction and return what changed (``expected``: the preview the
    user confirmed; refused if the records changed meanwhile)."""
    return apply_form(
        ws,
        read_form(path),
        expected=expected,
        fiscal_year=fiscal_year,
        unit=unit,
        quarter=quarter,
        committee=committee,
        today=today,
    )


__all__ = ["FormChange", "apply_form_import", "preview_form_import", "unit_form_to_file"]
