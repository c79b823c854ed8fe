"""Models of the roster tab: seats, people, a person's attendance, orders and duties."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ethicsdesk.domain.enums import ATTENDANCE_KIND_LABELS, AttendanceKind, label
from ethicsdesk.domain.models import AppointmentOrder, Duty, Person
from ethicsdesk.gui import text
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.services.roster import AttendanceHistory, SeatView, full_name

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


class SeatsModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers(
            [
                self.tr("No."),
                self.tr("Role in the committee"),
                self.tr("Held by"),
                self.tr("Position"),
                self.tr("Affiliation"),
            ]
        )

    def load(self, seats: list[SeatView], lang: str) -> None:
        rows = []
        for s in seats:
            holder = s.name + (" " + self.tr("(ex officio)") if s.ex_officio else "")
            row = Row(
                s.id,
                [text.num(s.position, lang), s.role_label, holder, s.position_text, s.affiliation],
                payload=s,
            )
            row.roles[(_ALIGN, 0)] = _RIGHT
            if s.note:
                row.roles[(Qt.ItemDataRole.ToolTipRole, 1)] = s.note
            rows.append(row)
        self.set_rows(rows)


class PeopleModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Name"), self.tr("Position"), self.tr("Affiliation")])
        self._built: dict[int, Row] = {}  # rows of the directory last read, reused while it is unchanged
        self._source: list[Person] | None = None

    def load(self, people: list[Person], directory: list[Person] | None = None) -> None:
        """Show ``people`` (a selection from ``directory``, the whole list the rows are built from)."""
        directory = directory if directory is not None else people
        if directory is not self._source:
            self._source = directory
            self._built = {
                p.id or 0: Row(p.id or 0, [full_name(p), p.position, p.affiliation], payload=p)
                for p in directory
            }
        self.set_rows(
            [
                self._built.get(p.id or 0)
                or Row(p.id or 0, [full_name(p), p.position, p.affiliation], payload=p)
                for p in people
            ]
        )


class HistoryModel(CachedTableModel):
    """The meetings a person attended or missed (newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Meeting"), self.tr("Date"), self.tr("Attendance")])

    def load(self, history: AttendanceHistory | None, lang: str) -> None:
        rows = []
        for r in reversed(history.records if history else []):
            kind = label(ATTENDANCE_KIND_LABELS, r.kind, lang)
            if r.kind == AttendanceKind.ABSENT and r.substituted:
                kind += " " + self.tr("(sent a substitute)")
            date = r.date if isinstance(r.date, dt.date) else None
            row = Row(r.meeting_id, [text.num(r.meeting_label, lang), text.date_short(date, lang), kind])
            if r.kind == AttendanceKind.ABSENT:
                row.roles[(Qt.ItemDataRole.ForegroundRole, 2)] = QColor("#8a1c1c")
            rows.append(row)
        self.set_rows(rows)


class OrdersModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Order"), self.tr("Dated"), self.tr("Subject")])

    def load(self, orders: list[AppointmentOrder], lang: str) -> None:
        self.set_rows(
            [
                Row(
                    o.id or 0,
                    [text.num(o.number, lang), text.date_short(o.issued_on, lang), o.title],
                    payload=o,
                )
                for o in orders
            ]
        )


class DutiesModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("No."), self.tr("Duty")])

    def load(self, duties: list[Duty], lang: str) -> None:
        self.set_rows([Row(d.id or 0, [text.num(d.position, lang), d.text], payload=d) for d in duties])
