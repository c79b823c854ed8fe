"""Edits of the plan's structure: a new plan, a new version, approaches, adding and removing activities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit

from ethicsdesk.errors import UserError
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.text import quarters_of as quarter_list
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.fields import ThaiSpinBox
from ethicsdesk.gui.widgets.views import current_key, select_key
from ethicsdesk.thai import fiscal_year

if TYPE_CHECKING:
    from ethicsdesk.gui.plan.tab import PlanTab


class PlanActions(QObject):
    def __init__(self, ctx: Context, tab: PlanTab) -> None:
        super().__init__(tab)
        self.ctx = ctx
        self.tab = tab

    def _dialog(self, title: str) -> FormDialog:
        dialog = FormDialog(title, self.tab)
        self.tab.dialog = dialog
        return dialog

    def open_new_plan(self) -> None:
        cid = self.ctx.committee_id
        if cid is None:
            return
        import datetime as dt

        plan, ids = self.ctx.services.plan, self.ctx.ids
        dialog = self._dialog(self.tr("New action plan"))
        year = ThaiSpinBox(self.ctx.thai)
        year.setRange(2400, 2700)
        year.setValue(fiscal_year(dt.date.today()) + 1)
        title = QLineEdit()
        title.setPlaceholderText("แผนปฏิบัติการด้านส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. …")
        dialog.form.addRow(self.tr("Fiscal year"), year)
        dialog.form.addRow(self.tr("Title"), title)

        def apply() -> UserError | None:
            state: dict[str, int] = {}
            fy, name = year.value(), title.text()

            def create() -> None:
                v = plan.create_plan(cid, fy, name)
                ids.follow("version", state, v.id or 0, key="version")
                state["plan"] = v.plan_id

            refusal = self.ctx.execute(
                self.tr("Create an action plan"),
                create,
                lambda: plan.remove_plan(state["plan"]),
                ("plan", "budget"),
            )
            if refusal is None:
                self.ctx.set_version(state["version"])
            return refusal

        dialog.show_with(apply, self.ctx.lang)

    def open_new_version(self) -> None:
        vid = self.ctx.version_id
        if vid is None:
            return
        plan, ids = self.ctx.services.plan, self.ctx.ids
        dialog = self._dialog(self.tr("New version of the plan"))
        label = QLineEdit()
        label.setPlaceholderText("ฉบับแก้ไข")
        dialog.form.addRow(self.tr("Label"), label)
        dialog.label = label  # type: ignore[attr-defined]  # reached by tests

        def apply() -> UserError | None:
            state: dict[str, int] = {}
            text = label.text()

            def create() -> None:
                v = plan.new_version(ids.resolve("version", vid), text)
                ids.follow("version", state, v.id or 0)

            def undo() -> None:
                self.ctx.set_version(ids.resolve("version", vid))
                plan.remove_version(ids.resolve("version", state["id"]))

            refusal = self.ctx.execute(
                self.tr("Make a new version of the plan"), create, undo, ("plan", "budget")
            )
            if refusal is None:
                self.ctx.set_version(state["id"])
            return refusal

        dialog.show_with(apply, self.ctx.lang)

    def open_add_approach(self) -> None:
        vid = self.ctx.version_id
        if vid is None:
            return
        plan, ids = self.ctx.services.plan, self.ctx.ids
        dialog = self._dialog(self.tr("New development approach"))
        title = QLineEdit()
        dialog.form.addRow(self.tr("Title"), title)

        def apply() -> UserError | None:
            state: dict[str, int] = {}
            name = title.text()

            def add() -> None:
                ap = plan.add_approach(ids.resolve("version", vid), name)
                ids.follow("approach", state, ap.id or 0)

            return self.ctx.execute(
                self.tr("Add a development approach"),
                add,
                lambda: plan.remove_approach(ids.resolve("approach", state["id"])),
                ("plan", "budget"),
            )

        dialog.show_with(apply, self.ctx.lang)

    def add_activity(self) -> None:
        """A new activity at the end of the selected activity's approach (or of the selected approach)."""
        vid, key = self.ctx.version_id, current_key(self.tab.view)
        if vid is None:
            return
        plan, ids = self.ctx.services.plan, self.ctx.ids
        approaches = plan.approaches(vid)
        if key is not None and key < 0:
            approach_id = -key
        elif key is not None:
            approach_id = plan.activity(key).approach_id
        elif approaches:
            approach_id = approaches[-1].id or 0
        else:
            self.tab.error.show_message(self.tr("Add a development approach first."))
            return
        name = self.tr("New activity")
        state: dict[str, int] = {}

        def add() -> None:
            a = plan.add_activity(ids.resolve("approach", approach_id), name)
            ids.follow("activity", state, a.id or 0)

        refusal = self.tab._execute(
            self.tr("Add an activity"),
            add,
            lambda: plan.remove_activity(ids.resolve("activity", state["id"])),
        )
        if refusal is None:
            select_key(self.tab.view, state["id"])
            self.tab.editor.name.setFocus()
            self.tab.editor.name.selectAll()

    def remove_activity(self) -> None:
        key = current_key(self.tab.view)
        if key is None or key < 0:
            return
        plan, ids = self.ctx.services.plan, self.ctx.ids
        a = plan.activity(key)
        number_of = {x.id: x.number for x in plan.activities(a.version_id)}
        shares = number_of.get(a.shares_budget_of_id) if a.shares_budget_of_id else None
        milestones = [(m.date, m.label) for m in plan.milestones(key)]
        fields = {
            "note": a.note,
            "objective": a.objective,
            "indicators": list(a.indicators),
            "quarters": quarter_list(a.quarters),
            "responsible_unit": a.responsible_unit,
        }
        state = {"id": key}

        def restore() -> None:
            again = plan.add_activity(ids.resolve("approach", a.approach_id), a.name, **fields)
            new_id = again.id or 0
            plan.set_budget(new_id, a.budget_kind, a.budget_satang, shares)
            for day, label in milestones:
                plan.add_milestone(new_id, day, label)
            ids.follow("activity", state, new_id)

        self.tab._execute(
            self.tr("Remove an activity"),
            lambda: plan.remove_activity(ids.resolve("activity", state["id"])),
            restore,
        )
