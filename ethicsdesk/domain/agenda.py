"""The agenda tree: the six standard items and computed numbers (๕.๒)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

#: ระเบียบวาระที่ ๑–๖ of the official form.
STANDARD_ITEMS: tuple[tuple[str, str], ...] = (
    ("เรื่องที่ประธานแจ้งที่ประชุมทราบ", "Matters the chair reports to the meeting"),
    ("เรื่องรับรองรายงานการประชุมครั้งก่อน", "Certification of the previous minutes"),
    ("เรื่องสืบเนื่องจากการประชุมครั้งก่อน", "Matters arising from the previous meeting"),
    ("เรื่องเพื่อทราบ", "Matters for information"),
    ("เรื่องเพื่อพิจารณา", "Matters for consideration"),
    ("เรื่องอื่น ๆ (ถ้ามี)", "Other matters (if any)"),
)
CERTIFICATION_ITEM = 2


class TreeNode(Protocol):
    id: int | None
    parent_id: int | None
    position: int


def item_numbers(items: Iterable[TreeNode]) -> dict[int, str]:
    """Map each item id to its number in Arabic digits: "5", "5.2", "5.2.1"."""
    children: dict[int | None, list[TreeNode]] = {}
    for it in items:
        children.setdefault(it.parent_id, []).append(it)
    numbers: dict[int, str] = {}

    def walk(parent: int | None, prefix: str) -> None:
        for i, it in enumerate(sorted(children.get(parent, []), key=lambda n: n.position), 1):
            number = f"{prefix}{i}"
            assert it.id is not None
            numbers[it.id] = number
            walk(it.id, f"{number}.")

    walk(None, "")
    return numbers
