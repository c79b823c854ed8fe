"""The header of the minutes: ครั้งที่, date, times, place, status and the recorder (ผู้จดรายงานการประชุม)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ethicsdesk.domain.enums import MEETING_STATUS_LABELS, MeetingStatus, label
from ethicsdesk.domain.models import Meeting, Person
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.widgets.fields import DateField, InlineError, ThaiSpinBox, TimeField
from ethicsdesk.gui.widgets.people import PersonCombo


class HeaderForm(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Meeting"))
        self.ctx = ctx
        lang = ctx.lang
        self.meeting: Meeting | None = None
        self._people_source: list[Person] | None = None
        self.number = ThaiSpinBox(ctx.thai)
        self.number.setRange(1, 999)
        self.year = ThaiSpinBox(ctx.thai)
        self.year.setRange(2400, 2700)
        self.date = DateField(lang)
        self.start = TimeField(lang)
        self.end = TimeField(lang)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.status = QComboBox()
        for status in MeetingStatus:
            self.status.addItem(label(MEETING_STATUS_LABELS, status, lang), status.value)
        self.recorder = PersonCombo([])
        self.recorder_position = QLineEdit()
        self.error = InlineError()
        self.error.setObjectName("headerError")
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("No.")), 0, 0)
        grid.addWidget(self.number, 0, 1)
        grid.addWidget(QLabel("/"), 0, 2)
        grid.addWidget(self.year, 0, 3)
        grid.addWidget(QLabel(self.tr("Date")), 0, 4)
        grid.addWidget(self.date, 0, 5)
        grid.addWidget(QLabel(self.tr("Status")), 0, 6)
        grid.addWidget(self.status, 0, 7)
        grid.addWidget(QLabel(self.tr("Starts")), 1, 0)
        grid.addWidget(self.start, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Ends")), 1, 4)
        grid.addWidget(self.end, 1, 5)
        # The place is a long line ("ห้องประชุม … ชั้น ๓ อาคาร…"): a row of its own, the whole width.
        grid.addWidget(QLabel(self.tr("Place")), 2, 0)
        grid.addWidget(self.place, 2, 1, 1, 7)
        grid.addWidget(QLabel(self.tr("Recorder")), 3, 0)
        grid.addWidget(self.recorder, 3, 1, 1, 5)
        grid.addWidget(self.recorder_position, 3, 6, 1, 2)
        grid.addWidget(self.error, 4, 0, 1, 8)
        grid.setColumnStretch(5, 2)
        grid.setColumnStretch(7, 3)
        self.recorder_position.setPlaceholderText(self.tr("Recorder's position as printed"))

        self.number.editingFinished.connect(lambda: self._edit("number", self.number.value()))
        self.year.editingFinished.connect(lambda: self._edit("year_be", self.year.value()))
        self.date.date_edited.connect(lambda d: self._edit("date", d))
        self.start.time_edited.connect(lambda t: self._edit("start_time", t))
        self.end.time_edited.connect(lambda t: self._edit("end_time", t))
        self.place.editingFinished.connect(lambda: self._edit("place", self.place.text().strip()))
        self.recorder.activated.connect(
            lambda _i: self._edit("recorder_person_id", self.recorder.person_id())
        )
        self.recorder_position.editingFinished.connect(
            lambda: self._edit("recorder_position", self.recorder_position.text().strip())
        )
        self.status.activated.connect(lambda _i: self._set_status(str(self.status.currentData())))
        self.read_only = False
        self.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        """Certified minutes: the fields show the header, and are not edited."""
        self.read_only = read_only
        for field in (self.number, self.year, self.date.edit, self.start.edit, self.end.edit):
            field.setReadOnly(read_only)
        for line in (self.place, self.recorder_position):
            line.setReadOnly(read_only)
        for w in (self.date.button, self.status, self.recorder):
            w.setEnabled(not read_only)

    def load(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.setEnabled(meeting is not None)
        directory = self.ctx.people()
        if directory is not self._people_source:  # rebuilt only when the directory was read again
            self._people_source = directory
            current = self.recorder.person_id()
            combo = PersonCombo(directory)
            layout = self.layout()
            assert isinstance(layout, QGridLayout)
            layout.replaceWidget(self.recorder, combo)
            self.recorder.deleteLater()
            self.recorder = combo
            combo.set_person_id(current)
            combo.activated.connect(lambda _i: self._edit("recorder_person_id", combo.person_id()))
            combo.setEnabled(not self.read_only)
        if meeting is None:
            return
        self.number.setValue(meeting.number)
        self.year.setValue(meeting.year_be)
        self.date.set_date(meeting.date)
        self.start.set_time(meeting.start_time)
        self.end.set_time(meeting.end_time)
        self.place.setText(meeting.place)
        self.place.setCursorPosition(0)
        self.place.setToolTip(meeting.place)  # the whole of it, when the window is too narrow
        self.status.setCurrentIndex(max(0, self.status.findData(meeting.status.value)))
        self.recorder.set_person_id(meeting.recorder_person_id)
        self.recorder_position.setText(meeting.recorder_position)
        self.recorder_position.setCursorPosition(0)
        self.error.clear()

    def _field_error(self, field: str) -> InlineError:
        return {"date": self.date.error, "start_time": self.start.error, "end_time": self.end.error}.get(
            field, self.error
        )

    def _edit(self, field: str, value: object) -> None:
        m = self.meeting
        if m is None:
            return
        old = getattr(m, field)
        if old == value:
            return
        mid, meetings, ids = m.id or 0, self.ctx.services.meetings, self.ctx.ids
        names = {
            "number": self.tr("Change the meeting number"),
            "year_be": self.tr("Change the meeting year"),
            "date": self.tr("Change the meeting date"),
            "start_time": self.tr("Change the start time"),
            "end_time": self.tr("Change the end time"),
            "place": self.tr("Change the place"),
            "recorder_person_id": self.tr("Change the recorder"),
            "recorder_position": self.tr("Change the recorder's position"),
        }
        refusal = self.ctx.execute(
            names[field],
            lambda: meetings.update_header(ids.resolve("meeting", mid), **{field: value}),
            lambda: meetings.update_header(ids.resolve("meeting", mid), **{field: old}),
            ("meetings", "meeting"),
        )
        if refusal is not None:
            self._field_error(field).show_message(self.ctx.message(refusal))
        else:
            self.error.clear()
            if field == "date" and isinstance(value, dt.date) and value.year + 543 != m.year_be:
                self.error.show_message(
                    self.tr("Note: the date is not in the year {year} of the meeting number.").format(
                        year=self.year.textFromValue(m.year_be)
                    )
                )

    def _set_status(self, status: str) -> None:
        m = self.meeting
        if m is None or m.status.value == status:
            return
        mid, meetings, ids, old = m.id or 0, self.ctx.services.meetings, self.ctx.ids, m.status.value
        self.ctx.execute(
            self.tr("Change the status of the minutes"),
            lambda: meetings.set_status(ids.resolve("meeting", mid), status),
            lambda: meetings.set_status(ids.resolve("meeting", mid), old),
            ("meetings", "meeting"),
        )
