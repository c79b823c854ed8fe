"""Which package may import which, and no import cycles outside the GUI.

Every import statement of every module counts, those inside functions too (a lazy import is still a
dependency), except those under ``if TYPE_CHECKING:``. Two checks: the rule table below, read from the
source; and, for the pure packages, a fresh interpreter that imports them and finds none of the forbidden
modules loaded (which also catches a dependency that arrives through a third module).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "ethicsdesk"

#: The printed documents and their writers are pure: they take snapshots (plain frozen data) and never
#: see a workspace, a session or a row.
_PURE_FORBIDS = (
    "sqlmodel",
    "sqlalchemy",
    "alembic",
    "PySide6",
    "ethicsdesk.storage",
    "ethicsdesk.services",
    "ethicsdesk.interchange",
    "ethicsdesk.domain.models",
    "ethicsdesk.printing",
    "ethicsdesk.cli",
    "ethicsdesk.gui",
)

#: package (or module) -> what it must not import (a prefix matches the package and its modules).
RULES: dict[str, tuple[str, ...]] = {
    "ethicsdesk.documents": _PURE_FORBIDS,
    "ethicsdesk.office": _PURE_FORBIDS,
    "ethicsdesk.pdf": (*_PURE_FORBIDS, "ethicsdesk.office"),
    "ethicsdesk.domain.snapshots": ("sqlmodel", "sqlalchemy", "ethicsdesk.domain.models"),
    "ethicsdesk.domain.progress": ("sqlmodel", "sqlalchemy", "ethicsdesk.domain.models"),
    "ethicsdesk.domain.progress_report": ("sqlmodel", "sqlalchemy", "ethicsdesk.domain.models"),
    "ethicsdesk.domain.unit_form": ("sqlmodel", "sqlalchemy", "ethicsdesk.domain.models"),
    "ethicsdesk.domain.budget": ("sqlmodel", "sqlalchemy", "ethicsdesk.domain.models"),
    "ethicsdesk.domain.people": ("sqlmodel", "sqlalchemy", "ethicsdesk.domain.models"),
    # minutes printed without the ORM (storage.frozen's and storage.fast_read's reason to be)
    "ethicsdesk.storage.frozen": (
        "sqlmodel",
        "sqlalchemy",
        "alembic",
        "ethicsdesk.domain.models",
        "ethicsdesk.storage.database",
    ),
    "ethicsdesk.storage.fast_read": (
        "sqlmodel",
        "sqlalchemy",
        "alembic",
        "ethicsdesk.domain.models",
        "ethicsdesk.storage.database",
    ),
    "ethicsdesk.thai": (
        "PySide6",
        "sqlmodel",
        "sqlalchemy",
        "ethicsdesk.domain",
        "ethicsdesk.storage",
        "ethicsdesk.services",
        "ethicsdesk.documents",
        "ethicsdesk.gui",
    ),
    "ethicsdesk.domain": (
        "PySide6",
        "ethicsdesk.storage",
        "ethicsdesk.services",
        "ethicsdesk.documents",
        "ethicsdesk.office",
        "ethicsdesk.pdf",
        "ethicsdesk.interchange",
        "ethicsdesk.printing",
        "ethicsdesk.cli",
        "ethicsdesk.gui",
    ),
    "ethicsdesk.storage": (
        "PySide6",
        "ethicsdesk.services",
        "ethicsdesk.documents",
        "ethicsdesk.office",
        "ethicsdesk.pdf",
        "ethicsdesk.interchange",
        "ethicsdesk.printing",
        "ethicsdesk.cli",
        "ethicsdesk.gui",
    ),
    "ethicsdesk.services": (
        "PySide6",
        "ethicsdesk.documents",
        "ethicsdesk.office",
        "ethicsdesk.pdf",
        "ethicsdesk.printing",
        "ethicsdesk.cli",
        "ethicsdesk.gui",
    ),
    "ethicsdesk.interchange": ("PySide6", "ethicsdesk.documents", "ethicsdesk.pdf", "ethicsdesk.gui"),
    "ethicsdesk.output": ("PySide6", "sqlmodel", "sqlalchemy", "ethicsdesk.storage", "ethicsdesk.services"),
    "ethicsdesk.printing": ("PySide6", "ethicsdesk.gui", "ethicsdesk.cli"),
    "ethicsdesk.unit_forms": ("PySide6", "ethicsdesk.gui", "ethicsdesk.cli"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path) -> set[str]:
    """Every module that ``name`` imports (absolute names), outside ``if TYPE_CHECKING:`` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()

    class Visitor(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
            ):
                for child in node.orelse:
                    self.visit(child)
                return
            self.generic_visit(node)

        def visit_Import(self, node: ast.Import) -> None:
            found.update(alias.name for alias in node.names)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            submodules = [f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES]
            if len(submodules) < len(node.names):
                found.add(module)
            found.update(submodules)

    Visitor().visit(tree)
    return found


def _matches(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _rule_of(module: str) -> tuple[str, tuple[str, ...]] | None:
    """The most specific rule that applies to ``module``."""
    owners = [p for p in RULES if _matches(module, p)]
    return None if not owners else max(((p, RULES[p]) for p in owners), key=lambda x: len(x[0]))


def _breaks() -> list[str]:
    found = []
    for name, path in MODULES.items():
        rule = _rule_of(name)
        if rule is None:
            continue
        owner, forbidden = rule
        for target in imports_of(name, path):
            if any(_matches(target, f) for f in forbidden) and not _matches(target, owner):
                found.append(f"{name} imports {target}")
    return found


def test_every_module_keeps_the_import_rules() -> None:
    assert len(MODULES) > 100
    assert _breaks() == []


def test_the_rule_check_catches_a_break(tmp_path: Path) -> None:
    """The check itself can fail: a pure module that imports the ORM is found."""
    name = "ethicsdesk.documents.plan"
    source = MODULES[name].read_text(encoding="utf-8")
    broken = tmp_path / "plan.py"
    broken.write_text(
        source + "\n\ndef _late() -> None:\n    from sqlmodel import select  # noqa\n", encoding="utf-8"
    )
    assert "sqlmodel" in imports_of(name, broken)
    guarded = tmp_path / "guarded.py"
    guarded.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import sqlmodel\n", encoding="utf-8"
    )
    assert "sqlmodel" not in imports_of(name, guarded)


@pytest.mark.parametrize(
    "package",
    ["ethicsdesk.documents", "ethicsdesk.office", "ethicsdesk.pdf"],
)
def test_pure_packages_load_without_the_database(package: str) -> None:
    names = sorted(m for m in MODULES if _matches(m, package))
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'alembic', 'PySide6')"
        " or m.startswith(('ethicsdesk.storage', 'ethicsdesk.services', 'ethicsdesk.domain.models')))\n"
        "print(' '.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == ""


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles_outside_the_gui() -> None:
    outside = {m: p for m, p in MODULES.items() if not _matches(m, "ethicsdesk.gui")}
    graph = {m: {t for t in imports_of(m, p) if t in outside and t != m} for m, p in outside.items()}
    assert _cycles(graph) == []
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]
