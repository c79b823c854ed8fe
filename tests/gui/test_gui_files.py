"""Nothing lost: backing up, restoring a backup, a file held by another PC, a damaged file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QWidget

from ethicsdesk.gui.app import Controller
from ethicsdesk.gui.backups import RestoreDialog, file_size
from ethicsdesk.storage.backup import backup_now, list_backups
from ethicsdesk.storage.lock import LockHolder, lock_path, read_holder

pytestmark = pytest.mark.sqlite_only("file backups, lock files and damaged files of a workspace FILE")


def _box(parent: QWidget, name: str) -> QMessageBox:
    box = parent.findChild(QMessageBox, name)
    assert box is not None and box.isVisible(), f"no message box {name}"
    return box


def _press(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    assert isinstance(button, QPushButton)
    button.click()
    QApplication.processEvents()


def _foreign_lock(path: Path, hours: float) -> None:
    started = dt.datetime.now().astimezone().replace(microsecond=0) - dt.timedelta(hours=hours)
    holder = LockHolder("PC-FINANCE-07", "somchai", 4242, started, "feedfacefeedface")
    lock_path(path).write_text(holder.to_json(), encoding="utf-8")


def _copy(controller: Controller, tmp_path: Path, name: str) -> Path:
    target = tmp_path / "other" / name
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(controller.services.workspace.path, target)
    return target


def test_back_up_now_from_the_file_menu(controller: Controller) -> None:
    controller.show()
    window = controller.window
    path = window.ctx.services.workspace.path
    assert list_backups(path) == []
    window.files.back_up_now()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["manual"]
    assert "สำรอง" in window.status_label.text() and str(backups[0].path) in window.status_label.text()


def test_restore_a_backup_keeps_the_file_it_replaces(controller: Controller, qtbot: Any) -> None:
    controller.show()
    window = controller.window
    meetings = window.ctx.services.meetings
    path = window.ctx.services.workspace.path
    mid = meetings.meetings(window.ctx.committee_id or 0)[0].id or 0
    backup_now(path, "manual")
    meetings.update_header(mid, place="ห้องที่เปลี่ยนหลังสำรอง")
    window.files.open_restore()
    dialog = window.dialog
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    assert dialog.model.rowCount() == 1 and dialog.model.rows[0].cells[0].endswith("(สำรองด้วยตนเอง)")
    assert "๒๕" in dialog.model.rows[0].cells[0], "Thai digits and the Buddhist year"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    new = controller.window
    assert new is not window
    assert new.ctx.services.meetings.meeting(mid).place != "ห้องที่เปลี่ยนหลังสำรอง"
    kept = [b for b in list_backups(path) if b.reason == "restore"]
    assert len(kept) == 1
    box = _box(new, "restoredBox")
    assert str(kept[0].path) in box.text() and "กู้คืน" in box.text()
    assert str(kept[0].path) in new.status_label.text()
    assert read_holder(path) is not None, "the reopened workspace holds its lock again"
    box.close()


def test_the_restore_dialog_without_backups(controller: Controller) -> None:
    controller.show()
    controller.window.files.open_restore()
    dialog = controller.window.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.empty.isVisible() and not dialog.ok.isEnabled()
    dialog.reject()
    assert file_size(1_234_567, "th") == "๑.๒ MB" and file_size(2_000, "en") == "2 kB"


def test_a_file_held_by_another_pc_opens_read_only(controller: Controller, tmp_path: Path) -> None:
    controller.show()
    window = controller.window
    other = _copy(controller, tmp_path, "shared.sqlite")
    _foreign_lock(other, hours=1)
    window.files.open_path(other)
    assert controller.window is window
    box = _box(window, "workspaceLocked")
    assert "somchai" in box.text() and "PC-FINANCE-07" in box.text()
    _press(box, QMessageBox.ButtonRole.AcceptRole)
    assert controller.services.workspace.path == other and controller.services.workspace.read_only
    assert "อ่านอย่างเดียว" in controller.window.windowTitle()
    assert read_holder(other) is not None and read_holder(other).user == "somchai"  # type: ignore[union-attr]


def test_a_stale_lock_is_taken_over_after_confirming(controller: Controller, tmp_path: Path) -> None:
    controller.show()
    window = controller.window
    other = _copy(controller, tmp_path, "shared.sqlite")
    _foreign_lock(other, hours=30)
    window.files.open_path(other)
    box = _box(window, "workspaceLocked")
    assert "ปิดไม่ปกติ" in box.informativeText()
    _press(box, QMessageBox.ButtonRole.ActionRole)
    confirm = _box(window, "confirmTakeOver")
    assert "somchai" in confirm.text()
    assert confirm.defaultButton() is not None and "ยกเลิก" in confirm.defaultButton().text()
    _press(confirm, QMessageBox.ButtonRole.AcceptRole)
    assert controller.services.workspace.path == other and not controller.services.workspace.read_only
    holder = read_holder(other)
    assert holder is not None and holder.same_host and holder.pid == os.getpid()


def test_a_damaged_file_is_restored_from_its_newest_good_backup(
    controller: Controller, tmp_path: Path
) -> None:
    controller.show()
    window = controller.window
    other = _copy(controller, tmp_path, "damaged.sqlite")
    backup_now(other, "open")
    data = other.read_bytes()
    other.write_bytes(data[: len(data) // 2])  # cut short (a copy interrupted, a full USB stick)
    window.files.open_path(other)
    box = _box(window, "restoreDamaged")
    assert "damaged" in box.informativeText() or "เสียหาย" in box.informativeText() + box.text()
    _press(box, QMessageBox.ButtonRole.AcceptRole)
    new = controller.window
    assert new is not window and controller.services.workspace.path == other
    assert new.ctx.services.roster.committees(), "the records are back"
    aside = list(other.parent.glob("damaged.sqlite.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == data[: len(data) // 2], "the damaged file is kept"
    assert str(aside[0]) in _box(new, "restoredBox").text()


def test_a_damaged_file_without_backup_is_said_and_left_alone(controller: Controller, tmp_path: Path) -> None:
    controller.show()
    window = controller.window
    broken = tmp_path / "other" / "broken.sqlite"
    broken.parent.mkdir()
    broken.write_bytes(b"not a database at all" * 100)
    window.files.open_path(broken)
    box = _box(window, "noBackup")
    assert "broken.sqlite" in box.text()
    _press(box, QMessageBox.ButtonRole.AcceptRole)
    assert controller.window is window and broken.read_bytes().startswith(b"not a database")


def test_opening_the_file_already_open_just_says_so(controller: Controller) -> None:
    controller.show()
    window = controller.window
    window.files.open_path(window.ctx.services.workspace.path)
    assert controller.window is window and "เปิดอยู่แล้ว" in window.status_label.text()


def _answer(name: str, role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    """Press ``role`` in the box ``name`` as soon as it shows (start-up questions wait for an answer)."""

    def press() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == name
            ),
            None,
        )
        if box is None or not box.isVisible():
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        _press(box, role)

    QTimer.singleShot(0, press)


def test_at_start_a_held_file_opens_read_only_after_asking(
    qapp: QApplication, sample_file: Path, tmp_path: Path
) -> None:
    from ethicsdesk.gui.startup import open_interactively

    path = tmp_path / "shared.sqlite"
    shutil.copyfile(sample_file, path)
    _foreign_lock(path, hours=2)
    seen: list[str] = []
    _answer("workspaceLocked", QMessageBox.ButtonRole.AcceptRole, seen)
    opened = open_interactively(path, "th")
    assert opened is not None and "somchai" in seen[0]
    services, note = opened
    try:
        assert services.workspace.read_only and note == ""
    finally:
        services.workspace.close()


def test_at_start_a_damaged_file_is_restored_after_asking(
    qapp: QApplication, sample_file: Path, tmp_path: Path
) -> None:
    from ethicsdesk.gui.startup import open_interactively

    path = tmp_path / "damaged.sqlite"
    shutil.copyfile(sample_file, path)
    backup_now(path, "open")
    path.write_bytes(path.read_bytes()[:5000])
    seen: list[str] = []
    _answer("restoreDamaged", QMessageBox.ButtonRole.AcceptRole, seen)
    opened = open_interactively(path, "th")
    assert opened is not None and "damaged.sqlite" in seen[0]
    services, note = opened
    try:
        assert services.roster.committees() and "กู้คืน" in note and ".damaged-" in note
    finally:
        services.workspace.close()
    _answer("workspaceLocked", QMessageBox.ButtonRole.RejectRole, seen)
    _foreign_lock(path, hours=1)
    assert open_interactively(path, "th") is None, "cancelled: nothing opened"
