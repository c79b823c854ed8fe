"""File → Restore from backup…: the backups of the open workspace, newest first, and putting one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from ethicsdesk.gui import text
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.views import fit_columns, make_table
from ethicsdesk.storage.backup import BackupInfo, backup_folder, list_backups


def file_size(size: int, lang: str) -> str:
    """1.2 MB, 350 kB: the size of a file as people read it (Thai digits in Thai)."""
    if size >= 1_000_000:
        return text.num(f"{size / 1_000_000:.1f} MB", lang)
    return text.num(f"{max(1, round(size / 1000))} kB", lang)


class BackupsModel(CachedTableModel):
    WHEN, SIZE = range(2)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Backup taken"), self.tr("Size")])

    def load(self, backups: list[BackupInfo], lang: str) -> None:
        rows = []
        for i, b in enumerate(backups):
            try:
                size = file_size(b.size, lang)
            except OSError:  # removed meanwhile (rotation by another program)
                continue
            row = Row(i, [text.num(b.label(lang), lang), size], payload=b)
            row.roles[(Qt.ItemDataRole.ToolTipRole, self.WHEN)] = str(b.path)
            row.roles[(Qt.ItemDataRole.TextAlignmentRole, self.SIZE)] = int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            rows.append(row)
        self.set_rows(rows)


class RestoreDialog(FormDialog):
    """Pick a backup; OK restores it (the apply function given to ``show_with`` does the work)."""

    def __init__(self, path: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Restore from backup"), parent)
        self.setObjectName("restoreDialog")
        self.path = path
        self.lang = lang
        intro = QLabel(
            self.tr(
                "Choose the copy of «{name}» to go back to. The file as it is now is backed up first, "
                "so a restore can itself be undone by restoring that copy."
            ).format(name=path.name)
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.view = make_table(self.model, stretch=BackupsModel.WHEN)
        self.view.setObjectName("backupsView")
        self.view.setMinimumHeight(260)
        self.empty = QLabel(self.tr("There are no backups of this file yet. File → Back up now makes one."))
        self.empty.setWordWrap(True)
        folder = QLabel(self.tr("Backups are kept in {folder}").format(folder=backup_folder(path)))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setStyleSheet("color: #5f6368;")
        self.form.addRow(intro)
        self.form.addRow(self.view)
        self.form.addRow(self.empty)
        self.form.addRow(folder)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Restore"))
        self.setMinimumWidth(640)
        self.reload()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.view.doubleClicked.connect(lambda _i: self._try_accept())

    def reload(self) -> None:
        self.model.load(list_backups(self.path), self.lang)
        fit_columns(self.view, 420)
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.view.setVisible(has)
        if has:
            self.view.selectRow(0)
        self._selected()

    def chosen(self) -> BackupInfo | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return row.payload if row is not None else None

    def _selected(self) -> None:
        self.ok.setEnabled(self.chosen() is not None)
