"""Certified minutes (รับรองรายงานการประชุม): certifying them, amending them with a reason, their history.

Certified minutes change only inside an amendment, which records its reason and date; until one is
opened the minutes' fields are read-only and a calm note under the header says why and what to do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.domain.models import Amendment, Meeting
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import DateField

_CALM = "QLabel {{ color: {0}; background: {1}; border-radius: 4px; padding: 6px 8px; }}"
CERTIFIED_STYLE = _CALM.format("#174ea6", "#e8f0fe")
AMENDING_STYLE = _CALM.format("#6b4300", "#fef3d6")


class CertificationBar(QWidget):
    """Where the minutes stand, and Certify… / Amend… / Finish amendment / History…"""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.amendment: Amendment | None = None
        self.note = QLabel()
        self.note.setObjectName("certificationNote")
        self.note.setWordWrap(True)
        self.certify_button = QPushButton(self.tr("Certify…"))
        self.certify_button.setToolTip(self.tr("Record that the committee certified these minutes"))
        self.amend_button = QPushButton(self.tr("Amend…"))
        self.amend_button.setToolTip(self.tr("Correct certified minutes, with the reason recorded"))
        self.finish_button = QPushButton(self.tr("Finish amendment"))
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Every recorded change of these minutes and their amendments"))
        self.sign_button = QPushButton(self.tr("Sign and save PDF…"))
        self.sign_button.setToolTip(self.tr("Sign the certified minutes with your key (.p12), as a PDF"))
        self.signatures_button = QPushButton(self.tr("Signatures…"))
        self.signatures_button.setToolTip(self.tr("Check the digital signatures of a PDF"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note, 100)
        layout.addStretch(1)  # the buttons keep their size when there is no note
        for b in (self.certify_button, self.amend_button, self.finish_button, self.history_button):
            layout.addWidget(b)
        layout.addWidget(self.sign_button)
        layout.addWidget(self.signatures_button)
        self.certify_button.clicked.connect(self.open_certify)
        self.amend_button.clicked.connect(self.open_amend)
        self.finish_button.clicked.connect(self.finish_amendment)
        self.history_button.clicked.connect(self.open_history)
        self.sign_button.clicked.connect(self.open_sign)
        self.signatures_button.clicked.connect(self.open_signatures)
        self.dialog: QWidget | None = None
        self.load(None)

    @property
    def locked(self) -> bool:
        """Certified and no amendment open: the minutes may not be edited."""
        m = self.meeting
        return m is not None and m.status == MeetingStatus.CERTIFIED and self.amendment is None

    def load(self, meeting: Meeting | None) -> None:
        self.meeting = meeting
        self.amendment = self.ctx.services.meetings.open_amendment(meeting.id or 0) if meeting else None
        certified = meeting is not None and meeting.status == MeetingStatus.CERTIFIED
        lang = self.ctx.lang
        writable = meeting is not None and not self.ctx.services.workspace.read_only
        self.certify_button.setVisible(not certified)
        for button in (self.certify_button, self.amend_button, self.finish_button):
            button.setEnabled(writable)
        self.amend_button.setVisible(certified and self.amendment is None)
        self.finish_button.setVisible(self.amendment is not None)
        self.history_button.setEnabled(meeting is not None)
        self.sign_button.setVisible(certified and self.amendment is None)
        if meeting is None or not certified:
            self.note.clear()
            self.note.setStyleSheet("")
            self.note.setVisible(False)
            return
        if self.amendment is None:
            on = text.date_long(meeting.certified_on, lang) if meeting.certified_on else ""
            message = self.tr(
                "These minutes were certified on {date} and are kept as certified. To correct them, "
                "choose Amend… and give the reason; every change is then recorded in their history."
            ).format(date=on or "—")
            self.note.setStyleSheet(CERTIFIED_STYLE)
        else:
            message = self.tr(
                "Amendment of {date} open: {reason}. Changes made now are recorded as part of it; "
                "choose Finish amendment when the corrections are done."
            ).format(date=text.date_long(self.amendment.amended_on, lang), reason=self.amendment.reason)
            self.note.setStyleSheet(AMENDING_STYLE)
        self.note.setText(message)
        self.note.setVisible(True)

    # -- actions ----------------------------------------------------------------------------
    def open_certify(self) -> None:
        m = self.meeting
        if m is None or m.status == MeetingStatus.CERTIFIED:
            return
        mid, old, meetings, ids = m.id or 0, m.status.value, self.ctx.services.meetings, self.ctx.ids
        title = self.tr("Certify the minutes")
        dialog = FormDialog(title, self)
        dialog.setObjectName("certifyDialog")
        date = DateField(self.ctx.lang)
        date.set_date(max(dt.date.today(), m.date))
        note = QLabel(
            self.tr(
                "Usually at the next meeting. Once certified, the minutes change only through an amendment "
                "with its reason; certifying cannot be undone."
            )
        )
        note.setWordWrap(True)
        dialog.form.addRow(self.tr("Certified on"), date)
        dialog.form.addRow(note)
        dialog.date = date  # type: ignore[attr-defined]  # reached by tests

        def apply() -> UserError | None:
            day = date.date()
            if day is None:
                return ValidationError("กรุณาระบุวันที่รับรอง", "Please enter the date of certification")
            return self.ctx.execute(
                title,
                lambda: meetings.certify(ids.resolve("meeting", mid), day),
                lambda: meetings.set_status(ids.resolve("meeting", mid), old),  # refused, and says why
                ("meetings", "meeting"),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def open_sign(self) -> None:
        from ethicsdesk.gui.signing import open_sign

        self.dialog = open_sign(self.ctx, self.meeting, self) or self.dialog

    def open_signatures(self) -> None:
        from ethicsdesk.gui.signing import open_signatures

        self.dialog = open_signatures(self.ctx, self)

    def open_amend(self) -> None:
        m = self.meeting
        if m is None:
            return
        mid, meetings, ids = m.id or 0, self.ctx.services.meetings, self.ctx.ids
        title = self.tr("Amend certified minutes")
        dialog = FormDialog(title, self)
        dialog.setObjectName("amendDialog")
        reason = QLineEdit()
        reason.setObjectName("amendReason")
        reason.setPlaceholderText(
            self.tr("e.g. the committee corrected the resolution of item 3 at its next meeting")
        )
        date = DateField(self.ctx.lang)
        date.set_date(dt.date.today())
        dialog.form.addRow(self.tr("Reason"), reason)
        dialog.form.addRow(self.tr("Amended on"), date)
        dialog.reason = reason  # type: ignore[attr-defined]
        dialog.date = date  # type: ignore[attr-defined]

        def apply() -> UserError | None:
            day = date.date()
            if day is None:
                return ValidationError("กรุณาระบุวันที่แก้ไข", "Please enter the date of the amendment")
            why = reason.text()
            return self.ctx.execute(
                title,
                lambda: meetings.begin_amendment(ids.resolve("meeting", mid), why, day),
                lambda: meetings.withdraw_amendment(ids.resolve("meeting", mid)),
                ("meeting",),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def finish_amendment(self) -> None:
        m = self.meeting
        if m is None or self.amendment is None:
            return
        mid, meetings, ids = m.id or 0, self.ctx.services.meetings, self.ctx.ids
        self.ctx.execute(
            self.tr("Finish the amendment"),
            lambda: meetings.end_amendment(ids.resolve("meeting", mid)),
            lambda: meetings.reopen_amendment(ids.resolve("meeting", mid)),
            ("meeting",),
        )

    def open_history(self) -> None:
        from ethicsdesk.gui.meetings.history import HistoryDialog

        if self.meeting is None:
            return
        dialog = HistoryDialog(self.ctx, self.meeting, self.window())
        self.dialog = dialog
        dialog.show()
