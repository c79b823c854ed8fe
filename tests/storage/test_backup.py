"""Backups: taken with SQLite's online backup API, named, rotated; restore keeps what it replaces."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ethicsdesk.cli import EXIT_USER, main
from ethicsdesk.errors import StorageError
from ethicsdesk.interchange import export_workspace
from ethicsdesk.services import Services
from ethicsdesk.storage import Workspace, open_workspace
from ethicsdesk.storage.backup import (
    KEEP_RECENT,
    BackupInfo,
    backup_folder,
    backup_now,
    backup_on_open,
    list_backups,
    rotate,
)
from ethicsdesk.storage.database import APPLICATION_ID
from ethicsdesk.storage.files import verify
from ethicsdesk.storage.lock import WorkspaceLocked, acquire
from ethicsdesk.storage.recovery import restore

pytestmark = pytest.mark.sqlite_only(
    "file backups: copies of the workspace file beside it (a server workspace's backup is a JSON export: tests/storage/test_server.py)"
)


def _export(path: Path) -> str:
    ws = open_workspace(path, read_only=True)
    try:
        return export_workspace(ws)
    finally:
        ws.close()


def _people(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()


def test_a_backup_is_a_whole_named_copy(sample_ws: Workspace) -> None:
    path = sample_ws.path
    made = backup_now(path, "manual")
    assert made.parent == path.parent / "backups"
    assert made.name.startswith("sample-") and made.name.endswith("-manual.sqlite")
    verify(made)
    assert _export(made) == export_workspace(sample_ws)
    [info] = list_backups(path)
    assert info.path == made and info.reason == "manual"
    assert abs((dt.datetime.now() - info.taken).total_seconds()) < 60
    assert "สำรองด้วยตนเอง" in info.label("th") and "(by hand)" in info.label("en")
    assert [p.name for p in made.parent.iterdir()] == [made.name], "no temporary file is left"


def test_a_backup_holds_only_committed_changes_while_another_connection_writes(sample_ws: Workspace) -> None:
    path = sample_ws.path
    people = _people(path)
    writer = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO person (title, first_name, last_name, position, affiliation, note) "
            "VALUES ('', 'ยังไม่บันทึก', '', '', '', '')"
        )
        made = backup_now(path)
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert _people(made) == people
    assert _people(path) == people + 1


def test_a_backup_of_a_wal_file_includes_what_is_only_in_the_wal(sample_file: Path, tmp_path: Path) -> None:
    """Why the online backup API and not a file copy: in WAL mode the newest changes live in -wal."""
    path = tmp_path / "wal.sqlite"
    shutil.copyfile(sample_file, path)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA wal_autocheckpoint = 0")
        con.execute(
            "INSERT INTO person (title, first_name, last_name, position, affiliation, note) "
            "VALUES ('', 'ใน WAL', '', '', '', '')"
        )
        assert Path(f"{path}-wal").stat().st_size > 0
        plain = tmp_path / "plain-copy.sqlite"
        shutil.copyfile(path, plain)  # what copying the file by hand would give
        made = backup_now(path)
    finally:
        con.close()
    assert _people(made) == _people(sample_file) + 1
    assert _people(plain) == _people(sample_file)


def test_backups_in_the_same_second_get_their_own_names_and_stay_in_order(sample_ws: Workspace) -> None:
    made = [backup_now(sample_ws.path, reason) for reason in ("open", "manual", "manual", "restore")]
    assert len(set(made)) == 4
    assert [b.path for b in list_backups(sample_ws.path)] == made[::-1]


def test_list_backups_ignores_other_files(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    folder = backup_folder(path)
    folder.mkdir()
    names = [
        "a-20260105-083000-open.sqlite",
        "a-20260105-083000-open-2.sqlite",
        "a-20260106-090000.sqlite",
        "a-b-20260107-090000-open.sqlite",  # the workspace a-b.sqlite
        "a-20260108-090000-open.sqlite.tmp",
        ".a-backup-123.tmp",
        "a-2026010-090000.sqlite",
        "notes.txt",
    ]
    for name in names:
        (folder / name).write_bytes(b"")
    (folder / "a-20260109-090000-open.sqlite").mkdir()
    found = list_backups(path)
    assert [b.path.name for b in found] == [
        "a-20260106-090000.sqlite",
        "a-20260105-083000-open-2.sqlite",
        "a-20260105-083000-open.sqlite",
    ]
    assert found[0].reason == "" and found[1].seq == 2
    assert [b.path.name for b in list_backups(tmp_path / "a-b.sqlite")] == ["a-b-20260107-090000-open.sqlite"]
    assert list_backups(tmp_path / "none" / "x.sqlite") == []


def _keeps(taken: list[dt.datetime]) -> set[dt.datetime]:
    """The rule, said plainly: the newest KEEP_RECENT, and the newest of each month."""
    newest_first = sorted(taken, reverse=True)
    kept = set(newest_first[:KEEP_RECENT])
    for t in newest_first:
        if not any((k.year, k.month) == (t.year, t.month) and k > t for k in newest_first):
            kept.add(t)
    return kept


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 12, 31)).map(
            lambda t: t.replace(microsecond=0)
        ),
        unique=True,
        max_size=40,
    )
)
def test_rotation_keeps_the_last_ten_and_one_a_month(
    tmp_path_factory: pytest.TempPathFactory, taken: list
) -> None:
    path = tmp_path_factory.mktemp("rot") / "w.sqlite"
    folder = backup_folder(path)
    folder.mkdir()
    for t in taken:
        (folder / f"w-{t:%Y%m%d-%H%M%S}-open.sqlite").write_bytes(b"")
    rotate(path)
    assert {b.taken for b in list_backups(path)} == _keeps(taken)


def test_rotation_on_a_real_history(sample_ws: Workspace) -> None:
    path = sample_ws.path
    folder = backup_folder(path)
    folder.mkdir()
    days = [dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=3 * i) for i in range(40)]  # 1 Jan to 28 Apr
    for t in days:
        (folder / f"sample-{t:%Y%m%d-%H%M%S}-open.sqlite").write_bytes(b"x")
    made = backup_now(path, "manual")
    names = [b.path.name for b in list_backups(path)]
    assert names[:2] == [made.name, "sample-20260428-090000-open.sqlite"]
    assert names[9] == "sample-20260404-090000-open.sqlite"  # the tenth newest
    assert names[10:] == [  # then the newest of each older month
        "sample-20260329-090000-open.sqlite",
        "sample-20260227-090000-open.sqlite",
        "sample-20260131-090000-open.sqlite",
    ]


def test_backup_on_open_skips_an_unchanged_file(sample_ws: Workspace) -> None:
    path = sample_ws.path
    first = backup_on_open(path)
    assert first is not None and first.name.endswith("-open.sqlite")
    past = path.stat().st_mtime - 60
    os.utime(path, (past, past))
    assert backup_on_open(path) is None
    Services(sample_ws).roster.add_person("สมชาย")  # a change: the next open backs up again
    second = backup_on_open(path)
    assert second is not None and _people(second) == _people(first) + 1


def test_a_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from ethicsdesk.storage.migrate import MIGRATIONS_DIR

    path = tmp_path / "v1.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
        conn.execute(text("INSERT INTO organisation (name, short_name, name_en) VALUES ('กสอ.', '', '')"))
    engine.dispose()
    open_workspace(path).close()
    [info] = list_backups(path)
    assert info.reason == "migration"
    con = sqlite3.connect(info.path)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == 1
        assert con.execute("SELECT name FROM organisation").fetchone()[0] == "กสอ."
    finally:
        con.close()
    open_workspace(path).close()
    assert len(list_backups(path)) == 1, "no migration, no backup"


def test_a_new_or_empty_schema_needs_no_backup(tmp_path: Path) -> None:
    open_workspace(tmp_path / "new.sqlite", create=True).close()
    assert not (tmp_path / "backups").exists()


def test_backing_up_a_missing_file_is_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="ไม่พบแฟ้ม"):
        backup_now(tmp_path / "none.sqlite")


def test_a_damaged_file_is_not_backed_up(sample_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    data = bytearray(sample_file.read_bytes())
    data[8192:16384] = bytes(8192)  # two pages of b-tree gone: the header still looks right
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as err:
        backup_now(path)
    assert "ethicsdesk check" in err.value.th and str(path) in err.value.en
    assert list_backups(path) == [] and list((tmp_path / "backups").iterdir()) == []


def test_restore_puts_the_backup_in_place_and_keeps_the_current_file(sample_ws: Workspace) -> None:
    path = sample_ws.path
    services = Services(sample_ws)
    good = backup_now(path)
    services.roster.add_person("ผิดพลาด")
    after_mistake = export_workspace(sample_ws)
    sample_ws.close()
    os.chmod(path, 0o640)
    done = restore(good, path)
    assert _export(path) == _export(good)
    assert done.kept is not None and not done.kept_damaged and done.kept.parent == backup_folder(path)
    assert _export(done.kept) == after_mistake
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "sample.sqlite"]
    assert str(good) in done.message("th") and str(done.kept) in done.message("en")


def test_restore_refuses_a_damaged_backup_and_changes_nothing(sample_ws: Workspace, tmp_path: Path) -> None:
    path = sample_ws.path
    sample_ws.close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(path.read_bytes()[:8192])
    before = path.read_bytes()
    with pytest.raises(StorageError) as err:
        restore(bad, path)
    assert "ไม่ได้เปลี่ยนแปลง" in err.value.th and "nothing was changed" in err.value.en
    assert path.read_bytes() == before and not backup_folder(path).exists()


def test_restore_needs_the_workspace_closed(sample_ws: Workspace) -> None:
    good = backup_now(sample_ws.path)
    with acquire(sample_ws.path), pytest.raises(WorkspaceLocked):
        restore(good, sample_ws.path)


def test_restore_from_an_old_backup_survives_the_rotation_it_causes(sample_ws: Workspace) -> None:
    path = sample_ws.path
    sample_ws.close()
    folder = backup_folder(path)
    folder.mkdir()
    old = folder / "sample-20250101-090000-open.sqlite"
    shutil.copyfile(path, old)
    for i in range(KEEP_RECENT):
        shutil.copyfile(path, folder / f"sample-202501{i + 2:02d}-090000-open.sqlite")
    done = restore(old, path)  # the safety backup pushes `old` out of the newest ten, in a full month
    assert old.exists(), "the backup just restored from is kept"
    assert not (folder / "sample-20250102-090000-open.sqlite").exists(), "the rotation did run"
    assert done.kept is not None and _export(path) == _export(old)


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_list_and_restore(sample_ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    path = sample_ws.path
    code, out, _ = _cli(capsys, "--lang", "en", "backup", "--list", "--db", str(path))
    assert code == 0 and "No backups" in out
    code, out, _ = _cli(capsys, "backup", "--db", str(path))
    [info] = list_backups(path)
    assert code == 0 and str(info.path) in out
    code, out, _ = _cli(capsys, "--lang", "en", "backup", "--list", "--db", str(path))
    assert code == 0 and str(info.path) in out and "(by hand)" in out
    Services(sample_ws).roster.add_person("หลังสำรอง")
    sample_ws.close()
    code, out, err = _cli(capsys, "restore", str(info.path), "--db", str(path))
    assert code == 0 and err == "" and "กู้คืน" in out
    assert _people(path) == _people(info.path)
    code, out, err = _cli(capsys, "restore", str(path.parent / "none.sqlite"), "--db", str(path))
    assert code == EXIT_USER and out == "" and err.count("\n") == 1


def test_cli_import_into_an_existing_file_backs_it_up_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ethicsdesk.sample import sample_source

    path = tmp_path / "empty.sqlite"
    open_workspace(path, create=True).close()
    assert _cli(capsys, "import", str(sample_source()), "--db", str(path))[0] == 0
    assert [b.reason for b in list_backups(path)] == ["import"]
    assert _people(path) > 0 and _people(list_backups(path)[0].path) == 0
    new = tmp_path / "new.sqlite"
    assert _cli(capsys, "import", str(sample_source()), "--db", str(new))[0] == 0
    assert list_backups(new) == [], "a new file has nothing to back up"


def test_backup_info_label_in_both_languages(tmp_path: Path) -> None:
    info = BackupInfo(tmp_path / "x.sqlite", dt.datetime(2026, 5, 27, 9, 30), "migration")
    assert info.label("th") == "27/5/2569 09:30 น. (ก่อนปรับโครงสร้างแฟ้ม)"
    assert info.label("en") == "2026-05-27 09:30 (before upgrading the file)"
