"""The window around the tabs: shortcuts, printing, settings and language, layout, files, safety."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ethicsdesk.errors import StorageError
from ethicsdesk.gui.app import Controller
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.settings import SettingsDialog
from ethicsdesk.services import Services
from ethicsdesk.storage import Workspace


def _key(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(window, key, modifiers)
    QApplication.processEvents()


def test_ctrl_1_to_4_switch_tabs(window: MainWindow, qtbot: Any) -> None:
    for i, key in enumerate((Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_1)):
        _key(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == (i + 1) % 4


def test_ctrl_p_prints_the_minutes_off_the_window_thread(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from ethicsdesk.gui import printing

    opened: list[Path] = []
    monkeypatch.setattr(printing, "show_pdf", lambda _w, path, _t: opened.append(path))
    _key(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    text = subprocess.run(
        ["pdftotext", "-l", "1", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "รายงานการประชุม" in text and "ครั้งที่ ๑/๒๕๖๕" in text


def test_printing_says_calmly_when_the_pdf_part_is_missing(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethicsdesk.gui import printing

    monkeypatch.setitem(printing.BUILDERS, "minutes", ("ethicsdesk.no_such_module", "minutes_pdf"))
    _key(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QMessageBox, "printNotAvailable")
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Information
    assert "พิมพ์" in box.text()
    box.close()


def test_ctrl_f_goes_to_the_search_field_of_the_tab(window: MainWindow, qtbot: Any) -> None:
    _key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.roster.search.hasFocus()
    _key(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    _key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.filter.hasFocus()


def test_ctrl_z_and_ctrl_shift_z(window: MainWindow, qtbot: Any) -> None:
    roster = window.ctx.services.roster
    cid = window.ctx.committee_id or 0
    window.roster.seats_view.selectRow(0)
    window.roster.move_seat(+1)
    assert roster.seats(cid)[1].role.value == "chair"
    window.roster.seats_view.setFocus()
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert roster.seats(cid)[0].role.value == "chair"
    _key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert roster.seats(cid)[1].role.value == "chair"
    assert window.undo_action.text().startswith("เลิกทำ")


def test_english_from_the_settings(controller: Controller, qtbot: Any, settings: QSettings) -> None:
    controller.show()
    window = controller.window
    assert window.tabs.tabText(0) == "&1 ทำเนียบ"
    window.open_settings()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(1)
    dialog.buttons.accepted.emit()
    new = controller.window
    assert new is not window
    assert new.tabs.tabText(0) == "&1 Roster"
    assert new.roster.seats.rows[0].cells[1] == "Chair"
    assert new.roster.seats.rows[0].cells[0] == "1", "Arabic digits in English"
    assert settings.value("ui/language") == "en"
    new.close()


def test_a_stored_language_is_used_next_time(
    services: Services, settings: QSettings, qapp: QApplication
) -> None:
    settings.setValue("ui/language", "en")
    c = Controller(services, "th", settings)
    try:
        assert c.ctx.lang == "en" and c.window.tabs.tabText(1) == "&2 Meetings"
    finally:
        c.window.close()
        c.translations.install("th")


def test_the_layout_is_remembered(services: Services, settings: QSettings, qtbot: Any) -> None:
    first = Controller(services, "th", settings)
    first.show()
    first.window.resize(870, 690)  # above the minimum size, within a 1366 x 768 laptop screen
    first.window.tabs.setCurrentIndex(2)
    qtbot.waitExposed(first.window)
    first.window.close()
    second = Controller(services, "th", settings)
    try:
        assert second.window.tabs.currentIndex() == 2
        assert second.window.height() == 690  # (the width is clamped to the 800-pixel offscreen screen)
    finally:
        second.window.close()


def test_closing_saves_the_text_being_typed(window: MainWindow, qtbot: Any, typer: Callable) -> None:
    window.tabs.setCurrentIndex(1)
    window.meetings.sub_tabs.setCurrentIndex(1)
    editor = window.meetings.agenda.editor
    item = editor.item
    assert item is not None
    typer(editor.body.text, "ข้อความที่ยังไม่ได้บันทึก")
    assert editor.body.dirty
    window.close()
    text = json.dumps(window.ctx.services.agenda.item(item.id or 0).body, ensure_ascii=False)
    assert "ข้อความที่ยังไม่ได้บันทึก" in text


def test_export_import_and_new_workspace(controller: Controller, tmp_path: Path, qtbot: Any) -> None:
    controller.show()
    exported = tmp_path / "out.json"
    controller.export_json(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "ethicsdesk-workspace"
    copy = tmp_path / "copy.sqlite"
    controller.import_json(exported, copy)
    assert controller.services.workspace.path == copy
    assert controller.window.roster.seats.rowCount() == 13
    with pytest.raises(StorageError):
        controller.import_json(exported, copy)  # import needs a new file
    fresh = tmp_path / "fresh.sqlite"
    controller.new_workspace(fresh, "คณะทำงานส่งเสริมคุณธรรม", "กรมส่งเสริมอุตสาหกรรม")
    w = controller.window
    assert w.roster.committee.name.text() == "คณะทำงานส่งเสริมคุณธรรม"
    assert w.roster.seats.rowCount() == 0
    w.tabs.setCurrentIndex(1)
    w.tabs.setCurrentIndex(2)
    w.tabs.setCurrentIndex(3)
    assert "ยังไม่มีแผน" in w.budget.heading.text() or w.budget.heading.text()
    controller.open_workspace(copy)
    controller.window.tabs.setCurrentIndex(0)  # the new window opens on the tab last used
    assert controller.window.roster.seats.rowCount() == 13


def test_a_bug_in_an_edit_shows_a_calm_message_and_the_window_lives(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(window.ctx.services.roster, "move_seat", broken)
    window.roster.seats_view.selectRow(0)
    window.roster.move_seat(+1)
    assert "ข้อผิดพลาดภายในโปรแกรม" in window.status_label.text()
    assert "RuntimeError" in window.status_label.text()
    assert not window.ctx.undo_stack.canUndo()


def test_undo_that_the_records_refuse_clears_the_history(window: MainWindow) -> None:
    roster = window.ctx.services.roster
    window.roster.seats_view.selectRow(0)
    window.roster.move_seat(+1)
    seat = window.roster.seats.rows[1].key
    roster.remove_seat(seat)  # changed behind the window's back (another program, say)
    window.undo_action.trigger()
    assert "ไม่พบ" in window.status_label.text()
    QApplication.processEvents()
    assert not window.ctx.undo_stack.canUndo() and not window.ctx.undo_stack.canRedo()


def test_the_window_fits_a_small_laptop_screen(window: MainWindow) -> None:
    """1366 x 768 is common in government offices: the window must fit below its taskbar."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700


def test_printing_runs_off_the_window_thread_once_a_builder_exists(
    window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from ethicsdesk.gui import printing

    seen: dict[str, object] = {}

    def build_minutes(services: Services, meeting_id: int, path: Path) -> None:
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        seen["meeting"] = meeting_id
        path.write_bytes(b"%PDF-1.7\\n")

    monkeypatch.setattr(printing, "find_builder", lambda kind: build_minutes if kind == "minutes" else None)
    monkeypatch.setattr(printing, "show_pdf", lambda _w, path, _t: seen.setdefault("opened", path))
    window.tabs.setCurrentIndex(1)
    _key(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "opened" in seen)
    assert seen["thread"] is True and seen["meeting"] == window.meetings.meeting_id
    assert Path(str(seen["opened"])).read_bytes().startswith(b"%PDF")
    assert "พร้อม" in window.status_label.text()


def test_an_empty_workspace_opens_on_every_tab(
    qapp: QApplication, ws: Workspace, settings: QSettings, qtbot: Any
) -> None:
    c = Controller(Services(ws), "th", settings)
    try:
        c.show()
        for i in range(4):
            c.window.tabs.setCurrentIndex(i)
            QApplication.processEvents()
        assert c.window.roster.seats.rowCount() == 0
        assert c.window.meetings.list.rowCount() == 0
        assert c.window.plan.model.rowCount() == 0
        assert "ยังไม่มีแผน" in c.window.budget.heading.text()
        c.window.roster.open_seat_dialog(None)  # nothing to add a seat to: no dialog, no error
        c.window.meetings.open_new_dialog(from_previous=True)
        assert c.window.status_label.text() == ""
    finally:
        c.window.close()
