"""Columns from their content that all stay in sight, tooltips for what is still cut, the meeting's
place in full, and a new seat among the members rather than after the secretariat."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QToolTip

from ethicsdesk.domain.enums import SeatRole
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.roster.dialogs import SeatDialog
from ethicsdesk.gui.widgets.views import NARROWEST, cut_text
from ethicsdesk.services.roster import SECRETARIAT_ROLES


def _every_column_in_sight(view: QTableView) -> None:
    header, width = view.horizontalHeader(), view.viewport().width()
    for column in range(header.count()):
        left = header.sectionViewportPosition(column)
        visible = min(left + header.sectionSize(column), width) - max(left, 0)
        assert visible >= min(NARROWEST, header.sectionSize(column)), (view.objectName(), column, left, width)


def _tooltip_of(view: QTableView, row: int, column: int) -> str:
    index = view.model().index(row, column)
    rect = view.visualRect(index)
    pos = rect.center()
    QToolTip.hideText()
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    )
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_roster_columns_all_in_sight_and_cut_cells_tell_all(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    tab = window.roster
    for view in (tab.seats_view, tab.people_view):
        _every_column_in_sight(view)
    view, model = tab.people_view, tab.people
    cut = [
        (r, c)
        for r in range(min(model.rowCount(), 12))
        for c in range(model.columnCount())
        if cut_text(view, model.index(r, c)) and len(model.rows[r].cells[c]) <= 30
    ]
    assert cut, "the directory's positions do not all fit in its narrow table"
    row, column = cut[0]
    assert _tooltip_of(view, row, column) == model.rows[row].cells[column]


def test_the_meeting_place_shows_whole(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    place = window.meetings.header.place
    assert place.text().startswith("ห้องประชุม") and "อาคารกรมส่งเสริมอุตสาหกรรม" in place.text()
    room = (
        place.contentsRect().width()
        - 2 * place.style().pixelMetric(place.style().PixelMetric.PM_DefaultFrameWidth)
        - 8
    )
    assert place.fontMetrics().horizontalAdvance(place.text()) <= room
    assert place.toolTip() == place.text()


def test_a_seat_added_after_the_secretary_goes_before_the_secretariat(window: MainWindow, qtbot: Any) -> None:
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    tab, roster = window.roster, window.ctx.services.roster
    last = tab.seats.rowCount() - 1
    tab.seats_view.setCurrentIndex(tab.seats.index(last, 0))
    assert tab.seats.rows[last].payload.role in SECRETARIAT_ROLES
    qtbot.mouseClick(tab.add_seat_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, SeatDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(SeatRole.MEMBER.value))
    dialog.ex_officio.setChecked(True)
    dialog.ex_position.setText("ผู้อำนวยการกองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    seats = roster.seats(window.ctx.committee_id or 0)
    roles = [s.role for s in seats]
    new = next(s for s in seats if s.name == "ผู้อำนวยการกองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม")
    assert new.role == SeatRole.MEMBER
    assert all(r in SECRETARIAT_ROLES for r in roles[new.position :]), roles
    assert roles[new.position - 2] not in SECRETARIAT_ROLES, "among the members"
