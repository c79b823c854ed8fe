"""Golden files: a missing or different golden file fails its test; ETHICSDESK_UPDATE_GOLDEN=1 (re)writes them.

Regenerate after a deliberate change with ``ETHICSDESK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/...``
and review the diff (``git diff tests/*/golden``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

UPDATE_ENV = "ETHICSDESK_UPDATE_GOLDEN"


def updating() -> bool:
    return os.environ.get(UPDATE_ENV) == "1"


def normalize_lines(text: str) -> str:
    """One line per non-blank line of ``text``, runs of whitespace squashed to one space."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip()) + "\n"


def check_golden(golden: Path, text: str) -> None:
    """``text`` equals the golden file; a missing golden file fails unless the update switch is on."""
    if updating():
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(f"golden file {golden} is missing: write it with {UPDATE_ENV}=1 and review it")
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs from its golden file"
