"""A form dialog that keeps itself open, with the refusal shown in it, until the edit is accepted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ethicsdesk.errors import UserError
from ethicsdesk.gui.text import message_digits
from ethicsdesk.gui.widgets.fields import InlineError

#: Applies the dialog's values; returns the refusal, or None when the edit was made.
Apply = Callable[[], UserError | None]


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = InlineError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        ok.setText(self.tr("OK"))
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.apply: Apply | None = None
        self.setMinimumWidth(520)

    def _try_accept(self) -> None:
        if not self.isVisible():  # already accepted (Enter and a click in quick succession)
            return
        if self.apply is not None:
            refusal = self.apply()
            if refusal is not None:
                lang = getattr(self, "lang", "th")
                self.error.show_message(message_digits(refusal.message(lang), lang))
                return
        self.accept()

    def show_with(self, apply: Apply, lang: str) -> None:
        """Open without blocking (tests and the event loop keep running); ``apply`` runs on OK."""
        self.apply = apply
        self.lang = lang
        self.open()
