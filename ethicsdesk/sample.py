"""The sample workspace: meeting 1/2565 of the DIProm ethics committee (resources/sample)."""

from __future__ import annotations

from pathlib import Path

from ethicsdesk.errors import StorageError
from ethicsdesk.interchange import import_workspace
from ethicsdesk.resources import SAMPLE_FILE, resource_path
from ethicsdesk.storage import Workspace, open_workspace
from ethicsdesk.storage.location import ServerLocation, parse_location


def sample_source() -> Path:
    return resource_path(*SAMPLE_FILE)


def write_sample(path: str | Path | ServerLocation) -> Workspace:
    """Create a new workspace file at ``path`` holding the sample; an existing file is never overwritten.

    ``path`` may name an empty server database (the import refuses one that holds records)."""
    location = parse_location(path)
    if isinstance(location, ServerLocation):
        ws = open_workspace(location, create=True)
        try:
            import_workspace(ws, sample_source())
        except BaseException:
            ws.close()
            raise
        return ws
    path = location
    if path.exists():
        raise StorageError(
            f"มีแฟ้ม «{path}» อยู่แล้ว จึงไม่เขียนทับ กรุณาเลือกชื่อแฟ้มใหม่",
            f"«{path}» already exists and will not be overwritten; choose another name",
        )
    ws = open_workspace(path, create=True)
    try:
        import_workspace(ws, sample_source())
    except BaseException:
        ws.close()
        path.unlink(missing_ok=True)
        raise
    return ws
