"""The editor beside the agenda tree: an item's title and text, its resolution (มติ) and any dissent."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.enums import RESOLUTION_KIND_LABELS, ResolutionKind, label
from ethicsdesk.domain.models import AgendaItem
from ethicsdesk.errors import UserError
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.meetings.body_editor import BodyEditor
from ethicsdesk.gui.meetings.models import DissentModel
from ethicsdesk.gui.meetings.rich_text import normalized
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.people import PersonCombo
from ethicsdesk.gui.widgets.views import current_key, make_table

Resolution = tuple[ResolutionKind | None, str, str]


class ItemEditor(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item: AgendaItem | None = None
        self.title = QLineEdit()
        self.title.setObjectName("itemTitle")
        self.body = BodyEditor()
        self.kind = QComboBox()
        self.kind.setObjectName("resolutionKind")
        self.kind.addItem(self.tr("(no resolution)"), None)
        for kind in ResolutionKind:
            self.kind.addItem(label(RESOLUTION_KIND_LABELS, kind, ctx.lang), kind.value)
        self.heading = QLineEdit()
        self.heading.setPlaceholderText("มติที่ประชุม")
        self.resolution_text = QPlainTextEdit()
        self.resolution_text.setObjectName("resolutionText")
        self.resolution_text.setPlaceholderText(
            self.tr("The resolution as written (empty: the kind's own word)")
        )
        self.resolution_text.setMaximumHeight(90)
        self.dissent = DissentModel(self)
        self.dissent_view = make_table(self.dissent, stretch=1)
        self.dissent_view.setMaximumHeight(120)
        self.add_dissent_button = QPushButton(self.tr("Add dissenting opinion…"))
        self.remove_dissent_button = QPushButton(self.tr("Remove"))
        self.save_resolution_button = QPushButton(self.tr("Save the resolution text"))
        self.error = InlineError()
        self.error.setObjectName("itemError")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        resolution = QGroupBox(self.tr("Resolution"))
        rf = QFormLayout(resolution)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.heading, 1)
        rf.addRow(self.tr("Kind / heading"), kind_row)
        rf.addRow(self.tr("Text"), self.resolution_text)
        rf.addRow("", self.save_resolution_button)
        rf.addRow(self.tr("Dissent"), self.dissent_view)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_dissent_button)
        buttons.addWidget(self.remove_dissent_button)
        buttons.addStretch(1)
        rf.addRow("", buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.body.setMinimumHeight(220)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.error)
        layout.addWidget(resolution, 2)
        self.title.editingFinished.connect(self._title_edited)
        self.body.edited.connect(self._body_edited)
        self.kind.activated.connect(lambda _i: self._resolution_edited())
        self.heading.editingFinished.connect(self._resolution_edited)
        self.save_resolution_button.clicked.connect(self._resolution_edited)
        self.add_dissent_button.clicked.connect(self.open_dissent_dialog)
        self.remove_dissent_button.clicked.connect(self.remove_dissent)
        self.dialog: FormDialog | None = None
        self.setEnabled(False)

    def set_read_only(self, read_only: bool) -> None:
        """Certified minutes: the item can be read and selected from, not changed."""
        for field in (self.title, self.heading, self.resolution_text):
            field.setReadOnly(read_only)
        self.body.set_read_only(read_only)
        for w in (
            self.kind,
            self.save_resolution_button,
            self.add_dissent_button,
            self.remove_dissent_button,
        ):
            w.setEnabled(not read_only)
        self.dissent.read_only = read_only

    # -- loading ----------------------------------------------------------------------------
    def show_item(self, item_id: int | None) -> None:
        if self.item is not None and item_id != self.item.id:
            self.flush()
        item = self.ctx.services.agenda.item(item_id) if item_id else None
        same = item is not None and self.item is not None and item.id == self.item.id
        body_changed = not same or (
            not self.body.dirty and normalized(item.body if item else []) != normalized(self.body.blocks())
        )
        self.item = item
        self.setEnabled(item is not None)
        if item is None:
            self.title.clear()
            self.body.set_blocks([])
            self.dissent.load([], {})
            return
        if not (same and self.title.hasFocus()):
            self.title.setText(item.title)
            self.title.setCursorPosition(0)
        if body_changed:
            self.body.set_blocks(item.body)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(item.resolution_kind.value if item.resolution_kind else None))
        )
        self.heading.setText(item.resolution_heading)
        if not (same and self.resolution_text.hasFocus()):
            self.resolution_text.setPlainText(item.resolution_text)
        people = self.ctx.person_map()
        self.dissent.load(self.ctx.services.agenda.dissent(item.id or 0), people)
        if not same:
            self.error.clear()

    def flush(self) -> None:
        self.body.flush()
        if self.item is not None and self.resolution_text.toPlainText().strip() != self.item.resolution_text:
            self._resolution_edited()

    # -- edits ------------------------------------------------------------------------------
    def _execute(self, text: str, do: Any, undo: Any) -> UserError | None:
        refusal = self.ctx.execute(text, do, undo, ("agenda",))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        return refusal

    def _title_edited(self) -> None:
        item = self.item
        new = self.title.text().strip()
        if item is None or new == item.title:
            return
        agenda, ids, iid, old = self.ctx.services.agenda, self.ctx.ids, item.id or 0, item.title
        self._execute(
            self.tr("Rename an agenda item"),
            lambda: agenda.update_item(ids.resolve("item", iid), title=new),
            lambda: agenda.update_item(ids.resolve("item", iid), title=old),
        )

    def _body_edited(self, blocks: list[dict[str, Any]]) -> None:
        item = self.item
        if item is None or normalized(blocks) == normalized(item.body):
            return
        agenda, ids, iid, old = self.ctx.services.agenda, self.ctx.ids, item.id or 0, item.body
        self._execute(
            self.tr("Edit the text of an agenda item"),
            lambda: agenda.update_item(ids.resolve("item", iid), body=blocks),
            lambda: agenda.update_item(ids.resolve("item", iid), body=old),
        )

    def _resolution_edited(self) -> None:
        item = self.item
        if item is None:
            return
        value = self.kind.currentData()
        kind = ResolutionKind(value) if value else None
        new: Resolution = (kind, self.resolution_text.toPlainText().strip(), self.heading.text().strip())
        if kind is None:
            new = (None, "", "")
        old: Resolution = (item.resolution_kind, item.resolution_text, item.resolution_heading)
        if new == old:
            return
        agenda, ids, iid = self.ctx.services.agenda, self.ctx.ids, item.id or 0
        dissent = [(d.person_id, d.text) for d in agenda.dissent(iid)] if kind is None else []

        def undo() -> None:
            target = ids.resolve("item", iid)
            agenda.set_resolution(target, old[0], old[1], old[2])
            for person_id, opinion in dissent:
                agenda.add_dissent(target, opinion, person_id)

        self._execute(
            self.tr("Record the resolution"),
            lambda: agenda.set_resolution(ids.resolve("item", iid), new[0], new[1], new[2]),
            undo,
        )

    def open_dissent_dialog(self) -> None:
        item = self.item
        if item is None:
            return
        agenda, ids, iid = self.ctx.services.agenda, self.ctx.ids, item.id or 0
        dialog = FormDialog(self.tr("Dissenting opinion"), self)
        person = PersonCombo(self.ctx.people())
        opinion = QPlainTextEdit()
        dialog.form.addRow(self.tr("By"), person)
        dialog.form.addRow(self.tr("Opinion and its reasons"), opinion)
        dialog.opinion = opinion  # type: ignore[attr-defined]  # reached by tests

        def apply() -> UserError | None:
            state: dict[str, int] = {}
            pid, text = person.person_id(), opinion.toPlainText()

            def add() -> None:
                d = agenda.add_dissent(ids.resolve("item", iid), text, pid)
                ids.follow("dissent", state, d.id or 0)

            return self._execute(
                self.tr("Record a dissenting opinion"),
                add,
                lambda: agenda.remove_dissent(ids.resolve("dissent", state["id"])),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def remove_dissent(self) -> None:
        item, did = self.item, current_key(self.dissent_view)
        if item is None or did is None:
            return
        agenda, ids, iid = self.ctx.services.agenda, self.ctx.ids, item.id or 0
        old = next(d for d in agenda.dissent(iid) if d.id == did)
        state = {"id": did}

        def restore() -> None:
            d = agenda.add_dissent(ids.resolve("item", iid), old.text, old.person_id)
            ids.follow("dissent", state, d.id or 0)

        self._execute(
            self.tr("Remove a dissenting opinion"),
            lambda: agenda.remove_dissent(ids.resolve("dissent", state["id"])),
            restore,
        )
