"""The budget tab: change a budget and watch the totals, the Thai words and the chart; undo it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.gui.budget.models import BudgetModel
from ethicsdesk.gui.main_window import MainWindow


def _open_budget(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(3)
    QApplication.processEvents()


def _edit_cell(window: MainWindow, qtbot: Any, number: int, typed: str, typer: Callable) -> None:
    tab = window.budget
    row = next(i for i, r in enumerate(tab.model.rows) if r.kind == "item" and r.payload.number == number)
    index = tab.model.index(row, BudgetModel.BUDGET)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    typer(editor, typed)  # qtbot.keyClicks aborts the process on Thai
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_change_a_budget_and_watch_the_totals_and_the_words(
    window: MainWindow, qtbot: Any, typer: Callable
) -> None:
    _open_budget(window)
    tab = window.budget
    assert "๑,๒๗๐,๐๐๐" in tab.total.text()
    assert tab.words.text() == "(หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน)"
    assert tab.warnings.text() == ""
    _edit_cell(window, qtbot, 1, "80,000", typer)
    qtbot.waitUntil(lambda: "๑,๒๘๐,๐๐๐" in tab.total.text())
    assert tab.words.text() == "(หนึ่งล้านสองแสนแปดหมื่นบาทถ้วน)"
    assert tab.totals.rows[0].cells[2] == "๘๐,๐๐๐"
    assert tab.chart.bars[0][2] == 8_000_000
    assert "ยอดรวมที่ระบุในแผน" in tab.warnings.text(), "the declared total no longer matches"
    window.undo_action.trigger()
    assert "๑,๒๗๐,๐๐๐" in tab.total.text()
    assert tab.words.text() == "(หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน)"
    assert tab.warnings.text() == ""


def test_thai_digits_shared_and_keywords_in_the_cell(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    _open_budget(window)
    tab, plan, vid = window.budget, window.ctx.services.plan, window.ctx.version_id or 0

    def activity(number: int) -> Any:
        return next(a for a in plan.activities(vid) if a.number == number)

    _edit_cell(window, qtbot, 2, "25000.50", typer)
    qtbot.waitUntil(lambda: activity(2).budget_satang == 2_500_050)
    assert "สตางค์" in tab.words.text()
    _edit_cell(window, qtbot, 3, "ข้อ 12", typer)
    qtbot.waitUntil(lambda: activity(3).budget_kind == BudgetKind.SHARED)
    assert tab.model.rows[tab.model.row_of(activity(3).id)].cells[2].endswith("๑๒")
    _edit_cell(window, qtbot, 3, "-", typer)
    qtbot.waitUntil(lambda: activity(3).budget_kind == BudgetKind.NONE)


def test_a_bad_amount_is_refused_next_to_the_table_and_nothing_changes(
    window: MainWindow, qtbot: Any, typer: Callable
) -> None:
    _open_budget(window)
    tab = window.budget
    _edit_cell(window, qtbot, 1, "seventy", typer)
    qtbot.waitUntil(lambda: tab.error.isVisible())
    assert "ไม่ใช่จำนวนเงิน" in tab.error.text()
    assert "๑,๒๗๐,๐๐๐" in tab.total.text()
    assert not window.ctx.undo_stack.canUndo()


def test_the_editor_below_the_table_sets_the_kind(window: MainWindow, qtbot: Any) -> None:
    _open_budget(window)
    tab, plan, vid = window.budget, window.ctx.services.plan, window.ctx.version_id or 0
    row = next(i for i, r in enumerate(tab.model.rows) if r.kind == "item" and r.payload.number == 12)
    tab.view.selectRow(row)
    assert tab.amount.text() == "๑,๒๐๐,๐๐๐"
    tab.amount.setText("๑,๐๐๐,๐๐๐")
    qtbot.keyClick(tab.amount, Qt.Key.Key_Return)
    assert "๑,๐๗๐,๐๐๐" in tab.total.text()
    tab.kind.setFocus()
    tab.kind.setCurrentIndex(tab.kind.findData(BudgetKind.NOT_APPLICABLE.value))
    tab.kind.activated.emit(tab.kind.currentIndex())
    a = next(x for x in plan.activities(vid) if x.number == 12)
    assert a.budget_kind == BudgetKind.NOT_APPLICABLE
    assert any("ซึ่งไม่มีจำนวนเงิน" in line for line in tab.warnings.text().splitlines())


def test_one_undo_undoes_an_amount_edited_below_the_table(window: MainWindow, qtbot: Any) -> None:
    """Issue 17: 70,000 -> 90,000 with Return, then a click on the table (the field loses focus and says
    editingFinished again after reformatting): one Ctrl+Z restores 70,000, and no empty step is left."""
    _open_budget(window)
    tab, plan, vid = window.budget, window.ctx.services.plan, window.ctx.version_id or 0

    def satang() -> int | None:
        return next(a for a in plan.activities(vid) if a.number == 1).budget_satang

    row = next(i for i, r in enumerate(tab.model.rows) if r.kind == "item" and r.payload.number == 1)
    tab.view.selectRow(row)
    assert satang() == 7_000_000
    tab.amount.setFocus()
    tab.amount.setText("90000")
    qtbot.keyClick(tab.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: satang() == 9_000_000)
    tab.amount.editingFinished.emit()  # what focus leaving the reformatted field does
    stack = window.ctx.undo_stack
    assert stack.count() == 1
    window.undo_action.trigger()
    assert satang() == 7_000_000
    assert not stack.canUndo()


def test_not_applicable_reads_as_thai_in_the_window(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    """Issue 17: the budget kind "n/a" reads as Thai in the window (the print keeps the seed's "n/a")."""
    _open_budget(window)
    tab, plan, vid = window.budget, window.ctx.services.plan, window.ctx.version_id or 0
    _edit_cell(window, qtbot, 2, "n/a", typer)
    qtbot.waitUntil(
        lambda: (
            next(a for a in plan.activities(vid) if a.number == 2).budget_kind == BudgetKind.NOT_APPLICABLE
        )
    )
    row = next(r for r in tab.model.rows if r.kind == "item" and r.payload.number == 2)
    assert row.cells[BudgetModel.BUDGET] == "ไม่ใช้งบประมาณ (n/a)"
    assert tab.kind.findText("ไม่ใช้งบประมาณ (n/a)") >= 0
    # What the cell shows can be typed back: it stays n/a, and no empty step is made.
    count = window.ctx.undo_stack.count()
    _edit_cell(window, qtbot, 2, "ไม่ใช้งบประมาณ (n/a)", typer)
    assert window.ctx.undo_stack.count() == count
