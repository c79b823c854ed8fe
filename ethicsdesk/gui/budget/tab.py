"""The budget tab: each activity's budget, the totals per approach and in all, in figures and in Thai words,
the warnings, and a chart by approach."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import Activity
from ethicsdesk.errors import UserError
from ethicsdesk.gui import text
from ethicsdesk.gui.budget.chart import BudgetChart
from ethicsdesk.gui.budget.models import BudgetModel, TotalsModel, not_applicable_text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.models import Row
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.page import TabPage
from ethicsdesk.gui.widgets.views import current_key, fit_columns, make_table, select_key
from ethicsdesk.thai import to_arabic_digits

#: "ข้อ 12", "#12", "=12", "shared 12": the budget line of activity 12.
_SHARED = re.compile(r"^(?:ข้อ|กิจกรรมข้อ|#|=|shared|ร่วม)\s*(\d+)$", re.IGNORECASE)

Budget = tuple[BudgetKind, int | None, int | None]  # kind, satang, number of the activity shared with


class BudgetTab(TabPage):
    topics = ("committee", "plan", "budget")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("budget")
        self.heading = QLabel()
        self.heading.setObjectName("budgetHeading")
        self.filter = QLineEdit()
        self.filter.setObjectName("budgetFilter")
        self.filter.setPlaceholderText(self.tr("Find an activity (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.model = BudgetModel(self)
        self.model.edit_handler = self._cell_edited
        self.view = make_table(self.model, stretch=BudgetModel.NAME)
        self.view.setObjectName("budgetView")
        self.view.setColumnWidth(BudgetModel.BUDGET, 200)
        self.kind = QComboBox()
        self.kind.setObjectName("budgetKind")
        for kind, name in (
            (BudgetKind.AMOUNT, self.tr("Amount")),
            (BudgetKind.SHARED, self.tr("Shares the budget line of activity…")),
            (BudgetKind.NOT_APPLICABLE, not_applicable_text()),
            (BudgetKind.NONE, "-"),
            (BudgetKind.UNSPECIFIED, self.tr("(not given)")),
        ):
            self.kind.addItem(name, kind.value)
        self.amount = QLineEdit()
        self.amount.setObjectName("budgetAmount")
        self.amount.setPlaceholderText("๗๐,๐๐๐")
        self.shares = QComboBox()
        self.shares.setObjectName("budgetShares")
        self.error = InlineError()
        self.error.setObjectName("budgetError")
        editor = QHBoxLayout()
        editor.addWidget(QLabel(self.tr("Budget of the selected activity")))
        editor.addWidget(self.kind)
        editor.addWidget(self.amount, 1)
        editor.addWidget(self.shares, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.filter)
        ll.addWidget(self.view, 1)
        ll.addLayout(editor)
        ll.addWidget(self.error)
        # totals
        self.totals = TotalsModel(self)
        self.totals_view = make_table(self.totals, stretch=0)
        self.total = QLabel()
        self.total.setObjectName("budgetTotal")
        self.total.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.words = QLabel()
        self.words.setObjectName("budgetWords")
        self.words.setWordWrap(True)
        self.declared = QLabel()
        self.declared.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("budgetWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.chart = BudgetChart(ctx.lang)
        totals_box = QGroupBox(self.tr("Totals"))
        tl = QVBoxLayout(totals_box)
        tl.addWidget(self.totals_view)
        tl.addWidget(self.total)
        tl.addWidget(self.words)
        tl.addWidget(self.declared)
        tl.addWidget(self.warnings)
        chart_box = QGroupBox(self.tr("Budget by approach"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("right")
        right.addWidget(totals_box)
        right.addWidget(chart_box)
        right.setSizes([420, 300])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([850, 550])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        ctx.version_changed.connect(lambda: self._changed("budget"))
        self.filter.textChanged.connect(lambda _t: self._load_table())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.kind.activated.connect(lambda _i: self._editor_changed())
        self.amount.editingFinished.connect(self._editor_changed)
        self.shares.activated.connect(lambda _i: self._editor_changed())
        self.activities: list[Activity] = []

    # -- loading ----------------------------------------------------------------------------
    def load(self, topics: set[str]) -> None:
        vid, plan, lang = self.ctx.version_id, self.ctx.services.plan, self.ctx.lang
        if vid is None:  # the plan tab has not chosen a version yet: take the newest
            cid = self.ctx.committee_id
            plans = plan.plans(cid) if cid else []
            versions = plan.versions(plans[-1].id or 0) if plans else []
            if versions:
                self.ctx.version_id = versions[-1].id
                vid = self.ctx.version_id
        summary = self.ctx.services.budget.summary(vid) if vid else None
        self.summary = summary
        self.activities = plan.activities(vid) if vid else []
        self._load_table()
        self.totals.load(summary, lang)
        fit_columns(self.totals_view, 200)
        self.chart.set_summary(summary, self.tr("Approach {number}"))
        self._show_totals(vid)

    def _load_table(self) -> None:
        vid, plan, lang = self.ctx.version_id, self.ctx.services.plan, self.ctx.lang
        key = current_key(self.view)
        q = self.filter.text().strip()
        acts = [a for a in self.activities if not q or q in a.name or q in text.num(a.number, lang)]
        self.model.load(plan.approaches(vid) if vid else [], acts, getattr(self, "summary", None), lang)
        fit_columns(self.view, 300, skip=(BudgetModel.BUDGET,))
        if not select_key(self.view, key):
            first = next((i for i, r in enumerate(self.model.rows) if r.kind == "item"), -1)
            if first >= 0:
                self.view.selectRow(first)
        self._selected()

    def _show_totals(self, vid: int | None) -> None:
        s, lang = self.summary, self.ctx.lang
        if s is None or vid is None:
            for label in (self.heading, self.total, self.words, self.declared, self.warnings):
                label.setText("")
            self.heading.setText(self.tr("No action plan yet: create one in the Action plan tab."))
            return
        version = next(
            v
            for p in self.ctx.services.plan.plans(self.ctx.committee_id or 0)
            for v in self.ctx.services.plan.versions(p.id or 0)
            if v.id == vid
        )
        self.heading.setText(version.title + (f" ({version.label})" if version.label else ""))
        self.total.setText(
            self.tr("Total {count} activities: {amount} baht").format(
                count=text.num(s.activity_count, lang), amount=text.baht(s.total_satang, lang)
            )
        )
        self.words.setText(f"({s.total_words})")
        if s.declared_total_satang is not None:
            self.declared.setText(
                self.tr("Total printed in the plan: {amount} baht").format(
                    amount=text.baht(s.declared_total_satang, lang)
                )
            )
        else:
            self.declared.setText("")
        self.warnings.setText(
            "\n".join(f"⚠ {text.message_digits(w.message(lang), lang)}" for w in s.warnings)
        )

    def _selected(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        a = row.payload if row is not None and row.kind == "item" else None
        for w in (self.kind, self.amount, self.shares):
            w.setEnabled(a is not None)
        self.shares.clear()
        if a is None:
            self.amount.clear()
            return
        lang = self.ctx.lang
        for other in self.activities:
            if other.id != a.id:
                self.shares.addItem(
                    self.tr("Activity {n}").format(n=text.num(other.number, lang)), other.number
                )
        self.kind.setCurrentIndex(self.kind.findData(a.budget_kind.value))
        self.amount.setText(
            text.baht(a.budget_satang, lang)
            if a.budget_kind == BudgetKind.AMOUNT and a.budget_satang is not None
            else ""
        )
        number_of = {x.id: x.number for x in self.activities}
        self.shares.setCurrentIndex(max(0, self.shares.findData(number_of.get(a.shares_budget_of_id))))
        self.amount.setVisible(a.budget_kind == BudgetKind.AMOUNT)
        self.shares.setVisible(a.budget_kind == BudgetKind.SHARED)

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- edits ------------------------------------------------------------------------------
    def _current(self) -> Activity | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return row.payload if row is not None and row.kind == "item" else None

    def _editor_changed(self) -> None:
        a = self._current()
        if a is None:
            return
        kind = BudgetKind(str(self.kind.currentData()))
        self.amount.setVisible(kind == BudgetKind.AMOUNT)
        self.shares.setVisible(kind == BudgetKind.SHARED)
        if kind == BudgetKind.AMOUNT:
            if not self.amount.text().strip():
                self.amount.setFocus()
                return
            self.set_budget(a, kind, self.amount.text())
        elif kind == BudgetKind.SHARED:
            number = self.shares.currentData()
            if isinstance(number, int):
                self.set_budget(a, kind, None, number)
        else:
            self.set_budget(a, kind)

    def _cell_edited(self, row: Row, column: int, value: Any, role: int) -> bool:
        raw = to_arabic_digits(str(value or "")).strip()
        shared = _SHARED.match(raw)
        if shared:
            return self.set_budget(row.payload, BudgetKind.SHARED, None, int(shared.group(1)))
        if raw.lower() in ("n/a", "na") or raw == not_applicable_text() or "n/a" in raw.lower():
            return self.set_budget(row.payload, BudgetKind.NOT_APPLICABLE)
        if raw in ("-", "–"):
            return self.set_budget(row.payload, BudgetKind.NONE)
        if not raw:
            return self.set_budget(row.payload, BudgetKind.UNSPECIFIED)
        return self.set_budget(row.payload, BudgetKind.AMOUNT, raw)

    def set_budget(
        self, a: Activity, kind: BudgetKind, amount: str | int | None = None, shares: int | None = None
    ) -> bool:
        plan, ids, aid = self.ctx.services.plan, self.ctx.ids, a.id or 0
        number_of = {x.id: x.number for x in self.activities}
        old: Budget = (a.budget_kind, a.budget_satang, number_of.get(a.shares_budget_of_id))
        if kind == old[0] and (
            kind in (BudgetKind.NOT_APPLICABLE, BudgetKind.NONE, BudgetKind.UNSPECIFIED)
            or (kind == BudgetKind.SHARED and shares == old[2])
            or (kind == BudgetKind.AMOUNT and _satang(amount) == old[1])
        ):
            # Nothing changes: no step in the undo history (the amount field reports editingFinished again
            # when it loses focus after reformatting "90000" as "๙๐,๐๐๐").
            return False
        refusal: UserError | None = self.ctx.execute(
            self.tr("Change the budget of activity {n}").format(n=text.num(a.number, self.ctx.lang)),
            lambda: plan.set_budget(ids.resolve("activity", aid), kind, amount, shares),
            lambda: plan.set_budget(ids.resolve("activity", aid), old[0], old[1], old[2]),
            ("budget", "plan"),
        )
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        return refusal is None


def _satang(amount: str | int | None) -> int | None:
    """The amount as the service will read it, or None when it is not one (the service then says why)."""
    if amount is None or isinstance(amount, int):
        return amount
    from ethicsdesk.thai.money import parse_baht

    try:
        return parse_baht(amount)
    except UserError:
        return None
