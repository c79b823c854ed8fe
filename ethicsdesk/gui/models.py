"""Table models over service data, with the display data of each row computed once when loaded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


@dataclass(eq=True)
class Row:
    """One row: a stable key (the record's id), its cells as shown, and extra roles per column."""

    key: int
    cells: list[str]
    roles: dict[tuple[int, int], Any] = field(default_factory=dict)  # (role, column) -> value
    payload: Any = field(default=None, compare=False)
    kind: str = "item"  # e.g. "header" for a group row in a grouped table


#: (row, column, value, role) -> accepted?
EditHandler = Callable[[Row, int, Any, int], bool]


class CachedTableModel(QAbstractTableModel):
    """A read-only table unless ``editable`` / ``checkable`` columns and an ``edit_handler`` are given.

    ``set_rows`` keeps the views' selection when only cell contents changed (same keys in the same
    order) and resets the model otherwise.
    """

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[Row] = []
        self.editable: set[int] = set()
        self.checkable: set[int] = set()
        self.edit_handler: EditHandler | None = None
        #: Nothing editable or checkable (certified minutes, a workspace opened read-only).
        self.read_only = False

    # -- Qt interface -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return row.cells[col] if (0, col) not in row.roles else row.roles[(0, col)]
        if role == Qt.ItemDataRole.EditRole:
            return row.roles.get((role, col), row.cells[col])
        if role == _TOOLTIP:
            return row.roles.get((role, col)) or (row.cells[col] if len(row.cells[col]) > 30 else None)
        if role == KEY_ROLE:
            return row.key
        if role == PAYLOAD_ROLE:
            return row.payload
        return row.roles.get((role, col))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        row = self.rows[index.row()]
        if row.kind == "item" and not self.read_only:
            if index.column() in self.editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            if index.column() in self.checkable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.edit_handler is None:
            return False
        if not self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        return self.edit_handler(self.rows[index.row()], index.column(), value, role)

    # -- loading ----------------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        if [r.key for r in rows] == [r.key for r in self.rows] and [r.kind for r in rows] == [
            r.kind for r in self.rows
        ]:
            old = self.rows
            self.rows = rows
            last = len(self.headers) - 1
            for i, (a, b) in enumerate(zip(old, rows, strict=True)):
                if a != b:
                    self.dataChanged.emit(self.index(i, 0), self.index(i, last))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        if len(headers) != len(self.headers):
            self.beginResetModel()
            self.headers = list(headers)
            self.endResetModel()
        else:
            self.headers = list(headers)
            if headers:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def row_of(self, key: int, kind: str = "item") -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key and r.kind == kind), -1)

    def row_at(self, row: int) -> Row | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
