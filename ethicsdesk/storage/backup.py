"""Backups of a workspace (สำรองข้อมูล): copies in a ``backups`` folder beside the data file.

Taken with SQLite's online backup API, so a copy is consistent even while the program writes; checked
with PRAGMA quick_check before it gets its name (a copy that is cut short never looks like a backup).
Named ``<stem>-YYYYMMDD-HHMMSS[-reason].sqlite`` (local time). Kept: the newest ten, and for older
ones the newest of each month.

Taken on open (``backup_on_open``, cheap enough to run before the window shows, and safe to run in a
worker thread after it), before every migration and import, and before a restore.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.files import (
    DamagedFile,
    fsync_dir,
    fsync_file,
    new_temp_file,
    os_error,
    sqlite_uri,
    verify,
)

FOLDER = "backups"
KEEP_RECENT = 10
#: A leftover temporary copy (from a program killed while copying) older than this is removed.
_TEMP_GRACE_S = 3600.0
#: The data file must be older than the newest backup by this much for an open to skip a new backup
#: (file times on FAT and network shares are coarse).
_MTIME_SLACK_NS = 2_000_000_000
_NAME = re.compile(r"-(\d{8})-(\d{6})(?:-([a-z]+))?(?:-(\d+))?\.sqlite")

#: Why a backup was taken, as written in its name and shown to the user.
REASONS: dict[str, tuple[str, str]] = {
    "open": ("เมื่อเปิดแฟ้ม", "on open"),
    "manual": ("สำรองด้วยตนเอง", "by hand"),
    "migration": ("ก่อนปรับโครงสร้างแฟ้ม", "before upgrading the file"),
    "import": ("ก่อนนำเข้าข้อมูล", "before an import"),
    "restore": ("ก่อนกู้คืน", "before a restore"),
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken and why."""

    path: Path
    taken: dt.datetime
    reason: str
    seq: int = 0

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def reason_text(self, lang: str = "th") -> str:
        th, en = REASONS.get(self.reason, (self.reason, self.reason))
        return en if lang == "en" else th

    def label(self, lang: str = "th") -> str:
        """E.g. ``27/5/2569 09:30 น. (เมื่อเปิดแฟ้ม)`` or ``2026-05-27 09:30 (on open)``."""
        t = self.taken
        when = f"{t.day}/{t.month}/{t.year + 543} {t:%H:%M} น." if lang == "th" else f"{t:%Y-%m-%d %H:%M}"
        return f"{when} ({self.reason_text(lang)})" if self.reason else when


def backup_folder(path: Path) -> Path:
    return Path(path).parent / FOLDER


def list_backups(path: str | Path) -> list[BackupInfo]:
    """The backups of the workspace at ``path``, newest first (by the time in their names)."""
    path = Path(path)
    folder = backup_folder(path)
    prefix = path.stem
    found: list[BackupInfo] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix):
            continue
        m = _NAME.fullmatch(name, len(prefix))
        if m is None or not entry.is_file():
            continue
        try:
            taken = dt.datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(Path(entry.path), taken, m[3] or "", int(m[4] or 0)))
    found.sort(key=lambda b: (b.taken, b.seq), reverse=True)
    return found


def backup_now(path: str | Path, reason: str = "manual", *, keep: Iterable[Path] = ()) -> Path:
    """Copy the workspace at ``path`` into its backups folder now; return the new backup's path.

    Raises StorageError with a clear message (disk full, read-only folder, damaged workspace); no
    partial backup is ever left under a backup's name. ``keep``: backups rotation must not remove.
    """
    path = Path(path)
    if not re.fullmatch(r"[a-z]*", reason):
        raise ValueError(f"a backup reason is lower-case letters: {reason!r}")
    if not path.is_file():
        raise StorageError(f"ไม่พบแฟ้ม «{path}»", f"File «{path}» not found")
    folder = backup_folder(path)
    try:
        folder.mkdir(exist_ok=True)
        _remove_leftovers(folder, path.stem)
        tmp = new_temp_file(folder, f".{path.stem}-backup-", ".tmp")
    except OSError as exc:
        raise os_error(folder, exc, "สร้างสำเนาสำรองในโฟลเดอร์", "make a backup in the folder") from None
    taken = dt.datetime.now().replace(microsecond=0)
    try:
        _copy(path, tmp)
        verify(tmp, full=False)
        fsync_file(tmp)
        final = _free_name(folder, path.stem, taken, reason)
        os.replace(tmp, final)
        fsync_dir(folder)
    except DamagedFile as exc:
        raise StorageError(
            f"สำรองแฟ้ม «{path}» ไม่ได้ เพราะสำเนาที่ได้ไม่ผ่านการตรวจ แฟ้มอาจเสียหาย "
            f"กรุณาตรวจด้วยคำสั่ง ethicsdesk check ({exc.th})",
            f"Cannot back up «{path}»: the copy fails its check, so the file may be damaged; "
            f"check it with `ethicsdesk check` ({exc.en})",
        ) from None
    except OSError as exc:
        raise os_error(folder, exc, "สร้างสำเนาสำรองในโฟลเดอร์", "make a backup in the folder") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    rotate(path, keep=[final, *keep])
    return final


def backup_on_open(path: str | Path) -> Path | None:
    """The backup taken when a workspace is opened; None when the newest backup already holds this file.

    About 0.1 s for a 20 MB workspace on a warm disk. Uses its own SQLite connections, so it can run in
    a worker thread while the program reads and writes the workspace.
    """
    path = Path(path)
    backups = list_backups(path)
    if backups:
        with contextlib.suppress(OSError):
            if path.stat().st_mtime_ns + _MTIME_SLACK_NS < backups[0].path.stat().st_mtime_ns:
                return None
    return backup_now(path, "open")


def rotate(path: str | Path, *, keep: Iterable[Path] = ()) -> list[Path]:
    """Remove the backups beyond the newest KEEP_RECENT, except the newest of each month; return them."""
    protected = {Path(p) for p in keep}
    months: set[tuple[int, int]] = set()
    removed: list[Path] = []
    for i, b in enumerate(list_backups(path)):
        month = (b.taken.year, b.taken.month)
        first_of_month = month not in months
        months.add(month)
        if i < KEEP_RECENT or first_of_month or b.path in protected:
            continue
        with contextlib.suppress(OSError):
            b.path.unlink()
            removed.append(b.path)
    return removed


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy even while another connection writes."""
    try:
        src = sqlite3.connect(sqlite_uri(source, "rw"), uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise DamagedFile(
            f"แฟ้ม «{source}» เปิดด้วย SQLite ไม่ได้ ({exc})", f"SQLite cannot open «{source}» ({exc})"
        ) from None
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, sleep=0.05)
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "full" in text:
            import errno

            raise OSError(errno.ENOSPC, "disk is full") from None
        raise DamagedFile(f"อ่านแฟ้ม «{source}» ไม่ได้ ({exc})", f"Cannot read «{source}» ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise DamagedFile(f"อ่านแฟ้ม «{source}» ไม่ได้ ({exc})", f"Cannot read «{source}» ({exc})") from None
    finally:
        src.close()


def _free_name(folder: Path, stem: str, taken: dt.datetime, reason: str) -> Path:
    """A new name; a second backup in the same second (any reason) gets -2, -3: they stay in order."""
    stamp = f"{taken:%Y%m%d-%H%M%S}"
    same_second = [
        b.seq or 1
        for b in list_backups(folder.parent / f"{stem}.sqlite")
        if b.path.name.startswith(f"{stem}-{stamp}")
    ]
    n = max(same_second, default=0) + 1
    name = f"{stem}-{stamp}" + (f"-{reason}" if reason else "") + (f"-{n}" if n > 1 else "")
    return folder / f"{name}.sqlite"


def _remove_leftovers(folder: Path, stem: str) -> None:
    now = time.time()
    for leftover in folder.glob(f".{glob_escape(stem)}-backup-*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > _TEMP_GRACE_S:
                leftover.unlink()


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
