"""The plan tab: toggling and dragging quarters on the timeline, months, the activity editor, versions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.plan.compare import CompareDialog
from ethicsdesk.gui.plan.models import SPAN_ROLE
from ethicsdesk.gui.text import quarters_of
from ethicsdesk.gui.widgets.views import select_key


def _open_plan(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()


def _activity(window: MainWindow, number: int) -> Any:
    vid = window.ctx.version_id or 0
    return next(a for a in window.ctx.services.plan.activities(vid) if a.number == number)


def _cell_centre(window: MainWindow, activity_id: int, column: int) -> QPoint:
    view = window.plan.view
    index = window.plan.model.index(window.plan.model.row_of(activity_id), column)
    view.scrollTo(index)
    return view.visualRect(index).center()


def test_click_toggles_a_quarter_and_undo(window: MainWindow, qtbot: Any) -> None:
    _open_plan(window)
    a = _activity(window, 3)
    assert quarters_of(a.quarters) == [1]
    qtbot.mouseClick(
        window.plan.view.viewport(), Qt.MouseButton.LeftButton, pos=_cell_centre(window, a.id, 2)
    )
    assert quarters_of(_activity(window, 3).quarters) == [1, 2]
    row = window.plan.model.row_of(a.id)
    assert window.plan.model.index(row, 2).data(SPAN_ROLE).on
    assert window.plan.model.index(row, 1).data(SPAN_ROLE).joins_right
    assert window.plan.editor.quarters[1].isChecked(), "the editor beside shows the same quarters"
    window.undo_action.trigger()
    assert quarters_of(_activity(window, 3).quarters) == [1]


def test_drag_across_quarters_sets_the_span(window: MainWindow, qtbot: Any) -> None:
    _open_plan(window)
    a = _activity(window, 4)
    viewport = window.plan.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_cell_centre(window, a.id, 2))
    qtbot.mouseMove(viewport, pos=_cell_centre(window, a.id, 3))
    qtbot.mouseMove(viewport, pos=_cell_centre(window, a.id, 4))
    assert window.plan.view.preview_for(window.plan.model.row_of(a.id), 3) is True
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_cell_centre(window, a.id, 4))
    assert quarters_of(_activity(window, 4).quarters) == [1, 2, 3, 4]
    # dragging from a quarter that is on turns the span off
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_cell_centre(window, a.id, 3))
    qtbot.mouseMove(viewport, pos=_cell_centre(window, a.id, 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_cell_centre(window, a.id, 4))
    assert quarters_of(_activity(window, 4).quarters) == [1, 2]
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert quarters_of(_activity(window, 4).quarters) == [1]


def test_months_zoom_and_milestones(window: MainWindow, qtbot: Any) -> None:
    _open_plan(window)
    qtbot.mouseClick(window.plan.zoom, Qt.MouseButton.LeftButton)
    model = window.plan.model
    assert model.columnCount() == 13
    assert model.headerData(1, Qt.Orientation.Horizontal) == "ต.ค.\n๖๕"
    a = _activity(window, 5)
    select_key(window.plan.view, a.id)
    editor = window.plan.editor
    qtbot.keyClicks(editor.milestone_date.edit, "23/12/2565")
    qtbot.keyClick(editor.milestone_date.edit, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.findChildren(type(window.plan.buttons["compare"]))[0], Qt.MouseButton.LeftButton)
    assert editor.milestones.rowCount() == 1
    assert editor.milestones.rows[0].cells[0] == "๒๓ ธ.ค. ๖๕"
    row = model.row_of(a.id)
    december = model.index(row, 3).data(SPAN_ROLE)
    assert len(december.milestones) == 1 and 0.7 < december.milestones[0][0] < 0.8
    window.undo_action.trigger()
    assert editor.milestones.rowCount() == 0
    qtbot.keyClicks(editor.milestone_date.edit, "")
    editor.milestone_date.edit.clear()
    qtbot.keyClicks(editor.milestone_date.edit, "1/10/2566")
    qtbot.keyClick(editor.milestone_date.edit, Qt.Key.Key_Return)
    editor.add_milestone()
    assert "นอกปีงบประมาณ" in editor.error.text(), "a milestone outside the fiscal year is refused"


def test_edit_an_activity_in_the_editor(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    _open_plan(window)
    a = _activity(window, 2)
    select_key(window.plan.view, a.id)
    editor = window.plan.editor
    editor.name.clear()
    typer(editor.name, "กิจกรรมหน่วยงานคุณธรรมต้นแบบ")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert _activity(window, 2).name == "กิจกรรมหน่วยงานคุณธรรมต้นแบบ"
    assert window.plan.model.rows[window.plan.model.row_of(a.id)].cells[0] == "๒. กิจกรรมหน่วยงานคุณธรรมต้นแบบ"
    editor.indicators.setFocus()
    editor.indicators.setPlainText("ร้อยละ ๘๐ ของบุคลากร\nมีรายงานผล")
    editor.indicators.flush()
    assert _activity(window, 2).indicators == ["ร้อยละ ๘๐ ของบุคลากร", "มีรายงานผล"]
    editor.name.clear()
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert editor.error.isVisible(), "an activity needs a name"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _activity(window, 2).name == a.name


def test_versions_compare_new_version_and_undo(window: MainWindow, qtbot: Any) -> None:
    _open_plan(window)
    tab = window.plan
    qtbot.mouseClick(tab.buttons["compare"], Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CompareDialog)
    words = [r.cells[2] for r in dialog.changes.rows]
    assert any(w.startswith("เพิ่มกิจกรรมข้อ") for w in words)
    assert any("แก้ไขชื่อกิจกรรมข้อ" in w for w in words)
    dialog.close()
    versions = tab.version.count()
    qtbot.mouseClick(tab.buttons["new_version"], Qt.MouseButton.LeftButton)
    form = tab.dialog
    assert form is not None
    form.label.setText("ฉบับที่ ๓")  # type: ignore[attr-defined]
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert tab.version.count() == versions + 1
    assert tab.version.currentText().endswith("ฉบับที่ ๓")
    assert tab.model.rowCount() > 0
    window.undo_action.trigger()
    assert tab.version.count() == versions


def test_add_and_remove_an_activity(window: MainWindow, qtbot: Any) -> None:
    _open_plan(window)
    tab = window.plan
    vid = window.ctx.version_id or 0
    count = len(window.ctx.services.plan.activities(vid))
    select_key(tab.view, _activity(window, 1).id)
    qtbot.mouseClick(tab.buttons["add_activity"], Qt.MouseButton.LeftButton)
    assert len(window.ctx.services.plan.activities(vid)) == count + 1
    assert _activity(window, 3).approach_id == _activity(window, 1).approach_id, (
        "added at the end of approach 1"
    )
    shared_target = _activity(window, 13)  # activity 12 before the insertion: others share its budget line
    select_key(tab.view, shared_target.id)
    qtbot.mouseClick(tab.buttons["remove_activity"], Qt.MouseButton.LeftButton)
    assert "ใช้งบประมาณร่วม" in tab.error.text()
    window.undo_action.trigger()
    assert len(window.ctx.services.plan.activities(vid)) == count


def test_an_activity_with_recorded_progress_is_not_removed(window: MainWindow, qtbot: Any) -> None:
    from ethicsdesk.services.progress import ProgressEntry

    _open_plan(window)
    tab, services = window.plan, window.ctx.services
    vid = window.ctx.version_id or 0
    a1 = _activity(window, 1)
    services.progress.save(ProgressEntry(a1.id or 0, 1, "under_way"))
    count, undo_steps = len(services.plan.activities(vid)), window.ctx.undo_stack.count()
    select_key(tab.view, a1.id)
    qtbot.mouseClick(tab.buttons["remove_activity"], Qt.MouseButton.LeftButton)
    assert "มีผลการดำเนินงานที่บันทึกไว้" in tab.error.text() and tab.error.isVisible()
    assert len(services.plan.activities(vid)) == count and services.progress.has_progress(a1.id or 0)
    assert window.ctx.undo_stack.count() == undo_steps, "a refused edit is not on the undo stack"
