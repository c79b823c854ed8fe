"""Choosing a person from the directory by typing part of the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ethicsdesk.domain.models import Person
from ethicsdesk.services.roster import full_name


class PersonCombo(QComboBox):
    """An editable list of people; typing any part of a name filters it."""

    def __init__(
        self, people: list[Person], *, allow_none: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # One addItems call and a list of ids beside it: thousands of people load in milliseconds.
        self._ids: list[int | None] = ([None] if allow_none else []) + [p.id for p in people]
        labels = [f"{full_name(p)} — {p.position}" if p.position else full_name(p) for p in people]
        self.addItems(([self.tr("(nobody)")] if allow_none else []) + labels)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def person_id(self) -> int | None:
        i = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if i < 0:
            i = self.currentIndex()
        return self._ids[i] if 0 <= i < len(self._ids) else None

    def set_person_id(self, person_id: int | None) -> None:
        i = self._ids.index(person_id) if person_id in self._ids else 0
        self.setCurrentIndex(i)
