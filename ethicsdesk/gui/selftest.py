"""The window's part of ``ethicsdesk --selftest`` (ethicsdesk.selftest): what needs Qt.

Checks that the Thai translations load, that Qt finds line breaks in unspaced Thai (through libthai on
Linux: without it a Thai text field cannot wrap), that the bundled Sarabun registers with Qt, then opens
the main window offscreen on the self-test's workspace, waits for its first paint and its records, and
closes it. Settings go to a file in the self-test's folder, never to the user's.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QCollator,
    QEventLoop,
    QLocale,
    QMessageLogContext,
    QSettings,
    QTextBoundaryFinder,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from ethicsdesk.resources import resource_path
from ethicsdesk.selftest import THAI_BREAK_PROBE, SelfTestFailure
from ethicsdesk.services import Services

WINDOW_TIMEOUT_S = 20.0
#: What the offscreen platform cannot do; a fact of that platform, not a fault of the program.
OFFSCREEN_NOISE = (
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing",
)


def qt_thai_breaks(text: str = THAI_BREAK_PROBE) -> int:
    """Line-break opportunities Qt finds inside an unspaced Thai run (0 without libthai)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    inside = 0
    while (pos := finder.toNextBoundary()) != -1:
        if 0 < pos < len(text):
            inside += 1
    return inside


def check_translations() -> None:
    from ethicsdesk.gui.i18n import CATALOGUES

    for name in CATALOGUES:
        path = resource_path("translations", f"{name}_th.qm")
        if not QTranslator().load(str(path)):
            raise SelfTestFailure(f"the Thai translation {path} cannot be loaded")


def check_collation() -> None:
    """Thai and English sorting through Qt's ICU (the Linux bundle carries a cut copy of ICU's data,
    packaging/icu_data.py): without the data, Qt compares code points and ไก่ sorts after ขวด."""
    thai = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    english = QCollator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if not (thai.compare("ไก่", "ขวด") < 0 and english.compare("apple", "Banana") < 0):
        raise SelfTestFailure("Qt cannot sort Thai and English text: ICU's collation data is missing")


@contextmanager
def _offscreen() -> Iterator[None]:
    """Offscreen Qt for an application created inside; an existing application is used as it is."""
    if QApplication.instance() is not None:
        yield
        return
    saved = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = saved


@contextmanager
def _quiet_offscreen(app: QApplication) -> Iterator[None]:
    """Drop the offscreen platform's notes about what it cannot do; pass every other message on."""
    if app.platformName() != "offscreen":
        yield
        return
    previous: Callable[[QtMsgType, QMessageLogContext, str], object] | None = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if any(noise in message for noise in OFFSCREEN_NOISE):
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _wait(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SelfTestFailure(f"the window did not {what} within {WINDOW_TIMEOUT_S:.0f} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def check_window(services: Services, lang: str, folder: Path) -> tuple[str, int]:
    """Run the window's checks; return Qt's platform name and the Thai line breaks Qt found."""
    with _offscreen():
        from ethicsdesk.gui.app import Controller, application
        from ethicsdesk.gui.style import FAMILY, load_fonts

        app = application()
        check_translations()
        check_collation()
        breaks = qt_thai_breaks()
        if breaks == 0 and sys.platform.startswith("linux"):
            raise SelfTestFailure(
                "Qt finds no line breaks in Thai text: the system library libthai (Debian package libthai0) "
                "is missing"
            )
        with _quiet_offscreen(app):
            settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
            controller = Controller(services, lang, settings)
            if load_fonts() != FAMILY:
                raise SelfTestFailure(f"Qt cannot load the bundled {FAMILY} font")
            window = controller.window
            try:
                controller.show()
                _wait(lambda: bool(getattr(window, "painted", False)), "paint")
                _wait(lambda: window.current_page().loaded, "show its records")
            finally:
                window.close()
                controller.shutdown()
                window.deleteLater()
                QApplication.processEvents()
        return app.platformName(), breaks
