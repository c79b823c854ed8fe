"""Models of the budget tab: each activity's budget, and the totals per approach."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import Activity, Approach
from ethicsdesk.gui import text
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.services.budget import BudgetSummary

_ALIGN = Qt.ItemDataRole.TextAlignmentRole
GROUP_BACKGROUND = QColor("#e9eef5")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def budget_words(a: Activity, number_of: dict[int, int], lang: str, shared_text: str) -> str:
    """An activity's budget as the plan prints it: an amount, "n/a", "-", or the activity it shares with."""
    if a.budget_kind == BudgetKind.AMOUNT:
        return text.baht(a.budget_satang or 0, lang)
    if a.budget_kind == BudgetKind.SHARED:
        return shared_text.format(n=text.num(number_of.get(a.shares_budget_of_id or 0, "?"), lang))
    if a.budget_kind == BudgetKind.NOT_APPLICABLE:
        return not_applicable_text()
    if a.budget_kind == BudgetKind.NONE:
        return a.budget_kind.value
    return ""


def not_applicable_text() -> str:
    """The budget kind "n/a" as the window shows it: Thai words, with the seed's "n/a" beside them (the print
    keeps the seed's "n/a")."""
    return QCoreApplication.translate("Budget", "n/a (no budget needed)")


class BudgetModel(CachedTableModel):
    NUMBER, NAME, BUDGET = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("No."), self.tr("Activity"), self.tr("Budget (baht)")])
        self.editable = {self.BUDGET}
        self.bold = QFont()
        self.bold.setBold(True)

    def shared_text(self) -> str:
        return self.tr("Shared with activity {n}")

    def load(
        self, approaches: list[Approach], activities: list[Activity], summary: BudgetSummary | None, lang: str
    ) -> None:
        number_of = {a.id or 0: a.number for a in activities}
        totals = {t.approach_id: t.total_satang for t in summary.approaches} if summary else {}
        rows: list[Row] = []
        for ap in approaches:
            title = self.tr("Approach {number}: {title}").format(
                number=text.num(ap.number, lang), title=ap.title
            )
            header = Row(
                -(ap.id or 0),
                ["", title, text.baht(totals.get(ap.id or 0, 0), lang)],
                kind="header",
                payload=ap,
            )
            header.roles[(_ALIGN, self.BUDGET)] = _RIGHT
            for column in (self.NUMBER, self.NAME, self.BUDGET):
                header.roles[(Qt.ItemDataRole.BackgroundRole, column)] = GROUP_BACKGROUND
                header.roles[(Qt.ItemDataRole.FontRole, column)] = self.bold
            rows.append(header)
            for a in (x for x in activities if x.approach_id == ap.id):
                words = budget_words(a, number_of, lang, self.shared_text())
                row = Row(a.id or 0, [text.num(a.number, lang), a.name, words], payload=a)
                row.roles[(_ALIGN, self.BUDGET)] = _RIGHT if a.budget_kind == BudgetKind.AMOUNT else None
                row.roles[(_ALIGN, self.NUMBER)] = _RIGHT
                row.roles[(Qt.ItemDataRole.ToolTipRole, self.NAME)] = a.name
                if a.budget_kind == BudgetKind.SHARED:
                    row.roles[(Qt.ItemDataRole.ToolTipRole, self.BUDGET)] = budget_words(
                        a, number_of, lang, self.tr("Uses the same budget line as activity {n}")
                    )
                rows.append(row)
        self.set_rows(rows)


class TotalsModel(CachedTableModel):
    """Totals per development approach; shared budget lines are counted once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Approach"), self.tr("Activities"), self.tr("Total (baht)")])

    def load(self, summary: BudgetSummary | None, lang: str) -> None:
        rows = []
        for t in summary.approaches if summary else []:
            name = self.tr("Approach {number}").format(number=text.num(t.number, lang))
            row = Row(
                t.approach_id,
                [name, text.num(t.activity_count, lang), text.baht(t.total_satang, lang)],
                payload=t,
            )
            row.roles[(Qt.ItemDataRole.ToolTipRole, 0)] = t.title
            row.roles[(_ALIGN, 1)] = _RIGHT
            row.roles[(_ALIGN, 2)] = _RIGHT
            rows.append(row)
        self.set_rows(rows)
