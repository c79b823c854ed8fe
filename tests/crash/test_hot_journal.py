"""A crash in the middle of saving a change that grew the file: SQLite writes the first page (which
states the new size) before the pages beyond the old end, so the file is briefly shorter than its header
says. The journal beside it undoes the change on open; the file must not be refused as truncated."""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from ethicsdesk.errors import StorageError
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.files import verify

pytestmark = pytest.mark.sqlite_only("SQLite's hot journal of a workspace file")

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _people(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        con.close()


def _crash_while_growing(sample_file: Path, tmp_path: Path) -> tuple[Path, int]:
    """The file and journal as a kill between the commit's first and last page writes leaves them."""
    live, crashed = tmp_path / "live.sqlite", tmp_path / "crashed.sqlite"
    shutil.copyfile(sample_file, live)
    people, size = _people(live), live.stat().st_size
    con = sqlite3.connect(live, isolation_level=None)
    try:
        con.execute("PRAGMA cache_size = 10")  # a small cache spills: the journal is synced, hence hot
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO person (title, first_name, last_name, position, affiliation, note) "
            "VALUES ('', ?, '', '', '', ?)",
            [(f"คนที่ {i}", "บันทึก" * 40) for i in range(2000)],
        )
        shutil.copyfile(live, crashed)  # the state on disk while the change is not yet committed
        shutil.copyfile(f"{live}-journal", f"{crashed}-journal")
        con.execute("COMMIT")
    finally:
        con.close()
    assert Path(f"{crashed}-journal").read_bytes()[:8] == JOURNAL_MAGIC, "the journal was not synced yet"
    committed = live.read_bytes()
    page_size = struct.unpack(">H", committed[16:18])[0]
    assert struct.unpack(">I", committed[28:32])[0] * page_size > size
    with crashed.open("r+b") as fh:  # the commit wrote page 1, with the new size, and was killed
        fh.write(committed[:page_size])
        fh.truncate(size)
    return crashed, people


def test_crash_while_the_file_grows_is_undone_on_open(sample_file: Path, tmp_path: Path) -> None:
    crashed, people = _crash_while_growing(sample_file, tmp_path)
    verify(crashed)  # checked on a copy: the crashed file itself stays as it is
    assert Path(f"{crashed}-journal").exists()
    ws = open_workspace(crashed)
    ws.close()
    assert not Path(f"{crashed}-journal").exists()
    assert _people(crashed) == people
    con = sqlite3.connect(crashed)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        con.close()


def test_without_its_journal_the_same_file_is_truncated(sample_file: Path, tmp_path: Path) -> None:
    crashed, _ = _crash_while_growing(sample_file, tmp_path)
    Path(f"{crashed}-journal").unlink()
    before = crashed.read_bytes()
    with pytest.raises(StorageError, match="ถูกตัดขาด"):
        open_workspace(crashed)
    assert crashed.read_bytes() == before
