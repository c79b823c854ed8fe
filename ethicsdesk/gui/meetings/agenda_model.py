"""The agenda of a meeting as a tree model: ๑ … ๖ with their sub-items (๔.๑, ๕.๑, ๕.๒)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from ethicsdesk.domain.enums import RESOLUTION_KIND_LABELS, label
from ethicsdesk.gui import text
from ethicsdesk.gui.models import KEY_ROLE, Index
from ethicsdesk.services.agenda import AgendaNode


@dataclass
class _Node:
    id: int
    parent: _Node | None
    cells: tuple[str, str]
    tooltip: str
    bold: bool
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        siblings = self.parent.children if self.parent else []
        return siblings.index(self)


class AgendaModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = _Node(0, None, ("", ""), "", False)
        self.by_id: dict[int, _Node] = {}
        self._shape: list[tuple[int, int | None]] = []
        self.headers = [self.tr("Agenda item"), self.tr("Resolution")]

    def load(self, nodes: list[AgendaNode], lang: str) -> None:
        shape = [(n.id, n.parent_id) for n in nodes]
        cells = {n.id: self._cells(n, lang) for n in nodes}
        if shape == self._shape:
            for n in nodes:  # same tree: update the words only, keeping the view's expansion and selection
                node = self.by_id[n.id]
                if node.cells != cells[n.id][0]:
                    node.cells, node.tooltip, node.bold = cells[n.id]
                    index = self.createIndex(node.row(), 0, node)
                    self.dataChanged.emit(index, index.siblingAtColumn(1))
            return
        self.beginResetModel()
        self.root = _Node(0, None, ("", ""), "", False)
        self.by_id = {}
        for n in nodes:
            parent = self.by_id.get(n.parent_id, self.root) if n.parent_id else self.root
            node = _Node(n.id, parent, *cells[n.id])
            parent.children.append(node)
            self.by_id[n.id] = node
        self._shape = shape
        self.endResetModel()

    @staticmethod
    def _cells(n: AgendaNode, lang: str) -> tuple[tuple[str, str], str, bool]:
        number = text.num(n.number, lang)
        kind = label(RESOLUTION_KIND_LABELS, n.resolution_kind, lang) if n.resolution_kind else ""
        return (f"{number}  {n.title}", kind), n.title, n.depth == 0

    # -- Qt interface -----------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return node.tooltip
        if role == KEY_ROLE:
            return node.id
        if role == Qt.ItemDataRole.FontRole and node.bold and index.column() == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 2
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
