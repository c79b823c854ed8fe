"""The print preview inside the program: the pages of the real PDF, printing them, saving the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ethicsdesk.gui import preview, printing
from ethicsdesk.gui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not preview.available(), reason="QtPdf (pyside6-pdf) is not installed")


def _print_minutes(window: MainWindow, qtbot: Any) -> preview.PreviewDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.dialog, preview.PreviewDialog), timeout=60_000)
    dialog = window.dialog
    assert isinstance(dialog, preview.PreviewDialog)
    return dialog


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_ctrl_p_shows_the_minutes_in_the_preview(window: MainWindow, qtbot: Any) -> None:
    dialog = _print_minutes(window, qtbot)
    assert dialog.isVisible() and dialog.document.pageCount() == _pages(dialog.path) >= 1
    assert "รายงานการประชุม" in dialog.windowTitle()
    assert dialog.pages.text().endswith("หน้า")
    dialog.zoom_in.click()
    assert dialog.view.zoomFactor() > 1.0
    dialog.close()


def test_print_renders_every_page_on_the_printer(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    dialog = _print_minutes(window, qtbot)
    printer = dialog.printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert _pages(out) == dialog.document.pageCount()
    dialog.close()


def test_save_as_keeps_the_pdf(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _print_minutes(window, qtbot)
    monkeypatch.setattr(preview, "choose_save_path", lambda *_a: str(tmp_path / "minutes-1-2565"))
    dialog.save_button.click()
    saved = tmp_path / "minutes-1-2565.pdf"
    assert saved.read_bytes() == dialog.path.read_bytes()
    assert str(saved) in dialog.pages.text()
    monkeypatch.setattr(preview, "choose_save_path", lambda *_a: str(tmp_path / "no-such-folder" / "x.pdf"))
    dialog.save_button.click()
    assert dialog.error.isVisible() and "no-such-folder" in dialog.error.text()
    dialog.close()


def test_without_qtpdf_the_system_viewer_opens_it(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(preview, "available", lambda: False)
    monkeypatch.setattr(printing, "open_pdf", opened.append)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    QApplication.processEvents()
    assert not isinstance(window.dialog, preview.PreviewDialog)
