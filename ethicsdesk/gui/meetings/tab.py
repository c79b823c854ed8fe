"""The meetings tab: the list of meetings, and for the chosen one its header, attendance and agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.domain.models import Meeting
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.meetings.agenda import AgendaPanel
from ethicsdesk.gui.meetings.attendance import AttendancePanel
from ethicsdesk.gui.meetings.certification import CertificationBar
from ethicsdesk.gui.meetings.header import HeaderForm
from ethicsdesk.gui.meetings.models import MeetingsModel
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import DateField, TimeField
from ethicsdesk.gui.widgets.page import TabPage
from ethicsdesk.gui.widgets.views import current_key, fit_columns, make_table, select_key


class MeetingsTab(TabPage):
    topics = ("committee", "roster", "people", "meetings", "meeting", "attendance", "agenda")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("meetings")
        self.meeting_id: int | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("meetingFilter")
        self.filter.setPlaceholderText(self.tr("Find a meeting (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.list = MeetingsModel(self)
        self.list_view = make_table(self.list, stretch=1)
        self.list_view.setObjectName("meetingsView")
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.next_button = QPushButton(self.tr("Next meeting from this one…"))
        self.next_button.setToolTip(
            self.tr(
                "A new meeting with the roster as attendance, the six standard items, and item 2 certifying this one"
            )
        )
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.filter)
        ll.addWidget(self.list_view, 1)
        ll.addWidget(self.new_button)
        ll.addWidget(self.next_button)
        self.header = HeaderForm(ctx)
        self.certification = CertificationBar(ctx)
        self.attendance = AttendancePanel(ctx)
        self.agenda = AgendaPanel(ctx)
        self.sub_tabs = QTabWidget()
        self.sub_tabs.setObjectName("subTabs")
        self.sub_tabs.addTab(self.attendance, self.tr("Attendance"))
        self.sub_tabs.addTab(self.agenda, self.tr("Agenda and resolutions"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.certification)
        rl.addWidget(self.sub_tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 5)
        split.setSizes([260, 1200])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.filter.textChanged.connect(lambda _t: self._load_list())
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._meeting_selected())
        self.new_button.clicked.connect(lambda: self.open_new_dialog(from_previous=False))
        self.next_button.clicked.connect(lambda: self.open_new_dialog(from_previous=True))
        self.dialog: FormDialog | None = None

    # -- loading ----------------------------------------------------------------------------
    def load(self, topics: set[str]) -> None:
        before = self.meeting_id
        if topics & {"committee", "meetings"}:
            self._load_list()
        mid = self.meeting_id
        if mid is None or mid != before:  # another meeting was selected: it is loaded already
            return
        people = bool(topics & {"people", "committee"})
        if topics & {"meeting", "meetings", "people", "committee"}:
            meeting = self._meeting(mid)
            self.header.load(meeting)
            self._show_certification(meeting)
        if topics & {"attendance", "roster", "people", "committee"}:
            self.attendance.load(mid, people_changed=people)
        if topics & {"agenda", "committee"}:
            self.agenda.load(mid)

    def _meeting(self, mid: int) -> Meeting | None:
        try:
            return self.ctx.services.meetings.meeting(mid)
        except UserError:
            return None

    def _load_list(self) -> None:
        cid = self.ctx.committee_id
        key = current_key(self.list_view) or self.meeting_id
        meetings = self.ctx.services.meetings.meetings(cid) if cid else []
        self.list.load(meetings, self.ctx.lang, self.filter.text())
        fit_columns(self.list_view, 140)
        if not select_key(self.list_view, key) and self.list.rowCount():
            self.list_view.selectRow(0)
        if self.list.rowCount() == 0:
            self._show_meeting(None)

    def _meeting_selected(self) -> None:
        self._show_meeting(current_key(self.list_view))

    def _show_meeting(self, mid: int | None) -> None:
        if mid == self.meeting_id and mid is not None:
            return
        self.agenda.editor.flush()
        self.meeting_id = mid
        meeting = self.ctx.services.meetings.meeting(mid) if mid else None
        self.header.load(meeting)
        self._show_certification(meeting)
        self.attendance.load(mid)
        self.agenda.load(mid)

    def _show_certification(self, meeting: Meeting | None) -> None:
        """Certified minutes are read-only unless an amendment is open."""
        self.certification.load(meeting)
        locked = self.certification.locked or self.ctx.services.workspace.read_only
        for panel in (self.header, self.attendance, self.agenda):
            panel.set_read_only(locked)
        if meeting is not None and meeting.status == MeetingStatus.CERTIFIED:
            self.header.status.setEnabled(False)  # certified minutes never go back to draft

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def flush(self) -> None:
        self.agenda.editor.flush()

    # -- new meetings -----------------------------------------------------------------------
    def open_new_dialog(self, from_previous: bool) -> None:
        cid = self.ctx.committee_id
        previous = self.meeting_id if from_previous else None
        if cid is None or (from_previous and previous is None):
            return
        meetings, ids = self.ctx.services.meetings, self.ctx.ids
        prev = meetings.meeting(previous) if previous else None
        title = self.tr("Next meeting") if from_previous else self.tr("New meeting")
        dialog = FormDialog(title, self)
        date = DateField(self.ctx.lang)
        start = TimeField(self.ctx.lang)
        place = QLineEdit()
        if prev is not None:
            start.set_time(prev.start_time)
            place.setText(prev.place)
        dialog.form.addRow(self.tr("Date"), date)
        dialog.form.addRow(self.tr("Starts"), start)
        dialog.form.addRow(self.tr("Place"), place)
        dialog.date = date  # type: ignore[attr-defined]  # reached by tests

        def apply() -> UserError | None:
            day = date.date()
            if day is None:
                return ValidationError("กรุณาระบุวันประชุม", "Please enter the date of the meeting")
            state: dict[str, int] = {}

            def create() -> None:
                if previous is not None:
                    m = meetings.new_from_previous(
                        ids.resolve("meeting", previous), day, start_time=start.time(), place=place.text()
                    )
                else:
                    m = meetings.create_meeting(cid, day, start_time=start.time(), place=place.text())
                ids.follow("meeting", state, m.id or 0)

            refusal = self.ctx.execute(
                title,
                create,
                lambda: meetings.delete_meeting(ids.resolve("meeting", state["id"])),
                ("meetings",),
            )
            if refusal is None:
                self.filter.clear()
                select_key(self.list_view, state["id"])
            return refusal

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)
