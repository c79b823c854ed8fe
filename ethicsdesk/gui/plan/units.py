"""The organisation's units (หน่วยงานในสังกัด) that report progress: add, rename, remove (each undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.models import OrgUnit
from ethicsdesk.errors import UserError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.views import current_key, fit_columns, make_table


class UnitsModel(CachedTableModel):
    NUMBER, NAME, SHORT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("No."), self.tr("Unit"), self.tr("Short name")])
        self.editable = {self.NAME, self.SHORT}

    def load(self, units: list[OrgUnit], lang: str) -> None:
        self.set_rows(
            [Row(u.id or 0, [text.num(u.position, lang), u.name, u.short_name], payload=u) for u in units]
        )


class UnitsDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsDialog")
        self.setWindowTitle(self.tr("Units that report progress"))
        self.ctx = ctx
        intro = QLabel(
            self.tr(
                "An activity whose responsible unit is «every unit» (ทุกหน่วยงาน) is reported by each of these; "
                "one that names units (by name or short name) is reported by those."
            )
        )
        intro.setWordWrap(True)
        self.model = UnitsModel(self)
        self.model.edit_handler = self._edited
        self.view = make_table(self.model, stretch=UnitsModel.NAME)
        self.view.setMinimumHeight(260)
        self.error = InlineError()
        add, remove = QPushButton(self.tr("Add unit…")), QPushButton(self.tr("Remove unit"))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.setMinimumWidth(620)
        add.clicked.connect(self.open_add)
        remove.clicked.connect(self.remove)
        ctx.changed.connect(self._changed)
        self.dialog: FormDialog | None = None
        self.reload()

    def _changed(self, topic: str) -> None:
        if topic == "progress":
            self.reload()

    def reload(self) -> None:
        self.model.load(self.ctx.services.progress.units(), self.ctx.lang)
        fit_columns(self.view, 360)

    def _run(self, words: str, do: object, undo: object) -> UserError | None:
        refusal = self.ctx.execute(words, do, undo, ("progress",))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        return refusal

    def _edited(self, row: Row, column: int, value: Any, role: int) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        unit: OrgUnit = row.payload
        progress, ids, uid = self.ctx.services.progress, self.ctx.ids, row.key
        field = "name" if column == UnitsModel.NAME else "short_name"
        old, new = getattr(unit, field), str(value or "").strip()
        if old == new:
            return False
        return (
            self._run(
                self.tr("Rename a unit"),
                lambda: progress.update_unit(ids.resolve("unit", uid), **{field: new}),
                lambda: progress.update_unit(ids.resolve("unit", uid), **{field: old}),
            )
            is None
        )

    def open_add(self) -> None:
        dialog = FormDialog(self.tr("Add unit"), self)
        name, short = QLineEdit(), QLineEdit()
        short.setPlaceholderText("สล.กสอ.")
        dialog.form.addRow(self.tr("Unit"), name)
        dialog.form.addRow(self.tr("Short name"), short)
        dialog.name, dialog.short = name, short  # type: ignore[attr-defined]
        progress, ids = self.ctx.services.progress, self.ctx.ids
        state: dict[str, int] = {}

        def add() -> None:
            unit = progress.add_unit(name.text(), short.text())
            ids.follow("unit", state, unit.id or 0)

        def apply() -> UserError | None:
            return self._run(
                self.tr("Add a unit"), add, lambda: progress.remove_unit(ids.resolve("unit", state["id"]))
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def remove(self) -> None:
        uid = current_key(self.view)
        row = self.model.row_at(self.view.currentIndex().row())
        if uid is None or row is None:
            return
        unit: OrgUnit = row.payload
        progress, ids = self.ctx.services.progress, self.ctx.ids
        state = {"id": uid}

        def restore() -> None:
            again = progress.add_unit(unit.name, unit.short_name)
            ids.follow("unit", state, again.id or 0)

        self._run(
            self.tr("Remove a unit"), lambda: progress.remove_unit(ids.resolve("unit", state["id"])), restore
        )
