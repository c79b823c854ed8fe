"""The meetings tab as the secretariat uses it: attendance and the live quorum, the agenda, resolutions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from ethicsdesk.domain.enums import AttendanceKind, ResolutionKind
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.meetings.attendance import AttendancePanel
from ethicsdesk.gui.meetings.models import AttendanceModel
from ethicsdesk.gui.widgets.people import PersonCombo
from ethicsdesk.gui.widgets.views import current_key, select_key


def _ok(qtbot: Any, dialog: Any) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _open_meetings(window: MainWindow, sub: int = 0) -> None:
    window.tabs.setCurrentIndex(1)
    window.meetings.sub_tabs.setCurrentIndex(sub)
    QApplication.processEvents()


def _toggle(qtbot: Any, panel: AttendancePanel, row: int, column: int) -> None:
    index = panel.model.index(row, column)
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)


def test_marking_attendance_changes_the_quorum_live(window: MainWindow, qtbot: Any) -> None:
    _open_meetings(window)
    panel = window.meetings.attendance
    assert panel.quorum.property("met") is True
    assert "๑๑" in panel.quorum.text() and "๑๓" in panel.quorum.text()
    for row in range(5):
        _toggle(qtbot, panel, row, AttendanceModel.PRESENT)
    assert "๖" in panel.quorum.text()
    assert panel.quorum.property("met") is False, "6 of 13 seats is below the quorum of 7"
    seat = panel.model.rows[0].key
    mid = window.meetings.meeting_id or 0
    line = next(a for a in window.ctx.services.meetings.attendance(mid) if a.seat_id == seat)
    assert line.kind == AttendanceKind.ABSENT
    window.undo_action.trigger()
    assert panel.quorum.property("met") is True and "๗" in panel.quorum.text()
    _toggle(qtbot, panel, 0, AttendanceModel.PRESENT)  # the chair, absent since the fifth toggle, comes back
    assert "๘" in panel.quorum.text()


def test_online_reason_and_substitute(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    _open_meetings(window)
    panel = window.meetings.attendance
    meetings, mid = window.ctx.services.meetings, window.meetings.meeting_id or 0

    def line(row: int) -> Any:
        seat = panel.model.rows[row].key
        return next(a for a in meetings.attendance(mid) if a.seat_id == seat)

    _toggle(qtbot, panel, 1, AttendanceModel.ONLINE)
    assert line(1).online and line(1).kind == AttendanceKind.PRESENT
    _toggle(qtbot, panel, 2, AttendanceModel.PRESENT)  # absent now: reason and substitute can be entered
    index = panel.model.index(2, AttendanceModel.REASON)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    typer(editor, "ติดราชการ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line(2).absence_reason == "ติดราชการ")
    assert panel.model.rows[2].cells[AttendanceModel.REASON] == "ติดราชการ"
    index = panel.model.index(2, AttendanceModel.SUBSTITUTE)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = QApplication.focusWidget()
    while combo is not None and not isinstance(combo, PersonCombo):
        combo = combo.parentWidget()
    assert isinstance(combo, PersonCombo)
    substitute = next(p for p in window.ctx.services.roster.people() if p.first_name == "โนรี")
    combo.set_person_id(substitute.id)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line(2).substitute_person_id == substitute.id)
    assert "โนรี" in panel.model.rows[2].cells[AttendanceModel.SUBSTITUTE]
    assert "๑๑" in panel.quorum.text(), "a substitute counts towards the quorum in this committee"


def test_certified_minutes_are_read_only_with_a_calm_note(window: MainWindow, qtbot: Any) -> None:
    _open_meetings(window)
    header, panel = window.meetings.header, window.meetings.attendance
    header.status.setFocus()
    for _ in range(2):
        qtbot.keyClick(header.status, Qt.Key.Key_Down)
    assert window.ctx.services.meetings.meeting(window.meetings.meeting_id or 0).status.value == "certified"
    note = window.meetings.certification.note
    assert note.isVisible() and "รับรอง" in note.text() and "บันทึกการแก้ไข…" in note.text()
    before = panel.quorum.text()
    _toggle(qtbot, panel, 0, AttendanceModel.PRESENT)
    assert panel.quorum.text() == before and not panel.error.isVisible(), "nothing to click, nothing refused"
    assert header.place.isReadOnly() and not header.status.isEnabled() and not panel.all_present.isEnabled()
    assert (
        window.meetings.agenda.editor.title.isReadOnly()
        and window.meetings.agenda.editor.body.text.isReadOnly()
    )
    assert not window.meetings.agenda.buttons["add"].isEnabled()
    assert panel.mark(panel.model.rows[0].key, AttendanceKind.ABSENT) is False  # the records refuse as well
    assert panel.error.isVisible() and "รับรองแล้ว" in panel.error.text()


def test_header_times_are_validated_next_to_the_field(
    window: MainWindow, qtbot: Any, typer: Callable
) -> None:
    _open_meetings(window)
    header = window.meetings.header
    meeting = window.ctx.services.meetings.meeting(window.meetings.meeting_id or 0)
    header.end.edit.clear()
    typer(header.end.edit, "25.00")
    qtbot.keyClick(header.end.edit, Qt.Key.Key_Return)
    assert header.end.error.isVisible() and "25.00" in header.end.error.text()
    header.end.edit.clear()
    typer(header.end.edit, "๐๘.๐๐")
    qtbot.keyClick(header.end.edit, Qt.Key.Key_Return)
    assert "เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม" in header.end.error.text()
    assert window.ctx.services.meetings.meeting(meeting.id or 0).end_time == meeting.end_time
    header.end.edit.clear()
    typer(header.end.edit, "๑๒.๓๐ น.")
    qtbot.keyClick(header.end.edit, Qt.Key.Key_Return)
    assert not header.end.error.isVisible()
    assert str(window.ctx.services.meetings.meeting(meeting.id or 0).end_time) == "12:30:00"
    header.place.setText("ห้องประชุมชั้น ๕")
    qtbot.keyClick(header.place, Qt.Key.Key_Return)
    assert window.ctx.services.meetings.meeting(meeting.id or 0).place == "ห้องประชุมชั้น ๕"


def test_add_a_sub_item_with_text_and_a_resolution_then_undo(
    window: MainWindow, qtbot: Any, typer: Callable
) -> None:
    _open_meetings(window, 1)
    agenda = window.meetings.agenda
    service = window.ctx.services.agenda
    mid = window.meetings.meeting_id or 0
    five = next(n for n in service.items(mid) if n.number == "5")
    assert select_key(agenda.view, five.id)
    qtbot.mouseClick(agenda.buttons["sub"], Qt.MouseButton.LeftButton)
    new_id = current_key(agenda.view)
    node = next(n for n in service.items(mid) if n.id == new_id)
    assert node.number == "5.3" and node.parent_id == five.id
    editor = agenda.editor
    editor.title.clear()
    typer(editor.title, "รายงานผลการดำเนินงานตามแผน")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    index = agenda.view.currentIndex()
    assert index.data() == "๕.๓  รายงานผลการดำเนินงานตามแผน"
    # the text: a paragraph typed in Thai, made bold
    editor.body.text.setFocus()
    typer(editor.body.text, "ที่ประชุมรับทราบผลการดำเนินงาน")
    editor.body.text.selectAll()
    editor.body.actions_by_name["bold"].trigger()
    editor.body.flush()
    body = service.item(new_id or 0).body
    assert body == [{"type": "paragraph", "text": "<b>ที่ประชุมรับทราบผลการดำเนินงาน</b>", "indent": 0}]
    # the resolution, chosen with the keyboard, and a dissenting opinion
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    assert service.item(new_id or 0).resolution_kind == ResolutionKind.ACKNOWLEDGED
    qtbot.mouseClick(editor.add_dissent_button, Qt.MouseButton.LeftButton)
    dialog = editor.dialog
    assert dialog is not None
    typer(dialog.opinion, "ควรเพิ่มงบประมาณ")  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    assert [d.text for d in service.dissent(new_id or 0)] == ["ควรเพิ่มงบประมาณ"]
    assert index.siblingAtColumn(1).data() == "รับทราบ"
    for _ in range(5):  # dissent, resolution, text, title, the sub-item itself
        window.undo_action.trigger()
    assert all(n.id != new_id for n in service.items(mid))
    window.redo_action.trigger()
    assert any(n.number == "5.3" for n in service.items(mid))


def test_move_indent_outdent_and_remove_with_undo(window: MainWindow, qtbot: Any) -> None:
    _open_meetings(window, 1)
    agenda = window.meetings.agenda
    service, mid = window.ctx.services.agenda, window.meetings.meeting_id or 0

    def numbers() -> dict[int, str]:
        return {n.id: n.number for n in service.items(mid)}

    before = numbers()
    bodies = {n.id: service.item(n.id).body for n in service.items(mid)}
    item52 = next(i for i, n in before.items() if n == "5.2")
    select_key(agenda.view, item52)
    qtbot.mouseClick(agenda.buttons["up"], Qt.MouseButton.LeftButton)
    assert numbers()[item52] == "5.1"
    qtbot.mouseClick(agenda.buttons["outdent"], Qt.MouseButton.LeftButton)
    assert numbers()[item52] == "6"
    qtbot.mouseClick(agenda.buttons["indent"], Qt.MouseButton.LeftButton)
    assert numbers()[item52] == "5.2", "the last sub-item of the item above"
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert numbers() == before
    five = next(i for i, n in before.items() if n == "5")
    select_key(agenda.view, five)
    qtbot.mouseClick(agenda.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "5.1" not in numbers().values() and len(numbers()) == len(before) - 3
    window.undo_action.trigger()
    after = service.items(mid)
    assert sorted(n.number for n in after) == sorted(before.values())
    restored = {n.number: service.item(n.id) for n in after}
    old_by_number = {num: bodies[i] for i, num in before.items()}
    assert all(restored[num].body == old_by_number[num] for num in restored)
    assert restored["5.2"].resolution_kind == ResolutionKind.APPROVED_IN_PRINCIPLE


def test_new_meeting_from_the_previous_one_and_undo(window: MainWindow, qtbot: Any) -> None:
    _open_meetings(window)
    tab = window.meetings
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "กรุณาระบุวันประชุม" in dialog.error.text()
    date = dialog.date  # type: ignore[attr-defined]
    qtbot.keyClicks(date.edit, "30/11/2565")
    qtbot.keyClick(date.edit, Qt.Key.Key_Return)  # reads the date, then accepts the dialog
    assert date.date().isoformat() == "2022-11-30"
    assert "๓๐ พฤศจิกายน ๒๕๖๕" in date.edit.text()
    assert not dialog.isVisible()
    assert tab.list.rowCount() == 2
    assert tab.list.rows[tab.list_view.currentIndex().row()].cells[0] == "๒/๒๕๖๕"
    assert tab.attendance.quorum.property(
        "met"
    ) is True and "๑๓ of ๑๓" in tab.attendance.quorum.text().replace("จาก", "of")
    window.undo_action.trigger()
    assert tab.list.rowCount() == 1


def test_participants_can_be_added_and_removed(window: MainWindow, qtbot: Any) -> None:
    _open_meetings(window)
    panel = window.meetings.attendance
    count = panel.participants.rowCount()
    qtbot.mouseClick(panel.add_participant_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    dialog.person.setCurrentIndex(3)  # type: ignore[attr-defined]
    _ok(qtbot, dialog)
    assert panel.participants.rowCount() == count + 1
    panel.participants_view.selectRow(count)
    qtbot.mouseClick(panel.remove_participant_button, Qt.MouseButton.LeftButton)
    assert panel.participants.rowCount() == count
    window.undo_action.trigger()
    assert panel.participants.rowCount() == count + 1


def test_the_header_shows_the_recorder(window: MainWindow) -> None:
    _open_meetings(window)
    assert window.meetings.header.recorder.currentText().startswith("นายประวิทย์ นาคนวล")
