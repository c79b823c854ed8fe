"""The plan's progress view: the grid of activities × quarters in colour, one unit's view, each unit's
report of the chosen quarter, and the editor of the chosen activity's quarter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.progress import PROGRESS_STATUS_LABELS
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.models import KEY_ROLE, CachedTableModel, Row
from ethicsdesk.gui.plan.progress_editor import ProgressEditor
from ethicsdesk.gui.plan.progress_files import ProgressFiles
from ethicsdesk.gui.plan.progress_model import ProgressDelegate, ProgressModel, legend_widget
from ethicsdesk.gui.style import row_height
from ethicsdesk.gui.widgets.views import fit_columns, make_table
from ethicsdesk.services.progress import UnitCell

if TYPE_CHECKING:
    from ethicsdesk.gui.plan.tab import PlanTab


class UnitReportsModel(CachedTableModel):
    """Each unit reporting the chosen activity: its status in the chosen quarter and when it reported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Unit"), self.tr("This quarter"), self.tr("Reported on")])

    def load(self, cells: list[UnitCell], lang: str) -> None:
        rows = []
        for c in cells:
            status = ""
            if c.status is not None:
                th, en = PROGRESS_STATUS_LABELS[c.status]
                status = en if lang == "en" else th
            elif c.carried_status is not None:
                th, en = PROGRESS_STATUS_LABELS[c.carried_status]
                status = self.tr("(earlier: {status})").format(status=en if lang == "en" else th)
            else:
                status = self.tr("not reported")
            rows.append(
                Row(c.unit_id or 0, [c.unit_name, status, text.date_short(c.reported_on, lang)], payload=c)
            )
        self.set_rows(rows)


class ProgressPanel(QWidget):
    def __init__(self, ctx: Context, tab: PlanTab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tab = tab
        self.dirty = True
        self._reverting = False
        self._marking = False
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("progressUnitFilter")
        self.files = ProgressFiles(ctx, self)
        self.buttons = {
            "units": QPushButton(self.tr("Units…")),
            "report": self.files.report_button(),
            "form": QPushButton(self.tr("Unit form…")),
            "import": QPushButton(self.tr("Import filled forms…")),
        }
        self.buttons["units"].setToolTip(self.tr("The organisation's units that report their progress"))
        self.buttons["form"].setToolTip(
            self.tr("An Excel form for a unit to fill in its progress of a quarter")
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.unit_filter, 1)
        for b in self.buttons.values():
            bar.addWidget(b)
        self.model = ProgressModel(self)
        self.view = QTableView()
        self.view.setObjectName("progressView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(int(row_height(self.view.font()) * 1.4))
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.horizontalHeader().setHighlightSections(False)
        self.units = UnitReportsModel(self)
        self.units_view = make_table(self.units, stretch=1)
        self.units_view.setObjectName("progressUnitsView")
        self.units_view.setMaximumHeight(190)
        self.units_box = QWidget()
        ul = QVBoxLayout(self.units_box)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(QLabel(self.tr("Reports of each unit for this quarter")))
        ul.addWidget(self.units_view)
        self.editor = ProgressEditor(ctx)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.view, 1)
        ll.addWidget(legend_widget(ctx.lang))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.units_box)
        rl.addWidget(self.editor, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("progressSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([860, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.unit_filter.activated.connect(lambda _i: self.reload())
        self.view.selectionModel().currentChanged.connect(self._cell_changed)
        self.units_view.selectionModel().currentRowChanged.connect(lambda *_: self._unit_row_chosen())
        self.buttons["units"].clicked.connect(self.files.open_units)
        self.buttons["form"].clicked.connect(self.files.open_unit_form)
        self.buttons["import"].clicked.connect(self.files.import_forms)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.reload()

    def mark_dirty(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.reload()

    def version_id(self) -> int | None:
        return self.ctx.version_id

    def unit_id(self) -> int | None:
        data = self.unit_filter.currentData()
        return data if isinstance(data, int) else None

    def reload(self) -> None:
        self.dirty = False
        progress, plan, lang = self.ctx.services.progress, self.ctx.services.plan, self.ctx.lang
        chosen = self.unit_id()
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Every activity"), None)
        for u in progress.units():
            self.unit_filter.addItem(self.tr("Activities of {unit}").format(unit=u.name), u.id)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(chosen)))
        vid = self.version_id()
        key, column = self._current()
        if vid is None:
            self.model.load(None, {}, lang)
        else:
            titles = {
                ap.number: self.tr("Approach {number}: {title}").format(
                    number=text.num(ap.number, lang), title=ap.title
                )
                for ap in plan.approaches(vid)
            }
            grid = progress.grid(vid, unit_id=self.unit_id())
            self.model.load(grid, titles, lang, self.tab.filter.text())
        self._layout()
        self._select(key, column)

    def _layout(self) -> None:
        header = self.view.horizontalHeader()
        self.view.clearSpans()
        for r, row in enumerate(self.model.rows):
            if row.kind == "header":
                self.view.setSpan(r, 0, 1, self.model.columnCount())
        if self.model.columnCount() > 1:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in range(1, self.model.columnCount()):
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(c, 150)

    def _current(self) -> tuple[int | None, int]:
        index = self.view.currentIndex()
        if not index.isValid():
            return None, 0
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        return (key if isinstance(key, int) and key > 0 else None), index.column()

    def _select(self, key: int | None, column: int) -> None:
        row = self.model.row_of(key) if key is not None else -1
        if row < 0:
            row = next((i for i, r in enumerate(self.model.rows) if r.kind == "item"), -1)
        if row < 0:
            self.view.setCurrentIndex(QModelIndex())
            self._show(None, None)
            return
        index = self.model.index(row, column if column >= 1 else self._default_quarter())
        if index == self.view.currentIndex():
            self._show_index(index)
        else:
            self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _default_quarter(self) -> int:
        grid = self.model.grid
        if grid is None:
            return 1
        started = [q.quarter for q in grid.quarters if q.started]
        return started[-1] if started else 1

    # -- choosing a cell --------------------------------------------------------------------
    def _cell_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting:
            return
        if self.editor.dirty and not self.editor.save():  # what was typed is not lost: go back to it
            self._reverting = True
            keep = QPersistentModelIndex(previous)
            QTimer.singleShot(0, lambda: self._revert(keep))
            return
        if current.isValid() and current.column() == 0 and self.model.row_at(current.row()) is not None:
            row = self.model.rows[current.row()]
            if row.kind == "item":
                QTimer.singleShot(
                    0,
                    lambda: self.view.setCurrentIndex(
                        self.model.index(current.row(), self._default_quarter())
                    ),
                )
                return
        self._show_index(current)

    def _revert(self, keep: QPersistentModelIndex) -> None:
        if keep.isValid():
            self.view.setCurrentIndex(self.model.index(keep.row(), keep.column()))
        self._reverting = False

    def _show_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.kind != "item" or index.column() < 1:
            self._show(None, None)
            return
        self._show(row.key, index.column())

    def _show(self, activity_id: int | None, quarter: int | None) -> None:
        activity = self.ctx.services.plan.activity(activity_id) if activity_id else None
        cells = self.ctx.services.progress.unit_cells(activity_id, quarter) if activity_id and quarter else []
        per_unit = [c for c in cells if c.unit_id is not None]
        self.units.load(per_unit, self.ctx.lang)
        fit_columns(self.units_view, 220)
        self.units_box.setVisible(bool(per_unit))
        unit = self.unit_id() if self.unit_id() in {c.unit_id for c in per_unit} else self.editor.unit_id()
        self.editor.show_cell(activity, quarter, unit)
        self._mark_unit_row()

    def _mark_unit_row(self) -> None:
        row = self.units.row_of(self.editor.unit_id() or 0)
        if row >= 0:
            self._marking = True
            self.units_view.selectRow(row)
            self._marking = False

    def _unit_row_chosen(self) -> None:
        row = self.units.row_at(self.units_view.currentIndex().row())
        if self._marking or row is None or row.key == self.editor.unit_id():
            return
        if not self.editor.flush():
            self._mark_unit_row()
            return
        self.editor.unit.setCurrentIndex(max(0, self.editor.unit.findData(row.key)))
        self.editor._unit_chosen()

    def selected(self) -> tuple[int | None, int | None]:
        """The activity and quarter chosen in the grid."""
        key, column = self._current()
        return key, (column if column >= 1 else None)

    def flush(self) -> None:
        self.editor.flush()
