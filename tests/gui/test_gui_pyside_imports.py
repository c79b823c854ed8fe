"""PySide6's question "does this module use PySide?" (asked of every module imported after it) answered by
reading the module's file (gui/pyside_imports.py) gives PySide's own answers."""

from __future__ import annotations

import sys

import ethicsdesk.gui.app  # the window's modules
import ethicsdesk.services.all  # noqa: F401  (the ORM and the models, imported after PySide6)


def test_installed_with_the_window() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert hasattr(feature._mod_uses_pyside, "__wrapped__")


def test_the_same_answers_as_pyside_for_every_loaded_module() -> None:
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    upstream = quick.__wrapped__
    answers = {name: quick(module) for name, module in list(sys.modules.items()) if module is not None}
    assert answers == {name: upstream(sys.modules[name]) for name in answers}
    assert answers["ethicsdesk.gui.app"] and not answers["sqlalchemy.orm.session"]
    assert sum(answers.values()) > 10 and len(answers) - sum(answers.values()) > 500
