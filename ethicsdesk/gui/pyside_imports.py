"""A quicker answer to PySide6's question about every module imported after it.

PySide6 (6.12, ``shibokensupport.feature``) asks of every module imported once it is loaded whether the
module uses PySide ("PySide6" in its source, for its ``__feature__`` switches) and finds out with
``inspect.getsource``, which looks the module up among all loaded ones first: 0.10 s for the 380 modules
(SQLAlchemy, the models, the window's own) imported between the window's start and its first records.
:func:`install` answers the same question by reading the module's ``.py`` file, and leaves every other
case (no ``.py`` file, a frozen module) to PySide's own function; without that function (another PySide6
version) it does nothing. tests/gui/test_gui_pyside_imports.py checks that both give the same answers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

_MARK = "_ethicsdesk_quick"


def uses_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's ``_mod_uses_pyside`` for modules whose source is a ``.py`` file: read it directly."""

    def quick(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)

    setattr(quick, _MARK, True)
    quick.__wrapped__ = original  # type: ignore[attr-defined]
    return quick


def install() -> None:
    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, _MARK, False):
        return
    feature._mod_uses_pyside = uses_pyside(original)
