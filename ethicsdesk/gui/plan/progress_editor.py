"""The progress of one activity in one quarter (for one unit, when units report it): status, what was done,
indicator results, money spent, evidence, problems, who reported and when. Saved as a whole with Save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.models import Activity, IndicatorResult, OrgUnit, ProgressRecord
from ethicsdesk.domain.progress import PROGRESS_STATUS_LABELS, number_text, parse_target, unit_label
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.gui import text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.widgets.fields import DateField, InlineError
from ethicsdesk.services.progress import IndicatorEntry, ProgressEntry


class _Indicator:
    """The row of one indicator: its words and target, the result (or met / not met), a note."""

    def __init__(self, position: int, words: str, lang: str) -> None:
        self.position = position
        self.target = parse_target(words)
        self.label = QLabel(f"{text.num(position, lang)}. {words}")
        self.label.setWordWrap(True)
        self.goal = QLabel(self.target.label(lang != "en"))
        self.value = QLineEdit()
        self.met = QComboBox()
        for word, data in (("", None), ("บรรลุ", True), ("ไม่บรรลุ", False)):
            self.met.addItem(word, data)
        self.note = QLineEdit()
        numeric = self.target.kind != "text"
        self.value.setVisible(numeric)
        self.met.setVisible(not numeric)
        self.value.setPlaceholderText("ร้อยละ" if self.target.kind == "percent" else self.target.unit)

    def load(self, result: IndicatorResult | None, lang: str) -> None:
        hundredths = result.value_hundredths if result else None
        self.value.setText(text.num(number_text(hundredths), lang) if hundredths is not None else "")
        self.met.setCurrentIndex(max(0, self.met.findData(result.met if result else None)))
        self.note.setText(result.note if result else "")

    def entry(self) -> IndicatorEntry:
        numeric = self.target.kind != "text"
        return IndicatorEntry(
            self.position,
            self.value.text() if numeric else None,
            None if numeric else self.met.currentData(),
            self.note.text(),
        )


class ProgressEditor(QScrollArea):
    saved = Signal()  # a record was saved or removed

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity: Activity | None = None
        self.quarter: int | None = None
        self.record: ProgressRecord | None = None
        self.units: list[OrgUnit] = []
        self.dirty = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("progressHeading")
        self.heading.setWordWrap(True)
        self.unit = QComboBox()
        self.unit.setObjectName("progressUnit")
        self.status = QComboBox()
        self.status.setObjectName("progressStatus")
        self.status.addItem(self.tr("(choose)"), None)
        for status, (th, en) in PROGRESS_STATUS_LABELS.items():
            self.status.addItem(en if ctx.lang == "en" else th, status.value)
        self.done = QPlainTextEdit()
        self.done.setObjectName("progressDone")
        self.done.setMaximumHeight(110)
        self.indicator_box = QWidget()
        self.indicator_grid = QGridLayout(self.indicator_box)
        self.indicator_grid.setContentsMargins(0, 0, 0, 0)
        self.indicators: list[_Indicator] = []
        self.spent = QLineEdit()
        self.spent.setObjectName("progressSpent")
        self.spent.setPlaceholderText(self.tr("baht spent in this quarter, e.g. 12,500.50"))
        self.evidence = QLineEdit()
        self.problems = QPlainTextEdit()
        self.problems.setMaximumHeight(80)
        self.problems.setPlaceholderText(self.tr("Problems, and why it is late or cancelled"))
        self.reported_by = QLineEdit()
        self.reported_on = DateField(ctx.lang)
        self.error = InlineError()
        self.error.setObjectName("progressError")
        self.save_button = QPushButton(self.tr("Save progress"))
        self.save_button.setObjectName("saveProgress")
        self.remove_button = QPushButton(self.tr("Remove this report"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unit_label = QLabel(self.tr("Unit"))
        form.addRow(self.unit_label, self.unit)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("What was done"), self.done)
        form.addRow(self.tr("Indicator results"), self.indicator_box)
        form.addRow(self.tr("Money spent"), self.spent)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Problems"), self.problems)
        form.addRow(self.tr("Reported by"), self.reported_by)
        form.addRow(self.tr("Reported on"), self.reported_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        self.form_body = body
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.unit.activated.connect(lambda _i: self._unit_chosen())
        for signal in (self.done.textChanged, self.problems.textChanged):
            signal.connect(self._touched)
        for line in (self.spent, self.evidence, self.reported_by):
            line.textEdited.connect(self._touched)
        self.status.activated.connect(self._touched)
        self.reported_on.date_edited.connect(self._touched)
        self.show_cell(None, None)

    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True

    # -- loading ----------------------------------------------------------------------------
    def unit_id(self) -> int | None:
        data = self.unit.currentData()
        return data if isinstance(data, int) else None

    def show_cell(self, activity: Activity | None, quarter: int | None, unit_id: int | None = None) -> None:
        """Show the record of ``activity`` in ``quarter`` (for ``unit_id`` among its reporting units)."""
        self._loading = True
        self.activity, self.quarter = activity, quarter
        lang = self.ctx.lang
        self.form_body.setEnabled(activity is not None and quarter is not None)
        self.units = self.ctx.services.progress.units_for_activity(activity.id or 0) if activity else []
        self.unit.clear()
        for u in self.units:
            self.unit.addItem(unit_label(u), u.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        self.unit.setVisible(bool(self.units))
        self.unit_label.setVisible(bool(self.units))
        self._build_indicators(activity.indicators if activity else [])
        if activity is None or quarter is None:
            self.heading.setText(self.tr("Select an activity's quarter in the grid."))
        else:
            self.heading.setText(
                self.tr("Activity {number}, quarter {quarter}: {name}").format(
                    number=text.num(activity.number, lang),
                    quarter=text.num(quarter, lang),
                    name=activity.name,
                )
            )
        self._load_record()
        self._loading = False

    def _unit_chosen(self) -> None:
        self._loading = True
        self._load_record()
        self._loading = False

    def _build_indicators(self, words: list[str]) -> None:
        while self.indicator_grid.count():
            item = self.indicator_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.indicators = [_Indicator(i, w, self.ctx.lang) for i, w in enumerate(words, 1)]
        for row, ind in enumerate(self.indicators):
            self.indicator_grid.addWidget(ind.label, 2 * row, 0, 1, 3)
            self.indicator_grid.addWidget(
                QLabel(self.tr("target {goal}").format(goal=ind.goal.text())), 2 * row + 1, 0
            )
            self.indicator_grid.addWidget(ind.value if ind.target.kind != "text" else ind.met, 2 * row + 1, 1)
            ind.note.setPlaceholderText(self.tr("note"))
            self.indicator_grid.addWidget(ind.note, 2 * row + 1, 2)
            ind.value.textEdited.connect(self._touched)
            ind.note.textEdited.connect(self._touched)
            ind.met.activated.connect(self._touched)
        if not self.indicators:
            self.indicator_grid.addWidget(QLabel(self.tr("(no indicators)")), 0, 0)

    def _load_record(self) -> None:
        a, q, lang = self.activity, self.quarter, self.ctx.lang
        progress = self.ctx.services.progress
        record = progress.record(a.id or 0, q, self.unit_id()) if a is not None and q is not None else None
        self.record = record
        results = {r.position: r for r in progress.results(record.id or 0)} if record else {}
        self.status.setCurrentIndex(max(0, self.status.findData(record.status.value if record else None)))
        self.done.setPlainText(record.done_text if record else "")
        for ind in self.indicators:
            ind.load(results.get(ind.position), lang)
        spent = record.spent_satang if record else None
        self.spent.setText(text.baht(spent, lang) if spent is not None else "")
        self.evidence.setText(record.evidence if record else "")
        self.problems.setPlainText(record.problems if record else "")
        self.reported_by.setText(record.reported_by if record else "")
        self.reported_on.set_date(record.reported_on if record else None)
        self.remove_button.setEnabled(record is not None)
        self.error.clear()
        self.dirty = False

    # -- saving -----------------------------------------------------------------------------
    def entry(self) -> ProgressEntry:
        a, q = self.activity, self.quarter
        assert a is not None and q is not None
        status = self.status.currentData()
        if status is None:
            raise ValidationError("กรุณาเลือกสถานะของกิจกรรม", "Please choose the status of the activity")
        self.reported_on.commit()
        return ProgressEntry(
            a.id or 0, q, str(status), self.unit_id(), self.done.toPlainText(), self.spent.text(),
            self.evidence.text(), self.problems.toPlainText(), self.reported_by.text(), self.reported_on.date(),
            tuple(ind.entry() for ind in self.indicators),
        )  # fmt: skip

    def save(self) -> bool:
        """Save the form through the undo stack; a refusal is shown under the form. True when saved."""
        a, q = self.activity, self.quarter
        if a is None or q is None:
            return True
        progress, ids, unit = self.ctx.services.progress, self.ctx.ids, self.unit_id()
        try:
            entry = self.entry()
        except UserError as exc:
            self.error.show_message(self.ctx.message(exc))
            return False
        before = progress.entry(a.id or 0, q, unit)
        aid = a.id or 0
        refusal = self.ctx.execute(
            self.tr("Record the progress of activity {number}").format(
                number=text.num(a.number, self.ctx.lang)
            ),
            lambda: progress.save(_with_activity(entry, ids.resolve("activity", aid))),
            lambda: progress.put_back(ids.resolve("activity", aid), q, unit, before),
            ("progress",),
            snapshot=lambda: progress.entry(ids.resolve("activity", aid), q, unit),
        )
        if refusal is not None:
            self.error.show_message(self.ctx.message(refusal))
            return False
        self.dirty = False
        self.error.clear()
        self.saved.emit()
        return True

    def flush(self) -> bool:
        """Save what was typed and not saved yet; False when the records refuse it (shown)."""
        return self.save() if self.dirty else True

    def remove(self) -> None:
        a, q, record = self.activity, self.quarter, self.record
        if a is None or q is None or record is None:
            return
        progress, ids, unit, aid = self.ctx.services.progress, self.ctx.ids, self.unit_id(), a.id or 0
        before = progress.entry(aid, q, unit)
        refusal = self.ctx.execute(
            self.tr("Remove the progress of activity {number}").format(
                number=text.num(a.number, self.ctx.lang)
            ),
            lambda: progress.put_back(ids.resolve("activity", aid), q, unit, None),
            lambda: progress.put_back(ids.resolve("activity", aid), q, unit, before),
            ("progress",),
        )
        if refusal is None:
            self.dirty = False
            self.saved.emit()
        else:
            self.error.show_message(self.ctx.message(refusal))

    _loading = False


def _with_activity(entry: ProgressEntry, activity_id: int) -> ProgressEntry:
    from dataclasses import replace

    return replace(entry, activity_id=activity_id)
