"""GUI tests: offscreen Qt, settings in a temporary folder, the real main window on a copy of the sample."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any QApplication exists

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ethicsdesk.gui import pyside_fix
from ethicsdesk.gui.app import Controller
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.services import Services

#: What the offscreen platform cannot do (size hints, raising or grabbing for popups) is a fact of the
#: test platform, not of the program: a real window under X11 prints none of these.
OFFSCREEN_NOISE = (
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _refcount_guard(qapp: QApplication) -> None:
    """The whole test run emits far more signals than PySide6 6.12's True leak allows (see pyside_fix)."""
    if qapp.findChild(QTimer, "refcountGuard") is None:
        pyside_fix.install(qapp)
    pyside_fix.top_up()


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def settings(_settings_in_tmp: Path) -> QSettings:
    return QSettings(str(_settings_in_tmp / "test.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(qapp: QApplication, services: Services, settings: QSettings) -> Iterator[Controller]:
    c = Controller(services, "th", settings)
    c.window.resize(1400, 900)
    yield c
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w is not c.window:
            w.close()
    c.window.close()
    c.shutdown()


def type_text(widget: QWidget, text: str) -> None:
    """Type text as key events, one character at a time (qtbot.keyClicks aborts on Thai)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def typer() -> Callable[[QWidget, str], None]:
    return type_text


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a cell as a user would (scrolling it into view first)."""
    model = view.model()
    index = model.index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


@pytest.fixture
def clicker() -> Callable[..., None]:
    return click_row


@pytest.fixture
def window(controller: Controller, qtbot: object) -> MainWindow:
    controller.show()
    w = controller.window
    qtbot.waitExposed(w)  # type: ignore[attr-defined]
    return w
