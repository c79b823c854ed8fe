"""The command line of the frozen record: `ethicsdesk certify` and `ethicsdesk history`
(see docs/certification.md). The caller opens and closes the workspace."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ethicsdesk import printing
from ethicsdesk.thai import format_date_long, to_thai_digits

if TYPE_CHECKING:
    import datetime as dt

    from ethicsdesk.services import Services
    from ethicsdesk.storage import Workspace


def run(args: argparse.Namespace, ws: Workspace, lang: str) -> int:
    """``certify`` or ``history`` of meeting ``args.meeting`` (of ``args.committee``) in ``ws``."""
    from ethicsdesk.services import Services

    services = Services(ws)
    meeting = printing.meeting_id(ws, args.meeting, args.committee)
    if args.command == "certify":
        return _certify(services, meeting, args.on, lang)
    return _history(services, meeting, lang)


def _when(day: dt.date, lang: str) -> str:
    return format_date_long(day) if lang == "th" else day.isoformat()


def _certify(services: Services, meeting: int, on: dt.date, lang: str) -> int:
    m = services.meetings.certify(meeting, on)
    record = services.meetings.records(meeting)[-1]
    label = f"{m.number}/{m.year_be}"
    print(
        f"รับรองรายงานการประชุมครั้งที่ {to_thai_digits(label)} เมื่อ{_when(on, lang)} แล้ว ลายนิ้วมือ sha256:{record.sha256}"
        if lang == "th"
        else f"Certified the minutes {label} on {_when(on, lang)}; fingerprint sha256:{record.sha256}"
    )
    return 0


def _history(services: Services, meeting: int, lang: str) -> int:
    from ethicsdesk.services.certification import REASON_LABELS

    m = services.meetings.meeting(meeting)
    amendments = {a.id: a for a in services.meetings.amendments(meeting)}
    if m.certified_on:
        when = _when(m.certified_on, lang)
        print(f"รับรองเมื่อ{when}" if lang == "th" else f"certified on {when}")
    else:
        print("ยังไม่ได้รับรอง" if lang == "th" else "not certified")
    for r in services.meetings.records(meeting):
        th, en = REASON_LABELS.get(r.reason, (r.reason, r.reason))
        amendment = amendments.get(r.amendment_id)
        why = ""
        if amendment is not None:
            on = _when(amendment.amended_on, lang)
            why = (
                f" แก้ไขเมื่อ{on} เหตุผล: {amendment.reason}"
                if lang == "th"
                else f"; amended on {on}: {amendment.reason}"
            )
        taken = r.taken_at.strftime("%Y-%m-%d %H:%M UTC")
        print(f"{taken}\t{th if lang == 'th' else en}{why}\tsha256:{r.sha256}")
    for a in amendments.values():
        if a.closed_at is None:
            print(
                f"มีการแก้ไขที่ยังไม่เสร็จ: {a.reason}"
                if lang == "th"
                else f"an amendment is still open: {a.reason}"
            )
    return 0
