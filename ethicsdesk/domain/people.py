"""How a person's name is written."""

from __future__ import annotations

from typing import Protocol


class Named(Protocol):
    """A person's row (``ethicsdesk.domain.models.Person``) or any record with the same name fields: the
    minutes read without the ORM (``storage.fast_read``) name people with the same function."""

    @property
    def title(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...


def full_name(p: Named | None) -> str:
    """นางบุญเจือ วงษ์เกษม: Thai writes the title straight before the first name."""
    if p is None:
        return ""
    return f"{p.title}{p.first_name} {p.last_name}".strip()
