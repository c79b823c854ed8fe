"""File-level helpers for backups and recovery: SQLite URIs, fsync, and checking a file without changing it."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.header import APPLICATION_ID, SCHEMA_VERSION
from ethicsdesk.storage.header import check_file as _check_file

#: Files SQLite keeps beside a database while it writes; they belong to it and move with it.
SIDECARS = ("-journal", "-wal", "-shm")


class DamagedFile(StorageError):
    """The file is not a sound EthicsDesk workspace (damaged, or not a workspace): a backup may replace it."""


def sqlite_uri(path: Path, mode: str) -> str:
    """A ``file:`` URI for sqlite3.connect(..., uri=True); safe for any character and for UNC paths."""
    posix = Path(os.path.abspath(path)).as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/x -> /C:/x
    return f"file://{quote(posix, safe='/:')}?mode={mode}"


def new_temp_file(folder: Path, prefix: str, suffix: str) -> Path:
    """An empty new file in ``folder`` with the permissions of any new file (tempfile's are private)."""
    for _ in range(100):
        candidate = folder / f"{prefix}{secrets.token_hex(6)}{suffix}"
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"no free temporary name in {folder}")


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def has_hot_journal(path: Path) -> bool:
    try:
        return sidecar(path, "-journal").stat().st_size > 0
    except OSError:
        return False


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); Windows has no directory handle to sync."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def verify(path: Path, *, full: bool = True, workspace: bool = True) -> None:
    """Check ``path`` without changing it; raise when it is not sound.

    ``full`` runs PRAGMA integrity_check (else the faster quick_check); ``workspace`` also requires an
    EthicsDesk header this program can read. DamagedFile for a damaged or foreign file, StorageError for
    a missing file or one from a newer EthicsDesk.
    """
    path = Path(path)
    if not path.exists():
        raise StorageError(f"ไม่พบแฟ้ม «{path}»", f"File «{path}» not found")
    if path.is_file() and has_hot_journal(path):
        # An unfinished change from a crash: SQLite undoes it on the next write-open. Check a copy,
        # undone there, so that the file itself stays untouched.
        with tempfile.TemporaryDirectory(prefix="ethicsdesk-check-") as tmp:
            copy = Path(tmp) / "check.sqlite"
            shutil.copyfile(path, copy)
            shutil.copyfile(sidecar(path, "-journal"), sidecar(copy, "-journal"))
            _verify_sqlite(copy, path, "rw", full=full, workspace=workspace)
        return
    try:
        _check_file(path)
    except StorageError as exc:
        raise DamagedFile(exc.th, exc.en) from None
    _verify_sqlite(path, path, "ro", full=full, workspace=workspace)


def _verify_sqlite(file: Path, shown: Path, mode: str, *, full: bool, workspace: bool) -> None:
    try:
        con = sqlite3.connect(sqlite_uri(file, mode), uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(shown, exc) from None
    try:
        rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        version = con.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise _unreadable(shown, exc) from None
    finally:
        con.close()
    if rows != [("ok",)]:
        first = str(rows[0][0]) if rows else "?"
        raise DamagedFile(
            f"แฟ้ม «{shown}» เสียหาย ไม่ผ่านการตรวจความสมบูรณ์ของ SQLite ({first})",
            f"The file «{shown}» is damaged: it fails SQLite's integrity check ({first})",
        )
    if not workspace:
        return
    if app_id != APPLICATION_ID:
        raise DamagedFile(
            f"แฟ้ม «{shown}» ไม่ใช่แฟ้มข้อมูลของ EthicsDesk", f"The file «{shown}» is not an EthicsDesk workspace"
        )
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"แฟ้ม «{shown}» บันทึกด้วย EthicsDesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {version}) โปรแกรมนี้จึงใช้ไม่ได้",
            f"The file «{shown}» was written by a newer EthicsDesk (schema {version}); this program cannot use it",
        )


def _unreadable(shown: Path, exc: sqlite3.Error) -> DamagedFile:
    return DamagedFile(
        f"แฟ้ม «{shown}» เสียหาย SQLite อ่านไม่ได้ ({exc})",
        f"The file «{shown}» is damaged: SQLite cannot read it ({exc})",
    )


def os_error(path: Path, exc: OSError, th_doing: str, en_doing: str) -> StorageError:
    """A clear message for a failed file operation: disk full and read-only media named as such."""
    import errno

    if exc.errno == errno.ENOSPC:
        return StorageError(
            f"{th_doing} «{path}» ไม่ได้ เพราะพื้นที่ดิสก์เต็ม", f"Cannot {en_doing} «{path}»: the disk is full"
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(
            f"{th_doing} «{path}» ไม่ได้ เพราะโฟลเดอร์หรือสื่อเป็นแบบอ่านอย่างเดียว หรือไม่มีสิทธิ์เขียน",
            f"Cannot {en_doing} «{path}»: the folder or medium is read-only, or you may not write there",
        )
    return StorageError(
        f"{th_doing} «{path}» ไม่ได้ ({exc.strerror or exc})",
        f"Cannot {en_doing} «{path}» ({exc.strerror or exc})",
    )
