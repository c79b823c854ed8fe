"""Choosing files: Qt's own file dialog on Linux (in Thai, dates as Thai people write them, columns wide
enough), the system's dialog on Windows and macOS, which speaks the system's language.

The static ``QFileDialog.get…FileName`` functions would give Qt's dialog on Linux too, but with dates
from the system locale ("4 12 2026 07:36") and narrow columns; these functions set both right.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QSplitter, QTreeView, QWidget

from ethicsdesk.gui import text
from ethicsdesk.gui.i18n import LANGUAGE_PROPERTY

#: QFileSystemModel's columns of sizes and of modification times.
SIZE, MODIFIED = 1, 3


def window_language() -> str:
    """The language the window speaks (set by i18n.Translations.install), Thai when unset."""
    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value if value in ("th", "en") else "th"


class ThaiDates(QIdentityProxyModel):
    """The file list as Qt's model gives it, with the modification time written as the window writes dates."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(source, QFileSystemModel):
            return super().data(index, role)
        if index.column() == MODIFIED:
            modified = source.lastModified(self.mapToSource(index))
            if modified.isValid():
                when: dt.datetime = modified.toPython()  # type: ignore[assignment]
                return f"{text.date_short(when.date(), self.lang)} {text.time_text(when.time(), self.lang)}"
        value = super().data(index, role)
        if index.column() == SIZE and isinstance(value, str):
            return text.message_digits(value, self.lang)  # "364.00 KiB" in Thai digits
        return value


def qt_dialog(parent: QWidget | None, title: str, folder: str, filters: str) -> QFileDialog:
    """Qt's own file dialog, set up as the program shows it (not yet shown)."""
    dialog = QFileDialog(parent, title, folder, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setProxyModel(ThaiDates(window_language(), dialog))
    dialog.resize(900, 560)
    sidebar = dialog.findChild(QSplitter, "splitter")
    if sidebar is not None:  # room for the places' names ("คอมพิวเตอร์")
        sidebar.setSizes([180, 720])
    for view in dialog.findChildren(QTreeView):  # the detail view: name, size, type, date
        header = view.header()
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def _native() -> bool:
    return sys.platform in ("win32", "darwin")


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    if _native():
        return QFileDialog.getOpenFileName(parent, title, folder, filters)[0]
    dialog = qt_dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog.selectedFiles()[0] if dialog.exec() else ""


def open_files(parent: QWidget | None, title: str, folder: str, filters: str) -> list[str]:
    if _native():
        return QFileDialog.getOpenFileNames(parent, title, folder, filters)[0]
    dialog = qt_dialog(parent, title, folder, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog.selectedFiles() if dialog.exec() else []


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    if _native():
        return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]
    dialog = qt_dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return dialog.selectedFiles()[0] if dialog.exec() else ""
