"""Around the progress view: the 3/6/9/12-month report, the units, and the units' Excel forms.

A unit's form is generated for one quarter; filled forms are read and checked first, their changes
shown field by field, and imported only when the user confirms (one undoable edit for all of them).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QMessageBox, QToolButton, QWidget

from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.gui import file_dialogs, text
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.widgets.ask import ask
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.gui.widgets.views import fit_columns, make_table
from ethicsdesk.services import Services

if TYPE_CHECKING:
    from ethicsdesk.gui.plan.progress import ProgressPanel
    from ethicsdesk.unit_forms import FormChange


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """A file name to write (tests replace this)."""
    return file_dialogs.save_file(parent, title, suggested, filters)


def choose_open_paths(parent: QWidget, title: str, filters: str) -> list[str]:
    """Files to read (tests replace this)."""
    return file_dialogs.open_files(parent, title, "", filters)


def report_pdf(services: Services, version_id: int, months: int, allow_open: bool, path: Path) -> None:
    """The 3/6/9/12-month progress report as a PDF (runs on the background thread)."""
    from ethicsdesk.printing import report_document, write_document

    doc = report_document(services.workspace, version_id, months, allow_open_period=allow_open)
    write_document(doc, path)


class FormChangesModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers(
            [self.tr("Unit"), self.tr("Activity"), self.tr("Quarter"), self.tr("Field"), self.tr("Now"),
             self.tr("From the form")]
        )  # fmt: skip

    def load(self, changes: list[FormChange], lang: str) -> None:
        rows = []
        for i, c in enumerate(changes):
            label = c.label_en if lang == "en" else c.label_th
            activity = f"{text.num(c.activity_number, lang)}. {c.activity_name}"
            rows.append(Row(i, [c.unit, activity, text.num(c.quarter, lang), label, c.old, c.new], payload=c))
        self.set_rows(rows)


class ProgressFiles(QObject):
    def __init__(self, ctx: Context, panel: ProgressPanel) -> None:
        super().__init__(panel)
        self.ctx = ctx
        self.panel = panel
        self.dialog: QWidget | None = None

    def _fiscal_year(self) -> int:
        return self.panel.tab.fiscal_year()

    def _say_problem(self, exc: UserError) -> None:
        self.ctx.report(exc)
        self.dialog = ask(
            self.panel, "progressProblem", QMessageBox.Icon.Warning, self.tr("Progress"),
            self.ctx.message(exc), "", [(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole, None)],
        )  # fmt: skip

    # -- the report -------------------------------------------------------------------------
    def report_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("progressReport")
        button.setText(self.tr("Print report"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for months in (3, 6, 9, 12):
            words = self.tr("{months} months").format(months=text.num(months, self.ctx.lang))
            if months == 12:
                words = self.tr("12 months (the year)").replace("12", text.num(12, self.ctx.lang))
            action = menu.addAction(words)
            action.triggered.connect(lambda _c=False, m=months: self.print_report(m))
        button.setMenu(menu)
        return button

    def print_report(self, months: int, *, allow_open: bool = False) -> None:
        from ethicsdesk.gui import printing
        from ethicsdesk.services.progress_period import period
        from ethicsdesk.thai import quarter_range

        vid, fy = self.ctx.version_id, self._fiscal_year()
        if vid is None or not fy:
            return
        self.panel.flush()
        _kind, _first, last = period(fy, months, None)
        end = quarter_range(fy, last)[1]
        if end >= dt.date.today() and not allow_open:
            self.dialog = ask(
                self.panel, "reportPeriodOpen", QMessageBox.Icon.Question, self.tr("Print report"),
                self.tr("The period ends on {date}; it has not ended yet.").format(date=text.date_long(end, self.ctx.lang)),
                self.tr("Print a preliminary report now? It says that it was made before the period ended."),
                [(self.tr("Print preliminary report"), QMessageBox.ButtonRole.AcceptRole,
                  lambda: self.print_report(months, allow_open=True)),
                 (self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole, None)],
            )  # fmt: skip
            return
        printing.build_and_open(self.panel.window(), report_pdf, f"report-{months}", vid, months, allow_open)

    # -- units ------------------------------------------------------------------------------
    def open_units(self) -> None:
        from ethicsdesk.gui.plan.units import UnitsDialog

        dialog = UnitsDialog(self.ctx, self.panel)
        self.dialog = dialog
        dialog.open()

    # -- a unit's form ----------------------------------------------------------------------
    def open_unit_form(self) -> None:
        from ethicsdesk.unit_forms import unit_form_to_file

        units = self.ctx.services.progress.units()
        vid, fy = self.ctx.version_id, self._fiscal_year()
        if vid is None:
            return
        if not units:
            self._say_problem(
                ValidationError(
                    "ยังไม่มีหน่วยงานในสังกัด กรุณาเพิ่มหน่วยงานก่อน (ปุ่ม «หน่วยงาน…»)",
                    "There are no units yet; add them first (the Units… button)",
                )
            )
            return
        dialog = FormDialog(self.tr("Unit form"), self.panel)
        dialog.setObjectName("unitFormDialog")
        unit, quarter = QComboBox(), QComboBox()
        for u in units:
            unit.addItem(u.name, u.id)
        unit.setCurrentIndex(max(0, unit.findData(self.panel.unit_id())))
        for q in range(1, 5):
            quarter.addItem(text.num(q, self.ctx.lang), q)
        quarter.setCurrentIndex((self.panel.selected()[1] or self.panel._default_quarter()) - 1)
        dialog.form.addRow(self.tr("Unit"), unit)
        dialog.form.addRow(self.tr("Quarter"), quarter)
        note = QLabel(self.tr("What the unit has already reported for the quarter is filled in."))
        note.setWordWrap(True)
        dialog.form.addRow(note)
        dialog.unit, dialog.quarter = unit, quarter  # type: ignore[attr-defined]

        def apply() -> UserError | None:
            chosen = next(u for u in units if u.id == unit.currentData())
            q = int(quarter.currentData())
            stem = (chosen.short_name or chosen.name).replace("/", "-").rstrip(".")
            suggested = f"{stem}-{fy}-q{q}.xlsx"
            path = choose_save_path(
                dialog, self.tr("Save the unit form"), suggested, self.tr("Excel (*.xlsx)")
            )
            if not path:
                return ValidationError("ยังไม่ได้เลือกที่บันทึกแฟ้ม", "No file was chosen")
            target = Path(path if path.endswith(".xlsx") else path + ".xlsx")
            try:
                made = unit_form_to_file(self.ctx.services.workspace, vid, chosen.id or 0, q, target)
            except UserError as exc:
                return exc
            self.ctx.say(self.tr("The form of {unit} is in {path}").format(unit=chosen.name, path=made))
            return None

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    # -- importing filled forms -------------------------------------------------------------
    def import_forms(self) -> None:
        from ethicsdesk.unit_forms import preview_form_import

        fy = self._fiscal_year()
        paths = choose_open_paths(self.panel, self.tr("Import filled forms"), self.tr("Excel (*.xlsx)"))
        if not paths or not fy:
            return
        self.panel.flush()
        ws, previews, problems = self.ctx.services.workspace, [], []
        for p in paths:
            try:
                previews.append(
                    (Path(p), preview_form_import(ws, p, fiscal_year=fy, committee=self.ctx.committee_id))
                )
            except UserError as exc:
                problems.append(f"{Path(p).name}: {self.ctx.message(exc)}")
        self._confirm(fy, previews, problems)

    def _confirm(self, fy: int, previews: list[tuple[Path, list[FormChange]]], problems: list[str]) -> None:
        changes = [c for _p, cs in previews for c in cs]
        dialog = FormDialog(self.tr("Import filled forms"), self.panel)
        dialog.setObjectName("importFormsDialog")
        dialog.setMinimumWidth(900)
        model = FormChangesModel(dialog)
        model.load(changes, self.ctx.lang)
        view = make_table(model, stretch=5)
        view.setMinimumHeight(320)
        fit_columns(view, 260)
        summary = QLabel(
            self.tr("{changes} changes from {forms} forms. Nothing is imported until you confirm.").format(
                changes=text.num(len(changes), self.ctx.lang), forms=text.num(len(previews), self.ctx.lang)
            )
            if changes
            else self.tr("The forms change nothing: the records already say what they say.")
        )
        summary.setWordWrap(True)
        dialog.form.addRow(summary)
        dialog.form.addRow(view)
        refused = QLabel("\n".join(problems))
        refused.setWordWrap(True)
        refused.setStyleSheet("color: #b3261e;")
        refused.setVisible(bool(problems))
        dialog.form.addRow(refused)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(bool(changes))
        dialog.changes, dialog.problems = model, refused  # type: ignore[attr-defined]

        def apply() -> UserError | None:
            return self._apply(fy, [(p, cs) for p, cs in previews if cs])

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def _apply(self, fy: int, previews: list[tuple[Path, list[FormChange]]]) -> UserError | None:
        from ethicsdesk.printing import plan_version_id
        from ethicsdesk.unit_forms import apply_form_import

        ws, progress = self.ctx.services.workspace, self.ctx.services.progress
        try:
            vid = plan_version_id(ws, fy, committee=self.ctx.committee_id)
        except UserError as exc:
            return exc
        quarters = sorted({c.quarter for _p, cs in previews for c in cs})
        before = {q: progress.quarter_entries(vid, q) for q in quarters}
        first = {"time": True}

        def do() -> None:
            with_expected = first["time"]
            first["time"] = False
            for path, changes in previews:
                apply_form_import(
                    ws,
                    path,
                    expected=changes if with_expected else None,
                    fiscal_year=fy,
                    committee=self.ctx.committee_id,
                )

        def undo() -> None:
            for q, entries in before.items():
                progress.put_back_quarter(vid, q, entries)

        refusal = self.ctx.execute(
            self.tr("Import {forms} filled forms").format(forms=text.num(len(previews), self.ctx.lang)),
            do,
            undo,
            ("progress",),
        )
        if refusal is None:
            count = text.num(sum(len(cs) for _p, cs in previews), self.ctx.lang)
            self.ctx.say(self.tr("Imported {changes} changes from the forms").format(changes=count))
        return refusal
