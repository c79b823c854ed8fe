"""Start-up: the window paints first, then the workspace is opened and the window filled."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ethicsdesk.errors import StorageError
from ethicsdesk.gui.app import Controller, run_opening
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.lock import lock_path

pytestmark = pytest.mark.sqlite_only(
    "opening a workspace FILE at start-up (the window on a server: test_gui_server_refresh.py)"
)


def _copy(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "สมุดงาน.sqlite"
    shutil.copyfile(sample_file, path)
    return path


def test_the_window_shows_before_its_workspace_is_open_and_fills_when_it_is(
    sample_file: Path, tmp_path: Path, settings: QSettings, qtbot: Any
) -> None:
    path = _copy(sample_file, tmp_path)
    c = Controller(None, "th", settings, path=path)
    window = c.window
    try:
        c.show()
        qtbot.waitExposed(window)
        assert window.windowTitle() == "สมุดงาน.sqlite"  # Qt adds " — EthicsDesk" once
        slot = window.slots[window.tabs.currentIndex()]
        note = slot.findChild(QLabel, "openingNote")
        assert note is not None and note.isVisible() and note.text() == "กำลังเปิดแฟ้มข้อมูล…"
        assert slot.page is None, "no tab is built before the records can be read"
        assert not window.print_action.isEnabled() and not window.undo_action.isEnabled()
        assert window.quit_action.isEnabled() and window.about_action.isEnabled()
        window.tabs.setCurrentIndex(2)  # going to another tab meanwhile builds nothing either
        assert all(s.page is None for s in window.slots)
        with pytest.raises(RuntimeError):
            window.current_page()

        services = Services(open_workspace(path))
        c.attach(services)
        qtbot.waitUntil(lambda: window.plan.loaded)
        assert window.slots[2].findChild(QLabel, "openingNote") is None
        assert window.slots[0].page is None, "tabs not shown are still built only when visited"
        assert window.print_action.isEnabled() and not window.undo_action.isEnabled()
        assert window.windowTitle() == "สมุดงาน.sqlite"  # Qt adds " — EthicsDesk" once
        with pytest.raises(RuntimeError):
            c.ctx.attach(services)  # one workspace per context
    finally:
        window.close()
        c.shutdown()
        if c.ctx.ready:
            c.services.workspace.close()


def test_run_opening_opens_the_file_after_the_first_paint(
    qapp: QApplication, sample_file: Path, tmp_path: Path
) -> None:
    path = _copy(sample_file, tmp_path)
    seen: dict[str, object] = {}

    def open_services() -> Services:
        window = next(  # the one shown now (earlier tests' windows are closed, not all deleted yet)
            w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()
        )
        seen["painted"] = getattr(window, "painted", False)
        ws = open_workspace(path, lock=True)
        seen["locked"] = lock_path(path).exists()

        def check_then_quit() -> None:
            seen["roster"] = window.roster.seats.rowCount()  # type: ignore[attr-defined]
            seen["status"] = window.print_action.isEnabled()  # type: ignore[attr-defined]
            QCoreApplication.quit()

        QTimer.singleShot(0, check_then_quit)
        return Services(ws)

    assert run_opening(path, open_services, "th") == 0
    assert seen["painted"] is True, "the window had painted before the file was opened"
    assert seen["locked"] and seen["roster"] == 13 and seen["status"] is True
    assert not lock_path(path).exists(), "the file is closed (and its lock released) on quitting"


def test_a_bug_while_opening_ends_the_program_with_the_error(
    qapp: QApplication, sample_file: Path, tmp_path: Path
) -> None:
    def open_services() -> Services:
        raise ZeroDivisionError("a bug")

    with pytest.raises(ZeroDivisionError):
        run_opening(_copy(sample_file, tmp_path), open_services, "th")


def test_a_file_that_cannot_be_opened_is_asked_about_and_declining_ends_the_program(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.sqlite"
    path.write_bytes(b"not a workspace" * 100)
    asked: list[str] = []

    def open_services() -> Services:
        ws = open_workspace(path)  # raises StorageError: not a workspace
        return Services(ws)

    tries = [0]

    def decline() -> None:
        """Answer the start-up's box (earlier tests may have left hidden boxes behind)."""
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox)
                and w.isVisible()
                and w.objectName() in ("noBackup", "restoreDamaged")
            ),
            None,
        )
        tries[0] += 1
        if box is None:
            if tries[0] < 500:  # ten seconds; then fail rather than wait for ever
                QTimer.singleShot(20, decline)
            else:
                for w in QApplication.topLevelWidgets():
                    if isinstance(w, QMessageBox) and w.isVisible():
                        w.reject()
            return
        asked.append(box.text())
        box.reject()

    QTimer.singleShot(0, decline)
    with pytest.raises(StorageError):
        open_workspace(path)
    assert run_opening(path, open_services, "th") == 0
    assert asked, "the user was told why the file cannot be opened"
    assert path.read_bytes() == b"not a workspace" * 100, "the file is left as it was"


def test_the_window_code_loads_without_the_database_libraries() -> None:
    """The window paints before SQLAlchemy, SQLModel and PyThaiNLP are imported (about 0.5 s)."""
    code = (
        "import sys, ethicsdesk.cli, ethicsdesk.gui.app\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'reportlab') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
