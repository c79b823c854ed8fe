"""Several officers on one server workspace: a change made meanwhile by someone else is never written over.

Optimistic concurrency with the ``row_version`` of every edited table (schema 5, SQLAlchemy's version
counter). The workspace remembers the version of each record as it last *showed* it (read in
``Workspace.reading()``: what the window displays). When a transaction then changes or deletes a record
whose version in the database is no longer the one shown, someone else wrote it in between: the change
is refused with ConcurrentEdit, the transaction is rolled back, and the window reloads. Two programs
writing the very same row at the very same moment are caught by the database itself: the second UPDATE
names a version that no longer exists (SQLAlchemy's StaleDataError), which is the same refusal.

Only on a server: a file has one writer at a time (the lock file).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from ethicsdesk.errors import StorageError

#: (model class, primary key) -> the row_version last shown.
Seen = dict[tuple[type, Any], int]


class ConcurrentEdit(StorageError):
    """Someone else changed the record after it was shown here: nothing was saved; reload and redo."""

    #: The window reloads what it shows (gui.context.Context.report).
    reload = True

    def __init__(self) -> None:
        super().__init__(
            "มีผู้อื่นแก้ไขรายการนี้ไปก่อนแล้ว การแก้ไขของคุณจึงยังไม่ถูกบันทึก โปรแกรมโหลดข้อมูลล่าสุดให้แล้ว กรุณาแก้ไขอีกครั้ง",
            "Someone else changed this record meanwhile, so your change was not saved; the latest data was "
            "reloaded. Please make your change again",
        )


def _key(obj: Any) -> tuple[type, Any] | None:
    state = inspect(obj)
    if state.mapper.version_id_col is None or state.identity is None:
        return None
    return (type(obj), state.identity)


def _version(obj: Any) -> int | None:
    state = inspect(obj)
    col = state.mapper.version_id_col
    if col is None:
        return None
    prop = state.mapper.get_property_by_column(col)
    # The version as loaded from the database in this transaction (before any change made here).
    history = state.attrs[prop.key].history
    loaded = history.deleted[0] if history.deleted else getattr(obj, prop.key)
    return int(loaded) if loaded is not None else None


def renumbered(seen: Seen, objs: list[Any]) -> None:
    """Rows a transaction renumbers as a side effect (seats shifted by one when a seat is added), read
    under a lock that makes the renumbering safe: their version now is the one to check against, not
    the one the window showed (another officer's seat added meanwhile is not a conflict with this one)."""
    for obj in objs:
        key = _key(obj)
        version = _version(obj) if key is not None else None
        if key is not None and version is not None:
            seen[key] = version


def watch_reading(session: Session, seen: Seen) -> None:
    """A session that shows records: what it loads is what the user now sees."""

    @event.listens_for(session, "loaded_as_persistent")
    def _shown(_session: Session, obj: Any) -> None:
        key = _key(obj)
        if key is not None:
            version = _version(obj)
            if version is not None:
                seen[key] = version


def watch_writing(session: Session, seen: Seen) -> None:
    """A transaction: refuse to change a record that changed since it was shown; after the commit, what
    it wrote is what the user sees."""
    written: list[Any] = []
    checked: set[tuple[type, Any]] = set()

    @event.listens_for(session, "before_flush")
    def _check(s: Session, _ctx: object, _instances: object) -> None:
        for obj in list(s.dirty) + list(s.deleted):
            if obj in s.dirty and not s.is_modified(obj):
                continue
            key = _key(obj)
            if key is None:
                continue
            if key in checked:  # flushed once already in this transaction: its version moved on here
                continue
            checked.add(key)
            shown = seen.get(key)
            current = _version(obj)
            if shown is not None and current is not None and current != shown:
                seen[key] = current  # the reload shows the new version: the next try may go ahead
                raise ConcurrentEdit()

    @event.listens_for(session, "after_flush")
    def _note(s: Session, _ctx: object) -> None:
        written.extend(list(s.new) + list(s.dirty))

    @event.listens_for(session, "after_commit")
    def _committed(_s: Session) -> None:
        for obj in written:
            key = _key(obj)
            version = _version(obj) if key is not None else None
            if key is not None and version is not None:
                seen[key] = version
        written.clear()

    @event.listens_for(session, "after_soft_rollback")
    def _rolled_back(_s: Session, _previous: object) -> None:
        written.clear()
