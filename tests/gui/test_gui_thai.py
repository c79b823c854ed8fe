"""Thai on screen: the bundled font, marks never clipped, the window's words in Thai, Buddhist years."""

from __future__ import annotations

import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.style import THAI_PROBE, row_height, thai_room
from ethicsdesk.gui.widgets.fields import DateField
from ethicsdesk.gui.widgets.views import make_table
from ethicsdesk.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def _ink_rows(image: QImage) -> list[int]:
    """Rows holding dark (text) pixels."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = []
    for y in range(image.height()):
        if any(image.pixelColor(x, y).lightness() < 100 for x in range(0, image.width(), 1)):
            rows.append(y)
    return rows


def _reference_ink_height(font: QFont, text: str) -> int:
    fm = QFontMetrics(font)
    image = QImage(fm.horizontalAdvance(text) + 20, fm.height() * 4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(QPoint(10, fm.height() * 2), text)
    painter.end()
    rows = _ink_rows(image)
    return rows[-1] - rows[0] + 1


@pytest.mark.sqlite_only("the window's font and sizes: no records read")
def test_the_bundled_sarabun_is_the_font_of_the_window(window: MainWindow) -> None:
    assert QFontInfo(QApplication.font()).family() == "Sarabun"
    fm = QFontMetrics(QApplication.font())
    assert all(fm.inFontUcs4(ord(ch)) for ch in THAI_PROBE.replace(" ", "") + "๐๑๒๓๔๕๖๗๘๙"), "no boxes"


def test_rows_leave_room_for_marks_above_and_below() -> None:
    font = QApplication.font()
    above, below = thai_room(font)
    assert above > 0 and below > 0, "Sarabun's marks do reach outside its declared metrics"
    assert row_height(font) >= QFontMetrics(font).height() + above + below


def test_a_label_shows_every_mark(qtbot: Any) -> None:
    label = QLabel(THAI_PROBE)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    rows = _ink_rows(label.grab().toImage())
    assert rows[0] > 0 and rows[-1] < label.height() - 1, "ink touches the edge: marks are cut off"
    assert rows[-1] - rows[0] + 1 >= _reference_ink_height(label.font(), THAI_PROBE) - 1


def test_a_table_row_shows_every_mark(qtbot: Any) -> None:
    model = CachedTableModel(["ชื่อ"])
    model.set_rows([Row(1, [THAI_PROBE]), Row(2, ["ฎีกา ฏุ ปู่ ญู"])])
    view = make_table(model)
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.show()
    qtbot.waitExposed(view)
    rect = view.visualRect(model.index(0, 0))
    rows = _ink_rows(view.viewport().grab(rect.adjusted(0, 0, -2, -1)).toImage())
    assert rows[0] > 0 and rows[-1] < rect.height() - 2
    assert rows[-1] - rows[0] + 1 >= _reference_ink_height(view.font(), THAI_PROBE) - 1


@pytest.mark.sqlite_only("the window's font and sizes: no records read")
def test_the_tab_titles_and_fields_have_room(window: MainWindow) -> None:
    bar = window.tabs.tabBar()
    fm = QFontMetrics(bar.font())
    above, below = thai_room(bar.font())
    assert bar.tabRect(0).height() >= fm.height() + above + below
    edit = QLineEdit(THAI_PROBE)
    assert edit.sizeHint().height() >= QFontMetrics(edit.font()).height() + above + below


def test_the_window_speaks_thai_and_shows_thai_digits(window: MainWindow) -> None:
    assert window.tabs.tabText(1) == "&2 การประชุม"
    assert window.menuBar().actions()[0].text() == "แฟ้ม (&F)"
    assert window.roster.seats.rows[12].cells[0] == "๑๓"
    window.tabs.setCurrentIndex(1)
    assert window.meetings.list.rows[0].cells[0] == "๑/๒๕๖๕"
    assert window.meetings.header.date.edit.text() == "วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕"
    assert window.meetings.header.start.edit.text() == "๐๙.๓๐ น."


def test_the_calendar_shows_buddhist_years(qtbot: Any) -> None:
    field = DateField("th")
    qtbot.addWidget(field)
    field.set_date(dt.date(2022, 10, 26))
    field.show()
    field.open_calendar()
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.year.text() == "พ.ศ. ๒๕๖๕"
    assert popup.month.currentText() == "ตุลาคม"
    popup.calendar.showNextMonth()
    assert popup.month.currentText() == "พฤศจิกายน"
    with qtbot.waitSignal(field.date_edited) as blocker:
        popup.calendar.clicked.emit(popup.calendar.selectedDate().addDays(7))
    assert blocker.args == [dt.date(2022, 11, 2)]
    assert field.edit.text() == "วันพุธที่ ๒ พฤศจิกายน ๒๕๖๕"
    assert not popup.isVisible()
    field.edit.setText("๓๑ ก.พ. ๖๖")
    field.edit.editingFinished.emit()
    assert field.error.isVisible() and field.date() == dt.date(2022, 11, 2), "a bad date is refused inline"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for m in context.findall("message"):
            out[(name, m.findtext("source") or "")] = m.find("translation")  # type: ignore[assignment]
    return out


def test_every_word_of_the_window_is_translated() -> None:
    ts = resource_path("translations", "ethicsdesk_th.ts")
    messages = _messages(ts)
    assert len(messages) > 300
    unfinished = [
        k
        for k, t in messages.items()
        if t is None or t.get("type") in ("unfinished", "vanished") or not t.text
    ]
    assert unfinished == []
    for name in ("ethicsdesk", "qtbase"):
        qm = resource_path("translations", f"{name}_th.qm")
        assert (
            qm.exists()
            and qm.stat().st_mtime >= resource_path("translations", f"{name}_th.ts").stat().st_mtime - 1
        )


def test_no_string_in_the_code_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    lupdate = Path(QCoreApplication.applicationFilePath()).parent / "pyside6-lupdate"
    import shutil
    import sys

    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(tool).exists():
        pytest.skip(f"pyside6-lupdate not installed ({lupdate})")
    sources = sorted(str(p) for p in (REPO / "ethicsdesk" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool, *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    in_catalogue = set(_messages(resource_path("translations", "ethicsdesk_th.ts")))
    assert in_code - in_catalogue == set(), "run pyside6-lupdate and translate the new strings"
