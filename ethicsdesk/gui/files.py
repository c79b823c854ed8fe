"""Nothing lost: opening a file another PC holds or that is damaged, backing up, restoring a backup.

File → Open tells who holds a file that another program is editing and offers to open it read-only,
or (for a lock from another PC, after a second confirmation) to take it over. A file that cannot be
read is checked (storage.recovery.diagnose): when a good backup exists, restoring it is offered; the
damaged file is moved aside, never deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ethicsdesk.errors import StorageError, UserError
from ethicsdesk.gui import text
from ethicsdesk.gui.widgets.ask import Answer, ask
from ethicsdesk.storage.lock import WorkspaceLocked

if TYPE_CHECKING:
    from ethicsdesk.gui.main_window import MainWindow

_ACCEPT = QMessageBox.ButtonRole.AcceptRole
_REJECT = QMessageBox.ButtonRole.RejectRole
_OTHER = QMessageBox.ButtonRole.ActionRole


class FileActions(QObject):
    """The File menu's safety actions of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx

    @property
    def lang(self) -> str:
        return self.ctx.lang

    def _show(self, box: Any) -> None:
        self.window.dialog = box

    def run(self, work: Callable[[], object]) -> bool:
        """Do ``work``; a refusal is shown in a box and the status line, a bug calmly. True when done."""
        try:
            work()
        except UserError as exc:
            self.warn(exc)
            return False
        except Exception as exc:  # a bug: the window lives, the details go to the log
            self.ctx.report_bug(exc)
            return False
        return True

    def warn(self, exc: UserError) -> None:
        self.ctx.report(exc)
        self._show(
            ask(self.window, "fileProblem", QMessageBox.Icon.Warning, self.tr("EthicsDesk"),
                self.ctx.message(exc), "", [(self.tr("OK"), _ACCEPT, None)])
        )  # fmt: skip

    # -- opening ----------------------------------------------------------------------------
    def open_path(self, path: Path) -> None:
        shell = self.window.shell
        if shell is None:
            return
        current = self.ctx.services.workspace.location
        if isinstance(current, Path) and path.resolve() == current.resolve():
            self.ctx.say(self.tr("«{name}» is already open").format(name=current.name))
            return
        try:
            shell.open_workspace(path)
        except WorkspaceLocked as exc:
            self.ask_locked(path, exc)
        except StorageError as exc:
            self.ask_damaged(path, exc)
        except UserError as exc:
            self.warn(exc)
        except Exception as exc:
            self.ctx.report_bug(exc)

    def _open(self, path: Path, **how: bool) -> None:
        shell = self.window.shell
        assert shell is not None
        self.run(lambda: shell.open_workspace(path, **how))

    def ask_locked(self, path: Path, exc: WorkspaceLocked) -> None:
        """Who holds the file; open it read-only, or take over a lock from another PC."""
        holder = exc.holder
        answers: list[Answer] = [
            (self.tr("Open read-only"), _ACCEPT, lambda: self._open(path, read_only=True))
        ]
        if holder is None or not holder.same_host:
            answers.append((self.tr("Take over…"), _OTHER, lambda: self.confirm_take_over(path, exc)))
        answers.append((self.tr("Cancel"), _REJECT, None))
        note = self.tr("Read-only: you can look at everything and print, but not change anything.")
        if exc.maybe_stale:
            note += " " + self.tr("The lock is old: EthicsDesk may have closed abnormally on that PC.")
        self._show(
            ask(self.window, "workspaceLocked", QMessageBox.Icon.Warning, self.tr("The file is in use"),
                self.ctx.message(exc), note, answers)
        )  # fmt: skip

    def confirm_take_over(self, path: Path, exc: WorkspaceLocked) -> None:
        holder = exc.holder
        who = (
            self.tr("the user {user} on the PC {host}").format(user=holder.user, host=holder.host)
            if holder is not None
            else self.tr("another EthicsDesk")
        )
        self._show(
            ask(
                self.window, "confirmTakeOver", QMessageBox.Icon.Question, self.tr("Take over the file"),
                self.tr("Take over «{name}» from {who}?").format(name=path.name, who=who),
                self.tr(
                    "Only if you are sure EthicsDesk no longer runs there (for example it crashed or the PC "
                    "was switched off). If it still runs there, the changes made there may be lost."
                ),
                [(self.tr("Take over"), _ACCEPT, lambda: self._open(path, take_over=True)),
                 (self.tr("Cancel"), _REJECT, None)],
                default=1,
            )
        )  # fmt: skip

    def ask_damaged(self, path: Path, exc: StorageError) -> None:
        """The file cannot be used: offer its newest good backup, keeping the damaged file aside."""
        from ethicsdesk.storage.recovery import diagnose

        try:
            found = diagnose(path)
        except Exception as bug:  # a bug here: the original refusal is still worth showing
            self.ctx.report_bug(bug)
            found = None
        message = self.ctx.message(exc)
        self.ctx.report(exc)
        if found is None or not found.restorable:
            self.warn(exc)
            return
        if found.backup is None:
            self._show(
                ask(self.window, "noBackup", QMessageBox.Icon.Warning, self.tr("The file cannot be opened"),
                    message,
                    self.tr("No usable backup of this file was found in {folder}.").format(
                        folder=path.parent / "backups"),
                    [(self.tr("OK"), _ACCEPT, None)])
            )  # fmt: skip
            return
        shell = self.window.shell
        assert shell is not None
        when = text.num(found.backup.label(self.lang), self.lang)
        self._show(
            ask(
                self.window, "restoreDamaged", QMessageBox.Icon.Warning, self.tr("The file cannot be opened"),
                message,
                self.tr(
                    "The newest good backup is from {when}. Restore it? The damaged file is not deleted: "
                    "it is kept beside it as «{name}.damaged-…»."
                ).format(when=when, name=path.name),
                [(self.tr("Restore the backup"), _ACCEPT, lambda: self.run(lambda: shell.recover_workspace(path))),
                 (self.tr("Cancel"), _REJECT, None)],
            )
        )  # fmt: skip

    # -- backups ----------------------------------------------------------------------------
    def back_up_now(self) -> None:
        from ethicsdesk.storage.backup import backup_now

        self.window.flush_all()
        made: list[Path] = []
        if self.run(lambda: made.append(backup_now(self.ctx.services.workspace.path, "manual"))):
            self.ctx.say(self.tr("Backed up to {path}").format(path=made[0]))

    def open_restore(self) -> None:
        from ethicsdesk.gui.backups import RestoreDialog

        shell = self.window.shell
        if shell is None:
            return
        self.window.flush_all()
        dialog = RestoreDialog(self.ctx.services.workspace.path, self.lang, self.window)

        def apply() -> UserError | None:
            chosen = dialog.chosen()
            if chosen is None:
                return None
            try:
                shell.restore_backup(chosen.path)
            except UserError as exc:
                return exc
            return None

        self._show(dialog)
        dialog.show_with(apply, self.lang)
