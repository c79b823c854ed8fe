"""``backup`` of a server workspace: a JSON export in the user's data folder (backups/), not a copy of the
database. The whole database (roles, every table) is the server administrator's to back up, with pg_dump;
the export is what an officer can take home and bring back with ``ethicsdesk import``."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ethicsdesk.storage.location import ServerLocation


def exports_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("EthicsDesk", appauthor=False, ensure_exists=True) / "backups"


def _stem(location: ServerLocation) -> str:
    """A file-name-safe stem naming the database and its server (never the password)."""
    raw = f"{location.database}@{location.host}-{location.port or 5432}"
    return re.sub(r"[^\w.@-]+", "_", raw)


def new_export_path(location: ServerLocation) -> Path:
    """A new file name for an export of ``location``, in the backups folder (made if missing)."""
    folder = exports_folder()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{_stem(location)}-{stamp}.json"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{_stem(location)}-{stamp}-{n}.json"
    return target


def list_exports(location: ServerLocation) -> list[Path]:
    """The exports of this database, newest first."""
    folder = exports_folder()
    if not folder.is_dir():
        return []
    stem = _stem(location)
    found = [
        p for p in folder.glob("*.json") if re.fullmatch(re.escape(stem) + r"-\d{8}-\d{6}(-\d+)?", p.stem)
    ]
    return sorted(found, key=lambda p: p.stem, reverse=True)
