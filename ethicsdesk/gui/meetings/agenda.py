"""The agenda tree (ระเบียบวาระ) and its edits: add items and sub-items, remove, move, indent, outdent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.gui.context import Context
from ethicsdesk.gui.meetings.agenda_model import AgendaModel
from ethicsdesk.gui.meetings.item_editor import ItemEditor
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.views import current_key, make_tree, select_key
from ethicsdesk.services.agenda import AgendaService


class AgendaPanel(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.model = AgendaModel(self)
        self.view = make_tree(self.model)
        self.view.setObjectName("agendaView")
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.editor = ItemEditor(ctx)
        self.error = InlineError()
        b = {
            "add": QPushButton(self.tr("Add item")),
            "sub": QPushButton(self.tr("Add sub-item")),
            "remove": QPushButton(self.tr("Remove")),
            "up": QPushButton(self.tr("Up")),
            "down": QPushButton(self.tr("Down")),
            "indent": QPushButton(self.tr("Indent")),
            "outdent": QPushButton(self.tr("Outdent")),
        }
        self.buttons = b
        b["up"].setToolTip(self.tr("Move up among its siblings (Alt+Up)"))
        b["down"].setToolTip(self.tr("Move down among its siblings (Alt+Down)"))
        b["indent"].setToolTip(self.tr("Make it a sub-item of the item above"))
        b["outdent"].setToolTip(self.tr("Make it an item of the level above"))
        b["up"].setShortcut("Alt+Up")
        b["down"].setShortcut("Alt+Down")
        rows = QVBoxLayout()
        for group in (("add", "sub", "remove"), ("up", "down", "indent", "outdent")):
            row = QHBoxLayout()
            for name in group:
                row.addWidget(b[name])
            row.addStretch(1)
            rows.addLayout(row)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addLayout(rows)
        ll.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("agendaSplit")
        editor_area = QScrollArea()  # the editor scrolls rather than making the window tall
        editor_area.setWidgetResizable(True)
        editor_area.setFrameShape(QFrame.Shape.NoFrame)
        editor_area.setWidget(self.editor)
        split.addWidget(left)
        split.addWidget(editor_area)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        b["add"].clicked.connect(lambda: self.add_item(sub=False))
        b["sub"].clicked.connect(lambda: self.add_item(sub=True))
        b["remove"].clicked.connect(self.remove_item)
        b["up"].clicked.connect(lambda: self.move(-1))
        b["down"].clicked.connect(lambda: self.move(+1))
        b["indent"].clicked.connect(self.indent)
        b["outdent"].clicked.connect(self.outdent)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)
        self.editor.set_read_only(read_only)

    @property
    def agenda(self) -> AgendaService:
        return self.ctx.services.agenda

    def load(self, meeting_id: int | None) -> None:
        changed = meeting_id != self.meeting_id
        self.meeting_id = meeting_id
        key = current_key(self.view)
        self.model.load(self.agenda.items(meeting_id) if meeting_id else [], self.ctx.lang)
        self.view.expandAll()
        if changed or not select_key(self.view, key):
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._selected()

    def _selected(self) -> None:
        self.editor.show_item(current_key(self.view))

    def _run(self, text: str, do: Any, undo: Any, select: int | None = None) -> None:
        self.editor.flush()
        refusal = self.ctx.execute(text, do, undo, ("agenda",))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        if refusal is None and select is not None:
            select_key(self.view, select)

    # -- edits ------------------------------------------------------------------------------
    def add_item(self, sub: bool) -> None:
        mid = self.meeting_id
        if mid is None:
            return
        selected = current_key(self.view)
        nodes = {n.id: n for n in self.agenda.items(mid)}
        parent_id: int | None
        after_id: int | None
        if sub:
            if selected is None:
                return
            parent_id, after_id = selected, None
        else:
            parent_id = nodes[selected].parent_id if selected in nodes else None
            after_id = selected
        ids, agenda = self.ctx.ids, self.agenda
        title = self.tr("New sub-item") if sub else self.tr("New item")
        state: dict[str, int] = {}

        def do() -> None:
            item = agenda.add_item(
                ids.resolve("meeting", mid),
                title,
                parent_id=ids.resolve("item", parent_id) if parent_id else None,
                after_id=ids.resolve("item", after_id) if after_id else None,
            )
            ids.follow("item", state, item.id or 0)

        self._run(
            self.tr("Add a sub-item") if sub else self.tr("Add an item"),
            do,
            lambda: agenda.remove_item(ids.resolve("item", state["id"])),
        )
        if "id" in state:
            select_key(self.view, state["id"])
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def remove_item(self) -> None:
        item_id, mid = current_key(self.view), self.meeting_id
        if item_id is None or mid is None:
            return
        agenda, ids = self.agenda, self.ctx.ids
        nodes = self.agenda.items(mid)
        node = next(n for n in nodes if n.id == item_id)
        siblings = [n for n in nodes if n.parent_id == node.parent_id]
        index = [n.id for n in siblings].index(item_id)
        before = siblings[index - 1].id if index > 0 else None
        snapshot = self._snapshot(item_id, nodes)
        state = {"id": item_id}

        def restore() -> None:
            parent = ids.resolve("item", node.parent_id) if node.parent_id else None
            after = ids.resolve("item", before) if before else None
            new_id = self._recreate(mid, snapshot, parent, after)
            if after is None:  # it was first among its siblings; a new item goes last
                for _ in range(len(siblings) - 1):
                    agenda.move(new_id, -1)
            state["id"] = new_id

        self._run(
            self.tr("Remove an item"), lambda: agenda.remove_item(ids.resolve("item", state["id"])), restore
        )

    def _snapshot(self, item_id: int, nodes: list[Any]) -> dict[str, Any]:
        item = self.agenda.item(item_id)
        return {
            "id": item_id,
            "title": item.title,
            "body": item.body,
            "resolution": (item.resolution_kind, item.resolution_text, item.resolution_heading),
            "dissent": [(d.person_id, d.text) for d in self.agenda.dissent(item_id)],
            "children": [self._snapshot(n.id, nodes) for n in nodes if n.parent_id == item_id],
        }

    def _recreate(self, mid: int, snap: dict[str, Any], parent: int | None, after: int | None) -> int:
        agenda, ids = self.agenda, self.ctx.ids
        item = agenda.add_item(ids.resolve("meeting", mid), snap["title"], parent_id=parent, after_id=after)
        new_id = item.id or 0
        ids.remap("item", ids.resolve("item", snap["id"]), new_id)
        if snap["body"]:
            agenda.update_item(new_id, body=snap["body"])
        kind, text, heading = snap["resolution"]
        if kind is not None:
            agenda.set_resolution(new_id, kind, text, heading)
            for person_id, opinion in snap["dissent"]:
                agenda.add_dissent(new_id, opinion, person_id)
        for child in snap["children"]:
            self._recreate(mid, child, new_id, None)
        return new_id

    def move(self, delta: int) -> None:
        item_id = current_key(self.view)
        if item_id is None:
            return
        agenda, ids = self.agenda, self.ctx.ids
        self._run(
            self.tr("Move an item"),
            lambda: agenda.move(ids.resolve("item", item_id), delta),
            lambda: agenda.move(ids.resolve("item", item_id), -delta),
            select=item_id,
        )

    def indent(self) -> None:
        item_id = current_key(self.view)
        if item_id is None:
            return
        agenda, ids = self.agenda, self.ctx.ids
        self._run(
            self.tr("Indent an item"),
            lambda: agenda.indent(ids.resolve("item", item_id)),
            lambda: agenda.outdent(ids.resolve("item", item_id)),
            select=item_id,
        )

    def outdent(self) -> None:
        item_id, mid = current_key(self.view), self.meeting_id
        if item_id is None or mid is None:
            return
        agenda, ids = self.agenda, self.ctx.ids
        nodes = agenda.items(mid)
        node = next(n for n in nodes if n.id == item_id)
        siblings = [n.id for n in nodes if n.parent_id == node.parent_id]
        moves_back = len(siblings) - 1 - siblings.index(item_id)

        def undo() -> None:
            agenda.indent(ids.resolve("item", item_id))  # last sub-item of its former parent again
            for _ in range(moves_back):
                agenda.move(ids.resolve("item", item_id), -1)

        self._run(
            self.tr("Outdent an item"),
            lambda: agenda.outdent(ids.resolve("item", item_id)),
            undo,
            select=item_id,
        )
