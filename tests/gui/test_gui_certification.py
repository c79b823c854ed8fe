"""Certifying minutes, amending them with a reason, and their history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.gui import text
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.meetings.history import AuditModel, HistoryDialog
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.services import Services


def _meetings(window: MainWindow) -> Any:
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    return window.meetings


def _ok(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()


def _certify(window: MainWindow, day: dt.date) -> None:
    bar = _meetings(window).certification
    bar.certify_button.click()
    dialog = bar.dialog
    assert isinstance(dialog, FormDialog) and dialog.objectName() == "certifyDialog"
    dialog.date.set_date(day)  # type: ignore[attr-defined]
    _ok(dialog)


def _amend(window: MainWindow, reason: str) -> FormDialog:
    bar = _meetings(window).certification
    bar.amend_button.click()
    dialog = bar.dialog
    assert isinstance(dialog, FormDialog) and dialog.objectName() == "amendDialog"
    dialog.reason.setText(reason)  # type: ignore[attr-defined]
    _ok(dialog)
    return dialog


def _edit_place(window: MainWindow, place: str) -> None:
    header = window.meetings.header
    header.place.setText(place)
    header.place.editingFinished.emit()


def test_certify_checks_the_date_then_locks_the_minutes(window: MainWindow) -> None:
    tab = _meetings(window)
    meeting = window.ctx.services.meetings.meeting(tab.meeting_id or 0)
    bar = tab.certification
    assert bar.certify_button.isVisible() and not bar.amend_button.isVisible() and not bar.note.isVisible()
    _certify(window, meeting.date - dt.timedelta(days=1))
    dialog = bar.dialog
    assert isinstance(dialog, FormDialog) and dialog.isVisible()
    assert "ก่อนวันประชุม" in dialog.error.text()
    dialog.date.set_date(meeting.date + dt.timedelta(days=30))  # type: ignore[attr-defined]
    _ok(dialog)
    stored = window.ctx.services.meetings.meeting(meeting.id or 0)
    assert stored.status == MeetingStatus.CERTIFIED and stored.certified_on == meeting.date + dt.timedelta(
        days=30
    )
    assert bar.note.isVisible() and "๒๕ พฤศจิกายน ๒๕๖๕" in bar.note.text()
    assert bar.amend_button.isVisible() and not bar.certify_button.isVisible()
    assert tab.header.place.isReadOnly() and tab.attendance.model.read_only
    assert tab.list.rows[tab.list.row_of(meeting.id or 0)].cells[2] == "รับรองแล้ว"
    window.undo_action.trigger()  # certifying cannot be undone: said, and the history cleared
    assert "กลับเป็นร่างไม่ได้" in window.status_label.text()
    assert window.ctx.services.meetings.meeting(meeting.id or 0).status == MeetingStatus.CERTIFIED


def test_an_amendment_opens_the_minutes_and_is_recorded(window: MainWindow) -> None:
    tab = _meetings(window)
    meetings, mid = window.ctx.services.meetings, tab.meeting_id or 0
    _certify(window, dt.date(2022, 11, 30))
    dialog = _amend(window, "  ")
    assert dialog.isVisible() and "เหตุผล" in dialog.error.text(), "a reason is required"
    dialog.reason.setText("ที่ประชุมครั้งที่ ๒/๒๕๖๕ แก้ไขสถานที่ประชุม")  # type: ignore[attr-defined]
    _ok(dialog)
    bar = tab.certification
    assert bar.amendment is not None and bar.finish_button.isVisible()
    assert "แก้ไขสถานที่ประชุม" in bar.note.text() and not tab.header.place.isReadOnly()
    _edit_place(window, "ห้องประชุม ๑ ชั้น ๒")
    assert meetings.meeting(mid).place == "ห้องประชุม ๑ ชั้น ๒"
    bar.finish_button.click()
    assert meetings.open_amendment(mid) is None and tab.header.place.isReadOnly()
    window.undo_action.trigger()  # finishing is undone: the same amendment is open again
    assert meetings.open_amendment(mid) is not None and not tab.header.place.isReadOnly()
    window.redo_action.trigger()
    assert meetings.open_amendment(mid) is None
    [amendment] = meetings.amendments(mid)
    assert amendment.reason == "ที่ประชุมครั้งที่ ๒/๒๕๖๕ แก้ไขสถานที่ประชุม"

    bar.history_button.click()
    history = bar.dialog
    assert isinstance(history, HistoryDialog) and history.isVisible()
    assert history.amendments.rowCount() == 1 and history.amendments.rows[0].cells[0] == "๑"
    place = next(r for r in history.changes.rows if r.cells[AuditModel.FIELD] == "สถานที่")
    assert place.cells[AuditModel.NEW] == "ห้องประชุม ๑ ชั้น ๒"
    assert place.cells[AuditModel.AMENDMENT] == "๑"
    assert place.cells[AuditModel.WHAT] == "แก้ไขการประชุม"
    status = next(r for r in history.changes.rows if r.cells[AuditModel.FIELD] == "สถานะ")
    assert (status.cells[AuditModel.OLD], status.cells[AuditModel.NEW]) == ("ร่าง", "รับรองแล้ว")
    # Frozen copies: at certification, and at each finishing of the amendment (redo finished it again);
    # none is ever removed, the newest is what the minutes print from.
    records = meetings.records(mid)
    assert [r.reason for r in records] == ["certified", "amended", "amended"]
    assert history.records_box.isVisible() and history.records.rowCount() == 3
    assert history.records.rows[0].payload.id == records[-1].id
    history.close()


def test_undoing_an_unused_amendment_removes_it(window: MainWindow) -> None:
    tab = _meetings(window)
    meetings, mid = window.ctx.services.meetings, tab.meeting_id or 0
    _certify(window, dt.date(2022, 11, 30))
    _amend(window, "พิมพ์ชื่อผิด")
    assert meetings.open_amendment(mid) is not None
    window.undo_action.trigger()
    assert meetings.amendments(mid) == [] and tab.header.place.isReadOnly()
    window.redo_action.trigger()
    assert meetings.open_amendment(mid) is not None and not tab.header.place.isReadOnly()


def test_the_history_of_a_draft_follows_its_edits(window: MainWindow) -> None:
    tab = _meetings(window)
    tab.certification.history_button.click()
    history = tab.certification.dialog
    assert isinstance(history, HistoryDialog)
    assert history.changes.rowCount() == 0 and history.empty.isVisible()
    assert not history.amendments_box.isVisible()
    _edit_place(window, "ห้องประชุมใหม่")
    assert history.changes.rowCount() == 1 and not history.empty.isVisible()
    row = history.changes.rows[0]
    assert row.cells[AuditModel.NEW] == "ห้องประชุมใหม่" and row.cells[AuditModel.AMENDMENT] == ""
    assert row.cells[AuditModel.WHEN].startswith(text.date_short(dt.date.today(), "th")), "local time, BE"
    history.close()


def test_withdrawing_an_amendment_that_changed_something_closes_it(services: Services) -> None:
    meetings = services.meetings
    mid = meetings.meetings(services.roster.committees()[0].id or 0)[0].id or 0
    meetings.certify(mid, dt.date(2022, 11, 30))
    meetings.begin_amendment(mid, "แก้ไขสถานที่", dt.date(2022, 12, 1))
    meetings.update_header(mid, place="ห้องใหม่")
    meetings.withdraw_amendment(mid)
    [kept] = meetings.amendments(mid)
    assert kept.closed_at is not None, "its change stays recorded under it"
    assert meetings.reopen_amendment(mid).id == kept.id and meetings.open_amendment(mid) is not None
