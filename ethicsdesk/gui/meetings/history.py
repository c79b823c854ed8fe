"""The history of a meeting's minutes: its amendments, and every recorded change (when, what, old → new)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from ethicsdesk.domain.enums import (
    MEETING_STATUS_LABELS,
    RESOLUTION_KIND_LABELS,
    MeetingStatus,
    ResolutionKind,
)
from ethicsdesk.domain.models import Amendment, AuditEntry, Meeting, MinutesRecord, Person
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.widgets.views import fit_columns, make_table
from ethicsdesk.services.roster import full_name

_LONGEST = 90  # characters of a value shown in its cell; the whole of it is in the tooltip
_DATES = {"date", "certified_on", "amended_on"}
_TIMES = {"start_time", "end_time"}
_MOMENTS = {"opened_at", "closed_at"}


def _things() -> dict[str, str]:
    return {
        "meeting": QCoreApplication.translate("History", "the meeting"),
        "attendance": QCoreApplication.translate("History", "an attendance line"),
        "agendaitem": QCoreApplication.translate("History", "an agenda item"),
        "dissentingopinion": QCoreApplication.translate("History", "a dissenting opinion"),
        "amendment": QCoreApplication.translate("History", "an amendment"),
    }


def _fields() -> dict[str, str]:
    return {
        "number": QCoreApplication.translate("History", "number"),
        "year_be": QCoreApplication.translate("History", "year"),
        "date": QCoreApplication.translate("History", "date"),
        "start_time": QCoreApplication.translate("History", "start time"),
        "end_time": QCoreApplication.translate("History", "end time"),
        "place": QCoreApplication.translate("History", "place"),
        "status": QCoreApplication.translate("History", "status"),
        "certified_on": QCoreApplication.translate("History", "certified on"),
        "opening_text": QCoreApplication.translate("History", "opening text"),
        "recorder_person_id": QCoreApplication.translate("History", "recorder"),
        "recorder_position": QCoreApplication.translate("History", "recorder's position"),
        "reviewer_person_id": QCoreApplication.translate("History", "reviewer"),
        "reviewer_position": QCoreApplication.translate("History", "reviewer's position"),
        "title": QCoreApplication.translate("History", "title"),
        "body": QCoreApplication.translate("History", "text"),
        "resolution_kind": QCoreApplication.translate("History", "resolution"),
        "resolution_heading": QCoreApplication.translate("History", "resolution heading"),
        "resolution_text": QCoreApplication.translate("History", "resolution text"),
        "kind": QCoreApplication.translate("History", "present or absent"),
        "online": QCoreApplication.translate("History", "online"),
        "absence_reason": QCoreApplication.translate("History", "reason for absence"),
        "substitute_person_id": QCoreApplication.translate("History", "substitute"),
        "person_id": QCoreApplication.translate("History", "person"),
        "position": QCoreApplication.translate("History", "order"),
        "parent_id": QCoreApplication.translate("History", "level"),
        "text": QCoreApplication.translate("History", "text"),
        "closed_at": QCoreApplication.translate("History", "finished"),
        "reason": QCoreApplication.translate("History", "reason"),
    }


def local_time(at: dt.datetime) -> dt.datetime:
    """Audit times are stored in UTC (without a zone by SQLite); shown in the PC's local time."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)).astimezone()


def when(at: dt.datetime, lang: str) -> str:
    t = local_time(at)
    return f"{text.date_short(t.date(), lang)} {text.time_text(t.time(), lang)}"


def _blocks_text(raw: str) -> str:
    try:
        blocks: Any = json.loads(raw)
    except ValueError:
        return raw
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                found.append(node["text"])
            for value in node.values():
                if isinstance(value, list | dict):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return " ".join(found)


def value_text(field: str, raw: str, lang: str, people: dict[int, Person]) -> str:
    """A recorded value as the minutes would write it."""
    if raw == "":
        return "—"
    try:
        if field in _DATES:
            return text.date_short(dt.date.fromisoformat(raw[:10]), lang)
        if field in _MOMENTS:
            return when(dt.datetime.fromisoformat(raw), lang)
        if field in _TIMES:
            return text.time_text(dt.time.fromisoformat(raw), lang)
        if field == "status":
            th, en = MEETING_STATUS_LABELS[MeetingStatus(raw)]
            return en if lang == "en" else th
        if field == "resolution_kind":
            th, en = RESOLUTION_KIND_LABELS[ResolutionKind(raw)]
            return en if lang == "en" else th
        if field.endswith("person_id"):
            person = people.get(int(raw))
            return full_name(person) if person else text.num(raw, lang)
    except (ValueError, KeyError):
        return raw
    if field == "body":
        return _blocks_text(raw)
    if raw in ("true", "false"):
        return (
            QCoreApplication.translate("History", "yes")
            if raw == "true"
            else QCoreApplication.translate("History", "no")
        )
    return text.num(raw, lang) if raw.replace("-", "").isdigit() else raw


def _summary(snapshot: str, lang: str) -> str:
    """The one line that names an added or removed row (its title, reason or text)."""
    try:
        data: Any = json.loads(snapshot)
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    for key in ("title", "reason", "text", "position_text", "absence_reason"):
        if data.get(key):
            return str(data[key])
    if data.get("number") and data.get("year_be"):
        return text.meeting_label(int(data["number"]), int(data["year_be"]), lang)
    return ""


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _LONGEST else value[: _LONGEST - 1] + "…"


class AuditModel(CachedTableModel):
    WHEN, AMENDMENT, WHAT, FIELD, OLD, NEW = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers(
            [self.tr("When"), self.tr("Amendment"), self.tr("What"), self.tr("Field"), self.tr("Before"),
             self.tr("After")]
        )  # fmt: skip

    def load(
        self, entries: list[AuditEntry], amendments: list[Amendment], lang: str, people: dict[int, Person]
    ) -> None:
        things, fields = _things(), _fields()
        numbers = {a.id: i for i, a in enumerate(amendments, 1)}
        verbs = {
            "insert": self.tr("Added {thing}"),
            "update": self.tr("Changed {thing}"),
            "delete": self.tr("Removed {thing}"),
        }
        rows = []
        for e in reversed(entries):  # newest first
            thing = things.get(e.entity, e.entity)
            what = verbs.get(e.action, "{thing}").format(thing=thing)
            if e.entity == "amendment":
                what = self._amendment_step(e)
            if e.action == "update":
                old = value_text(e.field, e.old_value, lang, people)
                new = value_text(e.field, e.new_value, lang, people)
            else:
                old = _summary(e.old_value, lang) if e.action == "delete" else ""
                new = _summary(e.new_value, lang) if e.action != "delete" else ""
            number = numbers.get(e.amendment_id)
            cells = [
                when(e.at, lang), text.num(number, lang) if number else "", what,
                "" if e.entity == "amendment" else fields.get(e.field, e.field), _short(old), _short(new),
            ]  # fmt: skip
            row = Row(e.id or 0, cells, payload=e)
            row.roles[(Qt.ItemDataRole.ToolTipRole, self.OLD)] = old if len(old) > _LONGEST else None
            row.roles[(Qt.ItemDataRole.ToolTipRole, self.NEW)] = new if len(new) > _LONGEST else None
            rows.append(row)
        self.set_rows(rows)

    def _amendment_step(self, e: AuditEntry) -> str:
        if e.action == "insert":
            return self.tr("Amendment opened")
        if e.action == "delete":
            return self.tr("Amendment withdrawn")
        if e.field == "closed_at":
            return self.tr("Amendment finished") if e.new_value else self.tr("Amendment reopened")
        return self.tr("Amendment changed")


class AmendmentsModel(CachedTableModel):
    NUMBER, DATE, REASON, STATE = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("No."), self.tr("Amended on"), self.tr("Reason"), self.tr("Finished")])

    def load(self, amendments: list[Amendment], lang: str) -> None:
        rows = []
        for i, a in enumerate(amendments, 1):
            state = when(a.closed_at, lang) if a.closed_at else self.tr("open")
            rows.append(
                Row(a.id or 0, [text.num(i, lang), text.date_short(a.amended_on, lang), a.reason, state])
            )
        self.set_rows(rows)


class RecordsModel(CachedTableModel):
    """The frozen records of certified minutes: the copy the minutes print from, one per certification
    and per finished amendment; the newest is the record."""

    TAKEN, REASON, AMENDMENT, FINGERPRINT = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Taken"), self.tr("Why"), self.tr("Amendment"), self.tr("Fingerprint")])

    def load(self, records: list[MinutesRecord], amendments: list[Amendment], lang: str) -> None:
        numbers = {a.id: i for i, a in enumerate(amendments, 1)}
        reasons = {
            "certified": self.tr("at certification"),
            "amended": self.tr("when an amendment was finished"),
            "upgrade": self.tr("when the file was upgraded, not at certification"),
        }
        rows = []
        for r in reversed(records):  # newest first: the one the minutes print from
            number = numbers.get(r.amendment_id)
            cells = [
                when(r.taken_at, lang), reasons.get(r.reason, r.reason), text.num(number, lang) if number else "",
                f"sha256:{r.sha256[:16]}…",
            ]  # fmt: skip
            row = Row(r.id or 0, cells, payload=r)
            row.roles[(Qt.ItemDataRole.ToolTipRole, self.FINGERPRINT)] = f"sha256:{r.sha256}"
            rows.append(row)
        self.set_rows(rows)


class HistoryDialog(QDialog):
    """Read-only; stays open beside the window (not modal) so the minutes can be compared with it."""

    def __init__(self, ctx: Context, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.ctx = ctx
        self.meeting_id = meeting.id or 0
        label = text.meeting_label(meeting.number, meeting.year_be, ctx.lang)
        self.setWindowTitle(self.tr("History of the minutes of meeting {label}").format(label=label))
        self.amendments = AmendmentsModel(self)
        self.amendments_view = make_table(self.amendments, stretch=AmendmentsModel.REASON)
        self.amendments_view.setObjectName("amendmentsView")
        self.changes = AuditModel(self)
        self.changes_view = make_table(self.changes)
        self.changes_view.setObjectName("changesView")
        self.records = RecordsModel(self)
        self.records_view = make_table(self.records, stretch=RecordsModel.REASON)
        self.records_view.setObjectName("recordsView")
        self.empty = QLabel(self.tr("No change has been recorded for these minutes yet."))
        top = self.amendments_box = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("Amendments (corrections of the certified minutes)")))
        tl.addWidget(self.amendments_view)
        records = self.records_box = QWidget()
        rl = QVBoxLayout(records)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Frozen copies of the certified minutes (they print from the newest)")))
        rl.addWidget(self.records_view)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(QLabel(self.tr("Recorded changes, newest first")))
        bl.addWidget(self.changes_view, 1)
        bl.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(records)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(1100, 640)
        ctx.changed.connect(self._changed)
        self.reload()

    def _changed(self, topic: str) -> None:
        if topic in ("meeting", "meetings", "attendance", "agenda") and self.isVisible():
            self.reload()

    def reload(self) -> None:
        meetings, lang = self.ctx.services.meetings, self.ctx.lang
        amendments = meetings.amendments(self.meeting_id)
        self.amendments.load(amendments, lang)
        records = meetings.records(self.meeting_id)
        self.records.load(records, amendments, lang)
        fit_columns(self.records_view, 300)
        self.records_box.setVisible(bool(records))
        # Every copy in sight (up to four rows) rather than the one row a splitter's share would leave.
        view = self.records_view
        rows = min(max(len(records), 1), 4)
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        view.setMinimumHeight(height + sum(view.rowHeight(r) for r in range(rows)))
        self.changes.load(meetings.history(self.meeting_id), amendments, lang, self.ctx.person_map())
        fit_columns(self.amendments_view, 200)
        fit_columns(self.changes_view, 300)
        self.amendments_box.setVisible(bool(amendments))
        self.empty.setVisible(self.changes.rowCount() == 0)
