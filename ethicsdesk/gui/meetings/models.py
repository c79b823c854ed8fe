"""Models of the meetings tab: the list of meetings, attendance by seat, other participants, dissent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ethicsdesk.domain.enums import MEETING_STATUS_LABELS, AttendanceKind, label
from ethicsdesk.domain.models import Attendance, DissentingOpinion, Meeting, Person
from ethicsdesk.gui import text
from ethicsdesk.gui.models import CachedTableModel, Index, Row
from ethicsdesk.services.roster import SeatView, full_name

_CHECK = Qt.ItemDataRole.CheckStateRole
_FG = Qt.ItemDataRole.ForegroundRole
_CHECKED = Qt.CheckState.Checked
_UNCHECKED = Qt.CheckState.Unchecked


class MeetingsModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Meeting"), self.tr("Date"), self.tr("Status")])

    def load(self, meetings: list[Meeting], lang: str, query: str = "") -> None:
        rows = []
        q = query.strip()
        for m in meetings:
            cells = [
                text.meeting_label(m.number, m.year_be, lang),
                text.date_short(m.date, lang),
                label(MEETING_STATUS_LABELS, m.status, lang),
            ]
            if q and not any(q in c or q in m.place for c in (*cells, f"{m.number}/{m.year_be}")):
                continue
            rows.append(Row(m.id or 0, cells, payload=m))
        self.set_rows(rows)


class AttendanceModel(CachedTableModel):
    """One row per seat of the committee: did its holder come, online, who came instead, why not."""

    NUMBER, NAME, ROLE, PRESENT, ONLINE, SUBSTITUTE, REASON = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers(
            [
                self.tr("No."),
                self.tr("Member"),
                self.tr("Role"),
                self.tr("Present"),
                self.tr("Online"),
                self.tr("Substitute"),
                self.tr("Reason for absence"),
            ]
        )
        self.checkable = {self.PRESENT, self.ONLINE}
        self.editable = {self.SUBSTITUTE, self.REASON}

    def load(
        self, seats: list[SeatView], lines: list[Attendance], people: dict[int, Person], lang: str
    ) -> None:
        by_seat = {a.seat_id: a for a in lines if a.seat_id is not None}
        rows = []
        for s in seats:
            line = by_seat.get(s.id)
            person = people.get(line.person_id) if line and line.person_id else None
            name = full_name(person) if person else s.name
            present = line is not None and line.kind == AttendanceKind.PRESENT
            absent = line is not None and line.kind == AttendanceKind.ABSENT
            substitute = people.get(line.substitute_person_id) if line and line.substitute_person_id else None
            cells = [
                text.num(s.position, lang),
                name,
                s.role_label,
                "",
                "",
                full_name(substitute) if substitute else "",
                line.absence_reason if line else "",
            ]
            row = Row(s.id, cells, payload=(s, line))
            row.roles[(_CHECK, self.PRESENT)] = _CHECKED if present else _UNCHECKED
            row.roles[(_CHECK, self.ONLINE)] = _CHECKED if present and line and line.online else _UNCHECKED
            row.roles[(Qt.ItemDataRole.EditRole, self.SUBSTITUTE)] = (
                line.substitute_person_id if line else None
            )
            if absent:
                row.roles[(_FG, self.NAME)] = QColor("#8a1c1c")
            if line is None:
                row.roles[(_FG, self.NAME)] = QColor("#808080")
                row.roles[(Qt.ItemDataRole.ToolTipRole, self.NAME)] = self.tr("Attendance not recorded yet")
            rows.append(row)
        self.set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        _seat, line = self.rows[index.row()].payload
        present = line is not None and line.kind == AttendanceKind.PRESENT
        if index.column() == self.ONLINE and not present:
            flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            flags &= ~Qt.ItemFlag.ItemIsEnabled
        if index.column() in (self.SUBSTITUTE, self.REASON) and present:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags


class ParticipantsModel(CachedTableModel):
    """ผู้เข้าร่วมประชุม: people at the meeting who hold no seat."""

    NUMBER, NAME, POSITION, ONLINE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("No."), self.tr("Name"), self.tr("Position as printed"), self.tr("Online")])
        self.checkable = {self.ONLINE}
        self.editable = {self.POSITION}

    def load(self, lines: list[Attendance], people: dict[int, Person], lang: str) -> None:
        rows = []
        for i, a in enumerate((x for x in lines if x.kind == AttendanceKind.PARTICIPANT), 1):
            person = people.get(a.person_id) if a.person_id else None
            position = a.position_text or (person.position if person else "")
            row = Row(a.id or 0, [text.num(i, lang), full_name(person), position, ""], payload=a)
            row.roles[(_CHECK, self.ONLINE)] = _CHECKED if a.online else _UNCHECKED
            row.roles[(Qt.ItemDataRole.EditRole, self.POSITION)] = a.position_text
            rows.append(row)
        self.set_rows(rows)


class DissentModel(CachedTableModel):
    """ความเห็นแย้ง recorded with a resolution."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("By"), self.tr("Dissenting opinion")])

    def load(self, opinions: list[DissentingOpinion], people: dict[int, Person]) -> None:
        self.set_rows(
            [
                Row(d.id or 0, [full_name(people.get(d.person_id)) if d.person_id else "", d.text], payload=d)
                for d in opinions
            ]
        )
