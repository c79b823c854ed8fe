"""The roster tab as the secretariat uses it: seats, people, attendance history; every edit undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ethicsdesk.domain.enums import SeatRole
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.roster.dialogs import PersonDialog, SeatDialog
from ethicsdesk.gui.roster.tab import RosterTab


def _ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _seat_cells(tab: RosterTab, row: int) -> list[str]:
    return tab.seats.rows[row].cells


def test_edit_a_seat_then_undo_and_redo(
    window: MainWindow, qtbot: Any, typer: Callable, clicker: Callable
) -> None:
    tab = window.roster
    roster = window.ctx.services.roster
    clicker(qtbot, tab.seats_view, 2)
    seat_id = tab.seats.rows[2].key
    qtbot.mouseClick(tab.edit_seat_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SeatDialog) and dialog.isVisible()
    dialog.role.setCurrentIndex(dialog.role.findData(SeatRole.VICE_CHAIR.value))
    dialog.note.clear()
    typer(dialog.note, "กรรมการจริยธรรม")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    seat = roster.seat(seat_id)
    assert seat.role == SeatRole.VICE_CHAIR and seat.note == "กรรมการจริยธรรม"
    assert _seat_cells(tab, 2)[1] == "รองประธานคณะกรรมการ"
    assert tab.seats_view.currentIndex().row() == 2, "the selection stays on the edited seat"

    window.undo_action.trigger()
    assert roster.seat(seat_id).role == SeatRole.MEMBER
    assert _seat_cells(tab, 2)[1] == "คณะกรรมการ"
    window.redo_action.trigger()
    assert roster.seat(seat_id).role == SeatRole.VICE_CHAIR


def test_a_refused_seat_keeps_the_dialog_open_with_the_reason(window: MainWindow, qtbot: Any) -> None:
    tab = window.roster
    qtbot.mouseClick(tab.add_seat_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SeatDialog)
    _ok(qtbot, dialog)  # nobody and no ex-officio position: the service refuses
    assert dialog.isVisible()
    assert "ที่นั่งต้องระบุผู้ดำรงตำแหน่ง" in dialog.error.text() and dialog.error.isVisible()
    assert tab.seats.rowCount() == 13
    dialog.ex_officio.setChecked(True)
    dialog.ex_position.setText("ผู้อำนวยการกองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.seats.rowCount() == 14
    window.undo_action.trigger()
    assert tab.seats.rowCount() == 13


def test_reorder_seats(window: MainWindow, qtbot: Any, clicker: Callable) -> None:
    tab = window.roster
    chair = tab.seats.rows[0].key
    clicker(qtbot, tab.seats_view, 0)
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    assert tab.seats.rows[1].key == chair
    assert tab.seats.rows[1].cells[0] == "๒"
    window.undo_action.trigger()
    assert tab.seats.rows[0].key == chair


def test_removing_a_seat_is_undone_with_its_attendance(
    window: MainWindow, qtbot: Any, clicker: Callable
) -> None:
    services = window.ctx.services
    cid = window.ctx.committee_id or 0
    mid = services.meetings.meetings(cid)[0].id or 0
    before = services.meetings.quorum(mid)
    clicker(qtbot, window.roster.seats_view, 0)
    qtbot.mouseClick(window.roster.remove_seat_button, Qt.MouseButton.LeftButton)
    assert window.roster.seats.rowCount() == 12
    assert services.meetings.quorum(mid).members == 12
    window.undo_action.trigger()
    assert window.roster.seats.rowCount() == 13
    assert services.meetings.quorum(mid) == before
    assert window.roster.seats.rows[0].cells[2] == "นางบุญเจือ วงษ์เกษม"


def test_people_search_add_remove_and_undo(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    tab = window.roster
    total = tab.people.rowCount()
    typer(tab.search, "นิติกร")
    assert 0 < tab.people.rowCount() < total
    assert all("นิติกร" in r.cells[1] for r in tab.people.rows)
    tab.search.clear()
    qtbot.mouseClick(tab.add_person_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PersonDialog)
    _ok(qtbot, dialog)
    assert "กรุณากรอกชื่อ" in dialog.error.text(), "a person needs a first name"
    dialog.title.setCurrentText("นางสาว")
    typer(dialog.first_name, "ฐิติรัตน์")
    typer(dialog.last_name, "ฎีกาวงศ์")
    _ok(qtbot, dialog)
    assert tab.people.rowCount() == total + 1
    new_key = tab.people.rows[tab.people_view.currentIndex().row()].key
    assert tab.people.rows[tab.people.row_of(new_key)].cells[0] == "นางสาวฐิติรัตน์ ฎีกาวงศ์"
    qtbot.mouseClick(tab.remove_person_button, Qt.MouseButton.LeftButton)
    assert tab.people.rowCount() == total
    window.undo_action.trigger()
    assert tab.people.rowCount() == total + 1


def test_a_person_in_the_minutes_cannot_be_removed_and_the_reason_shows(
    window: MainWindow, qtbot: Any, clicker: Callable
) -> None:
    tab = window.roster
    clicker(qtbot, tab.seats_view, 0)  # selects the chair in the directory too
    total = tab.people.rowCount()
    qtbot.mouseClick(tab.remove_person_button, Qt.MouseButton.LeftButton)
    assert tab.people.rowCount() == total
    assert "ไม่ได้" in window.status_label.text()
    assert not window.ctx.undo_stack.canUndo()


def test_attendance_history_and_rate(window: MainWindow, qtbot: Any, clicker: Callable) -> None:
    tab = window.roster
    clicker(qtbot, tab.seats_view, 5)  # an absent member who sent a substitute
    assert tab.history.rowCount() == 1
    assert "ผู้ไม่มาประชุม" in tab.history.rows[0].cells[2]
    assert "๐%" in tab.rate.text()
    clicker(qtbot, tab.seats_view, 0)
    assert "๑๐๐%" in tab.rate.text()


def test_rename_the_committee_and_edit_duties(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    panel = window.roster.committee
    roster = window.ctx.services.roster
    cid = window.ctx.committee_id or 0
    old = panel.name.text()
    panel.name.clear()
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert panel.name_error.isVisible(), "an empty name is refused next to the field"
    panel.name.setText(old + " (ชุดใหม่)")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert roster.committees()[0].name.endswith("(ชุดใหม่)") and not panel.name_error.isVisible()
    duties = panel.duties.rowCount()
    panel._duties_dialog()
    dialog = panel.dialog
    assert dialog is not None
    dialog.edit.appendPlainText("ติดตามและประเมินผลการดำเนินงาน")  # type: ignore[union-attr]
    _ok(qtbot, dialog)
    assert panel.duties.rowCount() == duties + 1 and len(roster.duties(cid)) == duties + 1
    window.undo_action.trigger()
    assert len(roster.duties(cid)) == duties
