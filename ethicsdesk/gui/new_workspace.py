"""File > New: a new, empty workspace file with its first committee."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from ethicsdesk.gui import file_dialogs
from ethicsdesk.gui.widgets.dialogs import FormDialog


class NewWorkspaceDialog(FormDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New workspace"), parent)
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.committee = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText("กรมส่งเสริมอุตสาหกรรม")
        self.form.addRow(self.tr("File"), row)
        self.form.addRow(self.tr("Committee"), self.committee)
        self.form.addRow(self.tr("Organisation"), self.organisation)
        browse.clicked.connect(self._browse)

    def _browse(self) -> None:
        path = file_dialogs.save_file(self, self.tr("New workspace"), "", self.tr("Workspaces (*.sqlite)"))
        if path:
            self.file.setText(path if path.endswith(".sqlite") else path + ".sqlite")

    def path(self) -> Path:
        return Path(self.file.text().strip())
