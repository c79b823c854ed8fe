"""Undo and redo say in the status bar what they undid or redid, and go back to the tab and row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.meetings.models import AttendanceModel
from ethicsdesk.gui.widgets.views import current_key, select_key


def _show(window: MainWindow, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    QApplication.processEvents()


def test_undo_and_redo_of_a_budget_come_back_to_its_row_and_say_so(window: MainWindow) -> None:
    _show(window, 3)
    tab = window.budget
    fifth = next(a for a in tab.activities if a.number == 5)
    assert select_key(tab.view, fifth.id)
    assert tab.set_budget(fifth, BudgetKind.AMOUNT, "12,345")
    first = next(a for a in tab.activities if a.number == 1)
    select_key(tab.view, first.id)  # the user moves on, to another row and another tab
    _show(window, 0)
    window.undo_action.trigger()
    assert window.tabs.currentIndex() == 3
    assert current_key(tab.view) == fifth.id
    assert window.status_label.text() == "เลิกทำแล้ว: แก้ไขงบประมาณของกิจกรรมข้อ ๕"
    assert next(a for a in tab.activities if a.number == 5).budget_satang != 1_234_500
    _show(window, 2)
    window.redo_action.trigger()
    assert window.tabs.currentIndex() == 3 and current_key(tab.view) == fifth.id
    assert window.status_label.text() == "ทำซ้ำแล้ว: แก้ไขงบประมาณของกิจกรรมข้อ ๕"
    assert next(a for a in tab.activities if a.number == 5).budget_satang == 1_234_500


def test_undo_of_an_attendance_mark_opens_the_attendance_at_that_seat(window: MainWindow, qtbot: Any) -> None:
    _show(window, 1)
    meetings = window.meetings
    meetings.sub_tabs.setCurrentIndex(0)
    panel = meetings.attendance
    index = panel.model.index(3, AttendanceModel.PRESENT)
    panel.view.setCurrentIndex(index)
    seat = panel.model.rows[3].key
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert window.ctx.undo_stack.count() == 1
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    meetings.sub_tabs.setCurrentIndex(1)
    _show(window, 2)
    window.undo_action.trigger()
    assert window.tabs.currentIndex() == 1 and meetings.sub_tabs.currentIndex() == 0
    assert current_key(panel.view) == seat
    assert window.status_label.text().startswith("เลิกทำแล้ว: บันทึกว่า")
