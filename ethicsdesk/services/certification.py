"""The frozen record of certified minutes.

When the committee certifies minutes, the snapshot they print from (``services.queries.minutes_snapshot``)
is stored with its SHA-256 (table ``minutesrecord``). Certified minutes print from that record only, so
later changes to the roster, the people, the duties, the virtues or the plan never change them; an
amendment stores a new record beside the old one when it is finished.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ethicsdesk.domain import snapshots
from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.domain.models import Meeting, MinutesRecord
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.queries import minutes_snapshot
from ethicsdesk.storage.database import Workspace

#: Why a record was taken, as the history says it.
REASON_LABELS = {
    "certified": ("บันทึกเมื่อรับรองรายงานการประชุม", "taken when the minutes were certified"),
    "amended": ("บันทึกเมื่อแก้ไขรายงานการประชุมเสร็จ", "taken when an amendment was finished"),
    "upgrade": (
        "บันทึกเมื่อปรับรุ่นแฟ้มข้อมูล ไม่ใช่ ณ วันที่รับรอง (แฟ้มจากโปรแกรมรุ่นก่อนไม่มีสำเนาที่รับรอง)",
        "taken when the file was upgraded, not at certification (older files kept no frozen copy)",
    ),
}


@dataclass(frozen=True)
class Printable:
    """What the minutes of a meeting print from: the frozen record when certified, else the records now."""

    snapshot: snapshots.MinutesSnapshot
    sha256: str  # "" for minutes that are not certified (no fingerprint)
    certified: bool


def take_record(s: Session, meeting: Meeting, reason: str, amendment_id: int | None = None) -> MinutesRecord:
    """Freeze the minutes of ``meeting`` as they stand, in the caller's transaction."""
    assert meeting.id is not None
    text = snapshots.dumps(minutes_snapshot(s, meeting.id))
    record = MinutesRecord(
        meeting_id=meeting.id,
        taken_at=dt.datetime.now(dt.UTC),
        reason=reason,
        amendment_id=amendment_id,
        sha256=snapshots.fingerprint(text),
        snapshot=text,
    )
    s.add(record)
    s.flush()
    return record


def latest_record(s: Session, meeting_id: int) -> MinutesRecord | None:
    return s.exec(
        select(MinutesRecord)
        .where(MinutesRecord.meeting_id == meeting_id)
        .order_by(col(MinutesRecord.id).desc())
    ).first()


def records_of(s: Session, meeting_id: int) -> list[MinutesRecord]:
    return list(
        s.exec(
            select(MinutesRecord)
            .where(MinutesRecord.meeting_id == meeting_id)
            .order_by(col(MinutesRecord.id))
        ).all()
    )


def decode(record: MinutesRecord) -> snapshots.MinutesSnapshot:
    return snapshots.decode_record(record.id, record.snapshot, record.sha256)


def printable(s: Session, meeting_id: int) -> Printable:
    """The minutes as they print: a certified meeting from its newest record (taken now, not stored, when
    a read-only file of an older version has none yet)."""
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise ValidationError(f"ไม่พบการประชุมรหัส {meeting_id}", f"No meeting with id {meeting_id}")
    if meeting.status != MeetingStatus.CERTIFIED:
        return Printable(minutes_snapshot(s, meeting_id), "", False)
    record = latest_record(s, meeting_id)
    if record is None:
        snap = minutes_snapshot(s, meeting_id)
        return Printable(snap, snapshots.fingerprint(snapshots.dumps(snap)), True)
    return Printable(decode(record), record.sha256, True)


def freeze_missing(ws: Workspace) -> int:
    """Give every certified meeting without a record one (reason "upgrade"); how many were made."""
    with ws.reading() as s:
        have = set(s.exec(select(MinutesRecord.meeting_id)).all())
        missing = [
            m.id
            for m in s.exec(select(Meeting).where(Meeting.status == MeetingStatus.CERTIFIED)).all()
            if m.id is not None and m.id not in have
        ]
    if not missing:
        return 0
    with ws.transaction(audit=False) as s:
        for meeting_id in missing:
            meeting = s.get(Meeting, meeting_id)
            if meeting is not None and latest_record(s, meeting_id) is None:
                take_record(s, meeting, "upgrade")
    return len(missing)
