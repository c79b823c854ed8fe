"""The main window: four tabs, the menus, the shortcuts, the status area; its layout is remembered."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from ethicsdesk.errors import UserError
from ethicsdesk.gui import file_dialogs, places, printing
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.files import FileActions
from ethicsdesk.gui.settings import SettingsDialog
from ethicsdesk.gui.widgets.lazy import LazySlot
from ethicsdesk.gui.widgets.page import TabPage
from ethicsdesk.gui.worker import Background

if TYPE_CHECKING:
    from ethicsdesk.gui.budget.tab import BudgetTab
    from ethicsdesk.gui.meetings.tab import MeetingsTab
    from ethicsdesk.gui.plan.tab import PlanTab
    from ethicsdesk.gui.roster.tab import RosterTab

PAGES = (("roster", "RosterTab"), ("meetings", "MeetingsTab"), ("plan", "PlanTab"), ("budget", "BudgetTab"))


class Shell(Protocol):
    """What the window asks of the program around it: other workspaces, other settings."""

    def new_workspace(self, path: Path, committee: str, organisation: str) -> None: ...
    def open_workspace(self, path: Path, *, read_only: bool = False, take_over: bool = False) -> None: ...
    def restore_backup(self, backup: Path) -> object: ...
    def recover_workspace(self, path: Path) -> object: ...
    def import_json(self, source: Path, target: Path) -> None: ...
    def export_json(self, target: Path) -> None: ...
    def apply_settings(self, lang: str, point_size: int) -> None: ...


class MainWindow(QMainWindow):
    """The window; it can be shown before its workspace is open (``ctx`` not yet ready: start-up paints
    the window first, then opens the file), the tabs and the actions that need the records waiting."""

    def __init__(
        self, ctx: Context, shell: Shell | None = None, *, path: Path | None = None, read_only: bool = False
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.shell = shell
        self._opening = (path, read_only)
        self._actions: list[QAction] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self._title())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.slots = [LazySlot(ctx, f"ethicsdesk.gui.{module}.tab", cls) for module, cls in PAGES]
        for slot, title in zip(
            self.slots,
            (self.tr("&1 Roster"), self.tr("&2 Meetings"), self.tr("&3 Action plan"), self.tr("&4 Budget")),
            strict=True,
        ):
            self.tabs.addTab(slot, title)
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusMessage")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_label, 1)
        self.dialog: QWidget | None = None
        self.background = Background(self)  # long work (PDFs) off the window's thread
        self.painted = False
        self.files = FileActions(self)
        self._build_menus()
        ctx.status.connect(self.show_status)
        ctx.locator = lambda: places.locate(self.tabs)
        ctx.revealer = lambda place: places.reveal(self.tabs, place)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._previous_tab = 0
        self.resize(1400, 900)
        self.restore_layout()
        if not ctx.ready:
            for action in self._actions:
                if action not in (self.quit_action, self.about_action, self.guide_action):
                    action.setEnabled(False)
            ctx.attached.connect(self._attached)

    def _title(self) -> str:
        if self.ctx.ready:
            ws = self.ctx.services.workspace
            name, read_only = ws.name, bool(getattr(ws, "read_only", False))  # a server's: user@host/db
        else:
            path, read_only = self._opening
            name = path.name if path is not None else None
        suffix = " " + self.tr("(read-only)") if read_only else ""
        # Qt appends " — EthicsDesk" itself (the application's display name) to any title that does not
        # end with it, so the title names only the file.
        return f"{name}{suffix}" if name is not None else "EthicsDesk"

    def _attached(self) -> None:
        """The workspace is open: its name in the title, every action available."""
        self.setWindowTitle(self._title())
        for action in self._actions:
            action.setEnabled(True)
        self.undo_action.setEnabled(self.ctx.undo_stack.canUndo())
        self.redo_action.setEnabled(self.ctx.undo_stack.canRedo())

    # The tabs, each built the first time it is shown or asked for.
    @property
    def roster(self) -> RosterTab:
        return self.slots[0].build()  # type: ignore[return-value]

    @property
    def meetings(self) -> MeetingsTab:
        return self.slots[1].build()  # type: ignore[return-value]

    @property
    def plan(self) -> PlanTab:
        return self.slots[2].build()  # type: ignore[return-value]

    @property
    def budget(self) -> BudgetTab:
        return self.slots[3].build()  # type: ignore[return-value]

    def pages(self) -> list[TabPage]:
        """Every tab, built now if it was not yet."""
        return [slot.build() for slot in self.slots]

    def built_pages(self) -> list[TabPage]:
        return [slot.page for slot in self.slots if slot.page is not None]

    # -- menus and shortcuts ----------------------------------------------------------------
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        self._actions.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(
            self._action(self.tr("&New workspace…"), self.new_workspace, QKeySequence.StandardKey.New)
        )
        file.addAction(
            self._action(self.tr("&Open workspace…"), self.open_workspace, QKeySequence.StandardKey.Open)
        )
        file.addAction(self._action(self.tr("Open a database on a &server…"), self.open_server))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Back up now"), self.files.back_up_now))
        file.addAction(self._action(self.tr("&Restore from backup…"), self.files.open_restore))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Import JSON…"), self.import_json))
        file.addAction(self._action(self.tr("&Export JSON…"), self.export_json))
        file.addSeparator()
        self.print_action = self._action(
            self.tr("&Print minutes…"), self.print_minutes, QKeySequence.StandardKey.Print
        )
        file.addAction(self.print_action)
        file.addAction(self._action(self.tr("Print the action &plan…"), self.print_plan))
        file.addSeparator()
        file.addAction(self._action(self.tr("&Settings…"), self.open_settings))
        file.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file.addAction(self.quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        stack = self.ctx.undo_stack
        self.undo_action = self._action(self.tr("Undo"), self.undo, QKeySequence("Ctrl+Z"))
        self.redo_action = self._action(self.tr("Redo"), self.redo, QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self._undo_text(stack.undoText())
        self._redo_text(stack.redoText())
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(self._action(self.tr("&Find"), self.find, QKeySequence("Ctrl+F")))

        view = bar.addMenu(self.tr("&View"))
        names = (self.tr("Roster"), self.tr("Meetings"), self.tr("Action plan"), self.tr("Budget"))
        for i, name in enumerate(names):
            view.addAction(
                self._action(name, lambda _c=False, i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.open_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About EthicsDesk"), self.about)
        help_menu.addAction(self.about_action)

    # -- status -----------------------------------------------------------------------------
    def show_status(self, message: str, problem: bool) -> None:
        self.status_label.setStyleSheet("color: #b3261e;" if problem else "")
        self.status_label.setText(message)
        self.status_label.setToolTip(message)

    def _tab_changed(self, index: int) -> None:
        if 0 <= self._previous_tab < len(self.slots):
            previous = self.slots[self._previous_tab].page
            if previous is not None:
                previous.flush()
        self._previous_tab = index

    def undo(self) -> None:
        self.flush_all()  # a text still being typed is an edit too: it is saved, then undone first
        self.ctx.undo_stack.undo()

    def redo(self) -> None:
        self.flush_all()
        self.ctx.undo_stack.redo()

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("Undo: {0}").format(text) if text else self.tr("Undo"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("Redo: {0}").format(text) if text else self.tr("Redo"))

    def flush_all(self) -> None:
        for page in self.built_pages():
            page.flush()

    def current_page(self) -> TabPage:
        return self.slots[self.tabs.currentIndex()].build()

    def find(self) -> None:
        self.current_page().focus_search()

    # -- printing ---------------------------------------------------------------------------
    def print_minutes(self) -> None:
        self.flush_all()
        meeting = self.slots[1].page.meeting_id if self.slots[1].page is not None else None  # type: ignore[attr-defined]
        if meeting is None:
            meetings = self.ctx.services.meetings.meetings(self.ctx.committee_id or 0)
            meeting = meetings[0].id if meetings else None
        self.dialog = printing.print_document(self, "minutes", meeting) or self.dialog

    def print_plan(self) -> None:
        self.flush_all()
        self.dialog = printing.print_document(self, "plan", self.ctx.version_id) or self.dialog

    # -- files ------------------------------------------------------------------------------
    def _guard(self, work: object) -> None:
        assert callable(work)
        try:
            work()
        except UserError as exc:
            self.ctx.report(exc)
            QMessageBox.warning(self, self.tr("EthicsDesk"), self.ctx.message(exc))

    def new_workspace(self) -> None:
        from ethicsdesk.gui.new_workspace import NewWorkspaceDialog

        if self.shell is None:
            return
        shell = self.shell
        dialog = NewWorkspaceDialog(self.ctx.lang, self)

        def apply() -> UserError | None:
            try:
                shell.new_workspace(dialog.path(), dialog.committee.text(), dialog.organisation.text())
            except UserError as exc:
                return exc
            return None

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def open_workspace(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Open workspace"),
            str(self.ctx.services.workspace.folder),
            self.tr("Workspaces (*.sqlite)"),
        )
        if path:
            self.files.open_path(Path(path))

    def open_server(self) -> None:
        """File → Open a database on a server (gui/server_dialog.py); a refusal stays in the dialog."""
        from ethicsdesk.gui.server_dialog import ServerDialog

        if self.shell is None:
            return
        shell = self.shell
        dialog = ServerDialog(self.ctx.settings, self)

        def apply() -> UserError | None:
            try:
                shell.open_workspace(dialog.location())  # type: ignore[arg-type]  (a server, named like a file)
            except UserError as exc:
                return exc
            dialog.remember_choice()
            return None

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def import_json(self) -> None:
        source = file_dialogs.open_file(self, self.tr("Import JSON"), "", self.tr("EthicsDesk JSON (*.json)"))
        if not source or self.shell is None:
            return
        target = file_dialogs.save_file(
            self, self.tr("New workspace for the imported records"), str(Path(source).with_suffix(".sqlite")),
            self.tr("Workspaces (*.sqlite)"),
        )  # fmt: skip
        if target:
            shell = self.shell
            self._guard(lambda: shell.import_json(Path(source), Path(target)))

    def export_json(self) -> None:
        ws = self.ctx.services.workspace
        suggested = ws.folder / f"{ws.stem}.json"
        target = file_dialogs.save_file(
            self, self.tr("Export JSON"), str(suggested), self.tr("JSON (*.json)")
        )
        if target and self.shell is not None:
            shell = self.shell
            self.flush_all()
            self._guard(lambda: shell.export_json(Path(target)))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self.ctx.lang, self)

        def apply() -> UserError | None:
            dialog.save()
            if self.shell is not None:
                self.shell.apply_settings(dialog.chosen_language(), dialog.point_size.value())
            return None

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def open_guide(self) -> None:
        from ethicsdesk.gui.help import HelpDialog, guide_html

        dialog = HelpDialog(self.tr("User guide"), guide_html(self.ctx.lang), self)
        dialog.open()
        self.dialog = dialog

    def open_shortcuts(self) -> None:
        from ethicsdesk.gui import help

        self.pages()  # every tab built, so that each tab's own shortcuts are listed
        sections = help.shortcuts(self, self.tabs, self.tr("Everywhere in the window"))
        page = help.shortcuts_html(sections, self.tr("Keyboard shortcuts"))
        dialog = help.HelpDialog(self.tr("Keyboard shortcuts"), page, self)
        dialog.open()
        self.dialog = dialog

    def about(self) -> None:
        from ethicsdesk import __version__
        from ethicsdesk.gui.versions import qt_version

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About EthicsDesk"))
        box.setText(
            self.tr(
                "EthicsDesk {version}\nRecords and Thai minutes for a committee's secretariat.\nQt {qt}"
            ).format(version=__version__, qt=qt_version())
        )
        box.open()
        self.dialog = box

    # -- layout -----------------------------------------------------------------------------
    def restore_layout(self) -> None:
        s = self.ctx.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)  # type: ignore[arg-type]
        try:
            tab = int(str(s.value("window/tab", 0)))
        except ValueError:
            tab = 0
        self.tabs.setCurrentIndex(min(max(tab, 0), self.tabs.count() - 1))
        self._previous_tab = self.tabs.currentIndex()

    def save_layout(self) -> None:
        s = self.ctx.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        for page in self.built_pages():
            page.save_state(s)
        s.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted = True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_all()  # a text still being typed is saved, not lost
        self.background.wait(30_000)  # a PDF being written is finished, not cut off
        self.save_layout()
        super().closeEvent(event)
