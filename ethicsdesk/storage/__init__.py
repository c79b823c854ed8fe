"""Storage: one SQLite file per workspace, schema managed by Alembic.

The names below are loaded when first used, so that the parts that need no SQLAlchemy (the lock, the
backups, the file checks) can be imported without it: the window paints before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ethicsdesk.storage.database import SCHEMA_VERSION, Workspace, open_workspace

__all__ = ["SCHEMA_VERSION", "Workspace", "open_workspace"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ethicsdesk.storage import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
