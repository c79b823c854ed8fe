"""Damaged files, read-only media and a full disk: a clear message, the newest good backup offered,
the damaged file kept aside untouched, and nothing saved before lost."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from ethicsdesk.cli import EXIT_USER, main
from ethicsdesk.errors import StorageError
from ethicsdesk.interchange import export_workspace
from ethicsdesk.services import Services
from ethicsdesk.storage import SCHEMA_VERSION, Workspace, open_workspace
from ethicsdesk.storage.backup import backup_now, list_backups
from ethicsdesk.storage.recovery import diagnose, find_good_backup, recover

pytestmark = pytest.mark.sqlite_only("a damaged SQLite file and the restore of its file backup")

DAMAGE = ("truncated", "random-bytes", "zero-length", "folder", "not-sqlite", "broken-pages")


def _damage(path: Path, kind: str) -> None:
    data = path.read_bytes()
    path.unlink()
    if kind == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "random-bytes":
        path.write_bytes(data[:100] + bytes((i * 7919) % 256 for i in range(len(data) - 100)))
    elif kind == "zero-length":
        path.touch()
    elif kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_text("สิ่งที่อยู่ในโฟลเดอร์", encoding="utf-8")
    elif kind == "not-sqlite":
        path.write_text("รายงานการประชุม " * 50, encoding="utf-8")
    else:  # the header and the first page look right; pages further in are zeros
        path.write_bytes(data[:8192] + bytes(16384) + data[8192 + 16384 :])


def _snapshot(path: Path) -> object:
    if path.is_dir():
        return {p.name: p.read_bytes() for p in path.iterdir()}
    return path.read_bytes()


def _export(path: Path) -> str:
    ws = open_workspace(path, read_only=True)
    try:
        return export_workspace(ws)
    finally:
        ws.close()


@pytest.fixture
def backed_up(sample_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A workspace file and a good backup of it."""
    path = tmp_path / "sample.sqlite"
    shutil.copyfile(sample_file, path)
    return path, backup_now(path, "open")


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_file_is_kept_aside_and_the_newest_good_backup_restored(
    backed_up: tuple[Path, Path], kind: str
) -> None:
    path, good = backed_up
    _damage(path, kind)
    damaged = _snapshot(path)
    if kind != "broken-pages":  # that one opens; its damage shows in the integrity check
        with pytest.raises(StorageError) as err:
            open_workspace(path)
        assert str(path) in err.value.th and str(path) in err.value.en
    found = diagnose(path)
    assert found.problem is not None and found.restorable
    assert str(path) in found.problem.th and str(path) in found.problem.en
    assert found.backup is not None and found.backup.path == good
    assert _snapshot(path) == damaged, "looking at a damaged file does not change it"

    done = recover(path)
    assert done.source == good and done.kept_damaged and done.kept is not None
    assert re.fullmatch(r"sample\.sqlite\.damaged-\d{8}-\d{6}", done.kept.name)
    assert _snapshot(done.kept) == damaged, "the damaged file is kept, untouched"
    assert "ย้ายไปเก็บไว้" in done.message("th") and "moved aside" in done.message("en")
    assert _export(path) == _export(good)
    assert diagnose(path).problem is None


def test_a_damaged_newest_backup_is_passed_over(backed_up: tuple[Path, Path]) -> None:
    path, good = backed_up
    newer = backup_now(path, "manual")
    _damage(newer, "broken-pages")
    _damage(path, "truncated")
    assert list_backups(path)[0].path == newer
    found = find_good_backup(path)
    assert found is not None and found.path == good


def test_no_backup_no_offer(tmp_path: Path, sample_file: Path) -> None:
    path = tmp_path / "w.sqlite"
    shutil.copyfile(sample_file, path)
    _damage(path, "truncated")
    found = diagnose(path)
    assert found.restorable and found.backup is None
    with pytest.raises(StorageError) as err:
        recover(path)
    assert "ไม่พบสำเนาสำรองที่ใช้ได้" in err.value.th and str(path) in err.value.en
    assert path.exists()


def test_a_file_from_a_newer_program_is_not_offered_a_restore(backed_up: tuple[Path, Path]) -> None:
    """Restoring an older backup over it would lose the newer work: the message says to update instead."""
    path, _ = backed_up
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    found = diagnose(path)
    assert found.problem is not None and "ใหม่กว่า" in found.problem.th
    assert not found.restorable and found.backup is None


def test_a_missing_file_can_be_restored(backed_up: tuple[Path, Path]) -> None:
    path, good = backed_up
    path.unlink()
    found = diagnose(path)
    assert found.restorable and found.backup is not None and found.backup.path == good
    done = recover(path)
    assert done.kept is None and _export(path) == _export(good)


def test_a_sound_file_with_an_unfinished_change_is_not_damaged(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    shutil.copyfile(sample_file, path)
    journal = Path(f"{path}-journal")
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA cache_size = 10")
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO person (title, first_name, last_name, position, affiliation, note) VALUES ('', ?, '', '', '', '')",
            [(f"คน {i}",) for i in range(3000)],
        )
        shutil.copyfile(path, tmp_path / "crashed.sqlite")  # as a crash at this instant leaves it
        shutil.copyfile(journal, tmp_path / "crashed.sqlite-journal")
        con.execute("ROLLBACK")
    finally:
        con.close()
    crashed = tmp_path / "crashed.sqlite"
    before = (crashed.read_bytes(), Path(f"{crashed}-journal").read_bytes())
    assert diagnose(crashed).problem is None
    assert (crashed.read_bytes(), Path(f"{crashed}-journal").read_bytes()) == before


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_names_the_backup_to_restore(
    backed_up: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = backed_up
    _damage(path, "truncated")
    code, out, err = _cli(capsys, "--lang", "en", "check", "--db", str(path))
    assert code == EXIT_USER and out == "" and err.count("\n") == 1
    assert "truncated" in err and f'ethicsdesk restore "{good}" --db "{path}"' in err
    code, out, err = _cli(capsys, "restore", str(good), "--db", str(path))
    assert code == 0 and "ย้ายไปเก็บไว้" in out
    assert _cli(capsys, "check", "--db", str(path))[0] == 0


# -- read-only files and media ---------------------------------------------------------------------


def _add_person_fails_read_only(ws: Workspace) -> None:
    services = Services(ws)
    people = len(services.roster.people())
    with pytest.raises(StorageError) as err:
        services.roster.add_person("สมหญิง")
    assert "อ่านอย่างเดียว" in err.value.th and "read-only" in err.value.en
    assert str(ws.path) in err.value.th and str(ws.path) in err.value.en
    assert len(services.roster.people()) == people


def test_writing_a_workspace_opened_read_only_is_a_clear_message(sample_ws: Workspace) -> None:
    ws = open_workspace(sample_ws.path, read_only=True)
    try:
        _add_person_fails_read_only(ws)
    finally:
        ws.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_file(sample_ws: Workspace) -> None:
    path = sample_ws.path
    sample_ws.close()
    path.chmod(0o444)
    ws = open_workspace(path)
    try:
        _add_person_fails_read_only(ws)
    finally:
        ws.close()
        path.chmod(0o644)


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


def _umount(where: Path) -> None:
    subprocess.run(["umount", str(where)], check=False, capture_output=True, timeout=30)


@contextlib.contextmanager
def _mounted(where: Path, *args: str) -> Iterator[Path]:
    where.mkdir()
    try:
        _mount(*args, str(where))
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount here (needs root with CAP_SYS_ADMIN): {exc}")
    try:
        yield where
    finally:
        _umount(where)


def test_a_read_only_medium(sample_file: Path, tmp_path: Path) -> None:
    """A truly read-only file system (a read-only bind mount), as a CD or a write-protected USB stick."""
    source = tmp_path / "source"
    source.mkdir()
    shutil.copyfile(sample_file, source / "w.sqlite")
    with _mounted(tmp_path / "ro", "--bind", str(source)) as ro:
        _mount("-o", "remount,ro,bind", str(ro))
        path = ro / "w.sqlite"
        with pytest.raises(OSError):
            (ro / "probe").touch()
        with pytest.raises(StorageError) as err:
            open_workspace(path, lock=True)
        assert "อ่านอย่างเดียว" in err.value.th and str(path) in err.value.en
        ws = open_workspace(path)
        try:
            _add_person_fails_read_only(ws)
        finally:
            ws.close()
        reader = open_workspace(path, read_only=True)
        try:
            assert export_workspace(reader)
        finally:
            reader.close()
        with pytest.raises(StorageError) as err:
            backup_now(path)
        assert "อ่านอย่างเดียว" in err.value.th and "backup" in err.value.en
    assert (source / "w.sqlite").read_bytes() == sample_file.read_bytes()


# -- a full disk -----------------------------------------------------------------------------------


def _fill_until_full(ws: Workspace) -> int:
    """Add people until the disk is full; the number saved before the failure."""
    services = Services(ws)
    saved = 0
    with pytest.raises(StorageError) as err:
        for i in range(10_000):
            services.roster.add_person(f"คนที่ {i}", note="บันทึกยาว " * 300)
            saved += 1
    assert "ดิสก์เต็ม" in err.value.th and "disk is full" in err.value.en
    assert str(ws.path) in err.value.th and str(ws.path) in err.value.en
    return saved


def _integrity(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def _people(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()


def test_a_full_database_fails_the_edit_and_loses_nothing(sample_ws: Workspace) -> None:
    """SQLite's max_page_count makes the file full, portably: SQLITE_FULL, as on a full disk."""
    path = sample_ws.path
    people = _people(path)
    pages = os.path.getsize(path) // 4096

    def limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 8}")

    event.listen(sample_ws.engine, "connect", limit)
    sample_ws.engine.dispose()
    saved = _fill_until_full(sample_ws)
    assert saved > 0
    sample_ws.engine.dispose()
    _integrity(path)
    assert _people(path) == people + saved
    event.remove(sample_ws.engine, "connect", limit)
    sample_ws.engine.dispose()
    Services(sample_ws).roster.add_person("หลังดิสก์ว่าง")
    assert _people(path) == people + saved + 1


def test_a_full_disk(sample_file: Path, tmp_path: Path) -> None:
    """A real full file system (a small tmpfs): the edit fails clearly, the file stays consistent."""
    room = sample_file.stat().st_size + 128 * 1024  # the file, and less than one more copy of it
    with _mounted(tmp_path / "small", "-t", "tmpfs", "-o", f"size={room}", "tmpfs") as small:
        path = small / "w.sqlite"
        shutil.copyfile(sample_file, path)
        people = _people(path)
        with pytest.raises(StorageError) as err:
            backup_now(path)  # a second copy does not fit
        assert "ดิสก์เต็ม" in err.value.th and "disk is full" in err.value.en
        assert list((small / "backups").iterdir()) == [], "no partial backup is left"
        ws = open_workspace(path)
        try:
            saved = _fill_until_full(ws)
        finally:
            ws.close()
        _integrity(path)
        assert _people(path) == people + saved
        assert not Path(f"{path}-journal").exists()
