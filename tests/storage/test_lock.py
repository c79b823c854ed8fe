"""One writer per workspace: the lock file, who holds it, stale locks, read-only opening meanwhile."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ethicsdesk.cli import BACKUP_THREAD, EXIT_USER, main
from ethicsdesk.errors import StorageError
from ethicsdesk.services import Services
from ethicsdesk.storage import Workspace, open_workspace
from ethicsdesk.storage.backup import list_backups
from ethicsdesk.storage.lock import (
    LockHolder,
    WorkspaceLocked,
    _break,
    acquire,
    lock_path,
    pid_alive,
    process_started,
    read_holder,
)

pytestmark = pytest.mark.sqlite_only("the lock file beside a workspace file (a server workspace has none)")

ROOT = Path(__file__).resolve().parents[2]


def _write_lock(path: Path, *, host: str | None = None, pid: int, started: dt.datetime | None = None) -> None:
    holder = LockHolder(
        host=host or socket.gethostname(),
        user="somchai",
        pid=pid,
        started=started or dt.datetime.now().astimezone().replace(microsecond=0),
        token="feedface",
    )
    lock_path(path).write_text(holder.to_json(), encoding="utf-8")


def _child(code: str) -> subprocess.Popen[str]:
    """A Python process that prints a line once it has done ``code`` and then waits for its stdin."""
    script = f"import sys\n{code}\nprint('ready', flush=True)\nsys.stdin.read()\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "ready\n"
    return proc


def _end(proc: subprocess.Popen[str]) -> None:
    proc.communicate(timeout=30)  # closes its stdin: it ends


def test_the_lock_file_says_who_holds_the_workspace(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    lock = acquire(path)
    data = json.loads(lock_path(path).read_text(encoding="utf-8"))
    assert data["host"] == socket.gethostname()
    assert data["pid"] == os.getpid()
    assert data["user"]
    started = dt.datetime.fromisoformat(data["started"])
    assert abs((dt.datetime.now().astimezone() - started).total_seconds()) < 60
    assert read_holder(path) == lock.holder
    lock.release()
    assert not lock_path(path).exists()
    lock.release()  # twice is harmless


def test_a_second_writer_is_told_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    with acquire(path), pytest.raises(WorkspaceLocked) as err:
        acquire(path)
    holder = err.value.holder
    assert holder is not None and holder.pid == os.getpid()
    assert str(path) in err.value.th and str(path) in err.value.en
    assert holder.user in err.value.th and "เครื่องนี้" in err.value.th and "อ่านอย่างเดียว" in err.value.th
    assert "read-only" in err.value.en and "this PC" in err.value.en
    assert not lock_path(path).exists(), "released on leaving the with block"


def test_a_live_process_on_this_pc_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    proc = _child(f"from ethicsdesk.storage.lock import acquire\nlock = acquire({str(path)!r})")
    try:
        with pytest.raises(WorkspaceLocked) as err:
            acquire(path)
        assert err.value.holder is not None and err.value.holder.pid == proc.pid
    finally:
        _end(proc)
    assert not lock_path(path).exists(), "released at exit (atexit)"


def test_the_lock_of_a_killed_process_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    proc = _child(f"from ethicsdesk.storage.lock import acquire\nlock = acquire({str(path)!r})")
    proc.kill()
    _end(proc)
    assert lock_path(path).exists(), "a killed program leaves its lock behind"
    assert not pid_alive(proc.pid)
    with acquire(path) as lock:
        assert lock.took_over is not None and lock.took_over.pid == proc.pid
        assert read_holder(path) == lock.holder


def test_a_reused_process_id_does_not_keep_a_stale_lock(tmp_path: Path) -> None:
    """After a crash and a restart the old pid may belong to a younger, unrelated process."""
    path = tmp_path / "w.sqlite"
    proc = _child("")
    try:
        if process_started(proc.pid) is None:
            pytest.skip("this system does not tell when a process started (Linux /proc only)")
        yesterday = dt.datetime.now().astimezone() - dt.timedelta(days=1)
        _write_lock(path, pid=proc.pid, started=yesterday)
        with acquire(path) as lock:
            assert lock.took_over is not None
        _write_lock(path, pid=proc.pid)  # the same pid, written after the process started: live
        with pytest.raises(WorkspaceLocked):
            acquire(path)
    finally:
        _end(proc)


def test_our_own_pid_in_a_lock_we_do_not_hold_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    _write_lock(path, pid=os.getpid())  # e.g. a container restarted: the same pid, another life
    with acquire(path) as lock:
        assert lock.took_over is not None


def test_another_pc_cannot_be_checked_so_it_is_never_stale_by_itself(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    long_ago = dt.datetime(2026, 1, 5, 8, 30).astimezone()
    _write_lock(path, host="PC-FINANCE-07", pid=1, started=long_ago)
    with pytest.raises(WorkspaceLocked) as err:
        acquire(path)
    e = err.value
    assert "PC-FINANCE-07" in e.th and "somchai" in e.th and "๕ มกราคม ๒๕๖๙ เวลา ๐๘.๓๐ น." in e.th
    assert "PC-FINANCE-07" in e.en and "somchai" in e.en and "2026-01-05 08:30" in e.en
    assert e.maybe_stale and str(lock_path(path)) in e.en
    with acquire(path, take_over=True) as lock:  # after the user confirmed that PC is not using it
        assert lock.took_over is not None and lock.took_over.host == "PC-FINANCE-07"


def test_a_recent_lock_from_another_pc_is_not_called_stale(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    _write_lock(path, host="PC-FINANCE-07", pid=1)
    with pytest.raises(WorkspaceLocked) as err:
        acquire(path)
    assert not err.value.maybe_stale
    assert "ลบแฟ้ม" not in err.value.th


def test_an_unreadable_lock_is_held_while_fresh_and_stale_when_old(tmp_path: Path) -> None:
    """A lock left half-written by a program killed at that instant."""
    path = tmp_path / "w.sqlite"
    lock_path(path).write_bytes(b'{"host": "PC')
    with pytest.raises(WorkspaceLocked) as err:
        acquire(path)
    assert err.value.holder is None and str(path) in err.value.th
    old = time.time() - 300
    os.utime(lock_path(path), (old, old))
    with acquire(path) as lock:
        assert lock.took_over is None


def test_release_leaves_a_lock_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    lock = acquire(path)
    _write_lock(path, host="PC-OTHER", pid=1)  # someone took it over meanwhile
    lock.release()
    assert read_holder(path) is not None and read_holder(path).host == "PC-OTHER"  # type: ignore[union-attr]


def test_breaking_a_stale_lock_gives_back_a_fresh_one_created_meanwhile(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    _write_lock(path, pid=999_999)
    stale = lock_path(path).read_bytes()
    _write_lock(path, host="PC-NEW", pid=1)  # between our reading and our breaking, another took it
    fresh = lock_path(path).read_bytes()
    assert not _break(lock_path(path), stale)
    assert lock_path(path).read_bytes() == fresh
    assert [p.name for p in tmp_path.iterdir()] == [lock_path(path).name]


def test_only_one_of_several_programs_starting_together_gets_it(tmp_path: Path) -> None:
    path, go = tmp_path / "w.sqlite", tmp_path / "go"
    code = (
        "import os, time\n"
        "from ethicsdesk.storage.lock import WorkspaceLocked, acquire\n"
        "print('ready', flush=True)\n"
        f"while not os.path.exists({str(go)!r}):\n    time.sleep(0.001)\n"
        f"try:\n    lock = acquire({str(path)!r})\n    print('won', flush=True)\n"
        "except WorkspaceLocked:\n    print('locked', flush=True)\n"
        "import sys\nsys.stdin.read()\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
        )
        for _ in range(4)
    ]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline() == "ready\n"
        go.touch()
        results = [p.stdout.readline().strip() for p in procs if p.stdout is not None]
    finally:
        for p in procs:
            p.communicate(timeout=30)
    assert sorted(results) == ["locked", "locked", "locked", "won"]


def test_open_workspace_takes_the_lock_and_read_only_opening_still_works(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    ws = open_workspace(path, create=True, lock=True)
    try:
        assert ws.lock is not None and lock_path(path).exists()
        with pytest.raises(WorkspaceLocked):
            open_workspace(path, lock=True)
        reader = open_workspace(path, read_only=True, lock=True)  # read-only needs no lock
        assert reader.lock is None
        reader.close()
    finally:
        ws.close()
    assert not lock_path(path).exists()
    open_workspace(path, lock=True).close()


def test_a_failed_open_releases_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE other (x)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="โปรแกรมอื่น"):
        open_workspace(path, lock=True)
    assert not lock_path(path).exists()


def test_a_read_only_folder_is_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.sqlite"
    real_open = os.open

    def refuse(file: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if str(file).endswith(".lock"):
            raise OSError(30, "Read-only file system")
        return real_open(file, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(StorageError) as err:
        acquire(path)
    assert not isinstance(err.value, WorkspaceLocked)
    assert "อ่านอย่างเดียว" in err.value.th and str(path) in err.value.th and "read-only" in err.value.en


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writers_take_the_lock_and_readers_do_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample_ws: Workspace
) -> None:
    path = sample_ws.path
    _write_lock(path, host="PC-FINANCE-07", pid=1)
    out_json = tmp_path / "out.json"
    code, _, err = _cli(capsys, "--lang", "en", "import", str(out_json), "--db", str(path))
    assert code == EXIT_USER and "PC-FINANCE-07" in err and err.count("\n") == 1
    assert _cli(capsys, "export", "--db", str(path), "-o", str(out_json))[0] == 0  # reads read-only
    assert _cli(capsys, "check", "--db", str(path))[0] == 0
    assert _cli(capsys, "backup", "--db", str(path))[0] == 0  # a backup only reads
    backup = list_backups(path)[0].path
    code, _, err = _cli(capsys, "--lang", "en", "restore", str(backup), "--db", str(path))
    assert code == EXIT_USER and "PC-FINANCE-07" in err and err.count("\n") == 1
    assert read_holder(path) is not None and read_holder(path).host == "PC-FINANCE-07"  # type: ignore[union-attr]


class _FakeWindow:
    """Stands in for ethicsdesk.gui.app, so that the start of the program is tested without Qt.

    Like the real ``run_opening`` it opens the file through the command line's ``open_services``; where
    the real window would ask about a file it cannot open (tests/gui/test_gui_startup.py), it notes
    the error."""

    def __init__(self) -> None:
        self.seen: list[Workspace] = []
        self.refused: list[StorageError] = []

    def run_opening(
        self, path: Path, open_services: Callable[[], Services], lang: str = "th", *, read_only: bool = False
    ) -> int:
        try:
            services = open_services()
        except StorageError as exc:
            self.refused.append(exc)
            return 0
        assert services.workspace.path == path and services.workspace.read_only == read_only
        self.seen.append(services.workspace)
        return 0


def _join_backup_thread() -> None:
    for thread in threading.enumerate():
        if thread.name == BACKUP_THREAD:
            thread.join(timeout=30)


def test_the_window_opens_with_the_lock_and_a_backup(
    sample_ws: Workspace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sample_ws.path
    sample_ws.close()
    window = _FakeWindow()
    monkeypatch.setitem(sys.modules, "ethicsdesk.gui.app", window)
    assert main(["--db", str(path)]) == 0
    _join_backup_thread()
    [ws] = window.seen
    assert ws.lock is not None and read_holder(path) == ws.lock.holder
    assert [b.reason for b in list_backups(path)] == ["open"]
    ws.close()
    _write_lock(path, host="PC-FINANCE-07", pid=1)
    assert main(["--lang", "en", "--db", str(path)]) == 0
    [refused] = window.refused
    assert isinstance(refused, WorkspaceLocked) and "PC-FINANCE-07" in refused.message("en")
    assert read_holder(path).host == "PC-FINANCE-07", "the other PC's lock is left alone"  # type: ignore[union-attr]
    assert len(window.seen) == 1 and len(list_backups(path)) == 1, "nothing opened, no backup"
    assert main(["--read-only", "--db", str(path)]) == 0
    assert window.seen[-1].read_only and window.seen[-1].lock is None
    window.seen[-1].close()
    assert len(list_backups(path)) == 1, "a read-only window makes no backup"
