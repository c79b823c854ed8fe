"""A tab slot whose page is built (and its module imported) the first time it is shown or asked for.

Start-up builds only the tab the window opens on; the others cost nothing until the user goes there.
While the workspace is still being opened (the window paints first), a slot shows a short note and
builds its page when the context's services arrive.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ethicsdesk.gui.context import Context
    from ethicsdesk.gui.widgets.page import TabPage


class LazySlot(QWidget):
    def __init__(self, ctx: Context, module: str, cls: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.where = (module, cls)
        self.page: TabPage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.waiting: QLabel | None = None
        if not ctx.ready:
            self.waiting = QLabel(self.tr("Opening the workspace…"))
            self.waiting.setObjectName("openingNote")
            self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.waiting)
            ctx.attached.connect(self._attached)

    def _attached(self) -> None:
        if self.waiting is not None:
            self.waiting.hide()
            self.waiting.setParent(None)  # type: ignore[call-overload]
            self.waiting.deleteLater()
            self.waiting = None
        if self.isVisible():
            self.build()

    def build(self) -> TabPage:
        if not self.ctx.ready:
            raise RuntimeError("the workspace is not open yet")
        if self.page is None:
            module, cls = self.where
            page: TabPage = getattr(importlib.import_module(module), cls)(self.ctx)
            page.restore_state(self.ctx.settings)  # its splitters as the user left them
            layout = self.layout()
            assert layout is not None
            layout.addWidget(page)
            page.show()  # a child added to a widget being shown is not shown with it
            self.page = page
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        if self.ctx.ready:
            self.build()
        super().showEvent(event)
