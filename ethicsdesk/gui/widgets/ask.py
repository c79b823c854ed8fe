"""A question with named answers that does not block: each answer runs its own function when clicked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

#: (button text, role, what clicking it does — None just closes the box)
Answer = tuple[str, QMessageBox.ButtonRole, Callable[[], object] | None]


def ask(
    parent: QWidget | None,
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str,
    answers: Sequence[Answer],
    default: int = 0,
) -> QMessageBox:
    """Open a message box named ``name`` (tests find it by that name) and return it at once."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    buttons: list[QPushButton] = []
    for label, role, action in answers:
        button = box.addButton(label, role)
        if action is not None:
            button.clicked.connect(action)
        buttons.append(button)
        if role in (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole):
            box.setEscapeButton(button)
    if buttons:
        box.setDefaultButton(buttons[min(max(default, 0), len(buttons) - 1)])
    box.open()
    return box


def button(box: QMessageBox, text: str) -> QPushButton:
    """The answer of ``box`` whose text is ``text`` (for tests and callers that press one)."""
    for b in box.buttons():
        if isinstance(b, QPushButton) and b.text() == text:
            return b
    raise LookupError(text)
