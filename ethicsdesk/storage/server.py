"""A workspace on a PostgreSQL server (psycopg 3): connecting, checking what is there, upgrading.

No lock file: several programs write at once and the server keeps them apart. The schema is the same as a
file's, made by the same Alembic migrations; its version is read from ``alembic_version`` (a file keeps
it in PRAGMA user_version as well). Every failure to reach or use the server is one clear StorageError.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, NoSuchModuleError

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.header import SCHEMA_VERSION
from ethicsdesk.storage.location import ServerLocation

#: Tables that every EthicsDesk workspace has had since schema 1: with alembic_version, they tell our
#: database from another program's.
OUR_TABLES = frozenset({"organisation", "committee", "meeting", "agendaitem", "seat", "person"})
CONNECT_TIMEOUT_S = 10


def make_engine(location: ServerLocation, read_only: bool = False) -> Engine:
    from sqlmodel import create_engine

    options = "-c default_transaction_read_only=on" if read_only else ""
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "client_encoding": "utf8",
        "application_name": "EthicsDesk",
    }
    if options:
        connect_args["options"] = options
    try:
        return create_engine(location.url, connect_args=connect_args, pool_pre_ping=True)
    except (ImportError, NoSuchModuleError):
        raise StorageError(
            "โปรแกรมชุดนี้ไม่มีตัวเชื่อมต่อ PostgreSQL (psycopg) จึงเปิดฐานข้อมูลบนเซิร์ฟเวอร์ไม่ได้",
            "This installation has no PostgreSQL driver (psycopg), so it cannot open a server database",
        ) from None


def server_error(location: ServerLocation, exc: BaseException) -> StorageError:
    """One clear line for a server that cannot be reached or used; never the driver's text alone."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    detail = str(orig).strip().splitlines()[-1] if str(orig).strip() else orig.__class__.__name__
    lower = str(orig).lower()
    where = location.display
    if "password authentication failed" in lower or "no password supplied" in lower or state == "28P01":
        return StorageError(
            f"ชื่อผู้ใช้หรือรหัสผ่านสำหรับฐานข้อมูล «{where}» ไม่ถูกต้อง",
            f"Wrong user name or password for the database «{where}»",
        )
    if state == "3D000" or ("database" in lower and "does not exist" in lower):
        return StorageError(
            f"ไม่มีฐานข้อมูล «{location.database}» บนเซิร์ฟเวอร์ «{location.host}» ให้ผู้ดูแลเซิร์ฟเวอร์สร้างก่อน (createdb)",
            f"There is no database «{location.database}» on the server «{location.host}»; "
            "the server's administrator has to create it first (createdb)",
        )
    if state.startswith("28"):
        return StorageError(
            f"เซิร์ฟเวอร์ไม่อนุญาตให้เข้าฐานข้อมูล «{where}» ({detail})",
            f"The server refuses access to the database «{where}» ({detail})",
        )
    if state in ("42501", "25006"):
        return StorageError(
            f"ผู้ใช้ «{location.user}» มีสิทธิ์อ่านอย่างเดียวในฐานข้อมูล «{where}» การแก้ไขจึงไม่ถูกบันทึก",
            f"The user «{location.user}» may only read the database «{where}»; the change was not saved",
        )
    if state.startswith("08") or state in ("57P01", "57P02", "57P03") or _lost(lower):
        if "connection failed" in lower or "could not translate" in lower or "timeout" in lower:
            return StorageError(
                f"ติดต่อเซิร์ฟเวอร์ฐานข้อมูล «{where}» ไม่ได้ ตรวจชื่อเครื่อง พอร์ต และเครือข่าย ({detail})",
                f"Cannot reach the database server «{where}»; check the host, the port and the network ({detail})",
            )
        return StorageError(
            f"การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูล «{where}» ขาดระหว่างทำงาน การแก้ไขล่าสุดยังไม่ถูกบันทึก ลองใหม่อีกครั้ง",
            f"The connection to the database server «{where}» was lost; the last change was not saved. "
            "Try again",
        )
    return StorageError(
        f"ใช้ฐานข้อมูล «{where}» ไม่ได้ ({detail})", f"Cannot use the database «{where}» ({detail})"
    )


def _lost(lower: str) -> bool:
    return any(
        words in lower
        for words in (
            "connection failed",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "could not receive data",
            "could not send data",
            "consuming input failed",
            "connection refused",
            "could not translate host",
            "timeout expired",
        )
    )


def _tables(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
    )
    return {str(r[0]) for r in rows}


def schema_version(conn: Connection, location: ServerLocation) -> int:
    """The workspace's schema version (0: an empty database); refuses anything that is not a workspace
    of this program's schema or older, and a database whose encoding is not UTF-8."""
    encoding = str(conn.execute(text("SHOW server_encoding")).scalar_one())
    if encoding.upper().replace("-", "") != "UTF8":
        raise StorageError(
            f"ฐานข้อมูล «{location.display}» ใช้รหัสอักขระ {encoding} ซึ่งเก็บภาษาไทยได้ไม่ครบ "
            "ให้ผู้ดูแลสร้างฐานข้อมูลใหม่ด้วย ENCODING 'UTF8'",
            f"The database «{location.display}» uses the encoding {encoding}, which cannot hold all Thai text; "
            "the administrator has to create it with ENCODING 'UTF8'",
        )
    tables = _tables(conn)
    if not tables:
        return 0
    heads: list[str] = []
    if "alembic_version" in tables:
        heads = [str(v) for v in conn.execute(text("SELECT version_num FROM alembic_version")).scalars()]
    if len(heads) != 1 or not re.fullmatch(r"\d{4}", heads[0]) or not tables >= OUR_TABLES:
        raise StorageError(
            f"ฐานข้อมูล «{location.display}» เป็นของโปรแกรมอื่น ไม่ใช่ของ EthicsDesk จึงไม่เปิดใช้",
            f"The database «{location.display}» belongs to another program, not to EthicsDesk; it was not opened",
        )
    version = int(heads[0])
    if version > SCHEMA_VERSION:
        raise StorageError(
            f"ฐานข้อมูล «{location.display}» ใช้กับ EthicsDesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น {version} "
            f"แต่โปรแกรมนี้รู้จักถึงรุ่น {SCHEMA_VERSION}) กรุณาปรับรุ่นโปรแกรมก่อน",
            f"The database «{location.display}» is used by a newer EthicsDesk (schema {version}; this program "
            f"knows up to {SCHEMA_VERSION}). Update the program first",
        )
    return version


def open_server(
    location: ServerLocation, *, create: bool = False, read_only: bool = False
) -> tuple[Engine, bool]:
    """Check (and upgrade) the workspace in a server database; its engine, and whether it is read-only
    (asked, or the user is a reader: storage.roles). The database itself is made by the server's
    administrator; with ``create``, an empty one gets the schema (which needs its owner)."""
    from ethicsdesk.storage.migrate import upgrade
    from ethicsdesk.storage.roles import may_write

    engine = make_engine(location, read_only=read_only)
    try:
        with engine.connect() as conn:
            version = schema_version(conn, location)
            if not read_only and version > 0 and not may_write(conn):
                read_only = True  # a reader (ethicsdesk_reader): the window opens read-only
        if version == 0 and not create:
            raise StorageError(
                f"ฐานข้อมูล «{location.display}» ยังว่างอยู่ สร้างข้อมูลด้วย ethicsdesk import หรือ ethicsdesk sample ก่อน",
                f"The database «{location.display}» is empty; fill it with ethicsdesk import or ethicsdesk sample "
                "first",
            )
        if version < SCHEMA_VERSION:
            if read_only:
                raise StorageError(
                    f"ฐานข้อมูล «{location.display}» ต้องปรับโครงสร้างก่อน ให้ผู้มีสิทธิ์แก้ไขเปิดหนึ่งครั้ง",
                    f"The database «{location.display}» needs its schema upgraded; someone who may edit it has to "
                    "open it once",
                )
            try:
                upgrade(engine, location)
            except DBAPIError as exc:
                if getattr(exc.orig, "sqlstate", None) != "42501":
                    raise
                raise StorageError(
                    f"ผู้ใช้ «{location.user}» สร้างหรือปรับโครงสร้างฐานข้อมูล «{location.display}» ไม่ได้ "
                    "ให้เจ้าของฐานข้อมูลสั่ง ethicsdesk server-setup ก่อน",
                    f"The user «{location.user}» may not create or upgrade the schema of «{location.display}»; "
                    "the database's owner has to run ethicsdesk server-setup first",
                ) from None
    except DBAPIError as exc:
        engine.dispose()
        raise server_error(location, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return engine, read_only
