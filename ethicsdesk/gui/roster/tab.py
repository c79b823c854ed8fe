"""The roster tab: the committee, its seats in order, the people directory and each person's attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.enums import SeatRole
from ethicsdesk.domain.models import Person, Seat
from ethicsdesk.errors import UserError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.roster.committee import CommitteePanel
from ethicsdesk.gui.roster.dialogs import PersonDialog, SeatDialog
from ethicsdesk.gui.roster.models import HistoryModel, PeopleModel, SeatsModel
from ethicsdesk.gui.widgets.page import TabPage
from ethicsdesk.gui.widgets.views import current_key, fit_columns, make_table, select_key
from ethicsdesk.services.roster import SECRETARIAT_ROLES, fold

PERSON_KEYS = ("title", "first_name", "last_name", "position", "affiliation", "note")


class RosterTab(TabPage):
    topics = ("committee", "roster", "people", "attendance", "meetings")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("roster")
        self.committee = CommitteePanel(ctx)
        # seats
        self.seats = SeatsModel(self)
        self.seats_view = make_table(self.seats)
        self.seats_view.setObjectName("seatsView")
        self.add_seat_button = QPushButton(self.tr("Add seat…"))
        self.edit_seat_button = QPushButton(self.tr("Edit…"))
        self.remove_seat_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        seats_box = QGroupBox(self.tr("Seats, in the order of the appointment"))
        sl = QVBoxLayout(seats_box)
        sl.addLayout(
            _row(
                self.add_seat_button,
                self.edit_seat_button,
                self.remove_seat_button,
                self.up_button,
                self.down_button,
            )
        )
        sl.addWidget(self.seats_view)
        # people
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search by name, position or affiliation (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.people = PeopleModel(self)
        self.people_view = make_table(self.people)
        self.add_person_button = QPushButton(self.tr("Add person…"))
        self.edit_person_button = QPushButton(self.tr("Edit…"))
        self.remove_person_button = QPushButton(self.tr("Remove"))
        people_box = QGroupBox(self.tr("People"))
        pl = QVBoxLayout(people_box)
        pl.addWidget(self.search)
        pl.addWidget(self.people_view)
        pl.addLayout(_row(self.add_person_button, self.edit_person_button, self.remove_person_button))
        # attendance history
        self.history = HistoryModel(self)
        self.history_view = make_table(self.history, stretch=2)
        self.rate = QLabel()
        self.rate.setObjectName("attendanceRate")
        self.rate.setWordWrap(True)
        history_box = QGroupBox(self.tr("Attendance of the selected person"))
        hl = QVBoxLayout(history_box)
        hl.addWidget(self.rate)
        hl.addWidget(self.history_view)

        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("left")
        left.addWidget(self.committee)
        left.addWidget(seats_box)
        left.setStretchFactor(1, 2)
        left.setSizes([330, 520])
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("right")
        right.addWidget(people_box)
        right.addWidget(history_box)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.add_seat_button.clicked.connect(lambda: self.open_seat_dialog(None))
        self.edit_seat_button.clicked.connect(lambda: self.open_seat_dialog(current_key(self.seats_view)))
        self.seats_view.doubleClicked.connect(lambda _i: self.open_seat_dialog(current_key(self.seats_view)))
        self.remove_seat_button.clicked.connect(self.remove_seat)
        self.up_button.clicked.connect(lambda: self.move_seat(-1))
        self.down_button.clicked.connect(lambda: self.move_seat(+1))
        self.search.textChanged.connect(lambda _t: self._load_people())
        self.people_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_history())
        self.seats_view.selectionModel().currentRowChanged.connect(lambda *_: self._seat_selected())
        self.add_person_button.clicked.connect(lambda: self.open_person_dialog(None))
        self.edit_person_button.clicked.connect(
            lambda: self.open_person_dialog(current_key(self.people_view))
        )
        self.people_view.doubleClicked.connect(
            lambda _i: self.open_person_dialog(current_key(self.people_view))
        )
        self.remove_person_button.clicked.connect(self.remove_person)
        self.dialog: SeatDialog | PersonDialog | None = None

    # -- loading ----------------------------------------------------------------------------
    def load(self, topics: set[str]) -> None:
        if "committee" in topics:
            self.committee.load()
        if topics & {"committee", "roster", "people"}:
            self._load_seats()
        if topics & {"people"}:
            self._load_people()
        if topics & {"people", "attendance", "meetings", "committee"}:
            self._load_history()

    def _load_seats(self) -> None:
        cid = self.ctx.committee_id
        self.seats.load(self.ctx.services.roster.seats(cid, self.ctx.lang) if cid else [], self.ctx.lang)
        fit_columns(self.seats_view, 300)

    def _load_people(self) -> None:
        key = current_key(self.people_view)
        query = fold(self.search.text())  # the directory's own rule: spaces and case ignored
        directory = self.ctx.people()
        people = directory
        if query:
            people = [
                p
                for p in people
                if query in fold(f"{p.title}{p.first_name}{p.last_name}{p.position}{p.affiliation}")
            ]
        self.people.load(people, directory)
        fit_columns(self.people_view, 220)
        select_key(self.people_view, key)

    def _load_history(self) -> None:
        pid = current_key(self.people_view)
        if pid is None:
            self.history.load(None, self.ctx.lang)
            self.rate.setText(self.tr("Select a person to see the meetings they attended."))
            return
        try:
            history = self.ctx.services.roster.attendance_history(pid)
        except UserError as exc:
            self.ctx.report(exc)
            return
        self.history.load(history, self.ctx.lang)
        fit_columns(self.history_view, 200)
        lang = self.ctx.lang
        if history.rate is None:
            self.rate.setText(self.tr("No meetings as a member yet."))
        else:
            self.rate.setText(
                self.tr("Attendance rate {rate}% ({present} of {expected} meetings as a member)").format(
                    rate=text.num(round(history.rate * 100), lang),
                    present=text.num(history.present, lang),
                    expected=text.num(history.expected, lang),
                )
            )

    def _seat_selected(self) -> None:
        """Selecting a seat shows its holder's attendance."""
        row = self.seats.row_at(self.seats_view.currentIndex().row())
        if row is None or row.payload.person_id is None:
            return
        if not select_key(self.people_view, row.payload.person_id) and self.search.text():
            self.search.clear()
            select_key(self.people_view, row.payload.person_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- seats ------------------------------------------------------------------------------
    def open_seat_dialog(self, seat_id: int | None) -> None:
        cid = self.ctx.committee_id
        if cid is None:
            return
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old: Seat | None = roster.seat(seat_id) if seat_id is not None else None
        dialog = SeatDialog(self.ctx.people(), self.ctx.lang, old, self)

        def apply() -> UserError | None:
            new = dialog.values()
            if old is None:
                state: dict[str, int] = {}
                at = self._new_seat_position(SeatRole(str(new["role"])))

                def add() -> None:
                    seat = roster.add_seat(cid, str(new["role"]), position=at, **_seat_kwargs(new))
                    ids.follow("seat", state, seat.id or 0)

                refusal = self.ctx.execute(
                    self.tr("Add a seat"),
                    add,
                    lambda: roster.remove_seat(ids.resolve("seat", state["id"])),
                    ("roster",),
                )
                if refusal is None:
                    select_key(self.seats_view, state["id"])
                return refusal
            sid = old.id or 0
            before = {k: getattr(old, k) for k in new}
            before["role"] = old.role.value
            changed = {k: v for k, v in new.items() if before[k] != v}
            if not changed:
                return None
            return self.ctx.execute(
                self.tr("Edit a seat"),
                lambda: roster.update_seat(ids.resolve("seat", sid), **changed),
                lambda: roster.update_seat(ids.resolve("seat", sid), **{k: before[k] for k in changed}),
                ("roster",),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def _new_seat_position(self, role: SeatRole) -> int | None:
        """After the selected seat; a member never among the secretariat's seats that close the list
        (None: where the service puts it, before the first of them)."""
        after = current_key(self.seats_view)
        if after is None:
            return None
        selected = self.ctx.services.roster.seat(after)
        if role not in SECRETARIAT_ROLES and selected.role in SECRETARIAT_ROLES:
            return None
        return selected.position + 1

    def remove_seat(self) -> None:
        seat_id = current_key(self.seats_view)
        cid = self.ctx.committee_id
        if seat_id is None or cid is None:
            return
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old = roster.seat(seat_id)
        lines = roster.seat_attendance_lines(seat_id)
        state = {"id": seat_id}

        def restore() -> None:
            seat = roster.add_seat(
                cid,
                old.role,
                person_id=old.person_id,
                ex_officio_position=old.ex_officio_position,
                ex_officio_affiliation=old.ex_officio_affiliation,
                note=old.note,
                position=old.position,
            )
            roster.relink_attendance(lines, seat.id or 0)
            ids.follow("seat", state, seat.id or 0)

        self.ctx.execute(
            self.tr("Remove a seat"),
            lambda: roster.remove_seat(ids.resolve("seat", state["id"])),
            restore,
            ("roster", "attendance"),
        )

    def move_seat(self, delta: int) -> None:
        seat_id = current_key(self.seats_view)
        if seat_id is None:
            return
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old = roster.seat(seat_id).position
        new = old + delta
        if new < 1 or new > self.seats.rowCount():
            return
        self.ctx.execute(
            self.tr("Move a seat"),
            lambda: roster.move_seat(ids.resolve("seat", seat_id), new),
            lambda: roster.move_seat(ids.resolve("seat", seat_id), old),
            ("roster",),
        )
        select_key(self.seats_view, seat_id)

    # -- people -----------------------------------------------------------------------------
    def open_person_dialog(self, person_id: int | None) -> None:
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old: Person | None = roster.person(person_id) if person_id is not None else None
        dialog = PersonDialog(old, self)

        def apply() -> UserError | None:
            new = dialog.values()
            if old is None:
                state: dict[str, int] = {}

                def add() -> None:
                    p = roster.add_person(new["first_name"], new["last_name"], **_person_kwargs(new))
                    ids.follow("person", state, p.id or 0)

                refusal = self.ctx.execute(
                    self.tr("Add a person"),
                    add,
                    lambda: roster.remove_person(ids.resolve("person", state["id"])),
                    ("people",),
                )
                if refusal is None:
                    self.search.clear()
                    select_key(self.people_view, state["id"])
                return refusal
            pid = old.id or 0
            before = {k: str(getattr(old, k)) for k in PERSON_KEYS}
            changed = {k: v for k, v in new.items() if before[k] != v}
            if not changed:
                return None
            return self.ctx.execute(
                self.tr("Edit a person"),
                lambda: roster.update_person(ids.resolve("person", pid), **changed),
                lambda: roster.update_person(ids.resolve("person", pid), **{k: before[k] for k in changed}),
                ("people",),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def remove_person(self) -> None:
        person_id = current_key(self.people_view)
        if person_id is None:
            return
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old = roster.person(person_id)
        fields = {k: str(getattr(old, k)) for k in PERSON_KEYS}
        state = {"id": person_id}

        def restore() -> None:
            p = roster.add_person(fields["first_name"], fields["last_name"], **_person_kwargs(fields))
            ids.follow("person", state, p.id or 0)

        self.ctx.execute(
            self.tr("Remove a person"),
            lambda: roster.remove_person(ids.resolve("person", state["id"])),
            restore,
            ("people",),
        )


def _seat_kwargs(values: dict[str, object]) -> dict:
    return {k: values[k] for k in ("person_id", "ex_officio_position", "ex_officio_affiliation", "note")}


def _person_kwargs(values: dict[str, str]) -> dict[str, str]:
    return {k: values[k] for k in ("title", "position", "affiliation", "note")}


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
