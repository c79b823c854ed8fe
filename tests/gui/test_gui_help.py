"""The Help menu: a short user guide in Thai (English in English) and the keyboard shortcuts, read from the
window's own actions."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ethicsdesk.gui.help import HelpDialog, guide_html, plain_label
from ethicsdesk.gui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only("the Help menu and guide: no records read or written")

ROOT = Path(__file__).resolve().parents[2]


def _opened(window: MainWindow) -> HelpDialog:
    dialog = window.dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    return dialog


def test_the_help_menu_holds_the_guide_the_shortcuts_and_about(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "วิธีใช้ (&H)")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
    assert texts == ["คู่มือการใช้งาน (&U)", "แป้นลัด (&K)", "เกี่ยวกับ EthicsDesk (&A)"]


def test_f1_opens_the_thai_guide_inside_the_program(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = _opened(window)
    text = dialog.browser.toPlainText()
    for topic in ("บันทึกการประชุม", "พิมพ์รายงานการประชุม", "รับรองรายงานการประชุม", "สำรองและกู้คืนข้อมูล"):
        assert topic in text
    assert dialog.windowTitle() == "คู่มือการใช้งาน"
    dialog.close()


def test_the_guide_exists_in_english_too() -> None:
    english = guide_html("en")
    for topic in ("Recording a meeting", "Printing the minutes", "Certifying the minutes", "Backing up"):
        assert topic in english


def test_the_shortcuts_page_lists_every_real_shortcut(window: MainWindow) -> None:
    extra = QAction("ทดลองแป้นลัด", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(extra)  # a shortcut added later is listed too: the page reads the actions
    window.shortcuts_action.trigger()
    text = _opened(window).browser.toPlainText()
    for action in window.actions():
        for key in action.shortcuts():
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in text, action.text()
    assert "Ctrl+Alt+K" in text and "ทดลองแป้นลัด" in text
    assert "Ctrl+B" in text, "the agenda text editor's bold, from the meetings tab"
    assert "Alt+Up" in text, "moving an agenda item up"
    assert "เลิกทำ" in text and "Ctrl+Z" in text
    assert "(&" not in text and "&" not in text.replace("&&", "")


def test_menu_texts_read_as_plain_labels() -> None:
    assert plain_label("พิมพ์รายงานการประชุม… (&P)") == "พิมพ์รายงานการประชุม"
    assert plain_label("&Print minutes…") == "Print minutes"
    assert plain_label("Save && close") == "Save & close"


def test_the_guide_is_in_the_bundle() -> None:
    spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "packaging" / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    rules = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rules)
    names = {(Path(src).name, dest.replace("\\", "/")) for src, dest in rules.project_datas(ROOT)}
    assert ("guide_th.html", "resources/help") in names and ("guide_en.html", "resources/help") in names
    assert rules.keep("resources/help/guide_th.html")
