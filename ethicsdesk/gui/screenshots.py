"""Pictures of every tab, for checking the Thai by eye (ETHICSDESK_SCREENSHOT_DIR; not for users)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTabWidget

from ethicsdesk.gui.main_window import MainWindow


def _settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _grab(window: MainWindow, path: Path) -> None:
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen()
    if QGuiApplication.platformName() == "xcb" and screen is not None:
        picture = screen.grabWindow(0)  # the X server's own pixels: what a user would see
    else:
        picture = window.grab()
    picture.save(str(path))


def take_screenshots(window: MainWindow, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    names = ("1-roster", "2-meetings", "3-plan", "4-budget")
    for i, name in enumerate(names):
        window.tabs.setCurrentIndex(i)
        _settle()
        _grab(window, folder / f"{name}.png")
        inner = window.pages()[i].findChild(QTabWidget, "subTabs")
        if inner is not None:
            for j in range(1, inner.count()):
                inner.setCurrentIndex(j)
                _settle()
                _grab(window, folder / f"{name}-{j + 1}.png")
            inner.setCurrentIndex(0)
    window.tabs.setCurrentIndex(1)
    window.meetings.header.date.open_calendar()
    _settle()
    _grab(window, folder / "2-meetings-calendar.png")
    if window.meetings.header.date.popup is not None:
        window.meetings.header.date.popup.hide()
    plan = window.plan
    window.tabs.setCurrentIndex(2)
    plan.zoom.setChecked(True)
    plan.view.scrollToBottom()
    _settle()
    _grab(window, folder / "3-plan-months.png")
    plan.zoom.setChecked(False)
    plan.open_compare()
    _settle()
    _grab(window, folder / "3-plan-compare.png")
    if plan.dialog is not None:
        plan.dialog.close()
    window.tabs.setCurrentIndex(1)
    window.meetings.certification.open_history()
    _settle()
    _grab(window, folder / "2-meetings-history.png")
    if window.meetings.certification.dialog is not None:
        window.meetings.certification.dialog.close()
    window.files.open_restore()
    _settle()
    _grab(window, folder / "5-restore.png")
    if window.dialog is not None:
        window.dialog.close()
    QCoreApplication.quit()
