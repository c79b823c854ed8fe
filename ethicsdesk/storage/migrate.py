"""Schema versions, managed by Alembic from the first version; upgraded on open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.header import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from ethicsdesk.storage.location import ServerLocation

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def validate_header(conn: Connection, path: Path) -> None:
    """Refuse a foreign SQLite file or one written by a newer EthicsDesk."""
    app_id = conn.execute(text("PRAGMA application_id")).scalar_one()
    version = conn.execute(text("PRAGMA user_version")).scalar_one()
    tables = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type='table'")).scalar_one()
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise StorageError(
            f"แฟ้ม «{path}» เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ EthicsDesk",
            f"The file «{path}» is a database of another program, not an EthicsDesk workspace",
        )
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"แฟ้ม «{path}» บันทึกด้วย EthicsDesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {version} "
            f"แต่โปรแกรมนี้รู้จักถึงรุ่น {SCHEMA_VERSION}) กรุณาปรับรุ่นโปรแกรมก่อนเปิดแฟ้มนี้",
            f"The file «{path}» was written by a newer EthicsDesk (schema {version}; this program "
            f"knows up to {SCHEMA_VERSION}). Update the program to open it",
        )


def current_version(conn: Connection) -> int:
    """The schema version: PRAGMA user_version in a file, the Alembic revision (0001…) on a server."""
    if conn.dialect.name == "sqlite":
        return int(conn.execute(text("PRAGMA user_version")).scalar_one())
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return 0
    head = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return int(head) if head is not None and str(head).isdigit() else 0


def upgrade(engine: Engine, path: Path | ServerLocation) -> None:
    """Bring the workspace to this program's schema; Alembic is loaded only when work is needed."""
    with engine.connect() as conn:
        if current_version(conn) == SCHEMA_VERSION:
            return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two programs opening an old workspace at once: one upgrades, the other waits, then finds
            # nothing left to do (Alembic reads the version again inside this transaction).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "sqlite":
            conn.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
