"""Who came: each seat present or absent (with a reason or a substitute), online, other participants,
and the quorum (องค์ประชุม), recomputed after every change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.enums import AttendanceKind
from ethicsdesk.domain.models import Attendance, Person
from ethicsdesk.errors import UserError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.meetings.models import AttendanceModel, ParticipantsModel
from ethicsdesk.gui.models import Row
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.people import PersonCombo
from ethicsdesk.gui.widgets.views import current_key, fit_columns, make_table


def _checked(value: Any) -> bool:
    return int(getattr(value, "value", value)) == Qt.CheckState.Checked.value


class PersonDelegate(QStyledItemDelegate):
    """Edits a person cell with a searchable list of the directory."""

    def __init__(self, people: list[Person], parent: Any = None) -> None:
        super().__init__(parent)
        self.people = people

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        return PersonCombo(self.people, parent=parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, PersonCombo)
        editor.set_person_id(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, PersonCombo)
        model.setData(index, editor.person_id(), Qt.ItemDataRole.EditRole)


class AttendancePanel(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.quorum = QLabel()
        self.quorum.setObjectName("quorumLabel")
        self.quorum.setWordWrap(True)
        self.error = InlineError()
        self.model = AttendanceModel(self)
        self.model.edit_handler = self._edit_seat
        self.view = make_table(self.model, stretch=AttendanceModel.REASON)
        self.view.setObjectName("attendanceView")
        self.delegate = PersonDelegate([], self.view)
        self.view.setItemDelegateForColumn(AttendanceModel.SUBSTITUTE, self.delegate)
        self.all_present = QPushButton(self.tr("Mark the unrecorded seats present"))
        self.participants = ParticipantsModel(self)
        self.participants.edit_handler = self._edit_participant
        self.participants_view = make_table(self.participants, stretch=ParticipantsModel.POSITION)
        self.add_participant_button = QPushButton(self.tr("Add participant…"))
        self.remove_participant_button = QPushButton(self.tr("Remove participant"))
        seats = QWidget()
        sl = QVBoxLayout(seats)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.view)
        others = QWidget()
        ol = QVBoxLayout(others)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(QLabel(self.tr("Also attending (no seat)")))
        ol.addWidget(self.participants_view)
        ol.addLayout(_row(self.add_participant_button, self.remove_participant_button))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("attendanceSplit")
        split.addWidget(seats)
        split.addWidget(others)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        top = QHBoxLayout()
        top.addWidget(self.quorum, 1)
        top.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        self.all_present.clicked.connect(self.mark_unrecorded_present)
        self.add_participant_button.clicked.connect(self.open_participant_dialog)
        self.remove_participant_button.clicked.connect(self.remove_participant)
        self.dialog: FormDialog | None = None

    def set_read_only(self, read_only: bool) -> None:
        for model in (self.model, self.participants):
            model.read_only = read_only
        for button in (self.all_present, self.add_participant_button, self.remove_participant_button):
            button.setEnabled(not read_only)

    # -- loading ----------------------------------------------------------------------------
    def load(self, meeting_id: int | None, people_changed: bool = True) -> None:
        self.meeting_id = meeting_id
        services, lang, cid = self.ctx.services, self.ctx.lang, self.ctx.committee_id
        people_list = self.ctx.people()
        people = self.ctx.person_map()
        if people_changed:
            self.delegate.people = people_list
        if meeting_id is None or cid is None:
            self.model.load([], [], people, lang)
            self.participants.load([], people, lang)
            self.quorum.setText("")
            return
        lines = services.meetings.attendance(meeting_id)
        self.model.load(services.roster.seats(cid, lang), lines, people, lang)
        self.participants.load(lines, people, lang)
        fit_columns(self.view, 280)
        fit_columns(self.participants_view, 280)
        self._show_quorum()

    def _show_quorum(self) -> None:
        if self.meeting_id is None:
            return
        q = self.ctx.services.meetings.quorum(self.meeting_id)
        lang = self.ctx.lang
        words = {
            "present": text.num(q.present, lang),
            "members": text.num(q.members, lang),
            "required": text.num(q.required, lang),
        }
        if q.met:
            message = self.tr("Quorum present: {present} of {members} seats (at least {required} needed)")
            colour = "#1e6b34", "#e3f4e6"
        else:
            message = self.tr("No quorum: {present} of {members} seats (at least {required} needed)")
            colour = "#8a1c1c", "#fbe4e4"
        self.quorum.setText(message.format(**words))
        self.quorum.setProperty("met", q.met)
        self.quorum.setStyleSheet(
            f"QLabel {{ color: {colour[0]}; background: {colour[1]}; border-radius: 4px; padding: 6px 8px; font-weight: bold; }}"
        )

    # -- seats ------------------------------------------------------------------------------
    def _edit_seat(self, row: Row, column: int, value: Any, role: int) -> bool:
        seat, line = row.payload
        line: Attendance | None
        if column == AttendanceModel.PRESENT:
            kind = AttendanceKind.PRESENT if _checked(value) else AttendanceKind.ABSENT
            return self.mark(seat.id, kind)
        if column == AttendanceModel.ONLINE:
            return self.mark(seat.id, AttendanceKind.PRESENT, online=_checked(value))
        reason = line.absence_reason if line else ""
        substitute = line.substitute_person_id if line else None
        if column == AttendanceModel.REASON:
            reason = str(value or "").strip()
        elif column == AttendanceModel.SUBSTITUTE:
            substitute = value if isinstance(value, int) else None
        return self.mark(seat.id, AttendanceKind.ABSENT, reason=reason, substitute=substitute)

    def mark(
        self,
        seat_id: int,
        kind: AttendanceKind,
        *,
        online: bool = False,
        reason: str = "",
        substitute: int | None = None,
    ) -> bool:
        mid = self.meeting_id
        if mid is None:
            return False
        meetings, ids = self.ctx.services.meetings, self.ctx.ids
        line = next((a for a in meetings.attendance(mid) if a.seat_id == seat_id), None)
        old = (
            None
            if line is None
            else (line.kind, line.person_id, line.absence_reason, line.substitute_person_id, line.online)
        )
        if old is not None and (old[0], old[2], old[3], old[4]) == (kind, reason, substitute, online):
            return False  # an editor closed on what it showed: nothing to record, no undo step

        def do() -> None:
            meetings.mark(
                ids.resolve("meeting", mid),
                ids.resolve("seat", seat_id),
                kind,
                reason=reason,
                substitute_person_id=substitute,
                online=online,
            )

        def undo() -> None:
            m, s = ids.resolve("meeting", mid), ids.resolve("seat", seat_id)
            if old is None:
                now = next(a for a in meetings.attendance(m) if a.seat_id == s)
                meetings.remove_line(now.id or 0)
            else:
                meetings.mark(
                    m, s, old[0], person_id=old[1], reason=old[2], substitute_person_id=old[3], online=old[4]
                )

        names = {
            AttendanceKind.PRESENT: self.tr("Mark present") if not online else self.tr("Mark present online"),
            AttendanceKind.ABSENT: self.tr("Mark absent"),
        }
        refusal = self.ctx.execute(names[kind], do, undo, ("attendance",))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        return refusal is None

    def mark_unrecorded_present(self) -> None:
        mid, cid = self.meeting_id, self.ctx.committee_id
        if mid is None or cid is None:
            return
        meetings, roster, ids = self.ctx.services.meetings, self.ctx.services.roster, self.ctx.ids
        recorded = {a.seat_id for a in meetings.attendance(mid)}
        seats = [s.id for s in roster.seats(cid) if s.id not in recorded]
        if not seats:
            return

        def do() -> None:
            for s in seats:
                meetings.mark(ids.resolve("meeting", mid), ids.resolve("seat", s), AttendanceKind.PRESENT)

        def undo() -> None:
            m = ids.resolve("meeting", mid)
            wanted = {ids.resolve("seat", s) for s in seats}
            for a in meetings.attendance(m):
                if a.seat_id in wanted:
                    meetings.remove_line(a.id or 0)

        refusal = self.ctx.execute(self.tr("Mark the unrecorded seats present"), do, undo, ("attendance",))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")

    # -- participants -----------------------------------------------------------------------
    def _edit_participant(self, row: Row, column: int, value: Any, role: int) -> bool:
        line: Attendance = row.payload
        meetings, ids, lid = self.ctx.services.meetings, self.ctx.ids, line.id or 0
        if column == ParticipantsModel.ONLINE:
            new, old = _checked(value), line.online
            if new == old:
                return False
            refusal = self.ctx.execute(
                self.tr("Change online attendance"),
                lambda: meetings.update_line(ids.resolve("line", lid), online=new),
                lambda: meetings.update_line(ids.resolve("line", lid), online=old),
                ("attendance",),
            )
        else:
            new_text, old_text = str(value or "").strip(), line.position_text
            if new_text == old_text:
                return False
            refusal = self.ctx.execute(
                self.tr("Change the position as printed"),
                lambda: meetings.update_line(ids.resolve("line", lid), position_text=new_text),
                lambda: meetings.update_line(ids.resolve("line", lid), position_text=old_text),
                ("attendance",),
            )
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        return refusal is None

    def open_participant_dialog(self) -> None:
        mid = self.meeting_id
        if mid is None:
            return
        meetings, ids = self.ctx.services.meetings, self.ctx.ids
        dialog = FormDialog(self.tr("Add a participant"), self)
        person = PersonCombo(self.ctx.people(), allow_none=False)
        position = QLineEdit()
        dialog.form.addRow(self.tr("Person"), person)
        dialog.form.addRow(self.tr("Position as printed"), position)
        dialog.person = person  # type: ignore[attr-defined]  # reached by tests

        def apply() -> UserError | None:
            pid = person.person_id()
            if pid is None:
                return UserError("กรุณาเลือกบุคคล", "Please choose a person")
            state: dict[str, int] = {}

            def add() -> None:
                line = meetings.add_participant(
                    ids.resolve("meeting", mid), ids.resolve("person", pid), position_text=position.text()
                )
                ids.follow("line", state, line.id or 0)

            return self.ctx.execute(
                self.tr("Add a participant"),
                add,
                lambda: meetings.remove_line(ids.resolve("line", state["id"])),
                ("attendance",),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def remove_participant(self) -> None:
        lid = current_key(self.participants_view)
        row = self.participants.row_at(self.participants_view.currentIndex().row())
        if lid is None or row is None or self.meeting_id is None:
            return
        line: Attendance = row.payload
        mid, meetings, ids = self.meeting_id, self.ctx.services.meetings, self.ctx.ids
        state = {"id": lid}

        def restore() -> None:
            again = meetings.add_participant(
                ids.resolve("meeting", mid),
                line.person_id or 0,
                position_text=line.position_text,
                online=line.online,
            )
            ids.follow("line", state, again.id or 0)

        self.ctx.execute(
            self.tr("Remove a participant"),
            lambda: meetings.remove_line(ids.resolve("line", state["id"])),
            restore,
            ("attendance",),
        )


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
