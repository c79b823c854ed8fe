"""A bar chart of the budget by development approach, drawn with QPainter (QtCharts is not in Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ethicsdesk.gui import text
from ethicsdesk.gui.style import thai_room
from ethicsdesk.services.budget import BudgetSummary

COLOURS = ("#2f6fb0", "#3d9970", "#c77800", "#8e44ad", "#c0392b", "#16a085")


class BudgetChart(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.bars: list[tuple[str, str, int]] = []  # label, tooltip title, satang
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setObjectName("budgetChart")

    def set_summary(self, summary: BudgetSummary | None, label: str) -> None:
        self.bars = [
            (label.format(number=text.num(t.number, self.lang)), t.title, t.total_satang)
            for t in (summary.approaches if summary else [])
        ]
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        above, below = thai_room(self.font())
        return self.fontMetrics().height() + above + below

    def sizeHint(self) -> QSize:
        return QSize(420, max(120, len(self.bars) * (self._line() + 14) + 20))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.bars:
            painter.end()
            return
        fm = self.fontMetrics()
        line = self._line()
        label_width = max(fm.horizontalAdvance(label) for label, _t, _v in self.bars) + 16
        amount_width = max(fm.horizontalAdvance(text.baht(v, self.lang)) for _l, _t, v in self.bars) + 16
        top = 10
        row = max(line + 10, (self.height() - 20) // len(self.bars))
        room = max(10, self.width() - label_width - amount_width - 20)
        biggest = max((v for _l, _t, v in self.bars), default=0) or 1
        for i, (label, _title, value) in enumerate(self.bars):
            y = top + i * row
            text_rect = QRectF(8, y, label_width - 8, row)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label
            )
            width = room * value / biggest
            bar = QRectF(label_width, y + (row - line * 0.7) / 2, max(width, 1.0), line * 0.7)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COLOURS[i % len(COLOURS)]))
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(self.palette().text().color())
            amount_rect = QRectF(label_width + width + 8, y, amount_width, row)
            painter.drawText(
                amount_rect,
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text.baht(value, self.lang),
            )
        painter.end()
