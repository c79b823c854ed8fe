"""The window on a server workspace: other officers' edits are reloaded by a light poll; a refused stale
edit is said and everything reloaded. Real PostgreSQL (tests/pg_cluster.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ethicsdesk.gui.context import TOPICS, Context
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.concurrency import ConcurrentEdit


def test_other_officers_changes_are_reloaded_and_own_ones_are_not(
    qtbot, pg_sample_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Context, "POLL_MS", 100)
    mine, theirs = open_workspace(pg_sample_url), open_workspace(pg_sample_url)
    try:
        ctx = Context(Services(mine), "th", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        topics: list[str] = []
        ctx.changed.connect(topics.append)
        person = ctx.services.roster.people()[0]
        assert person.id is not None
        ctx.services.roster.update_person(person.id, first_name="ของฉันเอง")  # my own edit
        qtbot.wait(500)
        assert topics == []  # nothing to reload: the window made it
        Services(theirs).roster.update_person(person.id, first_name="ของอีกคน")  # another officer's
        qtbot.waitUntil(lambda: "people" in topics, timeout=5000)
        assert set(TOPICS) <= set(topics)
        assert ctx.services.roster.person(person.id).first_name == "ของอีกคน"
        topics.clear()
        ctx.report(ConcurrentEdit())  # a refused stale edit: said, and everything reloaded
        assert set(TOPICS) <= set(topics)
    finally:
        mine.close()
        theirs.close()


@pytest.mark.sqlite_only("a workspace FILE is not polled (the server half is the test above)")
def test_a_file_workspace_is_not_polled(qtbot, sample_ws, tmp_path: Path) -> None:
    ctx = Context(Services(sample_ws), "th", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert not hasattr(ctx, "_poll")
    assert sample_ws.others_changed() is False


def test_the_window_opens_a_server_workspace(pg_sample_url: str, tmp_path: Path) -> None:
    """``ethicsdesk --db postgresql+psycopg://…``: the window paints, then shows the server's records."""
    import os
    import sys

    from ethicsdesk.startup_probe import measure

    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / "d"),
           "XDG_CONFIG_HOME": str(home / "c"), "XDG_STATE_HOME": str(home / "s")}  # fmt: skip
    got = measure([sys.executable, "-m", "ethicsdesk", "--db", pg_sample_url], env, timeout=120)
    assert got.returncode == 0
    assert got.window_s is not None and got.records_s is not None
    assert not (home / "d" / "EthicsDesk" / "backups").exists()  # no file backup of a server workspace


@pytest.mark.sqlite_only("the window starts on the sample file and opens a server database from File")
def test_file_open_a_database_on_a_server(
    controller, window, settings, pg_sample_url: str, pg_cluster, qtbot
) -> None:
    """File → Open a database on a server: a wrong password is said in the dialog, which stays open; the
    right one opens it; the address is remembered, the password never in the settings."""
    from tests.pg_cluster import PASSWORD, PASSWORD_USER

    database = pg_sample_url.rsplit("/", 1)[1]
    pg_cluster.sql(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {PASSWORD_USER}", database
    )
    pg_cluster.sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {PASSWORD_USER}", database)
    open_action = next(a for a in window._actions if a.text() == "เปิดฐานข้อมูลบนเซิร์ฟเวอร์… (&S)")
    open_action.trigger()
    dialog = window.dialog
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(pg_cluster.port)
    dialog.database.setText(database)
    dialog.user.setText(PASSWORD_USER)
    dialog.password.setText("ผิด")
    dialog._try_accept()
    assert dialog.isVisible() and "รหัสผ่าน" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog._try_accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window = controller.window  # the window of the workspace now open
    ws = window.ctx.services.workspace
    assert ws.server is not None and ws.server.database == database
    assert f"{PASSWORD_USER}@127.0.0.1:{pg_cluster.port}/{database}" in window.windowTitle()
    assert window.ctx.services.roster.people()
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert database in stored and "127.0.0.1" in stored
    assert PASSWORD not in stored and "ผิด" not in stored
