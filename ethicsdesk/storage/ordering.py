"""Orderings that come out the same on every back end.

An enum column holds the member's name; SQLite sorts it as text (byte order), while PostgreSQL's enum
types sort in declaration order. Exports must be byte-identical from both, so enum columns are ordered
by an explicit rank: the names in byte order, which is what SQLite has always done.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from sqlalchemy import String, case, cast


def enum_order(column: Any, enum: type[Enum]) -> Any:
    """An ORDER BY term for ``column`` that sorts by the member's name in byte order on every back end."""
    names = sorted((m.name for m in enum), key=str.encode)
    return case({name: i for i, name in enumerate(names)}, value=cast(column, String))
