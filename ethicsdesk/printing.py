"""Printing documents to files, the format chosen by the extension: .pdf, .docx (minutes), .xlsx (plan).

Shared by the command line (`ethicsdesk minutes`, `plan`, `report`, `verify`) and the window's print
actions. The records are read through ``ethicsdesk.services`` (the read side); the documents are built
from the snapshots it gives; every file is written through ``ethicsdesk.output`` (whole or not at all).
Certified minutes print from their frozen record only.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.output import write_atomic
from ethicsdesk.thai import to_arabic_digits, to_thai_digits

if TYPE_CHECKING:
    from ethicsdesk.documents.model import Document
    from ethicsdesk.services import Services
    from ethicsdesk.storage.database import Workspace

_MEETING = re.compile(r"^\s*(\d{1,4})\s*/\s*(\d{4})\s*$")


def parse_meeting_label(text: str) -> tuple[int, int]:
    """ "1/2565" or "๑/๒๕๖๕" -> (number, Buddhist year)."""
    m = _MEETING.match(to_arabic_digits(text or ""))
    if not m:
        raise ValidationError(
            f"ครั้งที่ของการประชุม «{text}» ไม่ถูกต้อง ให้เขียนเช่น ๑/๒๕๖๕ หรือ 1/2565",
            f"«{text}» is not a meeting number; write it as 1/2565",
        )
    number, year = int(m[1]), int(m[2])
    from ethicsdesk.thai.dates import check_year

    check_year(year)
    return number, year


def check_suffix(output: Path, allowed: tuple[str, ...]) -> str:
    """The output's extension, refused before anything is read when it is not one of ``allowed``."""
    suffix = output.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            f"ไม่รู้จักชนิดแฟ้ม «{output.suffix or output.name}» ใช้ได้: {', '.join(allowed)}",
            f"Unknown file type «{output.suffix or output.name}»; use one of {', '.join(allowed)}",
        )
    return suffix


def write_document(doc: Document, output: Path, *, keywords: str = "") -> Path:
    """A built document to .pdf or .docx, atomically."""
    if check_suffix(output, (".pdf", ".docx")) == ".pdf":
        from ethicsdesk.pdf.render import write_document_pdf

        def pdf(fh: BinaryIO) -> None:
            write_document_pdf(doc, fh, keywords=keywords)  # type: ignore[arg-type]

        return write_atomic(output, pdf)
    from ethicsdesk.office import write_minutes_docx

    return write_atomic(output, lambda fh: write_minutes_docx(doc, fh))  # type: ignore[arg-type]


# -- the read side, then the document --------------------------------------------------------------------------


def meeting_id(ws: Workspace, label: str, committee: str | int | None = None) -> int:
    """The id of meeting ``label`` ("1/2565") of ``committee`` (needed only when several have it)."""
    from ethicsdesk.services.queries import find_meeting

    number, year = parse_meeting_label(label)
    with ws.reading() as s:
        return find_meeting(s, number, year, committee).id or 0


def plan_version_id(
    ws: Workspace, fiscal_year: int, version: int | None = None, committee: str | int | None = None
) -> int:
    from ethicsdesk.services.queries import find_plan_version
    from ethicsdesk.thai.dates import check_year

    check_year(fiscal_year)
    with ws.reading() as s:
        return find_plan_version(s, fiscal_year, version, committee).id or 0


def minutes_document(ws: Workspace, meeting: int, *, thai_digits: bool = True) -> tuple[Document, str]:
    """The minutes as a document, and the PDF keywords that carry the fingerprint of certified minutes
    ("" for others). Certified minutes come from their frozen record, never from the records now."""
    from ethicsdesk.documents.fingerprint import keywords
    from ethicsdesk.documents.minutes import build_minutes
    from ethicsdesk.services.certification import printable

    with ws.reading() as s:
        found = printable(s, meeting)
    doc = build_minutes(found.snapshot, thai_digits=thai_digits)
    snap = found.snapshot
    return doc, keywords(snap.number, snap.year_be, found.sha256) if found.sha256 else ""


def report_document(
    ws: Workspace,
    version_id: int,
    months: int | None = None,
    as_of: dt.date | None = None,
    *,
    quarter: int | None = None,
    thai_digits: bool = True,
    allow_open_period: bool = False,
) -> Document:
    """The 3-, 6-, 9- or 12-month summary, or one quarter's follow-up report, of a plan version as of
    ``as_of`` (default today); a period not yet ended is refused unless ``allow_open_period``."""
    from ethicsdesk.documents.report import build_progress_report
    from ethicsdesk.services.reports import progress_summary

    summary = progress_summary(ws, version_id, months, quarter, as_of, allow_open_period=allow_open_period)
    return build_progress_report(summary, thai_digits=thai_digits)


def plan_document(ws: Workspace, version_id: int, *, thai_digits: bool = True) -> Document:
    from ethicsdesk.documents.plan import build_plan
    from ethicsdesk.services.queries import plan_snapshot

    with ws.reading() as s:
        plan = plan_snapshot(s, version_id)
    return build_plan(plan, thai_digits=thai_digits)


# -- to files -------------------------------------------------------------------------------------------------


def minutes_to_file(
    ws: Workspace, meeting_label: str, output: Path, *, thai_digits: bool = True, committee: str | None = None
) -> Path:
    check_suffix(output, (".pdf", ".docx"))
    doc, keywords = minutes_document(ws, meeting_id(ws, meeting_label, committee), thai_digits=thai_digits)
    return write_document(doc, output, keywords=keywords)


def frozen_minutes_to_file(
    db: Path, meeting_label: str, output: Path, *, thai_digits: bool = True
) -> Path | None:
    """Certified minutes printed straight from their frozen record, without the ORM (storage.frozen says
    when that applies); None when the workspace has to be opened the usual way."""
    from ethicsdesk.documents.fingerprint import keywords
    from ethicsdesk.documents.minutes import build_minutes
    from ethicsdesk.storage.frozen import decode, find_frozen_minutes

    check_suffix(output, (".pdf", ".docx"))
    number, year = parse_meeting_label(meeting_label)
    found = find_frozen_minutes(db, number, year)
    if found is None:
        return None
    snap = decode(found)
    doc = build_minutes(snap, thai_digits=thai_digits)
    return write_document(doc, output, keywords=keywords(snap.number, snap.year_be, found.sha256))


def minutes_to_file_without_orm(
    db: object, meeting_label: str, output: Path, *, thai_digits: bool = True
) -> Path | None:
    """The minutes printed straight from a workspace file with the standard sqlite3 module: certified
    minutes from their frozen record (storage.frozen), others from the records (storage.fast_read). None
    when the workspace has to be opened the usual way, among others when ``db`` is not a file (a server)."""
    if isinstance(db, str) and "://" not in db:
        db = Path(db)
    if not isinstance(db, Path):
        return None
    found = frozen_minutes_to_file(db, meeting_label, output, thai_digits=thai_digits)
    if found is not None:
        return found
    from ethicsdesk.documents.minutes import build_minutes
    from ethicsdesk.storage.fast_read import draft_minutes

    number, year = parse_meeting_label(meeting_label)
    snap = draft_minutes(db, number, year)
    if snap is None:
        return None
    return write_document(build_minutes(snap, thai_digits=thai_digits), output)


def plan_to_file(
    ws: Workspace,
    fiscal_year: int,
    output: Path,
    *,
    version: int | None = None,
    thai_digits: bool = True,
    committee: str | None = None,
) -> Path:
    suffix = check_suffix(output, (".pdf", ".docx", ".xlsx"))
    found = plan_version_id(ws, fiscal_year, version, committee)
    if suffix == ".xlsx":
        from ethicsdesk.office import write_plan_xlsx
        from ethicsdesk.services.queries import plan_snapshot

        with ws.reading() as s:
            plan = plan_snapshot(s, found)
        return write_atomic(output, lambda fh: write_plan_xlsx(plan, fh, thai_digits=thai_digits))  # type: ignore[arg-type]
    return write_document(plan_document(ws, found, thai_digits=thai_digits), output)


def export_to_file(ws: Workspace, output: Path) -> Path:
    """The whole workspace as JSON (docs/interchange.md)."""
    from ethicsdesk.interchange import export_workspace

    return write_atomic(output, lambda fh: fh.write(export_workspace(ws).encode("utf-8")))


def report_to_file(
    ws: Workspace,
    fiscal_year: int,
    output: Path,
    *,
    months: int | None = None,
    quarter: int | None = None,
    version: int | None = None,
    committee: str | None = None,
    as_of: dt.date | None = None,
    thai_digits: bool = True,
) -> Path:
    """The 3-, 6-, 9- or 12-month summary or one quarter's follow-up report of a plan, as .pdf or .docx."""
    from ethicsdesk.services.progress_period import period

    check_suffix(output, (".pdf", ".docx"))
    period(fiscal_year, months, quarter)  # a bad period is refused before the file is read
    found = plan_version_id(ws, fiscal_year, version, committee)
    doc = report_document(ws, found, months, as_of, quarter=quarter, thai_digits=thai_digits)
    return write_document(doc, output)


# -- checking a print against the record --------------------------------------------------------------------


def verify_pdf(ws: Workspace, pdf: Path, committee: str | None = None) -> tuple[bool, str, str]:
    """Does a printed PDF of certified minutes still match the record? (matches, Thai, English)."""
    from sqlmodel import col, select

    from ethicsdesk.documents.fingerprint import read_keywords
    from ethicsdesk.domain.models import Committee, Meeting, MinutesRecord
    from ethicsdesk.services.certification import latest_record, printable
    from ethicsdesk.services.queries import AmbiguousNumber, find_meeting
    from ethicsdesk.thai import format_date_long

    try:
        found = read_keywords(pdf)
    except OSError as exc:
        raise UserError(
            f"อ่านแฟ้ม «{pdf}» ไม่ได้ ({exc.strerror})", f"Cannot read «{pdf}» ({exc.strerror})"
        ) from None
    if found is None:
        raise ValidationError(
            f"แฟ้ม «{pdf.name}» ไม่มีลายนิ้วมือของรายงานการประชุมที่รับรองแล้ว (ไม่ได้พิมพ์จาก EthicsDesk หรือยังไม่ได้รับรอง)",
            f"«{pdf.name}» carries no fingerprint of certified minutes (not printed by EthicsDesk, or not certified)",
        )
    number, year, digest = found
    label = f"{number}/{year}"
    label_th = to_thai_digits(label)
    with ws.reading() as s:
        record = s.exec(
            select(MinutesRecord).where(MinutesRecord.sha256 == digest).order_by(col(MinutesRecord.id))
        ).first()
        if record is not None:
            meeting = s.get(Meeting, record.meeting_id)
            assert meeting is not None
            cmt = s.get(Committee, meeting.committee_id)
            of_th = f"ของ{cmt.name}" if cmt else ""
            of_en = f" of {cmt.name_en or cmt.name}" if cmt else ""
            newest = latest_record(s, record.meeting_id)
            if newest is not None and newest.sha256 == digest:
                when = meeting.certified_on
                at_th = f" ที่รับรองเมื่อ{format_date_long(when)}" if when else ""
                at_en = f" certified on {when.isoformat()}" if when else ""
                return (
                    True,
                    f"ตรงกับบันทึก: รายงานการประชุมครั้งที่ {label_th} {of_th}{at_th} ไม่ถูกแก้ไขหลังพิมพ์",
                    f"Matches the record: minutes {label}{of_en}{at_en}, unchanged since printing",
                )
            from ethicsdesk.domain.models import Amendment

            amendment = s.get(Amendment, newest.amendment_id) if newest and newest.amendment_id else None
            since = (
                amendment.amended_on if amendment else (newest.taken_at.date() if newest else dt.date.today())
            )
            return (
                False,
                f"ไม่ตรงกับบันทึกปัจจุบัน: แฟ้มนี้ตรงกับรายงานการประชุมครั้งที่ {label_th} {of_th} ฉบับก่อนแก้ไข "
                f"แต่รายงานนี้ถูกแก้ไขแล้วเมื่อ{format_date_long(since)} (ดูประวัติการแก้ไขของการประชุม)",
                f"Does not match the record now: this print matches minutes {label}{of_en} as they were before "
                f"an amendment of {since.isoformat()} (see the meeting's history)",
            )
        try:
            meeting = find_meeting(s, number, year, committee)
        except AmbiguousNumber:  # several committees have the number: none of them has this record
            meeting = None
        except ValidationError as exc:
            return False, f"{exc.th} ในแฟ้มข้อมูลนี้", f"{exc.en} in this workspace"
        if meeting is None:
            return (
                False,
                f"ไม่ตรงกับบันทึก: ไม่มีรายงานการประชุมครั้งที่ {label_th} ที่รับรองแล้วฉบับใดตรงกับแฟ้มนี้",
                f"Does not match: no certified minutes {label} in this workspace match this print",
            )
        current = printable(s, meeting.id or 0)
    if not current.certified:
        return (
            False,
            f"รายงานการประชุมครั้งที่ {label_th} ในบันทึกยังไม่ได้รับรอง",
            f"The minutes {label} in the record are not certified",
        )
    if current.sha256 == digest:  # an older read-only file whose record is not stored yet
        return (
            True,
            f"ตรงกับบันทึก: รายงานการประชุมครั้งที่ {label_th} ไม่ถูกแก้ไขหลังพิมพ์",
            f"Matches the record: minutes {label} unchanged since printing",
        )
    return (
        False,
        f"ไม่ตรงกับบันทึก: รายงานการประชุมครั้งที่ {label_th} ในบันทึกต่างจากที่พิมพ์ไว้ (ดูประวัติการแก้ไขของการประชุม)",
        f"Does not match: the recorded minutes {label} differ from this print (see the meeting's history)",
    )


# -- the window's print actions -----------------------------------------------------------------------------


def minutes_pdf(services: Services, meeting: int, path: Path) -> Path:
    """The window's print action: the minutes of a meeting as a PDF at ``path``."""
    doc, keywords = minutes_document(services.workspace, meeting)
    return write_document(doc, path, keywords=keywords)


def plan_pdf(services: Services, version_id: int, path: Path) -> Path:
    """The window's print action: a plan version as a PDF at ``path``."""
    return write_document(plan_document(services.workspace, version_id), path)


__all__ = [
    "UserError",
    "export_to_file",
    "frozen_minutes_to_file",
    "minutes_document",
    "minutes_pdf",
    "minutes_to_file",
    "minutes_to_file_without_orm",
    "parse_meeting_label",
    "plan_document",
    "plan_pdf",
    "plan_to_file",
    "report_document",
    "report_to_file",
    "verify_pdf",
    "write_document",
]
