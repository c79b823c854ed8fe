"""The plan's timeline grid: activities against quarters (or months), bars the user clicks or drags.

A click on a period toggles it; a drag across periods sets them all on (or all off, when the drag
started on a period that was on). Milestones are drawn as diamonds at their dates.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ethicsdesk.gui.models import KEY_ROLE
from ethicsdesk.gui.plan.models import SPAN_ROLE, SpanCell, TimelineModel, quarter_of_column
from ethicsdesk.gui.style import row_height

BAR = QColor("#2f6fb0")
BAR_PREVIEW_ON = QColor(47, 111, 176, 110)
BAR_PREVIEW_OFF = QColor(200, 60, 60, 90)
MILESTONE = QColor("#c77800")
GROUP_BACKGROUND = QColor("#e9eef5")


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = index.model()
        row = model.rows[index.row()] if isinstance(model, TimelineModel) else None  # type: ignore[attr-defined]
        if row is not None and row.kind == "header":
            painter.save()
            painter.fillRect(option.rect, GROUP_BACKGROUND)  # type: ignore[attr-defined]
            font = QFont(option.font)  # type: ignore[attr-defined]
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1d2b3a"))
            rect = option.rect.adjusted(6, 0, -6, 0)  # type: ignore[attr-defined]
            elided = painter.fontMetrics().elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, rect.width()
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            painter.restore()
            return
        if index.column() == 0:
            super().paint(painter, option, index)
            return
        cell = index.data(SPAN_ROLE)
        if not isinstance(cell, SpanCell):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))  # type: ignore[attr-defined]
        painter.setPen(QPen(QColor("#d0d5dc")))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        preview = self.view.preview_for(index.row(), index.column())
        height = max(8, rect.height() // 3)
        top = rect.top() + (rect.height() - height) // 2 - 5  # the same in every cell: one straight bar
        if cell.on:
            left = rect.left() if cell.joins_left else rect.left() + 6
            right = rect.right() + 1 if cell.joins_right else rect.right() - 6
            bar = QRectF(left, top, right - left, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR)
            painter.drawRoundedRect(bar, height / 2, height / 2)
            if cell.joins_left:
                painter.drawRect(QRectF(left, top, height, height))
            if cell.joins_right:
                painter.drawRect(QRectF(right - height, top, height, height))
        if preview is not None:
            painter.fillRect(rect.adjusted(2, 2, -2, -2), BAR_PREVIEW_ON if preview else BAR_PREVIEW_OFF)
        for place, _date, _label in cell.milestones:
            x = rect.left() + place * rect.width()
            y = top + height / 2
            size = height * 0.8
            diamond = QPolygonF(
                [QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)]
            )
            painter.setBrush(QBrush(MILESTONE))
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.drawPolygon(diamond)
        if cell.milestones:
            small = QFont(option.font)  # type: ignore[attr-defined]
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
            painter.setFont(small)
            painter.setPen(MILESTONE.darker(130))
            words = ", ".join(date for _p, date, _l in cell.milestones)
            text_rect = QRect(rect.left() + 2, top + height, rect.width() - 4, rect.bottom() - top - height)
            elided = painter.fontMetrics().elidedText(words, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, elided)
        painter.restore()


class TimelineView(QTableView):
    toggled = Signal(int, int)  # activity id, quarter
    span_set = Signal(int, list, bool)  # activity id, quarters, on

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.timeline = model
        self.setItemDelegate(TimelineDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(int(row_height(self.font()) * 1.5))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._drag: tuple[int, int, bool] | None = None  # row, first column, turning on?
        self._drag_to = 0
        model.modelReset.connect(self._layout)
        model.headerDataChanged.connect(lambda *_: self._layout())
        self._layout()

    def _layout(self) -> None:
        self.clearSpans()
        model = self.timeline
        columns = model.columnCount()
        for r, row in enumerate(model.rows):
            if row.kind == "header" and columns > 1:
                self.setSpan(r, 0, 1, columns)
        header = self.horizontalHeader()
        if columns:
            if model.months:  # twelve narrow columns: the names keep a readable width, the grid scrolls
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(0, 180)
            else:
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in range(1, columns):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(c, 48 if model.months else 150)

    # -- dragging ---------------------------------------------------------------------------
    def preview_for(self, row: int, column: int) -> bool | None:
        if self._drag is None or row != self._drag[0]:
            return None
        lo, hi = sorted((self._drag[1], self._drag_to))
        return self._drag[2] if lo <= column <= hi else None

    def _cell(self, event: QMouseEvent) -> tuple[int, int, SpanCell] | None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or index.column() == 0:
            return None
        cell = index.data(SPAN_ROLE)
        return (index.row(), index.column(), cell) if isinstance(cell, SpanCell) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        hit = self._cell(event)
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            row, column, cell = hit
            self._drag = (row, column, not cell.on)
            self._drag_to = column
            self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            super().mouseMoveEvent(event)
            return
        column = self.columnAt(int(event.position().x()))
        if column >= 1 and column != self._drag_to:
            self._drag_to = column
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        super().mouseReleaseEvent(event)
        self.viewport().update()
        if drag is None:
            return
        row, first, turn_on = drag
        key = self.timeline.index(row, 0).data(KEY_ROLE)
        if not isinstance(key, int) or key < 0:
            return
        months = self.timeline.months
        lo, hi = sorted((first, self._drag_to))
        quarters = sorted({quarter_of_column(c, months) for c in range(lo, hi + 1)})
        if len(quarters) == 1 and lo == hi:
            self.toggled.emit(key, quarters[0])
        else:
            self.span_set.emit(key, quarters, turn_on)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Space and index.isValid() and index.column() >= 1:
            key = index.siblingAtColumn(0).data(KEY_ROLE)
            if isinstance(key, int) and key > 0:
                self.toggled.emit(key, quarter_of_column(index.column(), self.timeline.months))
                return
        super().keyPressEvent(event)
