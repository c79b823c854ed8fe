"""The command line of a server workspace: `ethicsdesk server-setup` and `ethicsdesk backup` on a
PostgreSQL database (see README). The caller opens and closes the workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ethicsdesk.storage import Workspace
    from ethicsdesk.storage.location import ServerLocation


def set_up(
    ws: Workspace, db: ServerLocation, editors: Sequence[str], readers: Sequence[str], lang: str
) -> int:
    """The roles of editors and readers, and their grants on the (upgraded) schema of ``ws``."""
    from sqlalchemy.exc import DBAPIError

    from ethicsdesk.storage.roles import set_up as set_up_roles

    try:
        done = set_up_roles(ws.engine, db, tuple(editors), tuple(readers))
    except DBAPIError as exc:
        from ethicsdesk.storage.server import server_error

        raise server_error(db, exc) from None
    print(done.message(lang))
    return 0


def list_exports(db: ServerLocation, lang: str) -> int:
    """The JSON exports that `backup` wrote of ``db``."""
    from ethicsdesk.storage.server_backup import list_exports as exports_of

    found = exports_of(db)
    for path in found:
        print(f"{path}\t{path.stat().st_size:,} bytes")
    if not found:
        print(f"ยังไม่มีแฟ้มส่งออกของ {db}" if lang == "th" else f"No exports of {db} yet")
    return 0


def export(ws: Workspace, db: ServerLocation, lang: str) -> int:
    """A server database is backed up by its administrator (pg_dump); the program writes a JSON export
    of it into the backups folder of the user's data folder, and says so."""
    from ethicsdesk.printing import export_to_file
    from ethicsdesk.storage.server_backup import new_export_path

    made = export_to_file(ws, new_export_path(db))
    print(
        f"«{db}» เป็นฐานข้อมูลบนเซิร์ฟเวอร์ จึงสำรองเป็นแฟ้มส่งออก JSON ไว้ที่ {made} แล้ว "
        "(นำกลับด้วย ethicsdesk import; การสำรองทั้งฐานข้อมูลเป็นหน้าที่ของผู้ดูแลเซิร์ฟเวอร์ด้วย pg_dump)"
        if lang == "th"
        else f"«{db}» is a server database: backed up as a JSON export to {made} "
        "(bring it back with ethicsdesk import; the whole database is backed up by the server's administrator "
        "with pg_dump)"
    )
    return 0
