"""Dialogs of the roster tab: a seat, a person, an appointment order, the duties."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ethicsdesk.domain.enums import SEAT_ROLE_LABELS, SeatRole, label
from ethicsdesk.domain.models import AppointmentOrder, Person, Seat
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import DateField
from ethicsdesk.gui.widgets.people import PersonCombo

TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "ผศ.", "รศ.", "ศ.")


class SeatDialog(FormDialog):
    """A seat: its role, and who holds it (a named person, or ex officio whoever holds a position)."""

    def __init__(
        self, people: list[Person], lang: str, seat: Seat | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit seat") if seat else self.tr("New seat"), parent)
        self.role = QComboBox()
        for role in SeatRole:
            self.role.addItem(label(SEAT_ROLE_LABELS, role, lang), role.value)
        self.person = PersonCombo(people)
        self.ex_officio = QCheckBox(self.tr("Held ex officio by whoever holds a position"))
        self.ex_position = QLineEdit()
        self.ex_affiliation = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Person"), self.person)
        self.form.addRow("", self.ex_officio)
        self.form.addRow(self.tr("Ex-officio position"), self.ex_position)
        self.form.addRow(self.tr("Its affiliation"), self.ex_affiliation)
        self.form.addRow(self.tr("Note"), self.note)
        self.ex_officio.toggled.connect(self._mode)
        if seat is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(seat.role.value)))
            self.person.set_person_id(seat.person_id)
            self.ex_officio.setChecked(bool(seat.ex_officio_position))
            self.ex_position.setText(seat.ex_officio_position)
            self.ex_affiliation.setText(seat.ex_officio_affiliation)
            self.note.setText(seat.note)
        else:
            self.role.setCurrentIndex(self.role.findData(SeatRole.MEMBER.value))
        self._mode(self.ex_officio.isChecked())

    def _mode(self, ex_officio: bool) -> None:
        self.ex_position.setEnabled(ex_officio)
        self.ex_affiliation.setEnabled(ex_officio)

    def values(self) -> dict[str, object]:
        ex = self.ex_officio.isChecked()
        return {
            "role": str(self.role.currentData()),
            "person_id": self.person.person_id(),
            "ex_officio_position": self.ex_position.text().strip() if ex else "",
            "ex_officio_affiliation": self.ex_affiliation.text().strip() if ex else "",
            "note": self.note.text().strip(),
        }


class PersonDialog(FormDialog):
    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if person else self.tr("New person"), parent)
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(TITLES)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.position = QLineEdit()
        self.affiliation = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("First name"), self.first_name)
        self.form.addRow(self.tr("Last name"), self.last_name)
        self.form.addRow(self.tr("Position"), self.position)
        self.form.addRow(self.tr("Affiliation"), self.affiliation)
        self.form.addRow(self.tr("Note"), self.note)
        if person is not None:
            self.title.setCurrentText(person.title)
            self.first_name.setText(person.first_name)
            self.last_name.setText(person.last_name)
            self.position.setText(person.position)
            self.affiliation.setText(person.affiliation)
            self.note.setText(person.note)

    def values(self) -> dict[str, str]:
        return {
            "title": self.title.currentText().strip(),
            "first_name": self.first_name.text().strip(),
            "last_name": self.last_name.text().strip(),
            "position": self.position.text().strip(),
            "affiliation": self.affiliation.text().strip(),
            "note": self.note.text().strip(),
        }


class OrderDialog(FormDialog):
    """An appointment order (คำสั่งแต่งตั้ง): number, date, issuer, subject."""

    def __init__(
        self, lang: str, order: AppointmentOrder | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Edit appointment order") if order else self.tr("New appointment order"), parent
        )
        self.number = QLineEdit()
        self.number.setPlaceholderText("412/2565")
        self.issued_on = DateField(lang)
        self.issuer = QLineEdit()
        self.title_edit = QLineEdit()
        self.form.addRow(self.tr("Order number"), self.number)
        self.form.addRow(self.tr("Dated"), self.issued_on)
        self.form.addRow(self.tr("Issued by"), self.issuer)
        self.form.addRow(self.tr("Subject"), self.title_edit)
        if order is not None:
            self.number.setText(order.number)
            self.issued_on.set_date(order.issued_on)
            self.issuer.setText(order.issuer)
            self.title_edit.setText(order.title)


class DutiesDialog(FormDialog):
    """The committee's duties, one per line, in order."""

    def __init__(self, duties: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Duties of the committee"), parent)
        self.edit = QPlainTextEdit()
        self.edit.setPlainText("\n".join(duties))
        self.edit.setMinimumHeight(260)
        self.form.addRow(self.tr("One duty per line"), self.edit)
        self.setMinimumWidth(720)

    def texts(self) -> list[str]:
        return [t.strip() for t in self.edit.toPlainText().splitlines() if t.strip()]
