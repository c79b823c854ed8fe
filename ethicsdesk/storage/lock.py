"""One writer per workspace: a lock file beside the data file (``<file>.lock``).

The lock file is JSON (host, user, pid, started, token), created atomically with O_CREAT|O_EXCL, so
two programs can never both create it. A lock left behind by a program that crashed is *stale*: on the
same PC we can tell, because its process is gone (or its process id now belongs to a younger
process); on another PC we cannot, so the user is told who holds the file and since when, and may open
it read-only, or take it over after confirming (``acquire(..., take_over=True)``).

Portable: no fcntl; a process is checked with ``os.kill(pid, 0)`` on POSIX and OpenProcess on Windows.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import getpass
import json
import os
import secrets
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ethicsdesk.errors import StorageError

#: A lock from another PC older than this is reported as possibly left by a crash (never broken silently).
STALE_AFTER = dt.timedelta(hours=12)
#: An unreadable lock (written half-way by a program killed at that instant) older than this is stale.
UNREADABLE_GRACE_S = 60.0

_held: dict[str, Lock] = {}  # token -> lock, the locks this process holds
_held_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a workspace: the PC, the user, the process and when it took the lock."""

    host: str
    user: str
    pid: int
    started: dt.datetime
    token: str = ""

    @classmethod
    def me(cls) -> LockHolder:
        return cls(
            host=socket.gethostname(),
            user=_user(),
            pid=os.getpid(),
            started=dt.datetime.now().astimezone().replace(microsecond=0),
            token=secrets.token_hex(8),
        )

    @property
    def same_host(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()

    @property
    def age(self) -> dt.timedelta:
        return dt.datetime.now().astimezone() - self.started

    def to_json(self) -> str:
        return json.dumps(
            {
                "host": self.host,
                "user": self.user,
                "pid": self.pid,
                "started": self.started.isoformat(),
                "token": self.token,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> LockHolder | None:
        try:
            data: Any = json.loads(text)
            started = dt.datetime.fromisoformat(data["started"])
            if started.tzinfo is None:
                started = started.astimezone()
            return cls(
                str(data["host"]), str(data["user"]), int(data["pid"]), started, str(data.get("token", ""))
            )
        except (ValueError, TypeError, KeyError):
            return None


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or password database
        return "?"


def _when(started: dt.datetime, lang: str) -> str:
    local = started.astimezone()
    if lang == "th":  # as Thai documents write it: "๔ ธันวาคม ๒๕๖๙ เวลา ๐๑.๓๙ น."
        from ethicsdesk.thai.dates import format_date_long, format_time

        return f"{format_date_long(local.date(), weekday=False)} เวลา {format_time(local.time())}"
    return f"{local:%Y-%m-%d %H:%M}"


class WorkspaceLocked(StorageError):
    """Another program (usually on another PC) is writing this workspace; it may be opened read-only."""

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        self.path = path
        self.holder = holder
        lock = lock_path(path)
        if holder is None:
            th = (
                f"แฟ้ม «{path}» กำลังถูกเปิดแก้ไขโดยโปรแกรม EthicsDesk อีกตัวหนึ่ง (ดูแฟ้ม «{lock}») "
                "จึงเปิดได้เฉพาะแบบอ่านอย่างเดียว"
            )
            en = (
                f"The file «{path}» is being edited by another EthicsDesk (see «{lock}»); "
                "it can only be opened read-only"
            )
        else:
            where = "เครื่องนี้" if holder.same_host else f"เครื่อง {holder.host}"
            where_en = "this PC" if holder.same_host else f"the PC {holder.host}"
            th = (
                f"แฟ้ม «{path}» กำลังถูกเปิดแก้ไขโดยผู้ใช้ {holder.user} บน{where} "
                f"ตั้งแต่ {_when(holder.started, 'th')} จึงเปิดได้เฉพาะแบบอ่านอย่างเดียว"
            )
            en = (
                f"The file «{path}» is being edited by the user {holder.user} on {where_en} "
                f"since {_when(holder.started, 'en')}; it can only be opened read-only"
            )
            if self.maybe_stale:
                th += f" หากเครื่องนั้นไม่ได้ใช้แฟ้มนี้แล้ว (เช่น โปรแกรมปิดไม่ปกติ) ให้ยืนยันการเข้าใช้แทน หรือลบแฟ้ม «{lock}»"
                en += (
                    f". If that PC no longer uses it (for example the program crashed there), "
                    f"confirm to take it over, or delete «{lock}»"
                )
        super().__init__(th, en)

    @property
    def maybe_stale(self) -> bool:
        """Held from another PC for longer than STALE_AFTER: perhaps left by a crash there."""
        return self.holder is not None and not self.holder.same_host and self.holder.age > STALE_AFTER


class Lock:
    """The lock this program holds on one workspace; ``release()`` (or closing the workspace) frees it."""

    def __init__(self, path: Path, holder: LockHolder, took_over: LockHolder | None) -> None:
        self.path = path
        self.holder = holder
        #: The stale lock this one replaced (a program that crashed), for a "not closed properly" note.
        self.took_over = took_over
        self.released = False

    def release(self) -> None:
        """Remove the lock file, if it is still ours; safe to call twice."""
        if self.released:
            return
        self.released = True
        with _held_guard:
            _held.pop(self.holder.token, None)
        lock = lock_path(self.path)
        with contextlib.suppress(OSError):
            current = LockHolder.from_json(lock.read_bytes())
            if current is not None and current.token == self.holder.token:
                lock.unlink()

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the workspace at ``path`` now (None when nobody or the lock is unreadable)."""
    try:
        return LockHolder.from_json(lock_path(Path(path)).read_bytes())
    except OSError:
        return None


def acquire(path: str | Path, *, take_over: bool = False) -> Lock:
    """Take the workspace at ``path`` for writing.

    Raises WorkspaceLocked (with the holder) when another live program holds it; a stale lock is
    replaced. ``take_over`` replaces any lock: only after the user confirmed the holder is gone.
    """
    path = Path(path)
    lock = lock_path(path)
    held = Lock(path, LockHolder.me(), None)
    with _held_guard:  # registered before the file exists, so that no thread of ours takes it for stale
        _held[held.holder.token] = held
    try:
        _create(path, lock, held, take_over)
    except BaseException:
        with _held_guard:
            _held.pop(held.holder.token, None)
        raise
    return held


def _create(path: Path, lock: Path, held: Lock, take_over: bool) -> None:
    data = held.holder.to_json().encode("utf-8")
    for _attempt in range(5):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            seen, holder = _read_existing(lock)
            if seen is None:
                continue  # released meanwhile: try again
            if not (take_over or _is_stale(lock, holder)):
                raise WorkspaceLocked(path, holder) from None
            if _break(lock, seen):
                held.took_over = holder
            continue
        except OSError as exc:
            raise _cannot_lock(path, lock, exc) from None
        try:
            os.write(fd, data)
            os.fsync(fd)
        except OSError as exc:
            os.close(fd)
            with contextlib.suppress(OSError):
                lock.unlink()
            raise _cannot_lock(path, lock, exc) from None
        os.close(fd)
        return
    raise WorkspaceLocked(path, read_holder(path))


def _read_existing(lock: Path) -> tuple[bytes | None, LockHolder | None]:
    try:
        seen = lock.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError:
        return b"", None
    return seen, LockHolder.from_json(seen)


def _is_stale(lock: Path, holder: LockHolder | None) -> bool:
    if holder is None:  # half-written by a program killed at that instant, or not ours at all
        try:
            return time.time() - lock.stat().st_mtime > UNREADABLE_GRACE_S
        except OSError:
            return False
    if not holder.same_host:
        return False  # cannot see processes on another PC: the user decides
    if holder.pid == os.getpid():
        with _held_guard:
            return holder.token not in _held  # our pid, but not our lock: a previous life of this pid
    if not pid_alive(holder.pid):
        return True
    started = process_started(holder.pid)
    # A process younger than the lock cannot have written it: its pid was reused after a crash.
    return started is not None and started > holder.started.timestamp() + 5


def _break(lock: Path, seen: bytes) -> bool:
    """Remove the stale lock whose content is ``seen``; True when it was removed by us.

    Renamed away first and checked, so that a lock another program created meanwhile is put back.
    """
    aside = lock.with_name(f"{lock.name}.stale-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        os.rename(lock, aside)
    except OSError:
        return False  # someone else removed or replaced it first
    try:
        now = aside.read_bytes()
    except OSError:
        now = None
    if now is not None and now != seen:  # we took a fresh lock: give it back if its place is still free
        with contextlib.suppress(OSError):
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644)
            try:
                os.write(fd, now)
            finally:
                os.close(fd)
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


def _cannot_lock(path: Path, lock: Path, exc: OSError) -> StorageError:
    return StorageError(
        f"เปิดแฟ้ม «{path}» เพื่อแก้ไขไม่ได้ เพราะสร้างแฟ้มล็อก «{lock}» ไม่ได้ ({exc.strerror}) "
        "โฟลเดอร์นี้อาจเป็นแบบอ่านอย่างเดียว เปิดได้เฉพาะแบบอ่านอย่างเดียว",
        f"Cannot open «{path}» for editing: the lock file «{lock}» cannot be created ({exc.strerror}); "
        "the folder may be read-only, so it can only be opened read-only",
    )


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this PC (when unsure: True)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists but belongs to another user
        return True
    return True


def process_started(pid: int) -> float | None:
    """When the process began (seconds since the epoch) where the system tells (Linux), else None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime")
        )
        ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22: start time in clock ticks after boot
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return None


@atexit.register
def _release_all() -> None:
    with _held_guard:
        held = list(_held.values())
    for lock in held:
        lock.release()
