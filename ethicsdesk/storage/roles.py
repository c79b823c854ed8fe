"""``ethicsdesk server-setup``: the two roles of a server workspace and what each may do.

ethicsdesk_editor (the secretariat) reads and writes the records; ethicsdesk_reader (committee members
who print and check) only reads them. The database itself enforces it, so a reader cannot write even
from outside the program. Officers log in with their own roles (the administrator makes them with
createuser) and are made members of one of the two. The database's owner runs server-setup: it also
creates or upgrades the schema, which editors cannot do (ALTER TABLE belongs to the owner).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from ethicsdesk.errors import StorageError
from ethicsdesk.storage.location import ServerLocation

EDITOR = "ethicsdesk_editor"
READER = "ethicsdesk_reader"


@dataclass(frozen=True)
class SetupDone:
    database: str
    editors: tuple[str, ...]
    readers: tuple[str, ...]

    def message(self, lang: str) -> str:
        if lang == "en":
            return (
                f"Roles {EDITOR} (read and write) and {READER} (read only) are ready in «{self.database}»"
                + (f"; editors: {', '.join(self.editors)}" if self.editors else "")
                + (f"; readers: {', '.join(self.readers)}" if self.readers else "")
            )
        return (
            f"สร้างบทบาท {EDITOR} (อ่านและแก้ไข) และ {READER} (อ่านอย่างเดียว) ในฐานข้อมูล «{self.database}» แล้ว"
            + (f" ผู้แก้ไข: {', '.join(self.editors)}" if self.editors else "")
            + (f" ผู้อ่าน: {', '.join(self.readers)}" if self.readers else "")
        )


def _ident(conn: Connection, name: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one())


def _role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first())


def set_up(
    engine: Engine, location: ServerLocation, editors: tuple[str, ...] = (), readers: tuple[str, ...] = ()
) -> SetupDone:
    """Create the two roles (if missing) and grant them the workspace's tables; make the given login roles
    members. Safe to run again (after an upgrade, say: the new tables are granted too)."""
    with engine.begin() as conn:
        for role in (EDITOR, READER):
            if not _role_exists(conn, role):
                conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
        db = _ident(conn, str(conn.execute(text("SELECT current_database()")).scalar_one()))
        schema = _ident(conn, str(conn.execute(text("SELECT current_schema()")).scalar_one()))
        statements = [
            f"GRANT CONNECT ON DATABASE {db} TO {EDITOR}, {READER}",
            f"GRANT USAGE ON SCHEMA {schema} TO {EDITOR}, {READER}",
            f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {READER}",
            f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA {schema} FROM {READER}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {EDITOR}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {EDITOR}",
            # tables and sequences a later upgrade makes (run by this same owner) are granted alike
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {READER}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {EDITOR}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {EDITOR}",
            # the schema's version is the owner's to change
            f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {EDITOR}",
        ]
        for statement in statements:
            conn.execute(text(statement))
        for group, members in ((EDITOR, editors), (READER, readers)):
            for member in members:
                if not _role_exists(conn, member):
                    raise StorageError(
                        f"ไม่มีผู้ใช้ «{member}» บนเซิร์ฟเวอร์ ให้สร้างก่อนด้วยคำสั่ง createuser --pwprompt {member}",
                        f"There is no user «{member}» on the server; create it first with "
                        f"createuser --pwprompt {member}",
                    )
                conn.execute(text(f"GRANT {group} TO {_ident(conn, member)}"))
    return SetupDone(location.database, editors, readers)


def may_write(conn: Connection) -> bool:
    """Whether the connected user may change the records (an editor or the owner), not only read them."""
    return bool(
        conn.execute(text("SELECT has_table_privilege(current_user, 'meeting', 'UPDATE')")).scalar_one()
    )
