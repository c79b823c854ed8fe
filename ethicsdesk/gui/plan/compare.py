"""What changed between two versions of a plan, listed as the minutes list amendments."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ethicsdesk.domain.models import PlanVersion
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.plan.models import ChangesModel
from ethicsdesk.gui.widgets.views import make_table


def version_name(v: PlanVersion, lang: str) -> str:
    number = text.num(v.number, lang)
    return f"{number} {v.label}".strip() if v.label else number


class CompareDialog(QDialog):
    def __init__(self, ctx: Context, versions: list[PlanVersion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Compare plan versions"))
        self.first = QComboBox()
        self.second = QComboBox()
        for v in versions:
            self.first.addItem(version_name(v, ctx.lang), v.id)
            self.second.addItem(version_name(v, ctx.lang), v.id)
        self.first.setCurrentIndex(max(0, len(versions) - 2))
        self.second.setCurrentIndex(len(versions) - 1)
        self.changes = ChangesModel(self)
        self.view = make_table(self.changes, stretch=2)
        self.view.setWordWrap(True)
        self.summary = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From version")))
        row.addWidget(self.first, 1)
        row.addWidget(QLabel(self.tr("to version")))
        row.addWidget(self.second, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.first.currentIndexChanged.connect(lambda _i: self.refresh())
        self.second.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1000, 600)
        self.refresh()

    def refresh(self) -> None:
        a, b = self.first.currentData(), self.second.currentData()
        changes = self.ctx.services.plan.compare(a, b) if a is not None and b is not None else []
        self.changes.load(changes, self.ctx.lang)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(1)
        self.summary.setText(self.tr("{n} changes").format(n=text.num(len(changes), self.ctx.lang)))
