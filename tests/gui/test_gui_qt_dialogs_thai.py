"""Qt's own dialogs speak Thai: the program's qtbase_th catalogue (Qt ships none) covers the non-native
file dialog, the print dialog, message boxes and the text fields' context menus."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QTreeView,
    QWidget,
)

pytestmark = pytest.mark.sqlite_only("Qt's own dialogs in Thai: no records read or written")

#: A run of Latin letters in a label is English left over (PDF and file patterns excepted).
ENGLISH = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {"PDF", "sqlite", "json", "Ctrl", "Alt", "Left", "Right", "Up"}


def _english_words(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            texts += [button.text(), button.toolTip()]
    for tabs in widget.findChildren(QTabWidget):
        if tabs.isVisibleTo(widget):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for header in widget.findChildren(QHeaderView):
        model = header.model()
        if header.isVisibleTo(widget) and model is not None:
            texts += [str(model.headerData(i, header.orientation())) for i in range(header.count())]
    return [
        w
        for t in texts
        for w in ENGLISH.findall(re.sub(r"<[^>]+>|\([^)]*\*[^)]*\)", "", t))
        if w not in ALLOWED
    ]


def test_the_file_dialog_speaks_thai(controller: Any, qtbot: Any) -> None:
    dialog = QFileDialog(None, "เปิดแฟ้มข้อมูล")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilters(["แฟ้มข้อมูล (*.sqlite)"])
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    assert look_in is not None and look_in.text() == "ค้นใน (&L):"
    assert _english_words(dialog) == []
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    QApplication.processEvents()
    assert _english_words(dialog) == []
    dialog.close()


def test_the_print_dialog_speaks_thai(controller: Any, qtbot: Any) -> None:
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.show()
    qtbot.waitExposed(dialog)
    options = next(b for b in dialog.findChildren(QAbstractButton) if "ตัวเลือก" in b.text())
    options.click()  # "Options >>" shows the copies, the page range and the layout
    QApplication.processEvents()
    assert _english_words(dialog) == []
    dialog.close()


def test_message_boxes_and_context_menus_speak_thai(controller: Any) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "ทดลอง",
        "บันทึกหรือไม่",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    box.setDetailedText("รายละเอียด")
    texts = [b.text() for b in box.buttons()]
    assert {"บันทึก", "ไม่บันทึก", "ยกเลิก", "แสดงรายละเอียด…"} <= set(texts), texts
    yes_no = QMessageBox(
        QMessageBox.Icon.Question,
        "ทดลอง",
        "ใช่หรือไม่",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    assert {b.text() for b in yes_no.buttons()} == {"ใช่ (&Y)", "ไม่ใช่ (&N)"}
    line = QLineEdit("ข้อความ")
    menu = line.createStandardContextMenu()
    assert menu is not None
    words = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]  # "วาง (&P)\tCtrl+V"
    assert "วาง (&P)" in words and not any(ENGLISH.search(w) for w in words), words


def test_the_programs_file_dialog_writes_dates_in_thai_and_shows_whole_columns(
    controller: Any, qtbot: Any, tmp_path: Path
) -> None:
    from ethicsdesk.gui.file_dialogs import qt_dialog
    from ethicsdesk.gui.widgets.views import cut_text

    workspace = tmp_path / "workspace.sqlite"
    workspace.write_bytes(b"x" * 36_864)
    when = dt.datetime(2022, 10, 26, 9, 30).timestamp()
    os.utime(workspace, (when, when))
    dialog = qt_dialog(None, "เปิดแฟ้มข้อมูล", str(tmp_path), "แฟ้มข้อมูล (*.sqlite)")
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = next(v for v in dialog.findChildren(QTreeView) if v.isVisible())
    model = view.model()

    def row() -> int:
        names = [model.index(r, 0, view.rootIndex()).data() for r in range(model.rowCount(view.rootIndex()))]
        return names.index("workspace.sqlite") if "workspace.sqlite" in names else -1

    qtbot.waitUntil(lambda: row() >= 0)
    QApplication.processEvents()
    cells = [model.index(row(), c, view.rootIndex()) for c in range(4)]
    assert cells[3].data() == "๒๖ ต.ค. ๖๕ ๐๙.๓๐ น."
    assert [cut_text(view, index) for index in cells[1:]] == [None, None, None], [c.data() for c in cells]
    dialog.close()
