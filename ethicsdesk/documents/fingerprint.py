"""A fingerprint of certified minutes: SHA-256 of their content, carried in the PDF's metadata, so a
printed file can be checked against the record (`ethicsdesk verify FILE.pdf --db PATH`)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from pathlib import Path

from ethicsdesk.documents.model import Document

PREFIX = "ethicsdesk-minutes"
_KEYWORDS = re.compile(rb"ethicsdesk-minutes (\d{1,4})/(\d{4}) sha256:([0-9a-f]{64})")


def content_sha256(doc: Document) -> str:
    """SHA-256 of what the minutes say (every block, in order), not of the PDF's bytes: the same record
    printed again, on another day or with other fonts, has the same fingerprint."""

    def plain(value: object) -> object:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {
                "_": type(value).__name__,
                **{f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)},
            }
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, frozenset | set):
            return sorted(plain(v) for v in value)  # type: ignore[type-var]
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        return value if isinstance(value, str | int | float | bool | type(None)) else str(value)

    data = json.dumps(
        [plain(b) for b in doc.blocks], ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def keywords(number: int, year_be: int, digest: str) -> str:
    return f"{PREFIX} {number}/{year_be} sha256:{digest}"


def read_keywords(pdf: Path) -> tuple[int, int, str] | None:
    """(meeting number, year, digest) from a PDF this program wrote, or None."""
    m = _KEYWORDS.search(pdf.read_bytes())
    return None if m is None else (int(m[1]), int(m[2]), m[3].decode())
