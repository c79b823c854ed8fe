"""Signing certified minutes in the window, and the dialog that shows a PDF's signatures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.signing import SignaturesDialog, SignDialog
from tests.gui.test_gui_certification import _certify, _meetings
from tests.signing.conftest import PASSPHRASE, make_key


def test_sign_and_save_then_see_the_signatures(window: MainWindow, tmp_path: Path) -> None:
    tab = _meetings(window)
    bar = tab.certification
    assert not bar.sign_button.isVisible(), "draft minutes are not signed"
    meeting = window.ctx.services.meetings.meeting(tab.meeting_id or 0)
    _certify(window, meeting.date + dt.timedelta(days=30))
    assert bar.sign_button.isVisible()
    p12, cert = make_key(tmp_path / "keys", "recorder", "นายประวิทย์ นาคนวล")
    bar.sign_button.click()
    dialog = bar.dialog
    assert isinstance(dialog, SignDialog)
    out = tmp_path / "signed.pdf"
    dialog.key.edit.setText(str(p12))
    dialog.output.edit.setText(str(out))
    dialog.passphrase.setText("wrong")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    QApplication.processEvents()
    assert dialog.isVisible() and "รหัสผ่านไม่ถูกต้อง" in dialog.error.text() and not out.exists()
    dialog.passphrase.setText(PASSPHRASE)
    ok.click()
    QApplication.processEvents()
    assert not dialog.isVisible() and out.read_bytes().count(b"/ByteRange") == 1
    assert dialog.passphrase.text() == "", "the passphrase is not kept"

    bar.signatures_button.click()
    shown = bar.dialog
    assert isinstance(shown, SignaturesDialog)
    shown.pdf.edit.setText(str(out))
    shown.check_button.click()
    assert shown.lines.count() == 1 and "ใบรับรองลงนามด้วยตนเอง" in shown.lines.item(0).text()
    assert shown.lines.item(0).text().startswith("✘")  # not trusted: nothing proves who signed
    shown.trust.edit.setText(str(cert))
    shown.check_button.click()
    assert shown.lines.item(0).text().startswith("✔ ลายมือชื่อถูกต้อง: นายประวิทย์ นาคนวล")
    assert shown.summary.text() == "ลายมือชื่อทุกรายการถูกต้อง"
    shown.grab().save(str(tmp_path / "signatures.png"))
    shown.close()
