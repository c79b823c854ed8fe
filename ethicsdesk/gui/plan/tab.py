"""The plan tab: a fiscal year's action plan as a timeline, the activity editor, versions and their differences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.errors import UserError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.plan.compare import CompareDialog, version_name
from ethicsdesk.gui.plan.editor import ActivityEditor
from ethicsdesk.gui.plan.models import TimelineModel
from ethicsdesk.gui.plan.timeline import TimelineView
from ethicsdesk.gui.plan.versions import PlanActions
from ethicsdesk.gui.text import quarters_of as quarter_list
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.page import TabPage
from ethicsdesk.gui.widgets.views import current_key, select_key


class PlanTab(TabPage):
    topics = ("committee", "plan", "budget", "progress")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("plan")
        self.actions_ = PlanActions(ctx, self)
        self.year = QComboBox()
        self.year.setObjectName("planYear")
        self.version = QComboBox()
        self.version.setObjectName("planVersion")
        self.zoom = QPushButton(self.tr("Months"))
        self.zoom.setCheckable(True)
        self.zoom.setToolTip(self.tr("Show months instead of quarters"))
        self.filter = QLineEdit()
        self.filter.setObjectName("activityFilter")
        self.filter.setPlaceholderText(self.tr("Find an activity (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        b = self.buttons = {
            "new_plan": QPushButton(self.tr("New plan…")),
            "new_version": QPushButton(self.tr("New version…")),
            "compare": QPushButton(self.tr("Compare versions…")),
            "add_approach": QPushButton(self.tr("Add approach…")),
            "add_activity": QPushButton(self.tr("Add activity")),
            "remove_activity": QPushButton(self.tr("Remove activity")),
        }
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.version, 1)
        for name in ("new_plan", "new_version", "compare"):
            top.addWidget(b[name])
        top.addWidget(self.zoom)
        top.addWidget(self.filter, 1)
        self.model = TimelineModel(self)
        self.view = TimelineView(self.model)
        self.view.setObjectName("timelineView")
        self.editor = ActivityEditor(ctx)
        self.error = InlineError()
        self.error.setObjectName("planError")
        edits = QHBoxLayout()
        for name in ("add_approach", "add_activity", "remove_activity"):
            edits.addWidget(b[name])
        edits.addStretch(1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addLayout(edits)
        ll.addWidget(self.error)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("main")
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 520])
        from ethicsdesk.gui.plan.progress import ProgressPanel

        self.progress = ProgressPanel(ctx, self)
        self.sub_tabs = QTabWidget()
        self.sub_tabs.setObjectName("subTabs")
        self.sub_tabs.addTab(split, self.tr("Plan"))
        self.sub_tabs.addTab(self.progress, self.tr("Progress"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sub_tabs, 1)
        self.year.activated.connect(lambda _i: self._year_chosen())
        self.version.activated.connect(lambda _i: ctx.set_version(self.version.currentData()))
        ctx.version_changed.connect(self._version_changed)
        self.zoom.toggled.connect(lambda _on: self._load_timeline())
        self.filter.textChanged.connect(lambda _t: self._filtered())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._activity_selected())
        self.view.toggled.connect(self.toggle_quarter)
        self.view.span_set.connect(self.set_span)
        b["compare"].clicked.connect(self.open_compare)
        b["new_plan"].clicked.connect(self.actions_.open_new_plan)
        b["new_version"].clicked.connect(self.actions_.open_new_version)
        b["add_approach"].clicked.connect(self.actions_.open_add_approach)
        b["add_activity"].clicked.connect(self.actions_.add_activity)
        b["remove_activity"].clicked.connect(self.actions_.remove_activity)
        self.dialog: QWidget | None = None

    # -- loading ----------------------------------------------------------------------------
    def load(self, topics: set[str]) -> None:
        if topics - {"progress"}:
            self._load_choices()
            self._load_timeline()
        self.progress.mark_dirty()

    def _filtered(self) -> None:
        self._load_timeline()
        self.progress.mark_dirty()

    def _load_choices(self) -> None:
        plan, cid, lang = self.ctx.services.plan, self.ctx.committee_id, self.ctx.lang
        plans = plan.plans(cid) if cid else []
        chosen_plan = self.year.currentData()
        version_id = self.ctx.version_id
        if version_id is not None:
            chosen_plan = next(
                (p.id for p in plans for v in plan.versions(p.id or 0) if v.id == version_id), chosen_plan
            )
        self.year.clear()
        for p in plans:
            self.year.addItem(text.num(p.fiscal_year, lang), p.id)
        index = self.year.findData(chosen_plan)
        self.year.setCurrentIndex(index if index >= 0 else self.year.count() - 1)
        self._load_versions()

    def _load_versions(self) -> None:
        plan_id = self.year.currentData()
        versions = self.ctx.services.plan.versions(plan_id) if plan_id else []
        self.version.clear()
        for v in versions:
            self.version.addItem(version_name(v, self.ctx.lang), v.id)
        index = self.version.findData(self.ctx.version_id)
        self.version.setCurrentIndex(index if index >= 0 else self.version.count() - 1)
        self.buttons["compare"].setEnabled(len(versions) > 1)
        self.buttons["new_version"].setEnabled(bool(versions))
        current = self.version.currentData()
        if current != self.ctx.version_id:
            self.ctx.set_version(current)

    def _year_chosen(self) -> None:
        self.ctx.set_version(None)
        self._load_versions()

    def _version_changed(self) -> None:
        if self.isVisible():
            index = self.version.findData(self.ctx.version_id)
            if index < 0:
                self._load_choices()
            else:
                self.version.setCurrentIndex(index)
            self._load_timeline()
            self.progress.mark_dirty()
        else:
            self._dirty.add("plan")

    def fiscal_year(self) -> int:
        plan_id, cid = self.year.currentData(), self.ctx.committee_id
        return next((p.fiscal_year for p in self.ctx.services.plan.plans(cid or 0) if p.id == plan_id), 0)

    def _load_timeline(self) -> None:
        plan, vid, lang = self.ctx.services.plan, self.ctx.version_id, self.ctx.lang
        key = current_key(self.view)
        if vid is None:
            self.model.load(0, [], [], {}, lang)
        else:
            activities = plan.activities(vid)
            self.number_of = {a.id or 0: a.number for a in activities}
            self.model.load(
                self.fiscal_year(), plan.approaches(vid), activities, plan.version_milestones(vid), lang,
                months=self.zoom.isChecked(), query=self.filter.text(),
            )  # fmt: skip
        if not select_key(self.view, key):
            first = next((i for i, r in enumerate(self.model.rows) if r.kind == "item"), -1)
            if first >= 0:
                self.view.selectRow(first)
        self._activity_selected()

    def _activity_selected(self) -> None:
        key = current_key(self.view)
        self.editor.show_activity(
            key if key is not None and key > 0 else None, getattr(self, "number_of", {})
        )

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def flush(self) -> None:
        self.editor.flush()
        self.progress.flush()

    # -- timeline edits ---------------------------------------------------------------------
    def toggle_quarter(self, activity_id: int, quarter: int) -> None:
        plan, ids = self.ctx.services.plan, self.ctx.ids
        select_key(self.view, activity_id)
        self._execute(
            self.tr("Toggle a quarter"),
            lambda: plan.toggle_quarter(ids.resolve("activity", activity_id), quarter),
            lambda: plan.toggle_quarter(ids.resolve("activity", activity_id), quarter),
        )

    def set_span(self, activity_id: int, quarters: list[int], on: bool) -> None:
        plan, ids = self.ctx.services.plan, self.ctx.ids
        old = quarter_list(plan.activity(activity_id).quarters)
        new = sorted(set(old) | set(quarters)) if on else sorted(set(old) - set(quarters))
        if new == old:
            return
        select_key(self.view, activity_id)
        self._execute(
            self.tr("Change the quarters of an activity"),
            lambda: plan.update_activity(ids.resolve("activity", activity_id), quarters=new),
            lambda: plan.update_activity(ids.resolve("activity", activity_id), quarters=old),
        )

    def _execute(self, text_: str, do: object, undo: object) -> UserError | None:
        self.editor.flush()
        refusal = self.ctx.execute(text_, do, undo, ("plan", "budget"))
        self.error.show_message(self.ctx.message(refusal) if refusal else "")
        return refusal

    def open_compare(self) -> None:
        plan_id = self.year.currentData()
        if plan_id is None:
            return
        dialog = CompareDialog(self.ctx, self.ctx.services.plan.versions(plan_id), self)
        self.dialog = dialog
        dialog.open()
