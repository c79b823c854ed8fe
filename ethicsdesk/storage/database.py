"""Opening, creating and upgrading a workspace: one SQLite file, or a database on a PostgreSQL server
(storage.server)."""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, create_engine

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.location import ServerLocation, parse_location

if TYPE_CHECKING:
    from ethicsdesk.storage.lock import Lock

from ethicsdesk.storage.header import (  # noqa: F401  (re-exported: storage.database is their old home)
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
)
from ethicsdesk.storage.header import (
    check_file as _check_file,
)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


class Workspace:
    """An open workspace (a file, or a server database). Every user action runs in one ``transaction()``."""

    def __init__(
        self,
        location: Path | ServerLocation,
        engine: Engine,
        read_only: bool = False,
        lock: Lock | None = None,
    ) -> None:
        self.location = location
        self.engine = engine
        self.read_only = read_only
        #: The one-writer lock (storage.lock), released by close(); never on a server.
        self.lock = lock
        #: On a server: the row_version of each record as last shown (storage.concurrency).
        self.seen: dict[tuple[type, object], int] = {}
        #: On a server: the newest change this program knows of (see others_changed).
        self.change_mark = self._change_mark() if self.server is not None else 0

    @property
    def server(self) -> ServerLocation | None:
        return self.location if isinstance(self.location, ServerLocation) else None

    @property
    def path(self) -> Path:
        """The workspace's file; a server workspace has none (backups, restore and the lock need one)."""
        if isinstance(self.location, ServerLocation):
            raise StorageError(
                f"«{self.location}» เป็นฐานข้อมูลบนเซิร์ฟเวอร์ ไม่ใช่แฟ้ม จึงทำสิ่งนี้ไม่ได้ (ผู้ดูแลเซิร์ฟเวอร์สำรองด้วย pg_dump)",
                f"«{self.location}» is a server database, not a file, so this cannot be done "
                "(the server's administrator backs it up with pg_dump)",
            )
        return self.location

    @property
    def folder(self) -> Path:
        """Where files made from the workspace are suggested: beside the file; for a server, the home folder."""
        loc = self.location
        return Path.home() if isinstance(loc, ServerLocation) else loc.parent

    @property
    def stem(self) -> str:
        """A file name for what is made from it: the file's stem, or the server database's name."""
        loc = self.location
        return loc.database if isinstance(loc, ServerLocation) else loc.stem

    @property
    def name(self) -> str:
        """What the user calls it: the file's name, or user@host:port/database."""
        loc = self.location
        return str(loc) if isinstance(loc, ServerLocation) else loc.name

    @contextmanager
    def transaction(self, *, audit: bool = True) -> Iterator[Session]:
        """One user action: committed as a whole, or rolled back as a whole, with its audit entries."""
        with Session(self.engine, expire_on_commit=False) as session:
            if audit:
                from ethicsdesk.storage.audit import attach

                attach(session)
            if self.server is not None:
                from ethicsdesk.storage.concurrency import watch_writing

                watch_writing(session, self.seen)
            try:
                yield session
                mark = self._change_mark(session) if self.server is not None else 0
                session.commit()
                self.change_mark = max(self.change_mark, mark)  # our own change: nothing to reload
            except StaleDataError:
                # Another program wrote the same row at the same moment (its version moved on).
                session.rollback()
                from ethicsdesk.storage.concurrency import ConcurrentEdit

                raise ConcurrentEdit() from None
            except OperationalError as exc:
                session.rollback()
                raise self._error(exc) from exc
            except DBAPIError as exc:
                session.rollback()
                if self.server is None or not _refused(exc):
                    raise
                raise self._error(exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only look at the workspace."""
        with Session(self.engine, expire_on_commit=False) as session:
            if self.server is not None:
                from ethicsdesk.storage.concurrency import watch_reading

                watch_reading(session, self.seen)
            yield session

    def _change_mark(self, session: Session | None = None) -> int:
        """The newest audit entry: every change to the records writes one (storage.audit)."""
        query = text("SELECT coalesce(max(id), 0) FROM auditentry")
        if session is not None:
            session.flush()  # this transaction's own entries count as seen
            return int(session.execute(query).scalar_one())
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def others_changed(self) -> bool:
        """On a server: whether another program changed the records since this one last looked or wrote
        (the window reloads then). A file has one writer: always False."""
        if self.server is None:
            return False
        try:
            mark = self._change_mark()
        except DBAPIError as exc:
            raise self._error(exc) from None
        if mark <= self.change_mark:
            return False
        self.change_mark = mark
        return True

    def _error(self, exc: DBAPIError) -> StorageError:
        if isinstance(self.location, ServerLocation):
            from ethicsdesk.storage.server import server_error

            return server_error(self.location, exc)
        return _storage_error(self.location, exc)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _refused(exc: DBAPIError) -> bool:
    """The server refused a write: the user may only read (or the transaction is read-only)."""
    return getattr(exc.orig, "sqlstate", None) in ("42501", "25006")


def _storage_error(path: Path, exc: Exception) -> StorageError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return StorageError(
            f"บันทึกลงแฟ้ม «{path}» ไม่ได้ เพราะแฟ้มหรือสื่อเป็นแบบอ่านอย่างเดียว",
            f"Cannot write to «{path}»: the file or medium is read-only",
        )
    if "disk is full" in text or "full" in text:
        return StorageError(
            f"บันทึกลงแฟ้ม «{path}» ไม่ได้ เพราะพื้นที่ดิสก์เต็ม การแก้ไขล่าสุดยังไม่ถูกบันทึก",
            f"Cannot write to «{path}»: the disk is full; the last change was not saved",
        )
    if "locked" in text:
        return StorageError(
            f"แฟ้ม «{path}» ถูกโปรแกรมอื่นใช้งานอยู่",
            f"The file «{path}» is in use by another program",
        )
    return StorageError(
        f"เปิดหรือบันทึกแฟ้ม «{path}» ไม่ได้: แฟ้มอาจเสียหาย ({exc.__class__.__name__})",
        f"Cannot open or write «{path}»: the file may be damaged ({exc.__class__.__name__})",
    )


def make_engine(path: Path, read_only: bool = False) -> Engine:
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.as_posix()}"
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect)
    return engine


def open_workspace(
    path: str | Path | ServerLocation, *, create: bool = False, read_only: bool = False, lock: bool = False
) -> Workspace:
    """Open (and upgrade) the workspace at ``path``; with ``create``, make it if it is missing.

    ``path`` may name a server database (a ``postgresql+psycopg://`` URL or a ServerLocation): see
    storage.server; there is no lock file there.

    Raises StorageError with a clear message for anything that is not a usable workspace;
    the file is left untouched in that case. With ``lock`` (and not ``read_only``), take the
    one-writer lock first (storage.lock; WorkspaceLocked names the holder); close() releases it.
    A file that needs a migration is backed up first (storage.backup).
    """
    from ethicsdesk.storage.migrate import current_version, upgrade, validate_header

    location = parse_location(path)
    if isinstance(location, ServerLocation):
        from ethicsdesk.storage.server import open_server

        engine, read_only = open_server(location, create=create, read_only=read_only)
        return Workspace(location, engine, read_only=read_only)
    path = location
    _check_file(path)
    if not path.exists():
        if not create:
            raise StorageError(f"ไม่พบแฟ้ม «{path}»", f"File «{path}» not found")
        if not path.parent.is_dir():
            raise StorageError(f"ไม่พบโฟลเดอร์ «{path.parent}»", f"Folder «{path.parent}» does not exist")
    held = None
    if lock and not read_only:
        from ethicsdesk.storage.lock import acquire

        held = acquire(path)
    engine = None
    try:
        if not path.exists():
            _create(path)
        engine = make_engine(path, read_only=read_only)
        with engine.connect() as conn:
            validate_header(conn, path)
            outdated = current_version(conn) < SCHEMA_VERSION and _has_tables(conn)
        if not read_only:
            if outdated:
                from ethicsdesk.storage.backup import backup_now

                backup_now(path, "migration")
            upgrade(engine, path)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        if engine is not None:
            engine.dispose()
        if held is not None:
            held.release()
        raise _storage_error(path, exc) from exc
    except BaseException:
        if engine is not None:
            engine.dispose()
        if held is not None:
            held.release()
        raise
    return Workspace(path, engine, read_only=read_only, lock=held)


def _has_tables(conn: Connection) -> bool:
    return bool(conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar_one())


def _create(path: Path) -> None:
    """Make a new workspace beside ``path`` and rename it into place when it is complete, so that a
    crash while creating never leaves an empty or half-made file under the workspace's name."""
    from ethicsdesk.storage.migrate import upgrade

    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.new")
    try:
        engine = make_engine(tmp)
        try:
            upgrade(engine, path)
        finally:
            engine.dispose()
        if not path.exists():  # never replace a file someone made meanwhile
            os.replace(tmp, path)
            from ethicsdesk.storage.files import fsync_dir

            fsync_dir(path.parent)
    except OSError as exc:
        raise StorageError(
            f"สร้างแฟ้ม «{path}» ไม่ได้ ({exc.strerror})", f"Cannot create «{path}» ({exc.strerror})"
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
