"""The one output path: every file the program writes (PDF, .docx, .xlsx, JSON) appears whole or not at all.

``write_atomic`` lets a writer fill a temporary file beside the target, makes it durable (flush, fsync),
puts it in place in one step (``os.replace``) and makes the rename durable (fsync of the folder where the
system allows it). On any failure the temporary file is removed and the previous file is left as it was;
an ``OSError`` becomes a ``UserError`` naming the file. Pure: no storage, services, SQLModel or Qt."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ethicsdesk.errors import UserError

_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("ที่เก็บข้อมูลเต็ม", "the disk is full"),
    errno.EROFS: ("สื่อบันทึกเป็นแบบอ่านอย่างเดียว", "the medium is read-only"),
    errno.EACCES: ("ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้", "no permission to write there"),
    errno.EPERM: ("ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้", "no permission to write there"),
    errno.ENOENT: ("ไม่มีโฟลเดอร์นี้", "the folder does not exist"),
    errno.ENOTDIR: ("ไม่มีโฟลเดอร์นี้", "the folder does not exist"),
}


def _user_error(path: Path, exc: OSError) -> UserError:
    th, en = _REASONS.get(exc.errno or 0, (exc.strerror or str(exc), exc.strerror or str(exc)))
    return UserError(f"เขียนแฟ้ม «{path}» ไม่ได้: {th}", f"Cannot write «{path}»: {en}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; Windows cannot open a folder, which is fine there."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write`` with a binary file open on a temporary file beside ``path``, then put it in place.

    Returns ``path``. Raises ``UserError`` (naming the file) for any ``OSError``; any other exception of
    ``write`` propagates unchanged. Either way the temporary file is gone and ``path`` is untouched."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        try:
            with open(tmp, "xb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise _user_error(path, exc) from None
    _fsync_folder(path.parent)
    return path


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    def write(stream: BinaryIO) -> None:
        stream.write(data)

    return write_atomic(path, write)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> Path:
    return write_bytes_atomic(path, text.encode(encoding))
