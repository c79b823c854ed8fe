"""Restoring a backup (กู้คืน), and recovering a damaged workspace from its newest good backup.

A file that is replaced is never deleted: a sound one is backed up first, a damaged one is moved aside
as ``<name>.damaged-YYYYMMDD-HHMMSS`` (with SQLite's journal beside it, if any). The backup is checked
with PRAGMA integrity_check, copied to a temporary file in the same folder, checked again, synced, and
only then put in place with one atomic rename.

The workspace must be closed first (the lock is taken here), so that no connection holds the old file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.backup import BackupInfo, backup_now, list_backups
from ethicsdesk.storage.files import (
    SIDECARS,
    DamagedFile,
    fsync_dir,
    fsync_file,
    new_temp_file,
    os_error,
    sidecar,
    verify,
)
from ethicsdesk.storage.lock import acquire


@dataclass(frozen=True)
class Diagnosis:
    """What is wrong with a workspace file, and the backup to offer when restoring is the remedy."""

    path: Path
    #: None: the file is a sound workspace.
    problem: StorageError | None
    #: Damaged, missing, a folder or not a workspace: restoring a backup is the remedy (if there is one).
    restorable: bool
    #: The newest backup that passes the integrity check (only looked for when ``restorable``).
    backup: BackupInfo | None


@dataclass(frozen=True)
class Restored:
    """A finished restore: where the replaced file is kept, for the message to the user."""

    path: Path
    source: Path
    #: The backup of the replaced file, or the damaged file moved aside; None if there was no file.
    kept: Path | None
    kept_damaged: bool

    def message(self, lang: str = "th") -> str:
        if lang == "en":
            text = f"Restored «{self.path}» from the backup «{self.source}»"
            if self.kept is not None:
                what = (
                    "the damaged file was moved aside to"
                    if self.kept_damaged
                    else "the file before it was kept as"
                )
                text += f"; {what} «{self.kept}»"
            return text
        text = f"กู้คืนแฟ้ม «{self.path}» จากสำเนาสำรอง «{self.source}» แล้ว"
        if self.kept is not None:
            what = "แฟ้มที่เสียหายถูกย้ายไปเก็บไว้ที่" if self.kept_damaged else "แฟ้มก่อนกู้คืนเก็บไว้เป็น"
            text += f" {what} «{self.kept}»"
        return text


def diagnose(path: str | Path) -> Diagnosis:
    """Check the workspace at ``path`` fully, without changing it; find a backup if one would help."""
    path = Path(path)
    restorable = True
    try:
        verify(path, full=True)
        return Diagnosis(path, None, False, None)
    except DamagedFile as exc:
        problem: StorageError = exc
    except StorageError as exc:  # missing (restorable), or from a newer EthicsDesk (not: it would lose work)
        problem = exc
        restorable = path.is_dir() or not path.exists()
    return Diagnosis(path, problem, restorable, find_good_backup(path) if restorable else None)


def find_good_backup(path: str | Path) -> BackupInfo | None:
    """The newest backup of ``path`` that passes PRAGMA integrity_check and this program can read."""
    for info in list_backups(path):
        try:
            verify(info.path, full=True)
        except StorageError:
            continue
        return info
    return None


def move_aside(path: str | Path) -> Path:
    """Rename a damaged file (or folder) to ``<name>.damaged-YYYYMMDD-HHMMSS``, journal and all; never delete."""
    path = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists() or any(sidecar(aside, s).exists() for s in SIDECARS):
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    try:
        os.rename(path, aside)
        for suffix in SIDECARS:
            if sidecar(path, suffix).exists():
                os.rename(sidecar(path, suffix), sidecar(aside, suffix))
    except OSError as exc:
        raise os_error(path, exc, "ย้ายแฟ้มที่เสียหาย", "move aside the damaged file") from None
    fsync_dir(path.parent)
    return aside


def restore(backup: str | Path, path: str | Path) -> Restored:
    """Put the backup ``backup`` in place of the workspace at ``path``, keeping what was there.

    Raises StorageError (nothing changed) when the backup fails its check, WorkspaceLocked when the
    workspace is open in a program (close it first), and StorageError for a full disk or read-only folder.
    """
    backup, path = Path(backup), Path(path)
    try:
        verify(backup, full=True)
    except StorageError as exc:
        raise StorageError(
            f"กู้คืนจากสำเนาสำรอง «{backup}» ไม่ได้ และไม่ได้เปลี่ยนแปลงแฟ้มใด: {exc.th}",
            f"Cannot restore from the backup «{backup}»; nothing was changed: {exc.en}",
        ) from None
    with acquire(path):
        tmp = _staged_copy(backup, path)
        try:
            kept, damaged = _set_aside(path, backup)
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise os_error(path, exc, "กู้คืนแฟ้ม", "restore") from None
            fsync_dir(path.parent)
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return Restored(path, backup, kept, damaged)


def recover(path: str | Path) -> Restored:
    """Restore the newest good backup over the damaged (or missing) workspace at ``path``."""
    path = Path(path)
    found = find_good_backup(path)
    if found is None:
        raise StorageError(
            f"ไม่พบสำเนาสำรองที่ใช้ได้ของแฟ้ม «{path}» ในโฟลเดอร์ «{path.parent / 'backups'}»",
            f"No usable backup of «{path}» was found in «{path.parent / 'backups'}»",
        )
    return restore(found.path, path)


def _staged_copy(backup: Path, path: Path) -> Path:
    """The backup copied beside ``path``, checked and synced: ready for the atomic rename."""
    try:
        tmp = new_temp_file(path.parent, f".{path.name}.", ".restore")
    except OSError as exc:
        raise os_error(path.parent, exc, "กู้คืนแฟ้มลงในโฟลเดอร์", "restore into the folder") from None
    try:
        shutil.copyfile(backup, tmp)
        if path.is_file():
            shutil.copymode(path, tmp)  # who may read the workspace stays as it was
        fsync_file(tmp)
        verify(tmp, full=False)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(path, exc, "กู้คืนแฟ้ม", "restore") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _set_aside(path: Path, source: Path) -> tuple[Path | None, bool]:
    """Keep the file about to be replaced: a backup if it is sound, else moved aside untouched."""
    if not path.exists():
        return None, False
    sound = path.is_file()
    if sound:
        try:
            verify(path, full=False, workspace=False)
        except StorageError:
            sound = False
    if not sound:
        return move_aside(path), True
    kept = backup_now(path, "restore", keep=[source])  # this also undoes an unfinished change (hot journal)
    if any(sidecar(path, s).exists() for s in SIDECARS):
        # SQLite removes its journal when the last connection closes: another program has the file open.
        raise StorageError(
            f"กู้คืนแฟ้ม «{path}» ไม่ได้ เพราะมีโปรแกรมอื่นเปิดแฟ้มนี้อยู่ กรุณาปิดโปรแกรมนั้นก่อน "
            f"(สำรองแฟ้มปัจจุบันไว้ที่ «{kept}» แล้ว)",
            f"Cannot restore «{path}»: another program has it open; close that program first "
            f"(the current file was backed up to «{kept}»)",
        )
    return kept, False
