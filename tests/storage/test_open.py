"""Opening workspace files: migrations from empty, refusal of newer and foreign files, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from ethicsdesk.domain.models import Organisation
from ethicsdesk.errors import StorageError
from ethicsdesk.storage import SCHEMA_VERSION, open_workspace
from ethicsdesk.storage.database import APPLICATION_ID
from tests.conftest import BACKENDS


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from ethicsdesk.storage.migrate import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_build_exactly_the_models_schema(ws, backend: str) -> None:
    """No drift: the schema the migrations build is the one the models declare, on both back ends."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with ws.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []


def test_new_file_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_workspace(path, create=True).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == _head()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meeting", "seat", "activity", "agendaitem"} <= tables


@pytest.mark.parametrize("backend", BACKENDS)
def test_foreign_keys_are_enforced(ws, backend: str) -> None:
    if backend == "sqlite":  # a server always enforces them
        with ws.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    from sqlalchemy.exc import IntegrityError

    from ethicsdesk.domain.models import Committee

    with pytest.raises(IntegrityError), ws.transaction() as s:
        s.add(Committee(organisation_id=999, name="x"))
        s.flush()


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="ไม่พบ"):
        open_workspace(tmp_path / "nope.sqlite")


def _expect_refusal(path: Path, th_fragment: str) -> None:
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(StorageError) as err:
        open_workspace(path)
    assert th_fragment in err.value.th
    assert err.value.en
    if before is not None:
        assert path.read_bytes() == before, "a refused file must be left untouched"


def test_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("รายงานการประชุม " * 20, encoding="utf-8")
    _expect_refusal(path, "ไม่ใช่แฟ้มข้อมูล")


def test_zero_length(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    _expect_refusal(path, "ว่างเปล่า")


def test_folder(tmp_path: Path) -> None:
    _expect_refusal(tmp_path, "โฟลเดอร์")


def test_truncated(tmp_path: Path, sample_file: Path) -> None:
    data = sample_file.read_bytes()
    path = tmp_path / "cut.sqlite"
    path.write_bytes(data[: len(data) // 2])
    _expect_refusal(path, "ถูกตัดขาด")


def test_random_bytes_after_a_valid_header(tmp_path: Path, sample_file: Path) -> None:
    data = bytearray(sample_file.read_bytes())
    data[100:] = bytes((i * 7919) % 256 for i in range(len(data) - 100))
    path = tmp_path / "garbled.sqlite"
    path.write_bytes(bytes(data))
    _expect_refusal(path, "")


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    _expect_refusal(path, "โปรแกรมอื่น")


def test_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_workspace(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    _expect_refusal(path, "รุ่นที่ใหม่กว่า")


def test_upgrade_from_an_older_empty_schema(tmp_path: Path) -> None:
    """A file with our header but no schema yet (version 0) is brought to head on open."""
    path = tmp_path / "v0.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.commit()
    con.close()
    ws = open_workspace(path)
    with ws.transaction() as s:
        s.add(Organisation(name="กรมส่งเสริมอุตสาหกรรม"))
    ws.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("backend", BACKENDS)
def test_transaction_rolls_back_as_a_whole(ws, backend: str) -> None:
    with pytest.raises(RuntimeError), ws.transaction() as s:
        s.add(Organisation(name="ก"))
        s.flush()
        raise RuntimeError("user action failed half-way")
    with ws.reading() as s:
        assert s.exec(text("SELECT count(*) FROM organisation")).scalar_one() == 0  # type: ignore[call-overload]


def test_a_file_of_schema_1_is_upgraded_on_open_and_keeps_its_records(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from ethicsdesk.storage.migrate import MIGRATIONS_DIR

    path = tmp_path / "v1.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
        conn.execute(
            text(
                "INSERT INTO organisation (name, short_name, name_en) VALUES ('กรมส่งเสริมอุตสาหกรรม', 'กสอ.', '')"
            )
        )
    engine.dispose()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    ws = open_workspace(path)
    with ws.reading() as s:
        assert s.exec(text("SELECT name FROM organisation")).scalar_one() == "กรมส่งเสริมอุตสาหกรรม"  # type: ignore[call-overload]
        assert s.exec(text("SELECT count(*) FROM auditentry")).scalar_one() == 0  # type: ignore[call-overload]
    ws.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
