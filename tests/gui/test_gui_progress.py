"""The plan's progress view: the coloured grid, the editor, one unit's view, the report, the unit forms."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from ethicsdesk.domain.models import OrgUnit
from ethicsdesk.domain.progress import ProgressStatus
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.plan import progress_files
from ethicsdesk.gui.plan.progress import ProgressPanel
from ethicsdesk.gui.plan.progress_model import CELL_ROLE, COUNT_ROLE
from ethicsdesk.gui.plan.units import UnitsDialog
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.services import Services
from ethicsdesk.services.progress import GridCell
from ethicsdesk.storage import Workspace
from ethicsdesk.thai import to_thai_digits


@pytest.fixture
def units(services: Services) -> tuple[OrgUnit, OrgUnit]:
    secretariat = services.progress.add_unit("สำนักงานเลขานุการกรม", "สล.กสอ.")
    division = services.progress.add_unit("กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม", "กพข.")
    return secretariat, division


@pytest.fixture
def panel(units: tuple[OrgUnit, OrgUnit], window: MainWindow) -> ProgressPanel:
    window.tabs.setCurrentIndex(2)
    window.plan.sub_tabs.setCurrentIndex(1)
    QApplication.processEvents()
    return window.plan.progress


def _activity(panel: ProgressPanel, number: int) -> int:
    return next(
        a.id or 0 for a in panel.ctx.services.plan.activities(panel.ctx.version_id or 0) if a.number == number
    )


def _choose(panel: ProgressPanel, number: int, quarter: int) -> None:
    row = panel.model.row_of(_activity(panel, number))
    panel.view.setCurrentIndex(panel.model.index(row, quarter))
    QApplication.processEvents()


def _cell(panel: ProgressPanel, number: int, quarter: int) -> GridCell:
    cell = panel.model.cell(panel.model.row_of(_activity(panel, number)), quarter)
    assert cell is not None
    return cell


def _status(panel: ProgressPanel, status: ProgressStatus) -> None:
    combo = panel.editor.status
    combo.setCurrentIndex(combo.findData(status.value))
    panel.editor.dirty = True


def _ok(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()


def test_the_grid_colours_each_quarter_and_marks_overdue_milestones(panel: ProgressPanel) -> None:
    assert panel.model.headers[1].startswith("ไตรมาสที่ ๑")
    overdue = _cell(panel, 15, 1)
    assert overdue.state == "overdue" and overdue.overdue_milestones
    index = panel.model.index(panel.model.row_of(_activity(panel, 15)), 1)
    assert index.data() == "เลยกำหนด" and index.data(COUNT_ROLE) == "๐/๒", "every unit reports it"
    assert "เลยกำหนดหมุดหมาย" in index.data(3)  # the tooltip names the milestone passed
    assert isinstance(index.data(CELL_ROLE), GridCell)
    own = panel.model.index(panel.model.row_of(_activity(panel, 10)), 1)
    assert own.data() == "ไม่ได้รายงานผล" and own.data(COUNT_ROLE) is None, "สล.กสอ. alone reports 10"
    headers = [r for r in panel.model.rows if r.kind == "header"]
    assert headers and headers[0].cells[0].startswith("แนวทางการพัฒนาที่ ๑")


def test_recording_progress_is_one_undoable_edit(
    panel: ProgressPanel, units: tuple[OrgUnit, OrgUnit]
) -> None:
    progress, aid = panel.ctx.services.progress, _activity(panel, 10)
    _choose(panel, 10, 1)
    editor = panel.editor
    assert editor.unit.isVisible() and editor.unit.currentData() == units[0].id
    assert "กิจกรรมข้อ ๑๐ ไตรมาสที่ ๑" in editor.heading.text()
    _status(panel, ProgressStatus.DONE)
    editor.done.setPlainText("ชี้แจงแนวทางปฏิบัติแก่บุคลากรทุกกลุ่มงาน")
    editor.spent.setText("๑๒,๕๐๐")
    editor.reported_by.setText("นางสาวกรอก แบบฟอร์ม")
    editor.reported_on.set_date(dt.date(2022, 12, 28))
    if editor.indicators and editor.indicators[0].target.kind != "text":
        editor.indicators[0].value.setText("๘๕")
    editor.save_button.click()
    record = progress.record(aid, 1, units[0].id)
    assert record is not None and record.status == ProgressStatus.DONE and record.spent_satang == 1_250_000
    assert _cell(panel, 10, 1).state == "done" and panel.editor.remove_button.isEnabled()
    panel.window().undo_action.trigger()  # type: ignore[attr-defined]
    assert progress.record(aid, 1, units[0].id) is None and _cell(panel, 10, 1).state == "missing"
    panel.window().redo_action.trigger()  # type: ignore[attr-defined]
    again = progress.record(aid, 1, units[0].id)
    assert again is not None and again.done_text == "ชี้แจงแนวทางปฏิบัติแก่บุคลากรทุกกลุ่มงาน"


def test_a_refused_report_is_said_under_the_form_and_kept(
    panel: ProgressPanel, units: tuple[OrgUnit, OrgUnit]
) -> None:
    progress, aid = panel.ctx.services.progress, _activity(panel, 10)
    _choose(panel, 10, 2)
    panel.editor.save_button.click()
    assert "กรุณาเลือกสถานะ" in panel.editor.error.text()
    _status(panel, ProgressStatus.CANCELLED)
    panel.editor.save_button.click()
    assert panel.editor.error.isVisible() and "เหตุผลที่ยกเลิก" in panel.editor.error.text()
    assert progress.record(aid, 2, units[0].id) is None
    _choose(panel, 10, 3)  # moving on tries to save what was typed; refused, so the cell stays chosen
    QApplication.processEvents()
    assert panel.selected() == (aid, 2) and panel.editor.status.currentData() == "cancelled"
    panel.editor.problems.setPlainText("งดจัดเพราะงบประมาณถูกปรับลด")
    _choose(panel, 10, 3)
    record = progress.record(aid, 2, units[0].id)
    assert record is not None and record.status == ProgressStatus.CANCELLED, "saved on leaving the cell"
    assert panel.selected() == (aid, 3)


def test_one_units_view_and_each_units_report(panel: ProgressPanel, units: tuple[OrgUnit, OrgUnit]) -> None:
    secretariat, division = units
    panel.unit_filter.setCurrentIndex(panel.unit_filter.findData(division.id))
    panel.unit_filter.activated.emit(panel.unit_filter.currentIndex())
    numbers = {r.payload.number for r in panel.model.rows if r.kind == "item"}
    assert numbers == {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 16, 17}, "not สล.กสอ.'s own 10, 12, 13, 14"
    _choose(panel, 5, 1)
    assert panel.editor.unit_id() == division.id and not panel.units_box.isHidden()
    assert [r.cells[0] for r in panel.units.rows] == ["สล.กสอ.", "กพข."]
    panel.units_view.selectRow(0)
    QApplication.processEvents()
    assert panel.editor.unit_id() == secretariat.id


def test_the_six_month_report_prints(
    panel: ProgressPanel, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethicsdesk.gui import printing

    opened: list[Path] = []
    monkeypatch.setattr(printing, "show_pdf", lambda _w, path, _t: opened.append(path))
    panel.files.print_report(6)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    words = subprocess.run(
        ["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "๖ เดือน" in words or "6 เดือน" in words


def test_a_report_of_a_period_not_ended_asks_first(
    panel: ProgressPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Early(dt.date):
        @classmethod
        def today(cls) -> Early:
            return cls(2023, 2, 1)

    monkeypatch.setattr(progress_files, "dt", type("dt", (), {"date": Early}))
    built: list[tuple[object, ...]] = []
    monkeypatch.setattr("ethicsdesk.gui.printing.build_and_open", lambda *a: built.append(a))
    panel.files.print_report(6)
    box = panel.findChild(QMessageBox, "reportPeriodOpen")
    assert box is not None and box.isVisible() and "๓๑ มีนาคม ๒๕๖๖" in box.text()
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert isinstance(accept, QPushButton)
    accept.click()
    assert built and built[0][-1] is True, "allowed as a preliminary report"


def _row(sheet: Any, number: int) -> int:
    label = to_thai_digits(f"{number}.")
    return next(r[0].row for r in sheet.iter_rows(min_col=1, max_col=1) if r[0].value == label)


def test_a_units_form_is_generated_filled_and_imported(
    panel: ProgressPanel, units: tuple[OrgUnit, OrgUnit], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ethicsdesk.office.forms import ACTIVITY_SHEET

    division, progress = units[1], panel.ctx.services.progress
    form = tmp_path / "form.xlsx"
    monkeypatch.setattr(progress_files, "choose_save_path", lambda *_a: str(form))
    panel.unit_filter.setCurrentIndex(panel.unit_filter.findData(division.id))
    _choose(panel, 9, 2)
    panel.files.open_unit_form()
    dialog = panel.files.dialog
    assert isinstance(dialog, FormDialog) and dialog.unit.currentData() == division.id  # type: ignore[attr-defined]
    assert dialog.quarter.currentData() == 2  # type: ignore[attr-defined]
    _ok(dialog)
    assert form.exists() and str(form) in panel.window().status_label.text()  # type: ignore[attr-defined]
    book = load_workbook(form)
    sheet = book[ACTIVITY_SHEET]
    sheet["E4"], sheet["E5"] = "นายกรอก ฟอร์ม", "๒๘ มี.ค. ๖๖"
    r9 = _row(sheet, 9)
    sheet[f"E{r9}"], sheet[f"F{r9}"], sheet[f"G{r9}"] = "อยู่ระหว่างดำเนินการ", "ปลูกป่าชายเลน", 12500
    filled = tmp_path / "filled.xlsx"
    book.save(filled)

    monkeypatch.setattr(progress_files, "choose_open_paths", lambda *_a: [str(filled)])
    panel.files.import_forms()
    confirm = panel.files.dialog
    assert isinstance(confirm, FormDialog) and confirm.objectName() == "importFormsDialog"
    rows = confirm.changes.rows  # type: ignore[attr-defined]
    assert any(r.cells[4:] == ["", "ปลูกป่าชายเลน"] for r in rows), "old → new, field by field"
    assert progress.record(_activity(panel, 9), 2, division.id) is None, "nothing before confirming"
    _ok(confirm)
    record = progress.record(_activity(panel, 9), 2, division.id)
    assert record is not None and record.spent_satang == 1_250_000 and record.reported_by == "นายกรอก ฟอร์ม"
    assert _cell(panel, 9, 2).reported == 1
    panel.window().undo_action.trigger()  # type: ignore[attr-defined]
    assert progress.record(_activity(panel, 9), 2, division.id) is None


def test_a_form_of_another_year_is_refused_in_the_preview(
    panel: ProgressPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-a-form.xlsx"
    bad.write_bytes(b"PK not really a workbook")
    monkeypatch.setattr(progress_files, "choose_open_paths", lambda *_a: [str(bad)])
    panel.files.import_forms()
    confirm = panel.files.dialog
    assert isinstance(confirm, FormDialog)
    assert "not-a-form.xlsx" in confirm.problems.text()  # type: ignore[attr-defined]
    assert not confirm.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    confirm.reject()


def test_units_are_added_renamed_and_removed(panel: ProgressPanel) -> None:
    panel.files.open_units()
    dialog = panel.files.dialog
    assert isinstance(dialog, UnitsDialog) and dialog.model.rowCount() == 2
    dialog.open_add()
    add = dialog.dialog
    assert isinstance(add, FormDialog)
    add.name.setText("กองบริหารทรัพยากรบุคคล")  # type: ignore[attr-defined]
    add.short.setText("กบท.")  # type: ignore[attr-defined]
    _ok(add)
    assert [r.cells[2] for r in dialog.model.rows] == ["สล.กสอ.", "กพข.", "กบท."]
    assert panel.unit_filter.count() == 4, "the view offers the new unit"
    dialog.model.setData(dialog.model.index(2, 1), "กองบริหารทรัพยากรบุคคล (กบท.)")
    assert dialog.model.rows[2].cells[1] == "กองบริหารทรัพยากรบุคคล (กบท.)"
    dialog.view.selectRow(2)
    dialog.remove()
    assert dialog.model.rowCount() == 2
    panel.window().undo_action.trigger()  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 3
    dialog.close()


def test_an_empty_workspace_shows_an_empty_progress_view(
    qapp: QApplication, ws: Workspace, settings: Any
) -> None:
    from ethicsdesk.gui.app import Controller

    c = Controller(Services(ws), "th", settings)
    try:
        c.show()
        c.window.tabs.setCurrentIndex(2)
        c.window.plan.sub_tabs.setCurrentIndex(1)
        QApplication.processEvents()
        panel = c.window.plan.progress
        assert panel.model.rowCount() == 0 and panel.unit_filter.count() == 1
        assert not panel.editor.form_body.isEnabled()
        panel.files.print_report(6)  # no plan: nothing to print, nothing said wrong
        assert c.window.status_label.text() == ""
    finally:
        c.window.close()
