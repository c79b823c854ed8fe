"""What every part of the window shares: the services, the language, the undo stack, the current selection.

Passed to each tab when it is built; there is no global state.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from ethicsdesk.errors import UserError

if TYPE_CHECKING:  # not imported at start-up: the window paints before the records' libraries load
    from ethicsdesk.domain.models import Person
    from ethicsdesk.services import Services

#: Topics a tab listens to; an edit names those whose data it changed.
TOPICS = (
    "committee", "roster", "people", "meetings", "meeting", "attendance", "agenda", "plan", "budget", "progress",
)  # fmt: skip


class IdMap:
    """Rows deleted and re-created by undo/redo get new ids; commands written earlier follow them here."""

    def __init__(self) -> None:
        self._map: dict[tuple[str, int], int] = {}

    def resolve(self, kind: str, ident: int) -> int:
        return self._map.get((kind, ident), ident)

    def remap(self, kind: str, old: int, new: int) -> None:
        if old == new:
            return
        for key, value in list(self._map.items()):
            if key[0] == kind and value == old:
                self._map[key] = new
        self._map[(kind, old)] = new

    def follow(self, kind: str, state: dict[str, int], new: int, key: str = "id") -> None:
        """An edit's row was (re-)created with id ``new``: commands that know its first id follow it,
        and ``state[key]`` holds the id it has now (empty ``state``: created for the first time)."""
        if key in state:
            self.remap(kind, state[key], new)
        state[key] = new


class Context(QObject):
    changed = Signal(str)  # a topic whose data changed
    status = Signal(str, bool)  # a message for the status area; True when it reports a problem
    committee_changed = Signal()
    version_changed = Signal()  # the plan version shown by the plan and budget tabs
    attached = Signal()  # the workspace's services arrived (see ``attach``)

    #: The open workspace's services; set by ``attach`` (the window may be shown before the file is open).
    services: Services

    def __init__(
        self, services: Services | None, lang: str, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.ids = IdMap()
        self.committee_id: int | None = None
        self.version_id: int | None = None
        self._people: list[Person] | None = None
        self._person_map: dict[int, Person] | None = None
        self.locator: Callable[[], object] | None = None
        self.revealer: Callable[[object], None] | None = None
        if services is not None:
            self.attach(services)

    @property
    def ready(self) -> bool:
        """True once the workspace's services are there."""
        return "services" in self.__dict__

    def attach(self, services: Services) -> None:
        """The workspace opened: its services, and the first committee selected."""
        if self.ready:
            raise RuntimeError("a context holds one workspace; make a new context for another")
        self.services = services
        committees = services.roster.committees()
        self.committee_id = committees[0].id if committees else None
        if getattr(services.workspace, "server", None) is not None:
            self._watch_others()
        self.attached.emit()

    # -- other officers on a server workspace -----------------------------------------------
    #: How often a server workspace is asked whether someone else changed it (one indexed query).
    POLL_MS = 5000

    def _watch_others(self) -> None:
        """A light poll rather than LISTEN/NOTIFY: one cheap query every few seconds on the UI's own
        connection pool, nothing to keep listening, and it works through connection poolers and
        firewalls that drop idle connections; other officers' edits show within POLL_MS."""
        from PySide6.QtCore import QTimer

        self._poll = QTimer(self)
        self._poll.timeout.connect(self._poll_others)
        self._poll.start(self.POLL_MS)

    def _poll_others(self) -> None:
        try:
            changed = self.services.workspace.others_changed()
        except UserError as exc:  # the server is away: said once per poll, retried at the next
            self.report(exc)
            return
        if changed:
            self.notify(TOPICS)

    # -- language ---------------------------------------------------------------------------
    @property
    def thai(self) -> bool:
        return self.lang != "en"

    def message(self, error: UserError) -> str:
        """The refusal in the window's language; in Thai with Thai digits (the services write numbers
        in Arabic digits in many of their messages)."""
        from ethicsdesk.gui.text import message_digits

        return message_digits(error.message(self.lang), self.lang)

    # -- selection shared between tabs ------------------------------------------------------
    def set_committee(self, committee_id: int | None) -> None:
        if committee_id != self.committee_id:
            self.committee_id = committee_id
            self.version_id = None
            self.committee_changed.emit()

    def set_version(self, version_id: int | None) -> None:
        if version_id != self.version_id:
            self.version_id = version_id
            self.version_changed.emit()

    # -- the people directory, read once and shared (it can hold thousands) ------------------
    def people(self) -> list[Person]:
        if self._people is None:
            self._people = self.services.roster.people()
        return self._people

    def person_map(self) -> dict[int, Person]:
        if self._person_map is None or self._people is None:
            self._person_map = {p.id or 0: p for p in self.people()}
        return self._person_map

    # -- where an edit was made (the window sets these; undo and redo go back there) ---------
    def locate(self) -> object:
        """Where the user is now (the window's tab and selected rows); None without a window."""
        return self.locator() if self.locator is not None else None

    def reveal(self, place: object) -> None:
        """Show ``place`` (as ``locate`` gave it) again."""
        if self.revealer is not None and place is not None:
            self.revealer(place)

    # -- messages ---------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.emit(text, False)

    def report(self, error: UserError) -> None:
        self.status.emit(self.message(error), True)
        if getattr(error, "reload", False):  # another officer changed the records (storage.concurrency)
            self.notify(TOPICS)

    def report_bug(self, exc: BaseException) -> None:
        """A bug: one calm line for the user, the traceback in the log file."""
        log = log_bug(exc)
        text = QCoreApplication.translate(
            "Context", "Internal error ({kind}); saved work is safe. Details in {log}"
        )
        self.status.emit(text.format(kind=exc.__class__.__name__, log=log), True)

    def notify(self, topics: Iterable[str]) -> None:
        topics = tuple(topics)
        if "people" in topics or "committee" in topics:
            self._people = None
        for topic in dict.fromkeys(topics):
            self.changed.emit(topic)

    # -- edits ------------------------------------------------------------------------------
    def execute(
        self,
        text: str,
        do: object,
        undo: object,
        topics: Iterable[str],
        snapshot: Callable[[], object] | None = None,
    ) -> UserError | None:
        """Run one edit through the services and put it on the undo stack; return the refusal, if any.

        ``snapshot`` reads what the edit may change: when it reads the same after the edit as before,
        nothing changed and nothing enters the undo history."""
        from ethicsdesk.gui.undo import run_edit

        return run_edit(self, text, do, undo, tuple(topics), snapshot)


def log_bug(exc: BaseException) -> str:
    from platformdirs import user_log_path

    try:
        path = user_log_path("EthicsDesk", appauthor=False, ensure_exists=True) / "errors.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"{dt.datetime.now().isoformat()} GUI\n")
            fh.write("".join(traceback.format_exception(exc)) + "\n")
        return str(path)
    except OSError:
        return "(log unavailable)"
