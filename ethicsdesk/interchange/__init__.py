"""The workspace interchange format (docs/interchange.md): export and all-or-nothing import."""

from ethicsdesk.interchange.reader import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_BYTES,
    import_workspace,
    parse_document,
)
from ethicsdesk.interchange.writer import export_workspace

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "export_workspace",
    "import_workspace",
    "parse_document",
]
