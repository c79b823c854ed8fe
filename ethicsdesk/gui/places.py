"""Where an edit was made: the window's tab, the sub-tabs open in it and the selected row of each table.

Taken when an edit is pushed onto the undo stack; undo and redo show that place again, so the user sees
what changed back (the budget of activity 5 on the budget tab, the seat in the attendance list…).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTabWidget, QWidget

from ethicsdesk.gui.widgets.views import current_key, select_key


@dataclass
class Place:
    tab: int
    sub_tabs: list[tuple[QTabWidget, int]] = field(default_factory=list)
    rows: list[tuple[QAbstractItemView, int]] = field(default_factory=list)  # in the order the tab built them


def _tables(page: QWidget) -> list[QAbstractItemView]:
    """The tables and trees shown on ``page`` (not headers, not the lists of drop-down boxes)."""
    views = []
    for view in page.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not view.isVisibleTo(page):
            continue
        parent = view.parentWidget()
        while parent is not None and parent is not page and not isinstance(parent, QComboBox):
            parent = parent.parentWidget()
        if not isinstance(parent, QComboBox):
            views.append(view)
    return views


def locate(tabs: QTabWidget) -> Place:
    index = tabs.currentIndex()
    page = tabs.currentWidget()
    place = Place(index)
    if page is None:
        return place
    place.sub_tabs = [(t, t.currentIndex()) for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
    for view in _tables(page):
        key = current_key(view)
        if key is not None:
            place.rows.append((view, key))
    return place


def reveal(tabs: QTabWidget, place: object) -> None:
    if not isinstance(place, Place) or not 0 <= place.tab < tabs.count():
        return
    tabs.setCurrentIndex(place.tab)  # a tab shown again reloads what changed
    for tab_widget, index in place.sub_tabs:
        tab_widget.setCurrentIndex(index)
    for view, key in place.rows:  # the meeting first, then its attendance line or agenda item
        select_key(view, key)
