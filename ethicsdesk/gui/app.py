"""Entry point of the desktop program: `run(services, lang)` shows the main window until it is closed."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ethicsdesk import startup_probe as probe
from ethicsdesk.errors import StorageError, ValidationError
from ethicsdesk.gui import pyside_fix
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.i18n import Translations
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.settings import app_settings, stored_language, stored_point_size
from ethicsdesk.gui.style import apply_style

if TYPE_CHECKING:  # imported when the file is opened, after the window has painted (see run_opening)
    from ethicsdesk.services import Services
    from ethicsdesk.storage import Workspace
    from ethicsdesk.storage.recovery import Restored

#: For screenshots only: a folder to save a picture of every tab into, then quit.
SCREENSHOT_DIR = "ETHICSDESK_SCREENSHOT_DIR"


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("EthicsDesk")
    QCoreApplication.setApplicationName("EthicsDesk")
    app.setApplicationDisplayName("EthicsDesk")
    if app.findChild(QTimer, "refcountGuard") is None:
        pyside_fix.install(app)
    return app


class Controller(QObject):
    """Owns the open workspace's services, the settings and the window; switches workspace and language.

    ``services`` None: the window is made for the file at ``path`` before it is open (start-up paints it
    first); ``attach`` gives it the services when the file is open."""

    services: Services

    def __init__(
        self,
        services: Services | None,
        lang: str = "th",
        settings: QSettings | None = None,
        *,
        path: Path | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.app = application()
        self.settings = settings if settings is not None else app_settings()
        self.translations = Translations()
        lang = stored_language(self.settings, lang)
        apply_style(self.app, stored_point_size(self.settings))
        self.translations.install(lang)
        self._opened: list[Services] = []  # workspaces this controller opened (and must close)
        self.ctx = Context(services, lang, self.settings, self)
        if services is not None:
            self.services = services
        self.window = MainWindow(self.ctx, self, path=path, read_only=read_only)

    def attach(self, services: Services) -> None:
        """The workspace the window was made for is open: fill the window."""
        self.services = services
        self.ctx.attach(services)

    def show(self) -> None:
        self.window.show()

    # -- switching --------------------------------------------------------------------------
    def _rebuild(self, services: Services | None = None) -> None:
        """A new window on the same or another workspace; the old window's layout is kept."""
        old = self.window
        old.save_layout()
        if services is not None:
            self.services = services
            self.ctx = Context(services, self.ctx.lang, self.settings, self)
        self.window = MainWindow(self.ctx, self)
        self.window.show()
        old.hide()
        old.deleteLater()

    def _switch_to(self, services: Services) -> None:
        """Show another workspace; the one left is closed (and its one-writer lock released)."""
        previous = self.services
        self._opened.append(services)
        self._rebuild(services)
        previous.workspace.close()

    def new_workspace(self, path: Path, committee: str, organisation: str) -> None:
        from ethicsdesk.services import Services
        from ethicsdesk.storage import open_workspace

        if not str(path).strip() or path == Path():
            raise ValidationError("กรุณาระบุชื่อแฟ้ม", "Please choose a file name")
        if path.exists():
            raise StorageError(f"มีแฟ้ม «{path}» อยู่แล้ว", f"«{path}» already exists")
        if not committee.strip():
            raise ValidationError("กรุณากรอกชื่อคณะกรรมการ", "Please enter the committee's name")
        ws = open_workspace(path, create=True, lock=True)
        services = Services(ws)
        try:
            services.roster.create_committee(committee, organisation or committee)
        except BaseException:
            ws.close()
            path.unlink(missing_ok=True)
            raise
        self._switch_to(services)

    def open_workspace(self, path: Path, *, read_only: bool = False, take_over: bool = False) -> None:
        """Show the workspace at ``path``; WorkspaceLocked when another program writes it (see files.py)."""
        from ethicsdesk.services import Services

        self._switch_to(Services(_open(path, read_only=read_only, take_over=take_over)))

    def restore_backup(self, backup: Path) -> Restored | None:
        """Put ``backup`` in place of the open workspace (closed, restored, opened again).

        A backup that fails its check is refused before anything is closed (StorageError); a failure
        after that (another program took the file, a full disk) is told in the reopened window.
        """
        from ethicsdesk.errors import UserError
        from ethicsdesk.storage.files import verify
        from ethicsdesk.storage.recovery import restore

        try:
            verify(backup, full=True)
        except StorageError as exc:
            raise StorageError(
                f"กู้คืนจากสำเนาสำรอง «{backup}» ไม่ได้ และไม่ได้เปลี่ยนแปลงแฟ้มใด: {exc.th}",
                f"Cannot restore from the backup «{backup}»; nothing was changed: {exc.en}",
            ) from None
        ws = self.services.workspace
        self.window.background.wait(30_000)  # a PDF being written from the file is finished first
        ws.close()
        try:
            restored = restore(backup, ws.path)
        except UserError as exc:
            self._reopen(ws.path, ws.read_only)
            self._tell(
                QMessageBox.Icon.Warning, self.tr("Not restored"), self.ctx.message(exc), "notRestoredBox"
            )
            return None
        except BaseException:
            self._reopen(ws.path, ws.read_only)
            raise
        self._reopen(ws.path, ws.read_only)
        self._announce(restored)
        return restored

    def recover_workspace(self, path: Path) -> Restored:
        """Restore the newest good backup over the damaged file at ``path`` (kept aside) and open it."""
        from ethicsdesk.storage.recovery import recover

        restored = recover(path)
        self.open_workspace(path)
        self._announce(restored)
        return restored

    def _reopen(self, path: Path, read_only: bool) -> None:
        from ethicsdesk.services import Services

        try:
            services = Services(_open(path, read_only=read_only))
        except StorageError:
            if read_only:
                raise
            services = Services(_open(path, read_only=True))  # someone took it meanwhile: look, at least
        self._switch_to(services)

    def _announce(self, restored: Restored) -> None:
        text = restored.message(self.ctx.lang)
        self.ctx.say(text)
        self._tell(QMessageBox.Icon.Information, self.tr("Restored"), text, "restoredBox")

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str, name: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        box.setObjectName(name)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addButton(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
        box.open()
        self.window.dialog = box

    def import_json(self, source: Path, target: Path) -> None:
        from ethicsdesk.interchange import import_workspace
        from ethicsdesk.services import Services
        from ethicsdesk.storage import open_workspace

        if target.exists():
            raise StorageError(
                f"มีแฟ้ม «{target}» อยู่แล้ว การนำเข้าต้องใช้แฟ้มใหม่", f"«{target}» exists; import needs a new file"
            )
        ws = open_workspace(target, create=True, lock=True)
        try:
            import_workspace(ws, source)
            from ethicsdesk.services.certification import freeze_missing

            freeze_missing(ws)
        except BaseException:
            ws.close()
            target.unlink(missing_ok=True)
            raise
        self._switch_to(Services(ws))

    def export_json(self, target: Path) -> None:
        from ethicsdesk.printing import export_to_file

        export_to_file(self.services.workspace, target)
        self.ctx.say(self.tr("Exported to {path}").format(path=target))

    def apply_settings(self, lang: str, point_size: int) -> None:
        apply_style(self.app, point_size)
        if lang != self.ctx.lang:
            self.translations.install(lang)
            self.ctx.lang = lang
        self._rebuild()

    def shutdown(self) -> None:
        for services in self._opened:
            services.workspace.close()
        self._opened.clear()


def _open(path: Path, *, read_only: bool = False, take_over: bool = False) -> Workspace:
    """Open with the one-writer lock (or read-only); ``take_over`` replaces another PC's lock, once the
    user has confirmed that PC no longer uses the file."""
    from ethicsdesk.services.certification import freeze_missing
    from ethicsdesk.storage import open_workspace
    from ethicsdesk.storage.lock import acquire

    if read_only:
        return open_workspace(path, read_only=True)
    if not take_over:
        ws = open_workspace(path, lock=True)
    else:
        held = acquire(path, take_over=True)
        try:
            ws = open_workspace(path)
        except BaseException:
            held.release()
            raise
        ws.lock = held
    try:
        freeze_missing(ws)  # certified minutes of an older file get their frozen record
    except BaseException:
        ws.close()
        raise
    return ws


class _FirstPaint(QObject):
    """Prints the seconds since process start when the window first paints, and when the first tab's
    records are shown, then quits (measurements)."""

    def __init__(self, started: float, window: MainWindow) -> None:
        super().__init__(window)
        self.started = started
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        probe.report(probe.FIRST_PAINT, self.started)
        self._wait_for_data()

    def _wait_for_data(self) -> None:
        if not self.window.ctx.ready or not self.window.current_page().loaded:
            QTimer.singleShot(0, self._wait_for_data)
            return
        self.window.repaint()
        probe.report(probe.DATA_SHOWN, self.started)
        QCoreApplication.quit()


def _entered() -> float:
    """The process's start time; with the start-up measurement on, says the window code was entered."""
    started = probe.process_start()
    if probe.enabled():
        probe.report(probe.GUI_ENTERED, started)
    return started


def run(services: Services, lang: str = "th", note: str = "") -> int:
    """Show the window on ``services``' workspace until the user closes it; return the exit status.

    ``note``: a line for the status area (what startup.open_interactively restored, say)."""
    started = _entered()
    controller = Controller(services, lang)
    controller.window.current_page().defer_first_load = True  # paint the window first, then the records
    _show(controller, started)
    if note:
        controller.ctx.say(note)
    _loaded()
    return _exec(controller)


def run_opening(
    path: Path, open_services: Callable[[], Services], lang: str = "th", *, read_only: bool = False
) -> int:
    """Show the window for the workspace at ``path`` at once, then open the file and fill the window.

    The window paints before the libraries that read the records are even imported (about half a
    second on an office PC); ``open_services`` opens the file and imports them. A file that cannot be
    opened as it is (another PC holds it, it is damaged) is asked about as File → Open asks
    (startup.open_interactively); when the user declines, the program ends."""
    started = _entered()
    controller = Controller(None, lang, path=path, read_only=read_only)
    failure: list[BaseException] = []

    def open_now() -> None:
        note = ""
        try:
            try:
                services = open_services()
            except StorageError:
                from ethicsdesk.gui.startup import open_interactively

                opened = open_interactively(path, controller.ctx.lang, read_only=read_only)
                if opened is None:
                    controller.window.hide()
                    QCoreApplication.quit()
                    return
                services, note = opened
            controller.attach(services)
            _loaded()
        except BaseException as exc:  # a bug: end the program and let the command line report it
            failure.append(exc)
            QCoreApplication.quit()
            return
        if note:
            controller.ctx.say(note)

    opener = _AfterFirstPaint(controller.window, open_now)
    _show(controller, started)
    status = _exec(controller)
    del opener
    if failure:
        raise failure[0]
    return status


def _loaded() -> None:
    """Start-up is over: the program's entry (ethicsdesk.cli.run) held Python's cycle collector off while
    the libraries and the window loaded (about 0.1 s sooner to the records). What exists now lives as long
    as the window: frozen, never walked again; the collector runs again for what comes."""
    if gc.isenabled():
        return  # not started as the program (tests, say): nothing was held off, nothing is frozen
    gc.freeze()
    gc.enable()


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, after the window's first paint has reached the screen (or after a second,
    should the window not be painted at all, e.g. started minimised)."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(1000, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            # Two hops through the event loop: the paint is finished and flushed, and whatever it
            # queued (the start-up measurement, say) runs first.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._call))
        return False

    def _call(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            then()


def _show(controller: Controller, started: float) -> None:
    if probe.enabled():
        controller.window.installEventFilter(_FirstPaint(started, controller.window))
    controller.show()
    shots = os.environ.get(SCREENSHOT_DIR)
    if shots:
        from ethicsdesk.gui.screenshots import take_screenshots

        folder = Path(shots)

        def when_open() -> None:
            if controller.ctx.ready:
                take_screenshots(controller.window, folder)
            else:
                QTimer.singleShot(100, when_open)

        QTimer.singleShot(500, when_open)


def _exec(controller: Controller) -> int:
    try:
        return controller.app.exec()
    finally:
        controller.shutdown()
        if controller.ctx.ready:
            controller.services.workspace.close()
