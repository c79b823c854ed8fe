"""Only the GUI package may import PySide6 (docs: style.md, 'What follows for this project')."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "ethicsdesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_outside_gui_imports_pyside6() -> None:
    offenders = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "gui":
            continue
        checked += 1
        if any(name == "PySide6" or name.startswith("PySide6.") for name in _imports(path)):
            offenders.append(str(rel))
    assert checked > 10, "the scan found too few modules to be meaningful"
    assert offenders == []


def test_scan_detects_a_pyside6_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n    return QObject\n")
    assert "PySide6.QtCore" in _imports(bad)
