"""Input fields that read Thai as people type it, and show what is wrong right under the field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.errors import UserError
from ethicsdesk.gui import text
from ethicsdesk.thai import parse_date, parse_time, to_arabic_digits, to_thai_digits

_THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class InlineError(QLabel):
    """A refusal shown in red next to the field it concerns; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setObjectName("inlineError")
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear(self) -> None:
        self.show_message("")


class ThaiSpinBox(QSpinBox):
    """A spin box that shows Thai digits and reads either digit set."""

    def __init__(self, thai: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.thai = thai

    def textFromValue(self, value: int) -> str:
        return to_thai_digits(str(value)) if self.thai else str(value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in to_arabic_digits(text) if ch.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> object:
        from PySide6.QtGui import QValidator

        plain = to_arabic_digits(text)
        if plain == "" or plain.isdigit():
            return QValidator.State.Intermediate if plain == "" else QValidator.State.Acceptable
        return QValidator.State.Invalid


class BuddhistCalendar(QFrame):
    """A month calendar whose navigation shows the Buddhist-era year (พ.ศ.) and Thai digits."""

    picked = Signal(object)  # dt.date

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.lang = lang
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = _ThaiDigitsCalendar(lang != "en")
        self.calendar.setNavigationBarVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setLocale(
            QLocale(QLocale.Language.Thai, QLocale.Country.Thailand) if lang != "en" else QLocale.c()
        )
        self.month = QComboBox()
        self.month.addItems(_THAI_MONTHS if lang != "en" else _EN_MONTHS)
        self.year = ThaiSpinBox(lang != "en")
        self.year.setRange(2400, 2700)
        self.year.setPrefix("พ.ศ. " if lang != "en" else "BE ")
        prev, nxt = QToolButton(), QToolButton()
        prev.setArrowType(Qt.ArrowType.LeftArrow)
        nxt.setArrowType(Qt.ArrowType.RightArrow)
        prev.clicked.connect(self.calendar.showPreviousMonth)
        nxt.clicked.connect(self.calendar.showNextMonth)
        bar = QHBoxLayout()
        for w in (prev, self.month, self.year, nxt):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.calendar)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.month.activated.connect(lambda i: self.calendar.setCurrentPage(self.calendar.yearShown(), i + 1))
        self.year.valueChanged.connect(
            lambda y: self.calendar.setCurrentPage(y - 543, self.calendar.monthShown())
        )
        self.calendar.clicked.connect(self._clicked)
        self.calendar.activated.connect(self._clicked)
        self._page_changed(self.calendar.yearShown(), self.calendar.monthShown())

    def set_date(self, d: dt.date | None) -> None:
        d = d or dt.date.today()
        self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        self.calendar.setCurrentPage(d.year, d.month)

    def _page_changed(self, year: int, month: int) -> None:
        self.month.setCurrentIndex(month - 1)
        self.year.blockSignals(True)
        self.year.setValue(year + 543)
        self.year.blockSignals(False)

    def _clicked(self, qdate: QDate) -> None:
        self.picked.emit(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.hide()


class _ThaiDigitsCalendar(QCalendarWidget):
    def __init__(self, thai: bool) -> None:
        super().__init__()
        self.thai = thai

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        if not self.thai:
            super().paintCell(painter, rect, date)
            return
        qdate = date
        selected = qdate == self.selectedDate()
        in_month = qdate.month() == self.monthShown()
        painter.save()
        if selected:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), self.palette().highlight())
            painter.setPen(self.palette().highlightedText().color())
        else:
            color = self.palette().text().color()
            if not in_month:
                color.setAlpha(90)
            elif qdate.dayOfWeek() in (6, 7):  # the weekend, as the header colours it
                color = Qt.GlobalColor.darkRed
            painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, to_thai_digits(str(qdate.day())))
        painter.restore()


class DateField(QWidget):
    """A date typed in Thai (๒๖ ต.ค. ๖๕, 26/10/2565…) or picked from a Buddhist-era calendar."""

    date_edited = Signal(object)  # dt.date, when the user typed or picked a valid date

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._date: dt.date | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("๒๖ ต.ค. ๒๕๖๕" if lang != "en" else "26/10/2565")
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Calendar"))
        self.error = InlineError()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.popup: BuddhistCalendar | None = None
        self.edit.editingFinished.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)

    def date(self) -> dt.date | None:
        return self._date

    def set_date(self, d: dt.date | None) -> None:
        self._date = d
        self.edit.setText(text.date_long(d, self.lang, weekday=True) if d else "")
        self.error.clear()

    def commit(self) -> None:
        """Read what is typed in the field now (as leaving it would)."""
        self._typed()

    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = BuddhistCalendar(self.lang, self)
            self.popup.picked.connect(self._picked)
        self.popup.set_date(self._date)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()

    def _picked(self, d: dt.date) -> None:
        changed = d != self._date
        self.set_date(d)
        if changed:
            self.date_edited.emit(d)

    def _typed(self) -> None:
        raw = self.edit.text().strip()
        if raw == text.date_long(self._date, self.lang, weekday=True):
            return
        if not raw:
            self.set_date(self._date)
            return
        try:
            d = parse_date(raw)
        except UserError as exc:
            self.error.show_message(text.message_digits(exc.message(self.lang), self.lang))
            return
        self._picked(d)


class TimeField(QWidget):
    """A time of day: "๐๙.๓๐ น.", "9:30"; empty means not recorded."""

    time_edited = Signal(object)  # dt.time | None

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._time: dt.time | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("๐๙.๓๐ น." if lang != "en" else "09.30")
        self.error = InlineError()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.editingFinished.connect(self._typed)

    def time(self) -> dt.time | None:
        return self._time

    def set_time(self, t: dt.time | None) -> None:
        self._time = t
        self.edit.setText(text.time_text(t, self.lang))
        self.error.clear()

    def _typed(self) -> None:
        raw = self.edit.text().strip()
        if raw == text.time_text(self._time, self.lang):
            return
        value: dt.time | None = None
        if raw:
            try:
                value = parse_time(raw)
            except UserError as exc:
                self.error.show_message(text.message_digits(exc.message(self.lang), self.lang))
                return
        self.set_time(value)
        self.time_edited.emit(value)


class PlainTextField(QPlainTextEdit):
    """Several lines of plain text, saved when the cursor leaves the field (``committed``)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self.setTabChangesFocus(True)

    def set_value(self, value: str) -> None:
        self._value = value
        if self.toPlainText() != value:
            self.setPlainText(value)

    def flush(self) -> None:
        value = self.toPlainText().strip()
        if value != self._value.strip():
            self._value = value
            self.committed.emit(value)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.flush()
