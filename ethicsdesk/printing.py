"""Printing documents to files, the format chosen by the extension: .pdf, .docx (minutes), .xlsx (plan).

Shared by the command line (`ethicsdesk minutes`, `ethicsdesk plan`) and the window's print actions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ethicsdesk.documents.model import Document
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.storage.database import Workspace
from ethicsdesk.thai import to_arabic_digits

if TYPE_CHECKING:
    from ethicsdesk.domain.models import Meeting
    from ethicsdesk.services import Services

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
    from ethicsdesk.services.meetings import check_year

    check_year(year)
    return number, year


def _suffix(output: Path, allowed: tuple[str, ...]) -> str:
    suffix = output.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            f"ไม่รู้จักชนิดแฟ้ม «{output.suffix or output.name}» ใช้ได้: {', '.join(allowed)}",
            f"Unknown file type «{output.suffix or output.name}»; use one of {', '.join(allowed)}",
        )
    return suffix


def write_document(doc: Document, output: Path, *, keywords: str = "") -> None:
    """A built document to .pdf or .docx."""
    if _suffix(output, (".pdf", ".docx")) == ".pdf":
        from ethicsdesk.pdf.render import write_document_pdf

        write_document_pdf(doc, output, keywords=keywords)
    else:
        from ethicsdesk.office import write_minutes_docx

        write_minutes_docx(doc, output)


def minutes_to_file(ws: Workspace, meeting_label: str, output: Path, *, thai_digits: bool = True) -> Path:
    from sqlmodel import select

    from ethicsdesk.documents.minutes import build_minutes
    from ethicsdesk.domain.models import Meeting

    _suffix(output, (".pdf", ".docx"))
    number, year = parse_meeting_label(meeting_label)
    with ws.reading() as s:
        meeting = s.exec(select(Meeting).where(Meeting.number == number, Meeting.year_be == year)).first()
    if meeting is None or meeting.id is None:
        raise ValidationError(f"ไม่มีการประชุมครั้งที่ {number}/{year}", f"There is no meeting {number}/{year}")
    write_document(
        build_minutes(ws, meeting.id, thai_digits=thai_digits), output, keywords=_fingerprint(ws, meeting)
    )
    return output


def _fingerprint(ws: Workspace, meeting: Meeting) -> str:
    """Certified minutes carry the SHA-256 of their content (always taken in Thai digits) in the metadata."""
    from ethicsdesk.documents.fingerprint import content_sha256, keywords
    from ethicsdesk.documents.minutes import build_minutes
    from ethicsdesk.domain.enums import MeetingStatus

    if meeting.status != MeetingStatus.CERTIFIED or meeting.id is None:
        return ""
    return keywords(meeting.number, meeting.year_be, content_sha256(build_minutes(ws, meeting.id)))


def verify_pdf(ws: Workspace, pdf: Path) -> tuple[bool, str, str]:
    """Does a printed PDF of certified minutes still match the record? (matches, Thai, English)."""
    from sqlmodel import select

    from ethicsdesk.documents.fingerprint import read_keywords
    from ethicsdesk.domain.models import Meeting

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
    with ws.reading() as s:
        meeting = s.exec(select(Meeting).where(Meeting.number == number, Meeting.year_be == year)).first()
    if meeting is None:
        return (
            False,
            f"ไม่มีการประชุมครั้งที่ {number}/{year} ในแฟ้มข้อมูลนี้",
            f"There is no meeting {number}/{year} in this workspace",
        )
    current = _fingerprint(ws, meeting).rpartition("sha256:")[2]
    if current == digest:
        return (
            True,
            f"ตรงกับบันทึก: รายงานการประชุมครั้งที่ {number}/{year} ไม่ถูกแก้ไขหลังพิมพ์",
            f"Matches the record: minutes {number}/{year} unchanged since printing",
        )
    if not current:
        return (
            False,
            f"รายงานการประชุมครั้งที่ {number}/{year} ในบันทึกยังไม่ได้รับรอง",
            f"The minutes {number}/{year} in the record are not certified",
        )
    return (
        False,
        (f"ไม่ตรงกับบันทึก: รายงานการประชุมครั้งที่ {number}/{year} ในบันทึกต่างจากที่พิมพ์ไว้ (ดูประวัติการแก้ไขของการประชุม)"),
        f"Does not match: the recorded minutes {number}/{year} differ from this print (see the meeting's history)",
    )


def plan_to_file(
    ws: Workspace, fiscal_year: int, output: Path, *, version: int | None = None, thai_digits: bool = True
) -> Path:
    from ethicsdesk.documents.plan import build_plan, find_version
    from ethicsdesk.services.meetings import check_year

    suffix = _suffix(output, (".pdf", ".docx", ".xlsx"))
    check_year(fiscal_year)
    found = find_version(ws, fiscal_year, version)
    assert found.id is not None
    if suffix == ".xlsx":
        from ethicsdesk.office import write_plan_xlsx

        write_plan_xlsx(ws, found.id, output, thai_digits=thai_digits)
    else:
        write_document(build_plan(ws, found.id, thai_digits=thai_digits), output)
    return output


__all__ = [
    "UserError",
    "minutes_pdf",
    "minutes_to_file",
    "parse_meeting_label",
    "plan_pdf",
    "plan_to_file",
    "write_document",
]


def minutes_pdf(services: Services, meeting_id: int, path: Path) -> Path:
    """The window's print action: the minutes of a meeting as a PDF at ``path``."""
    from ethicsdesk.documents.minutes import build_minutes

    write_document(build_minutes(services.workspace, meeting_id), path)
    return path


def plan_pdf(services: Services, version_id: int, path: Path) -> Path:
    """The window's print action: a plan version as a PDF at ``path``."""
    from ethicsdesk.documents.plan import build_plan

    write_document(build_plan(services.workspace, version_id), path)
    return path
