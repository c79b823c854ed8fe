"""The rich-text editor of an agenda item's body: paragraphs, numbered lists, bold, italic, underline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from ethicsdesk.gui.meetings.rich_text import LIST_STYLE, fill_document, list_format, read_document
from ethicsdesk.gui.style import thai_room

IDLE_SAVE_MS = 1200


class BodyEditor(QWidget):
    """Emits ``edited`` with the new blocks after a pause in typing, on leaving the field, or on flush."""

    edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextEdit()
        self.text.setObjectName("bodyEdit")
        self.text.setAcceptRichText(False)  # pasted text arrives plain; styles come from the buttons
        above, _below = thai_room(self.text.font())
        self.text.document().setDocumentMargin(6 + above)
        self.stash: list[dict[str, Any]] = []
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_SAVE_MS)
        self.timer.timeout.connect(self.flush)
        self.text.document().contentsChanged.connect(self._typed)
        self.text.installEventFilter(self)
        bar = QToolBar()
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, key, slot in (
            ("bold", self.tr("Bold"), "Ctrl+B", self.toggle_bold),
            ("italic", self.tr("Italic"), "Ctrl+I", self.toggle_italic),
            ("underline", self.tr("Underline"), "Ctrl+U", self.toggle_underline),
            ("decimal", self.tr("1. List"), None, lambda: self.make_list("decimal")),
            ("paren", self.tr("1) List"), None, lambda: self.make_list("paren")),
            ("bullet", self.tr("• List"), None, lambda: self.make_list("bullet")),
            ("paragraph", self.tr("Paragraph"), None, self.make_paragraph),
            ("deeper", self.tr("Deeper"), None, lambda: self.change_depth(+1)),
            ("shallower", self.tr("Shallower"), None, lambda: self.change_depth(-1)),
        ):
            action = QAction(label, self)
            if key:
                action.setShortcut(QKeySequence(key))
                action.setToolTip(f"{label} ({key})")
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_by_name[name] = action
        bold = self.actions_by_name["bold"]
        f = bold.font()
        f.setBold(True)
        bold.setFont(f)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(bar)
        layout.addWidget(self.text)

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        for action in self.actions_by_name.values():
            action.setEnabled(not read_only)

    # -- content ----------------------------------------------------------------------------
    def set_blocks(self, blocks: list[dict[str, Any]]) -> None:
        self.timer.stop()
        doc = self.text.document()
        doc.blockSignals(True)
        self.stash = fill_document(doc, blocks)
        doc.blockSignals(False)
        self.text.document().clearUndoRedoStacks()
        self.text.viewport().update()
        self.dirty = False

    def blocks(self) -> list[dict[str, Any]]:
        return read_document(self.text.document(), self.stash)

    def _typed(self) -> None:
        self.dirty = True
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if self.dirty:
            self.dirty = False
            self.edited.emit(self.blocks())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    # -- formatting -------------------------------------------------------------------------
    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            self.text.mergeCurrentCharFormat(fmt)
        else:
            cursor.mergeCharFormat(fmt)
        self._typed()

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.text.fontWeight() >= QFont.Weight.DemiBold.value
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.text.fontItalic())
        self._merge(fmt)

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.text.fontUnderline())
        self._merge(fmt)

    def make_list(self, style: str) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        depth = max(0, current.format().indent() - 1) if current else 0
        if current is not None:
            current.setFormat(list_format(style, depth))
        else:
            cursor.createList(list_format(style, depth))
        self._typed()

    def make_paragraph(self) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
            fmt = cursor.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        self._typed()

    def change_depth(self, delta: int) -> None:
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is None:
            fmt = cursor.blockFormat()
            fmt.setIndent(max(0, fmt.indent() + delta))
            cursor.setBlockFormat(fmt)
        else:
            lf: QTextListFormat = current.format()
            depth = max(0, lf.indent() - 1 + delta)
            current.remove(cursor.block())
            cursor.createList(list_format(str(lf.property(LIST_STYLE) or "decimal"), depth, nested=depth > 0))
        self._typed()
