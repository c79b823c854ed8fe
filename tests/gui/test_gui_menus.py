"""The menus as the officer reads them: the Edit menu's undo text apart from its shortcut."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.gui.main_window import MainWindow


def _gap_before_last_word(image: Any, left: int, right: int, top: int, bottom: int) -> int:
    """Blank columns before the last inked word of a band (words: ink apart by at least 3 blank columns)."""
    background = QColor(image.pixel(left + 1, (top + bottom) // 2)).lightness()
    inked = [
        any(abs(QColor(image.pixel(x, y)).lightness() - background) > 60 for y in range(top, bottom))
        for x in range(left, right)
    ]
    x = len(inked) - 1
    while not inked[x]:  # the blank after the shortcut
        x -= 1
    while True:  # back through the last word, to a gap of 3 columns or more
        while inked[x]:
            x -= 1
        gap = 0
        while x >= 0 and not inked[x]:
            gap, x = gap + 1, x - 1
        if gap >= 3 or x < 0:
            return gap


def test_the_undo_text_stands_apart_from_its_shortcut(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    tab = window.budget
    first = next(a for a in tab.activities if a.number == 1)
    assert tab.set_budget(first, BudgetKind.AMOUNT, "90,000")
    assert window.undo_action.text() == "เลิกทำ: แก้ไขงบประมาณของกิจกรรมข้อ ๑"
    menu = next(m for m in window.undo_action.associatedObjects() if isinstance(m, QMenu))
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    image = menu.grab().toImage()
    menu.close()
    rect = menu.actionGeometry(window.undo_action)
    em = menu.fontMetrics().horizontalAdvance("M")
    # Between "ข้อ ๑" and "Ctrl+Z" at least an em of blank (the words' own spaces are narrower).
    gap = _gap_before_last_word(image, rect.left() + 3, rect.right() - 3, rect.top() + 4, rect.bottom() - 4)
    assert gap >= em, (gap, em)
