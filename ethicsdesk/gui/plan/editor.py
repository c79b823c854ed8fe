"""The activity editor beside the timeline: name, objective, indicators, quarters, unit, milestones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import Activity
from ethicsdesk.errors import ValidationError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.plan.models import MilestonesModel
from ethicsdesk.gui.text import quarters_of as quarter_list
from ethicsdesk.gui.widgets.fields import DateField, InlineError, PlainTextField
from ethicsdesk.gui.widgets.views import current_key, make_table


class ActivityEditor(QScrollArea):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity: Activity | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("activityHeading")
        self.name = QLineEdit()
        self.name.setObjectName("activityName")
        self.note = QLineEdit()
        self.objective = PlainTextField()
        self.objective.setMaximumHeight(110)
        self.indicators = PlainTextField()
        self.indicators.setMaximumHeight(110)
        self.indicators.setPlaceholderText(self.tr("One indicator per line"))
        self.quarters = [QCheckBox(text.num(q, ctx.lang)) for q in range(1, 5)]
        self.unit = QLineEdit()
        self.budget = QLabel()
        self.budget.setWordWrap(True)
        self.milestones = MilestonesModel(self)
        self.milestones_view = make_table(self.milestones, stretch=1)
        self.milestones_view.setMaximumHeight(150)
        self.milestone_date = DateField(ctx.lang)
        self.milestone_label = QLineEdit()
        self.milestone_label.setPlaceholderText(self.tr("What is due (optional)"))
        add_milestone = QPushButton(self.tr("Add milestone"))
        remove_milestone = QPushButton(self.tr("Remove milestone"))
        self.error = InlineError()
        self.error.setObjectName("activityError")
        quarters = QHBoxLayout()
        for box in self.quarters:
            quarters.addWidget(box)
        quarters.addStretch(1)
        ms_row = QHBoxLayout()
        ms_row.addWidget(self.milestone_date, 1)
        ms_row.addWidget(add_milestone)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Remark"), self.note)
        form.addRow(self.tr("Objective"), self.objective)
        form.addRow(self.tr("Indicators"), self.indicators)
        form.addRow(self.tr("Quarters"), quarters)
        form.addRow(self.tr("Responsible unit"), self.unit)
        form.addRow(self.tr("Budget"), self.budget)
        form.addRow(self.tr("Milestones"), self.milestones_view)
        form.addRow("", self.milestone_label)
        form.addRow("", ms_row)
        form.addRow("", remove_milestone)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setWidget(body)
        self.name.editingFinished.connect(lambda: self._edit("name", self.name.text().strip()))
        self.note.editingFinished.connect(lambda: self._edit("note", self.note.text().strip()))
        self.unit.editingFinished.connect(lambda: self._edit("responsible_unit", self.unit.text().strip()))
        self.objective.committed.connect(lambda v: self._edit("objective", v))
        self.indicators.committed.connect(
            lambda v: self._edit("indicators", [x.strip() for x in v.splitlines() if x.strip()])
        )
        for q, box in enumerate(self.quarters, 1):
            box.clicked.connect(lambda _checked=False, q=q: self.toggle_quarter(q))
        add_milestone.clicked.connect(self.add_milestone)
        remove_milestone.clicked.connect(self.remove_milestone)
        self.body = body
        body.setEnabled(False)

    def show_activity(self, activity_id: int | None, number_of: dict[int, int] | None = None) -> None:
        plan, lang = self.ctx.services.plan, self.ctx.lang
        if self.activity is not None and activity_id != self.activity.id:
            self.flush()
        try:
            a = plan.activity(activity_id) if activity_id else None
        except ValidationError:
            a = None
        same = a is not None and self.activity is not None and a.id == self.activity.id
        self.activity = a
        self.body.setEnabled(a is not None)
        if a is None:
            self.heading.setText(self.tr("Select an activity in the timeline."))
            self.milestones.load([], lang)
            return
        self.heading.setText(self.tr("Activity {number}").format(number=text.num(a.number, lang)))
        if not (same and self.name.hasFocus()):
            self.name.setText(a.name)
            self.name.setCursorPosition(0)
        if not (same and self.note.hasFocus()):
            self.note.setText(a.note)
        if not (same and self.unit.hasFocus()):
            self.unit.setText(a.responsible_unit)
            self.unit.setCursorPosition(0)
        self.objective.set_value(a.objective)
        self.indicators.set_value("\n".join(a.indicators))
        on = set(quarter_list(a.quarters))
        for q, box in enumerate(self.quarters, 1):
            box.setChecked(q in on)
        self.budget.setText(self._budget_text(a, number_of or {}))
        self.milestones.load(plan.milestones(a.id or 0), lang)
        if not same:
            self.error.clear()

    def _budget_text(self, a: Activity, number_of: dict[int, int]) -> str:
        lang = self.ctx.lang
        if a.budget_kind == BudgetKind.AMOUNT:
            return self.tr("{amount} baht").format(amount=text.baht(a.budget_satang or 0, lang))
        if a.budget_kind == BudgetKind.SHARED:
            n = number_of.get(a.shares_budget_of_id or 0, 0)
            return self.tr("Uses the same budget line as activity {n}").format(n=text.num(n, lang))
        if a.budget_kind == BudgetKind.NOT_APPLICABLE:
            from ethicsdesk.gui.budget.models import not_applicable_text

            return not_applicable_text()
        if a.budget_kind == BudgetKind.NONE:
            return "-"
        return self.tr("(not given)")

    def flush(self) -> None:
        self.objective.flush()
        self.indicators.flush()

    # -- edits ------------------------------------------------------------------------------
    def _execute(self, text_: str, do: Any, undo: Any) -> None:
        refusal = self.ctx.execute(text_, do, undo, ("plan", "budget"))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")

    def _edit(self, field: str, value: object) -> None:
        a = self.activity
        if a is None:
            return
        old = getattr(a, field)
        if old == value:
            return
        plan, ids, aid = self.ctx.services.plan, self.ctx.ids, a.id or 0
        names = {
            "name": self.tr("Rename an activity"),
            "note": self.tr("Change an activity's remark"),
            "objective": self.tr("Change an activity's objective"),
            "indicators": self.tr("Change an activity's indicators"),
            "responsible_unit": self.tr("Change the responsible unit"),
        }
        self._execute(
            names[field],
            lambda: plan.update_activity(ids.resolve("activity", aid), **{field: value}),
            lambda: plan.update_activity(ids.resolve("activity", aid), **{field: old}),
        )

    def toggle_quarter(self, quarter: int) -> None:
        a = self.activity
        if a is None:
            return
        plan, ids, aid = self.ctx.services.plan, self.ctx.ids, a.id or 0
        self._execute(
            self.tr("Toggle a quarter"),
            lambda: plan.toggle_quarter(ids.resolve("activity", aid), quarter),
            lambda: plan.toggle_quarter(ids.resolve("activity", aid), quarter),
        )

    def add_milestone(self) -> None:
        a = self.activity
        if a is None:
            return
        day = self.milestone_date.date()
        if day is None:
            self.error.show_message(self.tr("Enter the date of the milestone first."))
            return
        plan, ids, aid, label = self.ctx.services.plan, self.ctx.ids, a.id or 0, self.milestone_label.text()
        state: dict[str, int] = {}

        def add() -> None:
            m = plan.add_milestone(ids.resolve("activity", aid), day, label)
            ids.follow("milestone", state, m.id or 0)

        self._execute(
            self.tr("Add a milestone"),
            add,
            lambda: plan.remove_milestone(ids.resolve("milestone", state["id"])),
        )
        if self.error.isHidden():
            self.milestone_label.clear()

    def remove_milestone(self) -> None:
        a, mid = self.activity, current_key(self.milestones_view)
        if a is None or mid is None:
            return
        plan, ids, aid = self.ctx.services.plan, self.ctx.ids, a.id or 0
        old = next(m for m in plan.milestones(aid) if m.id == mid)
        state = {"id": mid}

        def restore() -> None:
            m = plan.add_milestone(ids.resolve("activity", aid), old.date, old.label)
            ids.follow("milestone", state, m.id or 0)

        self._execute(
            self.tr("Remove a milestone"),
            lambda: plan.remove_milestone(ids.resolve("milestone", state["id"])),
            restore,
        )
