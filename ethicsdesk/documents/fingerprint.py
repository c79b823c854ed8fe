"""The fingerprint of certified minutes in a PDF's metadata: the SHA-256 of their frozen record
(``ethicsdesk.domain.snapshots.fingerprint``), so a printed file can be checked against the record
(`ethicsdesk verify FILE.pdf`)."""

from __future__ import annotations

import re
from pathlib import Path

PREFIX = "ethicsdesk-minutes"
_KEYWORDS = re.compile(rb"ethicsdesk-minutes (\d{1,4})/(\d{4}) sha256:([0-9a-f]{64})")


def keywords(number: int, year_be: int, digest: str) -> str:
    return f"{PREFIX} {number}/{year_be} sha256:{digest}"


def read_keywords(pdf: Path) -> tuple[int, int, str] | None:
    """(meeting number, year, digest) from a PDF this program wrote, or None."""
    m = _KEYWORDS.search(pdf.read_bytes())
    return None if m is None else (int(m[1]), int(m[2]), m[3].decode())
