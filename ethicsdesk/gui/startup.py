"""Opening the workspace at start-up, before any window exists, with the same questions as File → Open.

For the command line (ethicsdesk/cli.py ``_gui``): instead of stopping with a message on the console
(which a user who started the program from a shortcut never sees), it can call

    opened = open_interactively(path, lang, read_only=read_only)
    if opened is None:
        return 0  # the user chose not to open it
    services, note = opened
    return run(services, lang, note=note)

A file another PC holds: who holds it, open read-only, or take over a lock from another PC after a
second confirmation. A damaged file: restore its newest good backup (the damaged file kept aside).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox

from ethicsdesk.errors import StorageError
from ethicsdesk.gui import text
from ethicsdesk.gui.widgets.ask import ask
from ethicsdesk.services import Services
from ethicsdesk.storage.lock import WorkspaceLocked

_ACCEPT = QMessageBox.ButtonRole.AcceptRole
_REJECT = QMessageBox.ButtonRole.RejectRole
_OTHER = QMessageBox.ButtonRole.ActionRole


def _tr(source: str) -> str:
    """The words of File → Open's questions (files.py), translated there: the same catalogue entries."""
    return QCoreApplication.translate("FileActions", source)


def choose(
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    message: str,
    informative: str,
    answers: Sequence[tuple[str, QMessageBox.ButtonRole]],
    default: int = 0,
) -> int | None:
    """Ask and wait for the answer; the index of the answer chosen, None when the box was closed."""
    box = ask(None, name, icon, title, message, informative, [(a, r, None) for a, r in answers], default)
    loop = QEventLoop()
    box.finished.connect(loop.quit)
    loop.exec()
    clicked = box.clickedButton()
    words = clicked.text() if clicked is not None else None
    box.deleteLater()
    return next((i for i, (a, _r) in enumerate(answers) if a == words), None)


def open_interactively(path: Path, lang: str, *, read_only: bool = False) -> tuple[Services, str] | None:
    """The services of the workspace at ``path`` and a note for the status line (what was restored);
    None when the user chose not to open it (or it cannot be opened, which was said)."""
    from ethicsdesk.gui.app import _open, application
    from ethicsdesk.gui.i18n import Translations

    application()
    Translations().install(lang)
    if not isinstance(path, Path):  # a server database: no lock file, no backups beside it to offer
        try:
            return Services(_open(path, read_only=read_only)), ""
        except StorageError as exc:
            choose("fileProblem", QMessageBox.Icon.Warning, _tr("EthicsDesk"), exc.message(lang), "",
                   [(_tr("OK"), _ACCEPT)])  # fmt: skip
            return None
    note, take_over = "", False
    for _attempt in range(4):
        try:
            return Services(_open(path, read_only=read_only, take_over=take_over)), note
        except WorkspaceLocked as exc:
            answer = _locked(path, exc, lang)
            if answer is None:
                return None
            read_only, take_over = answer == "read_only", answer == "take_over"
        except StorageError as exc:
            restored = _damaged(path, exc, lang)
            if restored is None:
                return None
            note = restored
    return None


def _locked(path: Path, exc: WorkspaceLocked, lang: str) -> str | None:
    holder = exc.holder
    answers = [(_tr("Open read-only"), _ACCEPT)]
    foreign = holder is None or not holder.same_host
    if foreign:
        answers.append((_tr("Take over…"), _OTHER))
    answers.append((_tr("Cancel"), _REJECT))
    note = _tr("Read-only: you can look at everything and print, but not change anything.")
    if exc.maybe_stale:
        note += " " + _tr("The lock is old: EthicsDesk may have closed abnormally on that PC.")
    icon = QMessageBox.Icon.Warning
    answer = choose("workspaceLocked", icon, _tr("The file is in use"), exc.message(lang), note, answers)
    if answer == 0:
        return "read_only"
    if not foreign or answer != 1:
        return None
    who = (
        _tr("the user {user} on the PC {host}").format(user=holder.user, host=holder.host)
        if holder is not None
        else _tr("another EthicsDesk")
    )
    confirm = choose(
        "confirmTakeOver", QMessageBox.Icon.Question, _tr("Take over the file"),
        _tr("Take over «{name}» from {who}?").format(name=path.name, who=who),
        _tr("Only if you are sure EthicsDesk no longer runs there (for example it crashed or the PC was "
            "switched off). If it still runs there, the changes made there may be lost."),
        [(_tr("Take over"), _ACCEPT), (_tr("Cancel"), _REJECT)], default=1,
    )  # fmt: skip
    return "take_over" if confirm == 0 else None


def _damaged(path: Path, exc: StorageError, lang: str) -> str | None:
    """Offer the newest good backup; the message of the restore, or None (said why)."""
    from ethicsdesk.storage.recovery import diagnose, recover

    found = diagnose(path)
    title = _tr("The file cannot be opened")
    if not found.restorable or found.backup is None:
        extra = (
            _tr("No usable backup of this file was found in {folder}.").format(folder=path.parent / "backups")
            if found.restorable
            else ""
        )
        choose("noBackup", QMessageBox.Icon.Warning, title, exc.message(lang), extra, [(_tr("OK"), _ACCEPT)])
        return None
    when = text.num(found.backup.label(lang), lang)
    informative = _tr(
        "The newest good backup is from {when}. Restore it? The damaged file is not deleted: "
        "it is kept beside it as «{name}.damaged-…»."
    ).format(when=when, name=path.name)
    answers = [(_tr("Restore the backup"), _ACCEPT), (_tr("Cancel"), _REJECT)]
    if (
        choose("restoreDamaged", QMessageBox.Icon.Warning, title, exc.message(lang), informative, answers)
        != 0
    ):
        return None
    try:
        return recover(path).message(lang)
    except StorageError as failed:
        choose(
            "fileProblem",
            QMessageBox.Icon.Warning,
            _tr("EthicsDesk"),
            failed.message(lang),
            "",
            [(_tr("OK"), _ACCEPT)],
        )
        return None
