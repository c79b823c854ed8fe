"""The read side of the progress reports: the summary of a reporting period of a plan version, loaded
from the records, for ``ethicsdesk.documents.report`` to print (which never sees the records itself)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from ethicsdesk.domain.progress_report import PeriodSummary
from ethicsdesk.services.progress_period import check_period_ended, period, summarize_period
from ethicsdesk.services.progress_summary import load_snapshot
from ethicsdesk.storage.database import Workspace


def progress_summary(
    source: Workspace | Session,
    version_id: int,
    months: int | None = None,
    quarter: int | None = None,
    as_of: dt.date | None = None,
    *,
    allow_open_period: bool = False,
) -> PeriodSummary:
    """The summary of the first ``months`` (3, 6, 9, 12) of the fiscal year, or of one ``quarter``.

    ``as_of`` (default today) must be after the period's last day, unless ``allow_open_period``: then
    the summary is of a period not yet ended (and the report says so).
    """
    if isinstance(source, Workspace):
        with source.reading() as s:
            return progress_summary(
                s, version_id, months, quarter, as_of, allow_open_period=allow_open_period
            )
    as_of = as_of or dt.date.today()
    snap = load_snapshot(source, version_id)
    kind, first, last = period(snap.fiscal_year, months, quarter)
    if not allow_open_period:
        check_period_ended(snap.fiscal_year, last, as_of)
    return summarize_period(snap, kind, first, last, as_of)
