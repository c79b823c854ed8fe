"""The progress grid: each activity's quarters coloured by where they stand, overdue milestones in red.

A cell's state comes from ProgressService.grid: "future", "idle", "due", "missing", "overdue", or the
status reported ("not_started", "under_way", "done", "cancelled").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ethicsdesk.domain.progress import PROGRESS_STATUS_LABELS
from ethicsdesk.gui import text
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.plan.timeline import GROUP_BACKGROUND
from ethicsdesk.services.progress import GridCell, ProgressGrid
from ethicsdesk.thai import quarter_label

CELL_ROLE = Qt.ItemDataRole.UserRole + 20  # the GridCell of a quarter column
COUNT_ROLE = Qt.ItemDataRole.UserRole + 21  # "๒/๕": units that reported, of those that report
OVERDUE = QColor("#c5221f")
MILESTONE = QColor("#c77800")
PLANNED = QColor("#2f6fb0")

#: state -> (background, text colour)
COLOURS: dict[str, tuple[str, str]] = {
    "future": ("#f4f5f7", "#80868b"),
    "idle": ("#ffffff", "#80868b"),
    "due": ("#e8f0fe", "#174ea6"),
    "missing": ("#fdecd2", "#8a4b00"),
    "overdue": ("#fbe4e4", "#8a1c1c"),
    "not_started": ("#fff6d5", "#6b5200"),
    "under_way": ("#dbe8fb", "#0b4a8b"),
    "done": ("#dcf1e0", "#1e6b34"),
    "cancelled": ("#e8e8e8", "#5f6368"),
}


def state_text(state: str, lang: str) -> str:
    """The words a cell shows for its state."""
    words = {
        "future": "",
        "idle": "",
        "due": QCoreApplication.translate("Progress", "awaiting report"),
        "missing": QCoreApplication.translate("Progress", "not reported"),
        "overdue": QCoreApplication.translate("Progress", "overdue"),
        "not_started": QCoreApplication.translate("Progress", "not started"),
        "under_way": QCoreApplication.translate("Progress", "under way"),
        "done": QCoreApplication.translate("Progress", "done"),
        "cancelled": QCoreApplication.translate("Progress", "cancelled"),
    }  # short: the full words (PROGRESS_STATUS_LABELS) are in the editor and the tooltips
    return words.get(state, state)


def status_words(state: str, lang: str) -> str:
    """A reported status in full, as the documents write it."""
    for status, (th, en) in PROGRESS_STATUS_LABELS.items():
        if status.value == state:
            return en if lang == "en" else th
    return state_text(state, lang)


def legend(lang: str) -> list[tuple[str, str]]:
    """(state, words) for the legend under the grid, in the order a year goes."""
    return [
        ("due", state_text("due", lang)),
        ("not_started", state_text("not_started", lang)),
        ("under_way", state_text("under_way", lang)),
        ("done", state_text("done", lang)),
        ("cancelled", state_text("cancelled", lang)),
        ("missing", state_text("missing", lang)),
        ("overdue", QCoreApplication.translate("Progress", "milestone overdue")),
        ("future", QCoreApplication.translate("Progress", "quarter not begun")),
    ]


class ProgressModel(CachedTableModel):
    """Rows: approaches (group rows) and their activities; columns: the activity, then the four quarters."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([""], parent)
        self.grid: ProgressGrid | None = None

    def load(self, grid: ProgressGrid | None, approaches: dict[int, str], lang: str, query: str = "") -> None:
        self.grid = grid
        if grid is None:
            self.set_headers([self.tr("Activity")])
            self.set_rows([])
            return
        heads = [
            quarter_label(grid.fiscal_year, q).replace(" (", "\n(")
            if lang != "en"
            else self.tr("Quarter {q}").format(q=q)
            for q in range(1, 5)
        ]
        self.set_headers([self.tr("Activity"), *heads])
        q = query.strip()
        rows: list[Row] = []
        last_approach = None
        for r in grid.rows:
            if q and q not in r.name and q not in text.num(r.number, lang):
                continue
            if r.approach_number != last_approach:
                last_approach = r.approach_number
                title = approaches.get(r.approach_number, "")
                rows.append(Row(-r.approach_number - 1, [title, "", "", "", ""], kind="header"))
            rows.append(self._row(r, lang))
        self.set_rows(rows)

    def _row(self, r: Any, lang: str) -> Row:
        name = f"{text.num(r.number, lang)}. {r.name}"
        cells = [name]
        row = Row(r.activity_id, cells, payload=r)
        row.roles[(Qt.ItemDataRole.ToolTipRole, 0)] = f"{name}\n{r.responsible_unit}".strip()
        for cell in r.cells:
            words = state_text(cell.state, lang)
            tip = status_words(cell.state, lang)
            if cell.expected > 1 and cell.state not in ("future", "idle"):
                row.roles[(COUNT_ROLE, cell.quarter)] = text.num(f"{cell.reported}/{cell.expected}", lang)
                tip = self.tr("{words} ({reported} of {expected} units reported)").format(
                    words=tip, reported=text.num(cell.reported, lang), expected=text.num(cell.expected, lang)
                )
            cells.append(words)
            row.roles[(CELL_ROLE, cell.quarter)] = cell
            row.roles[(Qt.ItemDataRole.ToolTipRole, cell.quarter)] = self._tip(cell, tip, lang)
        return row

    def _tip(self, cell: GridCell, words: str, lang: str) -> str:
        lines = [words] if words else []
        if cell.overdue_milestones:
            dates = ", ".join(text.date_short(d, lang) for d in cell.overdue_milestones)
            lines.append(self.tr("Milestone passed without the work done: {dates}").format(dates=dates))
        others = [d for d in cell.milestones if d not in cell.overdue_milestones]
        if others:
            dates = ", ".join(text.date_short(d, lang) for d in others)
            lines.append(self.tr("Milestones: {dates}").format(dates=dates))
        if cell.planned:
            lines.append(self.tr("Planned for this quarter"))
        return "\n".join(lines)

    def cell(self, row: int, quarter: int) -> GridCell | None:
        r = self.row_at(row)
        value = r.roles.get((CELL_ROLE, quarter)) if r is not None else None
        return value if isinstance(value, GridCell) else None


class ProgressDelegate(QStyledItemDelegate):
    """Paints a quarter in its state's colour, a blue strip when it was planned, and milestone diamonds:
    red (with a red border round the cell) for those passed without the work done."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, ProgressModel) else None
        if row is not None and row.kind == "header":
            painter.save()
            painter.fillRect(rect, GROUP_BACKGROUND)
            font = QFont(option.font)  # type: ignore[attr-defined]
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#1d2b3a"))
            inner = rect.adjusted(6, 0, -6, 0)
            elided = painter.fontMetrics().elidedText(
                str(index.data()), Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
            painter.restore()
            return
        cell = index.data(CELL_ROLE)
        if not isinstance(cell, GridCell):
            super().paint(painter, option, index)
            return
        back, fore = COLOURS.get(cell.state, ("#ffffff", "#202124"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = rect.adjusted(2, 2, -2, -2)
        painter.fillRect(box, QColor(back))
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.setPen(QPen(option.palette.highlight().color(), 3))  # type: ignore[attr-defined]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(1, 1, -1, -1))
        elif cell.overdue:
            painter.setPen(QPen(OVERDUE, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(1, 1, -1, -1))
        if cell.planned:
            painter.fillRect(QRectF(box.left(), box.bottom() - 4, box.width(), 4), PLANNED)
        self._milestones(painter, box, cell)
        inner = box.adjusted(6, 0, -(8 + 14 * len(cell.milestones)) if cell.milestones else -6, -4)
        count = index.data(COUNT_ROLE)
        if count:
            small = QFont(option.font)  # type: ignore[attr-defined]
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
            painter.setFont(small)
            painter.setPen(QColor(fore))
            width = painter.fontMetrics().horizontalAdvance(str(count)) + 4
            painter.drawText(
                QRectF(inner.right() - width, inner.top(), width, inner.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                str(count),
            )
            inner = inner.adjusted(0, 0, -width - 4, 0)
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setBold(cell.state in ("overdue", "missing"))
        painter.setFont(font)
        painter.setPen(QColor(fore))
        words = painter.fontMetrics().elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, int(inner.width())
        )
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, words)
        painter.restore()

    @staticmethod
    def _milestones(painter: QPainter, box: QRectF, cell: GridCell) -> None:
        size = 6.0
        x, y = box.right() - size - 4, box.top() + size + 4
        for d in cell.milestones:
            late = d in cell.overdue_milestones
            diamond = QPolygonF(
                [QPointF(x, y - size), QPointF(x + size, y), QPointF(x, y + size), QPointF(x - size, y)]
            )
            painter.setBrush(QBrush(OVERDUE if late else MILESTONE))
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.drawPolygon(diamond)
            x -= 2 * size + 2


def legend_widget(lang: str, parent: QWidget | None = None) -> QWidget:
    """A row of coloured swatches naming each state."""
    from PySide6.QtWidgets import QHBoxLayout, QLabel

    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for state, words in legend(lang):
        back, fore = COLOURS[state]
        border = OVERDUE.name() if state == "overdue" else "#c8ccd2"
        label = QLabel(words)
        label.setStyleSheet(
            f"QLabel {{ background: {back}; color: {fore}; border: 1px solid {border}; "
            "border-radius: 3px; padding: 1px 6px; }"
        )
        layout.addWidget(label)
    layout.addStretch(1)
    return box
