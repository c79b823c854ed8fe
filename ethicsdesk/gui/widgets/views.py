"""Set-up of tables and trees: full-row selection, rows tall enough for Thai marks, selection by key."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
    QWidget,
)

from ethicsdesk.gui.models import KEY_ROLE, CachedTableModel
from ethicsdesk.gui.style import row_height

SAMPLE_ROWS = 150
#: A column squeezed to share the table's width keeps at least this many pixels.
NARROWEST = 90
_widths: dict[tuple[str, str], int] = {}  # (font, text) -> advance: Thai shaping is worth remembering


def _advance(fm: QFontMetrics, key: str, text: str) -> int:
    width = _widths.get((key, text))
    if width is None:
        if len(_widths) > 20_000:
            _widths.clear()
        width = _widths[(key, text)] = fm.horizontalAdvance(text)
    return width


class CutTextDelegate(QStyledItemDelegate):
    """Cells drawn as usual; a cell whose text is cut shows the whole text as its tooltip."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            whole = cut_text(view, index)
            if whole:
                explicit = index.data(Qt.ItemDataRole.ToolTipRole)
                extra = (
                    f"\n{explicit}" if isinstance(explicit, str) and explicit and explicit != whole else ""
                )
                QToolTip.showText(event.globalPos(), whole + extra, view, view.visualRect(index))
                return True
        return super().helpEvent(event, view, option, index)


def cut_text(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str | None:
    """The cell's whole text when the cell is too narrow to show it all, else None."""
    value = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(value, str) or not value:
        return None
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    needed = view.fontMetrics().horizontalAdvance(value) + 2 * margin
    return value if needed > view.visualRect(index).width() else None


def make_table(model: QAbstractItemModel, parent: QWidget | None = None, *, stretch: int = -1) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegate(CutTextDelegate(view))
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
    """Size columns to their text (the header and the first rows), none wider than ``widest``; when
    they are wider in all than the table, the widest give way so that every column stays in sight
    (again whenever the table is resized), and the stretching column takes what is left.

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
    wanted: list[int] = []
    for column in range(model.columnCount()):
        if column in skip:
            wanted.append(-header.sectionSize(column))  # negative: kept as the tab set it
            continue
        texts = [r.cells[column] for r in rows if r.kind == "item"]
        width = max((_advance(fm, key, t) for t in set(texts)), default=0)
        if column in model.checkable:
            width = max(width, 24)
        width = max(width, fm_header.horizontalAdvance(model.headers[column])) + 18
        wanted.append(min(width, widest))
    view.setProperty(_WANTED, wanted)
    if not view.property(_SHARING):
        view.setProperty(_SHARING, True)
        view.viewport().installEventFilter(_WidthSharer(view))
    share_width(view)


_WANTED = "ethicsdeskWantedWidths"
_SHARING = "ethicsdeskSharesWidth"


def _stretching(header: QHeaderView, column: int) -> bool:
    return header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch or (
        header.stretchLastSection() and column == header.count() - 1
    )


def share_width(view: QTableView) -> None:
    """Give each column the width ``fit_columns`` found for it, the widest giving way to fit the table."""
    header = view.horizontalHeader()
    wanted = view.property(_WANTED)
    if not isinstance(wanted, list) or len(wanted) != header.count():
        return
    shown = {c: int(w) for c, w in enumerate(wanted) if not header.isSectionHidden(c)}
    available = view.viewport().width() - 2
    cap = max((w for w in shown.values()), default=0)
    if available > 0:
        fixed = sum(-w for w in shown.values() if w < 0)
        while cap > NARROWEST and fixed + sum(min(w, cap) for w in shown.values() if w >= 0) > available:
            cap -= 4
    for c, w in shown.items():
        if w >= 0 and not _stretching(header, c):
            header.resizeSection(c, max(min(w, cap), min(w, NARROWEST)))


class _WidthSharer(QObject):
    """Shares the width of its table among the columns again whenever the table is resized."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            share_width(self.view)
        return False
