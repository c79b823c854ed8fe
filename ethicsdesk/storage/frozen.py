"""Certified minutes read straight from their frozen record with the standard ``sqlite3`` module.

What it buys: ``ethicsdesk minutes`` of certified minutes skips importing SQLAlchemy, SQLModel and the
models (about 0.4 s of a 1.5 s command on a 2-core office PC). The frozen record is one row of
``minutesrecord`` holding the snapshot's JSON, so no ORM is needed to print it.

The short way is taken only when nothing else would happen on opening: the file is a workspace of
this program's schema (no upgrade due), no journal is waiting to be rolled back, the meeting number
names one meeting, and it is certified with a stored record. Otherwise ``find_frozen_minutes`` returns
None and the caller opens the workspace the usual way (which upgrades, makes missing records, and gives
the messages for an ambiguous or unknown meeting). The file is opened read-only, without the lock:
reading one committed row is safe while another program edits the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ethicsdesk.domain import snapshots
from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.errors import StorageError
from ethicsdesk.storage.header import APPLICATION_ID, SCHEMA_VERSION, check_file


@dataclass(frozen=True)
class FrozenMinutes:
    """The newest frozen record of certified minutes, as stored."""

    record_id: int
    sha256: str
    text: str  # the snapshot's canonical JSON (ethicsdesk.domain.snapshots)


def _journal_waiting(path: Path) -> bool:
    """A journal or write-ahead log beside the file: only a writing connection may settle it."""
    for suffix in ("-journal", "-wal"):
        try:
            if path.with_name(path.name + suffix).stat().st_size > 0:
                return True
        except OSError:
            pass
    return False


def connect_current(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to ``path`` when it may be read without the ORM: a workspace file of this
    program's schema with no journal waiting; else None (the usual way opens it and says what is wrong).
    A workspace on a server (not a Path) is always read the usual way, through SQLAlchemy."""
    if not isinstance(path, Path):
        return None
    try:
        check_file(path)
    except StorageError:
        return None  # the usual way refuses it, naming a backup to restore
    if not path.is_file() or _journal_waiting(path):
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error:
        app_id = version = None
    if app_id != APPLICATION_ID or version != SCHEMA_VERSION:
        conn.close()
        return None
    return conn


def find_frozen_minutes(path: Path, number: int, year_be: int) -> FrozenMinutes | None:
    """The newest record of meeting ``number``/``year_be`` when the short way applies, else None."""
    conn = connect_current(path)
    if conn is None:
        return None
    try:
        meetings = conn.execute(
            "SELECT id, status FROM meeting WHERE number = ? AND year_be = ?", (number, year_be)
        ).fetchall()
        # The status column holds the enum's name (SQLAlchemy's Enum type).
        if len(meetings) != 1 or meetings[0][1] != MeetingStatus.CERTIFIED.name:
            return None
        row = conn.execute(
            "SELECT id, sha256, snapshot FROM minutesrecord WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
            (meetings[0][0],),
        ).fetchone()
    except sqlite3.Error:
        return None  # the usual way opens it again and explains what is wrong
    finally:
        conn.close()
    return None if row is None else FrozenMinutes(row[0], row[1], row[2])


def decode(found: FrozenMinutes) -> snapshots.MinutesSnapshot:
    """The snapshot of a record, refused when it cannot be read or no longer matches its SHA-256."""
    return snapshots.decode_record(found.record_id, found.text, found.sha256)
