"""Storage: one SQLite file per workspace, schema managed by Alembic."""

from ethicsdesk.storage.database import SCHEMA_VERSION, Workspace, open_workspace

__all__ = ["SCHEMA_VERSION", "Workspace", "open_workspace"]
