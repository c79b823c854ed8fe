"""Entry point of the desktop program: `run(services, lang)` shows the main window until it is closed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ethicsdesk.errors import StorageError, ValidationError
from ethicsdesk.gui import pyside_fix
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.i18n import Translations
from ethicsdesk.gui.main_window import MainWindow
from ethicsdesk.gui.settings import app_settings, stored_language, stored_point_size
from ethicsdesk.gui.style import apply_style
from ethicsdesk.services import Services

#: For measurements and screenshots only: print when the window first paints and quit.
QUIT_AFTER_PAINT = "ETHICSDESK_QUIT_AFTER_PAINT"
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
    """Owns the open workspace's services, the settings and the window; switches workspace and language."""

    def __init__(self, services: Services, lang: str = "th", settings: QSettings | None = None) -> None:
        super().__init__()
        self.app = application()
        self.settings = settings if settings is not None else app_settings()
        self.translations = Translations()
        lang = stored_language(self.settings, lang)
        apply_style(self.app, stored_point_size(self.settings))
        self.translations.install(lang)
        self.services = services
        self._opened: list[Services] = []  # workspaces this controller opened (and must close)
        self.ctx = Context(services, lang, self.settings, self)
        self.window = MainWindow(self.ctx, self)

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

    def open_workspace(self, path: Path) -> None:
        from ethicsdesk.storage import open_workspace

        self._switch_to(Services(open_workspace(path, lock=True)))

    def import_json(self, source: Path, target: Path) -> None:
        from ethicsdesk.interchange import import_workspace
        from ethicsdesk.storage import open_workspace

        if target.exists():
            raise StorageError(
                f"มีแฟ้ม «{target}» อยู่แล้ว การนำเข้าต้องใช้แฟ้มใหม่", f"«{target}» exists; import needs a new file"
            )
        ws = open_workspace(target, create=True, lock=True)
        try:
            import_workspace(ws, source)
        except BaseException:
            ws.close()
            target.unlink(missing_ok=True)
            raise
        self._switch_to(Services(ws))

    def export_json(self, target: Path) -> None:
        from ethicsdesk.interchange import export_workspace

        data = export_workspace(self.services.workspace)
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_text(data, encoding="utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StorageError(
                f"เขียนแฟ้ม «{target}» ไม่ได้ ({exc.strerror})", f"Cannot write «{target}» ({exc.strerror})"
            ) from None
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


class _FirstPaint(QObject):
    """Prints the seconds since process start when the window first paints, and when the first tab's
    records are shown, then quits (measurements)."""

    def __init__(self, started: float, window: MainWindow) -> None:
        super().__init__()
        self.started = started
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first_paint_s: {time.time() - self.started:.3f}", flush=True)
        self._wait_for_data()

    def _wait_for_data(self) -> None:
        if not self.window.current_page().loaded:
            QTimer.singleShot(0, self._wait_for_data)
            return
        self.window.repaint()
        print(f"data_shown_s: {time.time() - self.started:.3f}", flush=True)
        QCoreApplication.quit()


def _process_start() -> float:
    """The time the process started (Linux: its start tick against the uptime clock), else now."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.time()


def run(services: Services, lang: str = "th") -> int:
    """Show the window on ``services``' workspace until the user closes it; return the exit status."""
    started = _process_start()
    if os.environ.get(QUIT_AFTER_PAINT):
        print(f"gui_entered_s: {time.time() - started:.3f}", flush=True)
    controller = Controller(services, lang)
    probe = None
    if os.environ.get(QUIT_AFTER_PAINT):
        probe = _FirstPaint(started, controller.window)
        controller.window.installEventFilter(probe)
    controller.window.current_page().defer_first_load = True  # paint the window first, then the records
    shots = os.environ.get(SCREENSHOT_DIR)
    controller.show()
    if shots:
        from ethicsdesk.gui.screenshots import take_screenshots

        QTimer.singleShot(500, lambda: take_screenshots(controller.window, Path(shots)))
    try:
        return controller.app.exec()
    finally:
        controller.shutdown()
        services.workspace.close()
