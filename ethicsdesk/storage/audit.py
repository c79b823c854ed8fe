"""The audit log: every change to the records (what, when, old and new value), written in the same
transaction as the change itself, so the log and the records never disagree."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, select

from ethicsdesk.domain.models import (
    AgendaItem,
    Amendment,
    Attendance,
    AuditEntry,
    DissentingOpinion,
    Meeting,
    MinutesRecord,
)

_SKIP = (AuditEntry, MinutesRecord)  # a frozen record is its own log: its JSON is not copied here


def _json(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _snapshot(obj: Any) -> str:
    mapper = inspect(obj).mapper
    return json.dumps(
        {c.key: _json(getattr(obj, c.key)) for c in mapper.column_attrs}, ensure_ascii=False, sort_keys=True
    )


def _meeting_of(session: OrmSession, obj: Any) -> int | None:
    if isinstance(obj, Meeting):
        return obj.id
    if isinstance(obj, Attendance | AgendaItem | Amendment):
        return obj.meeting_id
    if isinstance(obj, DissentingOpinion):
        with session.no_autoflush:
            item = session.get(AgendaItem, obj.agenda_item_id)
        return item.meeting_id if item else None
    return None


def _open_amendment(session: OrmSession, meeting_id: int | None, cache: dict[int, int | None]) -> int | None:
    if meeting_id is None:
        return None
    if meeting_id not in cache:
        with session.no_autoflush:
            row = session.execute(
                select(Amendment.id).where(Amendment.meeting_id == meeting_id, Amendment.closed_at == None)  # noqa: E711
            ).first()
        cache[meeting_id] = row[0] if row else None
    return cache[meeting_id]


_PENDING = "ethicsdesk.audit.pending"


def record_changes(session: OrmSession, _context: object, _instances: object) -> None:
    """before_flush: note one entry per inserted or deleted row, one per changed field of an updated row."""
    now = dt.datetime.now(dt.UTC)
    pending: list[tuple[Any, dict[str, Any]]] = session.info.setdefault(_PENDING, [])
    amendments: dict[int, int | None] = {}

    def entry(obj: Any, action: str, **kw: Any) -> None:
        meeting_id = _meeting_of(session, obj)
        row = {
            "at": now,
            "action": action,
            "entity": type(obj).__tablename__,
            "entity_id": getattr(obj, "id", None),
            "field": "",
            "old_value": "",
            "new_value": "",
            "meeting_id": meeting_id,
            "amendment_id": _open_amendment(session, meeting_id, amendments),
        }
        row.update(kw)
        pending.append((obj, row))

    for obj in session.new:
        if not isinstance(obj, _SKIP):
            entry(obj, "insert")
    for obj in session.dirty:
        if isinstance(obj, _SKIP) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            hist = state.attrs[attr.key].history
            if hist.has_changes() and hist.deleted:
                old, new = hist.deleted[0], hist.added[0] if hist.added else None
                if old != new:
                    entry(obj, "update", field=attr.key, old_value=_json(old), new_value=_json(new))
    for obj in session.deleted:
        if not isinstance(obj, _SKIP):
            entry(obj, "delete", old_value=_snapshot(obj))


def write_entries(session: OrmSession, _context: object) -> None:
    """after_flush: inserted rows now have their ids; write the noted entries in the same transaction."""
    pending: list[tuple[Any, dict[str, Any]]] = session.info.pop(_PENDING, [])
    if not pending:
        return
    rows = []
    for obj, row in pending:
        if row["action"] == "insert":
            row["entity_id"] = getattr(obj, "id", None)
            row["new_value"] = _snapshot(obj)
            if isinstance(obj, Meeting):
                row["meeting_id"] = obj.id
        rows.append(row)
    session.connection().execute(insert(AuditEntry.__table__), rows)  # type: ignore[attr-defined]


def attach(session: OrmSession) -> None:
    """Log every change made through this session."""
    event.listen(session, "before_flush", record_changes)
    event.listen(session, "after_flush", write_entries)


def history(session: Session, meeting_id: int) -> list[AuditEntry]:
    """The audit entries of a meeting, oldest first."""
    from sqlmodel import col

    return list(
        session.exec(
            select(AuditEntry).where(AuditEntry.meeting_id == meeting_id).order_by(col(AuditEntry.id))
        ).all()
    )
