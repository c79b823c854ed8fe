"""What a workspace file must look like before SQLite opens it: the header, the program's application
id and schema version. Kept apart from ``storage.database`` so that the modules that only check files
(backups, recovery, migrations) do not import the one that opens them."""

from __future__ import annotations

import struct
from pathlib import Path

from ethicsdesk.errors import StorageError

#: Written into every workspace file's header (PRAGMA application_id): "EDSK".
APPLICATION_ID = 0x4544534B
#: Schema version of this program; every migration sets PRAGMA user_version to its number.
SCHEMA_VERSION = 5
SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse what is plainly not a workspace, before SQLite touches it."""
    if path.is_dir():
        raise StorageError(
            f"«{path}» เป็นโฟลเดอร์ ไม่ใช่แฟ้มข้อมูล",
            f"«{path}» is a folder, not a workspace file",
        )
    if not path.exists():
        return
    size = path.stat().st_size
    if size == 0:
        raise StorageError(
            f"แฟ้ม «{path}» ว่างเปล่า (ขนาด 0 ไบต์) อาจเสียหายระหว่างบันทึก จึงไม่เปิดใช้",
            f"The file «{path}» is empty (0 bytes); it may have been damaged while saving, so it was not opened",
        )
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StorageError(
            f"แฟ้ม «{path}» ไม่ใช่แฟ้มข้อมูลของ EthicsDesk (ไม่ใช่ฐานข้อมูล SQLite)",
            f"The file «{path}» is not an EthicsDesk workspace (not an SQLite database)",
        )
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    page_count = struct.unpack(">I", header[28:32])[0]
    # A crash while a change grew the file leaves it short of its header's size; the journal beside it
    # (a "hot journal") restores it on open, so it is not truncated.
    if page_count and size < page_size * page_count and not _has_hot_journal(path):
        raise StorageError(
            f"แฟ้ม «{path}» ถูกตัดขาด (มี {size:,} ไบต์ จากที่ควรมี {page_size * page_count:,} ไบต์)",
            f"The file «{path}» is truncated ({size:,} bytes of {page_size * page_count:,})",
        )


def _has_hot_journal(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-journal").stat().st_size > 0
    except OSError:
        return False
