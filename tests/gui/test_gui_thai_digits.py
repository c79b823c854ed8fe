"""Thai digits in the window's messages: the refusals of the services, the budget warnings, the lock."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.errors import ValidationError
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.text import message_digits
from ethicsdesk.storage.lock import LockHolder, WorkspaceLocked

ARABIC = re.compile(r"[0-9]")


def test_numbers_in_a_thai_message_become_thai_digits_but_not_quotes_or_names() -> None:
    assert message_digits("แผนระบุจำนวน 36 กิจกรรม แต่มีอยู่ 35 กิจกรรม", "th") == (
        "แผนระบุจำนวน ๓๖ กิจกรรม แต่มีอยู่ ๓๕ กิจกรรม"
    )
    assert (
        message_digits("ยอดรวม (1,270,000.00 บาท) เมื่อ 4/12/2569", "th")
        == "ยอดรวม (๑,๒๗๐,๐๐๐.๐๐ บาท) เมื่อ ๔/๑๒/๒๕๖๙"
    )
    quoted = "บันทึกแฟ้ม «/home/u/2565/plan-1.pdf» ไม่ได้ (28)"
    assert message_digits(quoted, "th") == "บันทึกแฟ้ม «/home/u/2565/plan-1.pdf» ไม่ได้ (๒๘)"
    assert message_digits("sha256 UTF-8 Ctrl+1 PC12 pc-7", "th") == "sha256 UTF-8 Ctrl+1 PC12 pc-7"
    assert message_digits("Plan 2566 has no version 3", "en") == "Plan 2566 has no version 3"


def test_a_refusal_from_the_services_shows_thai_digits(window: MainWindow) -> None:
    ctx = window.ctx
    shown = ctx.message(ValidationError("ไม่มีแผนปีงบประมาณ 2566 ฉบับที่ 3", "Plan 2566 has no version 3"))
    assert shown == "ไม่มีแผนปีงบประมาณ ๒๕๖๖ ฉบับที่ ๓"


def test_the_budget_warning_in_thai_digits(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    tab = window.budget
    first = next(a for a in tab.activities if a.number == 1)
    assert tab.set_budget(first, BudgetKind.AMOUNT, "80,000")
    warnings = tab.warnings.text()
    assert "ยอดรวมที่ระบุในแผน (๑,๒๗๐,๐๐๐ บาท)" in warnings
    assert not ARABIC.search(warnings), warnings


def test_the_lock_message_says_when_in_thai() -> None:
    started = dt.datetime(2026, 12, 4, 1, 39, tzinfo=dt.datetime.now().astimezone().tzinfo)
    holder = LockHolder(host="other-pc", user="somchai", pid=4242, started=started)
    message = WorkspaceLocked(Path("/data/ws.sqlite"), holder).message("th")
    assert "ตั้งแต่ ๔ ธันวาคม ๒๕๖๙ เวลา ๐๑.๓๙ น." in message, message
    outside_quotes = re.sub(r"«[^»]*»", "", message)
    assert not ARABIC.search(outside_quotes.replace("other-pc", "")), message


def test_what_the_user_typed_is_quoted_as_typed() -> None:
    assert message_digits('"25.00": ไม่มีเวลานี้ (ชั่วโมง 00-23)', "th") == '"25.00": ไม่มีเวลานี้ (ชั่วโมง ๐๐-๒๓)'
