"""Set-up of tables and trees: full-row selection, rows tall enough for Thai marks, selection by key."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from ethicsdesk.gui.models import KEY_ROLE, CachedTableModel
from ethicsdesk.gui.style import row_height

SAMPLE_ROWS = 150
_widths: dict[tuple[str, str], int] = {}  # (font, text) -> advance: Thai shaping is worth remembering


def _advance(fm: QFontMetrics, key: str, text: str) -> int:
    width = _widths.get((key, text))
    if width is None:
        if len(_widths) > 20_000:
            _widths.clear()
        width = _widths[(key, text)] = fm.horizontalAdvance(text)
    return width


def make_table(model: QAbstractItemModel, parent: QWidget | None = None, *, stretch: int = -1) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(row_height(view.font()))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(200)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch >= 0:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view


def make_tree(model: QAbstractItemModel, parent: QWidget | None = None) -> QTreeView:
    view = QTreeView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setExpandsOnDoubleClick(False)
    return view


def current_key(view: QAbstractItemView) -> int | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    key = index.siblingAtColumn(0).data(KEY_ROLE)
    return key if isinstance(key, int) else None


def select_key(view: QAbstractItemView, key: int | None) -> bool:
    """Select the row whose key is ``key`` (searching the whole tree); False when it is not shown."""
    model = view.model()
    if key is None or model is None:
        return False
    matches = model.match(
        model.index(0, 0), KEY_ROLE, key, 1, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )
    if not matches:
        return False
    view.selectionModel().setCurrentIndex(
        matches[0], QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(matches[0])
    return True


def fit_columns(view: QTableView, widest: int = 320, skip: tuple[int, ...] = ()) -> None:
    """Size columns to their text (the header and the first rows), none wider than ``widest``.

    Measured from the model's cached cells with the font metrics: asking the view to size to
    contents goes through every cell's delegate and is a hundred times slower on big tables.
    """
    header = view.horizontalHeader()
    model = view.model()
    if not isinstance(model, CachedTableModel):
        return
    fm = QFontMetrics(view.font())
    key = view.font().key()
    fm_header = QFontMetrics(header.font())
    rows = model.rows[:SAMPLE_ROWS]
    for column in range(model.columnCount()):
        if column in skip or header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        texts = [r.cells[column] for r in rows if r.kind == "item"]
        width = max((_advance(fm, key, t) for t in set(texts)), default=0)
        if column in model.checkable:
            width = max(width, 24)
        width = max(width, fm_header.horizontalAdvance(model.headers[column])) + 18
        header.resizeSection(column, min(width, widest))
