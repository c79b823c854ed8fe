"""The program's entry holds Python's cycle collector off while it loads (ethicsdesk.cli.run): printing
ends with it off, every other command and the window turn it back on, and nothing changes when the
commands are called as functions (tests, another program)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ethicsdesk.cli import main


def _collector_after(argv: list[str], env: dict[str, str] | None = None) -> str:
    """Run ``ethicsdesk argv`` as the program does, and tell whether the collector was on at its end."""
    code = (
        "import gc, sys\n"
        "import ethicsdesk.cli as cli\n"
        "seen = []\n"
        "main = cli.main\n"
        "cli.main = lambda: (main(), seen.append(gc.isenabled()))[0]\n"
        f"sys.argv = ['ethicsdesk', *{argv!r}]\n"
        "cli.run()\n"
        "print('on' if seen[0] else 'off')\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env or dict(os.environ)
    )
    return run.stdout.splitlines()[-1]


def test_printing_ends_with_the_collector_off(sample_db: str, tmp_path: Path) -> None:
    out = tmp_path / "m.pdf"
    assert _collector_after(["minutes", "--db", sample_db, "--meeting", "1/2565", "-o", str(out)]) == "off"
    assert out.stat().st_size > 0


def test_other_commands_turn_it_back_on(sample_db: str) -> None:
    assert _collector_after(["check", "--db", sample_db]) == "on"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="offscreen Qt start-up measured on Linux")
def test_the_window_turns_it_back_on_once_the_records_are_shown(sample_db: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ETHICSDESK_QUIT_AFTER_PAINT="1")
    assert _collector_after(["--db", sample_db], env) == "on"


def test_called_as_a_function_nothing_changes(sample_db: str, tmp_path: Path) -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    assert main(["check", "--db", sample_db]) == 0
    assert main(["minutes", "--db", sample_db, "--meeting", "1/2565", "-o", str(tmp_path / "m.pdf")]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen
