"""Undo and redo: each edit is a pair of service calls, one doing it and one undoing it.

The services commit every call at once, so an edit is saved the moment it is made; undo is simply
another saved edit. If the records have changed underneath (a meeting certified since, say), the
refusal is shown and the history is cleared rather than left pointing at the wrong rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from ethicsdesk.errors import UserError

if TYPE_CHECKING:
    from ethicsdesk.gui.context import Context

Action = Callable[[], object]


class EditCommand(QUndoCommand):
    def __init__(
        self, ctx: Context, text: str, do: Action, undo: Action, topics: tuple[str, ...], place: object = None
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._do = do
        self._undo = undo
        self.topics = topics
        #: Where the edit was made (the tab, its sub-tabs, the selected rows): undo and redo go back there.
        self.place = place
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:  # the edit was already made when it was pushed
            self._done_once = True
            return
        if self._run(self._do):
            self._arrive(QCoreApplication.translate("Context", "Redone: {0}"))

    def undo(self) -> None:
        if self._run(self._undo):
            self._arrive(QCoreApplication.translate("Context", "Undone: {0}"))

    def _arrive(self, words: str) -> None:
        """Bring the user to the tab and row the edit changed, and say what was undone or redone."""
        self.ctx.reveal(self.place)
        self.ctx.say(words.format(self.text()))

    def _run(self, action: Action) -> bool:
        try:
            action()
        except UserError as exc:
            self.ctx.report(exc)
            self._drop_history()
            return False
        except Exception as exc:  # a bug must not take the window down
            self.ctx.report_bug(exc)
            self._drop_history()
            return False
        finally:
            self.ctx.notify(self.topics)
        return True

    def _drop_history(self) -> None:
        QTimer.singleShot(0, self.ctx.undo_stack.clear)


def run_edit(
    ctx: Context,
    text: str,
    do: object,
    undo: object,
    topics: tuple[str, ...],
    snapshot: Callable[[], object] | None = None,
) -> UserError | None:
    """Make the edit and push it; with ``snapshot`` (what the edit may change, read from the records),
    an edit after which the records read the same as before is no step of the history."""
    assert callable(do) and callable(undo)
    before = snapshot() if snapshot is not None else None
    try:
        do()
    except UserError as exc:
        ctx.report(exc)
        return exc
    except Exception as exc:  # a bug: reported calmly, nothing is pushed
        ctx.report_bug(exc)
        return UserError("ทำรายการนี้ไม่สำเร็จ", "This edit could not be made")
    if snapshot is not None and snapshot() == before:
        ctx.notify(topics)  # the form shows what the records hold (a reformatted amount, say)
        return None
    ctx.undo_stack.push(EditCommand(ctx, text, do, undo, topics, ctx.locate()))
    ctx.notify(topics)
    ctx.say(QCoreApplication.translate("Context", "Saved: {0}").format(text))
    return None
