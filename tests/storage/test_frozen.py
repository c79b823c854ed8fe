"""Certified minutes read from their frozen record with plain sqlite3 (storage.frozen): the same snapshot and
the same print as the usual way through the ORM, and the usual way whenever opening would do more."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ethicsdesk import printing
from ethicsdesk.cli import main
from ethicsdesk.services.certification import printable
from ethicsdesk.services.queries import minutes_snapshot
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.frozen import decode, find_frozen_minutes

pytestmark = pytest.mark.sqlite_only(
    "the short way of printing certified minutes reads a workspace FILE with sqlite3"
)


@pytest.fixture
def certified(sample_file: Path, tmp_path: Path) -> Path:
    db = tmp_path / "certified.sqlite"
    shutil.copyfile(sample_file, db)
    assert main(["certify", "--db", str(db), "--meeting", "1/2565", "--on", "2022-11-20"]) == 0
    return db


def _meeting_id(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT id FROM meeting WHERE number = 1 AND year_be = 2565").fetchone()[0]


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def _keywords(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Keywords:"))


def test_same_snapshot_as_the_orm(certified: Path) -> None:
    found = find_frozen_minutes(certified, 1, 2565)
    assert found is not None
    ws = open_workspace(certified, read_only=True)
    try:
        with ws.reading() as s:
            orm = printable(s, _meeting_id(certified))
            now = minutes_snapshot(s, _meeting_id(certified))
    finally:
        ws.close()
    assert found.sha256 == orm.sha256
    assert decode(found) == orm.snapshot
    assert decode(found) == now  # nothing changed since certification: the record is the records


def test_same_print_as_the_orm(certified: Path, tmp_path: Path) -> None:
    short = printing.frozen_minutes_to_file(certified, "๑/๒๕๖๕", tmp_path / "short.pdf")
    assert short is not None
    ws = open_workspace(certified, read_only=True)
    try:
        usual = printing.minutes_to_file(ws, "1/2565", tmp_path / "usual.pdf")
    finally:
        ws.close()
    assert _pdf_text(short) == _pdf_text(usual)
    assert _keywords(short) == _keywords(usual)
    assert "sha256:" in _keywords(short)


def test_the_command_prints_certified_minutes_without_the_orm(certified: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    code = (
        "import sys\n"
        "from ethicsdesk.cli import main\n"
        f"assert main(['minutes', '--db', {str(certified)!r}, '--meeting', '1/2565', '-o', {str(out)!r}]) == 0\n"
        "print('orm loaded' if 'sqlalchemy' in sys.modules else 'no orm')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[-1] == "no orm"
    assert "รายงานการประชุม" in _pdf_text(out)


def test_draft_minutes_go_the_usual_way(sample_file: Path) -> None:
    assert find_frozen_minutes(sample_file, 1, 2565) is None


def test_an_unknown_meeting_goes_the_usual_way(certified: Path) -> None:
    assert find_frozen_minutes(certified, 9, 2565) is None


def test_a_file_due_for_an_upgrade_goes_the_usual_way(certified: Path) -> None:
    with sqlite3.connect(certified) as con:
        con.execute("PRAGMA user_version = 3")
    assert find_frozen_minutes(certified, 1, 2565) is None


def test_a_foreign_database_goes_the_usual_way(certified: Path) -> None:
    with sqlite3.connect(certified) as con:
        con.execute("PRAGMA application_id = 7")
    assert find_frozen_minutes(certified, 1, 2565) is None


def test_a_waiting_journal_goes_the_usual_way(certified: Path) -> None:
    certified.with_name(certified.name + "-journal").write_bytes(b"\0" * 512)
    assert find_frozen_minutes(certified, 1, 2565) is None


def test_certified_without_a_record_goes_the_usual_way(certified: Path) -> None:
    with sqlite3.connect(certified) as con:
        con.execute("DELETE FROM minutesrecord")
    assert find_frozen_minutes(certified, 1, 2565) is None


def test_the_newest_record_is_the_one_read(certified: Path) -> None:
    with sqlite3.connect(certified) as con:
        con.execute(
            "INSERT INTO minutesrecord (meeting_id, taken_at, reason, sha256, snapshot) "
            "SELECT meeting_id, taken_at, 'amended', 'newer', snapshot FROM minutesrecord"
        )
    found = find_frozen_minutes(certified, 1, 2565)
    assert found is not None
    assert found.sha256 == "newer"
