"""How a person's name is written."""

from __future__ import annotations

from ethicsdesk.domain.models import Person


def full_name(p: Person | None) -> str:
    """นางบุญเจือ วงษ์เกษม: Thai writes the title straight before the first name."""
    if p is None:
        return ""
    return f"{p.title}{p.first_name} {p.last_name}".strip()
