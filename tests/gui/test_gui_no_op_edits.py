"""No edit that changes nothing enters the undo history, in any field of any tab.

A field reports ``editingFinished`` again when it loses focus after the program reformatted it, and an
item view commits its editor whenever it closes, changed or not: each must leave the history alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QLineEdit,
    QStyleOptionViewItem,
    QWidget,
)

from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.models import CachedTableModel
from ethicsdesk.gui.widgets.fields import DateField, PlainTextField, TimeField


def _fields_finished(page: QWidget) -> list[str]:
    """Leave every enabled field of ``page`` twice as it is; the names of the fields touched."""
    touched: list[str] = []
    for line in page.findChildren(QLineEdit):
        if line.isEnabled() and not line.isReadOnly() and line.isVisibleTo(page):
            for _ in range(2):
                line.editingFinished.emit()
            touched.append(line.objectName() or line.placeholderText() or line.text()[:20])
    for spin in page.findChildren(QAbstractSpinBox):
        if spin.isEnabled() and spin.isVisibleTo(page):
            for _ in range(2):
                spin.editingFinished.emit()
            touched.append(spin.objectName() or spin.text())
    for field in page.findChildren(DateField):
        field.commit()
    for time in page.findChildren(TimeField):
        time.edit.editingFinished.emit()
    for plain in page.findChildren(PlainTextField):
        plain.flush()
    return touched


def _cells_committed_unchanged(page: QWidget) -> int:
    """Open and close the editor of every editable cell in the first rows, committing what it showed."""
    committed = 0
    for view in page.findChildren(QAbstractItemView):
        model: QAbstractItemModel = view.model()
        if isinstance(view, QHeaderView) or not isinstance(model, CachedTableModel) or not model.editable:
            continue
        rows = [i for i, r in enumerate(model.rows) if r.kind == "item"][:40]
        for row in rows:
            for column in sorted(model.editable):
                index = model.index(row, column)
                if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    continue
                delegate = view.itemDelegateForIndex(index) or view.itemDelegate()
                option = QStyleOptionViewItem()
                editor = delegate.createEditor(view.viewport(), option, index)
                delegate.setEditorData(editor, index)
                delegate.setModelData(editor, model, index)  # what Return does, changed or not
                editor.deleteLater()
                committed += 1
    return committed


def _sweep(window: MainWindow, tab: int, page: QWidget) -> tuple[list[str], int]:
    window.tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    touched = _fields_finished(page)
    cells = _cells_committed_unchanged(page)
    QApplication.processEvents()
    return touched, cells


def test_leaving_fields_and_cells_unchanged_adds_nothing_to_undo(window: MainWindow) -> None:
    stack = window.ctx.undo_stack
    report: dict[str, Any] = {}
    for tab, name in enumerate(("roster", "meetings", "plan", "budget")):
        page = getattr(window, name)
        if name == "meetings":  # both sub-tabs: attendance, then agenda and resolutions
            for sub in range(page.sub_tabs.count()):
                page.sub_tabs.setCurrentIndex(sub)
                report[f"{name}/{sub}"] = _sweep(window, tab, page)
                assert stack.count() == 0, (name, sub, [stack.text(i) for i in range(stack.count())])
        else:
            report[name] = _sweep(window, tab, page)
        assert stack.count() == 0, (name, [stack.text(i) for i in range(stack.count())])
    touched = {k: v[0] for k, v in report.items()}
    cells = sum(v[1] for v in report.values())
    # The sweep reached the fields it is about: the budget amount, the meeting's place, the activity name.
    assert "budgetAmount" in touched["budget"]
    assert "meetingPlace" in touched["meetings/0"], touched["meetings/0"]
    assert "activityName" in touched["plan"], touched["plan"]
    assert cells >= 6, cells


def test_saving_a_progress_form_touched_but_unchanged_adds_nothing(window: MainWindow) -> None:
    services = window.ctx.services
    unit = services.progress.add_unit("สำนักงานเลขานุการกรม", "สล.กสอ.")
    window.tabs.setCurrentIndex(2)
    window.plan.sub_tabs.setCurrentIndex(1)
    QApplication.processEvents()
    panel = window.plan.progress
    aid = next(a.id or 0 for a in services.plan.activities(window.ctx.version_id or 0) if a.number == 10)
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(aid), 1))
    QApplication.processEvents()
    editor, stack = panel.editor, window.ctx.undo_stack
    editor.status.setCurrentIndex(editor.status.findData("done"))
    editor.spent.setText("12500")
    editor.dirty = True
    assert editor.save() and stack.count() == 1
    assert services.progress.record(aid, 1, unit.id) is not None
    editor.spent.setText("๑๒,๕๐๐")  # typed again in the other digit set: the same amount
    editor.dirty = True  # a field was touched
    assert editor.save()
    assert stack.count() == 1, [stack.text(i) for i in range(stack.count())]
    window.undo_action.trigger()
    assert services.progress.record(aid, 1, unit.id) is None, "one undo takes the saved progress away"
