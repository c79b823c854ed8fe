"""What every service shares: the workspace, lookups that fail with a clear message."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlmodel import Session

from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.domain.models import Amendment, Meeting
from ethicsdesk.errors import ValidationError
from ethicsdesk.storage.database import Workspace

T = TypeVar("T")

_NAMES: dict[str, tuple[str, str]] = {
    "Person": ("บุคคล", "person"),
    "Seat": ("ที่นั่ง", "seat"),
    "Meeting": ("การประชุม", "meeting"),
    "Attendance": ("รายการผู้เข้าประชุม", "attendance line"),
    "AgendaItem": ("ระเบียบวาระ", "agenda item"),
    "Activity": ("กิจกรรม", "activity"),
    "PlanVersion": ("ฉบับของแผน", "plan version"),
    "ActionPlan": ("แผนปฏิบัติการ", "action plan"),
    "Committee": ("คณะกรรมการ", "committee"),
    "Approach": ("แนวทางการพัฒนา", "development approach"),
    "Milestone": ("หมุดหมาย", "milestone"),
    "DissentingOpinion": ("ความเห็นแย้ง", "dissenting opinion"),
}


class Service:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @staticmethod
    def get(session: Session, model: type[T], ident: Any, *, lock: bool = False) -> T:
        """The row ``ident``; with ``lock``, held until the transaction ends (SELECT … FOR UPDATE on a
        server, so that certifications and amendments, and edits of a meeting's or a committee's numbered
        lists, run one at a time; a file has one writer anyway)."""
        obj = session.get(model, ident, with_for_update=True if lock else None)
        if obj is None:
            th, en = _NAMES.get(model.__name__, (model.__name__, model.__name__))
            raise ValidationError(
                f"ไม่พบ{th}รหัส {ident} (อาจถูกลบไปแล้ว)", f"No {en} with id {ident} (it may have been deleted)"
            )
        return obj

    def shifted(self, rows: Iterable[Any]) -> None:
        """Rows renumbered as a side effect of an edit of their list (the activities after a new one move
        down by one), read under the lock on the list's owner: on a server, another officer's change to
        them meanwhile is no conflict with this edit, which writes only their numbers. The rows the
        officer edits keep the check. A file has one writer anyway."""
        if self.ws.server is not None:
            from ethicsdesk.storage.concurrency import renumbered

            renumbered(self.ws.seen, list(rows))


def open_amendment(session: Session, meeting_id: int | None) -> Amendment | None:
    from sqlmodel import col, select

    return session.exec(
        select(Amendment).where(Amendment.meeting_id == meeting_id, col(Amendment.closed_at).is_(None))
    ).first()


def check_editable(session: Session, m: Meeting) -> None:
    """Certified minutes change only inside an amendment, which records its reason and date."""
    if m.status == MeetingStatus.CERTIFIED and open_amendment(session, m.id) is None:
        raise ValidationError(
            f"รายงานการประชุมครั้งที่ {m.number}/{m.year_be} รับรองแล้ว จะแก้ไขได้ต้องบันทึกการแก้ไขพร้อมเหตุผลก่อน",
            f"The minutes of meeting {m.number}/{m.year_be} are certified; record an amendment with its reason first",
        )


def require_text(value: str, th_field: str, en_field: str) -> str:
    """Strip and refuse empty text."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"กรุณากรอก{th_field}", f"Please enter the {en_field}")
    return text
