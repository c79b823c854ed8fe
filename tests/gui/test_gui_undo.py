"""Undo plumbing: ids that change when undo re-creates a row, refusals that push nothing, background work."""

from __future__ import annotations

from typing import Any

from ethicsdesk.errors import ValidationError
from ethicsdesk.gui.context import Context, IdMap
from ethicsdesk.gui.worker import Background


def test_id_map_follows_a_row_through_several_recreations() -> None:
    ids = IdMap()
    assert ids.resolve("seat", 5) == 5
    ids.remap("seat", 5, 9)  # undo re-created seat 5 as 9
    ids.remap("seat", 9, 12)  # and again as 12
    assert ids.resolve("seat", 5) == 12 and ids.resolve("seat", 9) == 12
    assert ids.resolve("person", 5) == 5, "kinds do not mix"


def test_follow_records_a_first_id_then_remaps_each_recreation() -> None:
    ids, state = IdMap(), {}
    ids.follow("seat", state, 5)  # created: nothing to remap yet
    assert state == {"id": 5} and ids.resolve("seat", 5) == 5
    ids.follow("seat", state, 9)  # redone as 9
    ids.follow("seat", state, 12)  # and again as 12
    assert state == {"id": 12} and ids.resolve("seat", 5) == 12
    other: dict[str, int] = {}
    ids.follow("version", other, 3, key="version")
    assert other == {"version": 3}


def test_a_refused_edit_pushes_nothing(controller: Any) -> None:
    ctx: Context = controller.ctx

    def refuse() -> None:
        raise ValidationError("ไม่ได้", "No")

    refusal = ctx.execute("x", refuse, lambda: None, ("roster",))
    assert isinstance(refusal, ValidationError)
    assert ctx.undo_stack.count() == 0


def test_background_work_reports_back_on_the_window_thread(qtbot: Any) -> None:
    background = Background()
    results: list[object] = []
    background.run(lambda: 6 * 7, results.append, results.append)
    qtbot.waitUntil(lambda: results == [42])

    def fail() -> None:
        raise RuntimeError("no printer")

    background.run(fail, results.append, results.append)
    qtbot.waitUntil(lambda: len(results) == 2)
    assert isinstance(results[1], RuntimeError)
    assert background.wait(1000)
