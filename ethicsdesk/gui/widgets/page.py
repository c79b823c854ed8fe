"""A tab of the main window that loads its data when first shown and reloads what an edit changed."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from ethicsdesk.gui.context import TOPICS, Context


class TabPage(QWidget):
    #: The topics (see context.TOPICS) whose changes this tab shows.
    topics: tuple[str, ...] = ()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty: set[str] = set(TOPICS)
        #: Set for the tab shown at start-up: the window paints first, the records fill it a moment later.
        self.defer_first_load = False
        ctx.changed.connect(self._changed)
        ctx.committee_changed.connect(self._everything_changed)

    def _changed(self, topic: str) -> None:
        if topic in self.topics:
            self._dirty.add(topic)
            if self.isVisible():
                self.reload()

    def _everything_changed(self) -> None:
        self._dirty = set(TOPICS)
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.defer_first_load:
            self.defer_first_load = False
            QTimer.singleShot(0, self._reload_if_dirty)
        elif self._dirty:
            self.reload()

    def _reload_if_dirty(self) -> None:
        if not getattr(self.window(), "painted", True):  # not on screen yet: paint first
            QTimer.singleShot(5, self._reload_if_dirty)
            return
        if self._dirty and self.isVisible():
            self.reload()

    @property
    def loaded(self) -> bool:
        return not self._dirty

    def reload(self) -> None:
        topics, self._dirty = self._dirty, set()
        self.load(topics)

    # -- for subclasses ---------------------------------------------------------------------
    def load(self, topics: set[str]) -> None:
        """Refresh what shows the given topics."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in this tab's search field."""

    def flush(self) -> None:
        """Save a text edit still in progress (before closing, switching tabs or printing)."""

    def splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def save_state(self, settings: QSettings) -> None:
        for s in self.splitters():
            settings.setValue(f"layout/{self.objectName()}/{s.objectName()}", s.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for s in self.splitters():
            state = settings.value(f"layout/{self.objectName()}/{s.objectName()}")
            if state is not None:
                s.restoreState(state)  # type: ignore[arg-type]
