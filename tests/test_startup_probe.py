"""The start-up measurement's lines, as the window writes them and the benchmarks read them."""

from __future__ import annotations

import os
import sys

import pytest

from ethicsdesk import startup_probe as probe


def test_measure_reads_what_report_writes() -> None:
    code = (
        "import os, time; from ethicsdesk import startup_probe as p\n"
        "assert p.enabled()\n"
        "t = time.time()\n"
        "print('noise: 9', flush=True)\n"
        "for key in (p.GUI_ENTERED, p.FIRST_PAINT, p.DATA_SHOWN): p.report(key, t - 0.5)\n"
    )
    got = probe.measure([sys.executable, "-c", code], dict(os.environ), timeout=60)
    assert got.returncode == 0 and got.window_s is not None and got.records_s is not None
    assert got.window_s <= got.records_s
    assert set(got.own) == {probe.GUI_ENTERED, probe.FIRST_PAINT, probe.DATA_SHOWN}
    assert all(0.5 <= v < 30 for v in got.own.values())


def test_a_program_that_never_paints_reports_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    got = probe.measure([sys.executable, "-c", "raise SystemExit(3)"], dict(os.environ), timeout=60)
    assert (got.window_s, got.records_s, got.own, got.returncode) == (None, None, {}, 3)
    monkeypatch.delenv(probe.QUIT_AFTER_PAINT, raising=False)
    assert not probe.enabled()
    assert probe.process_start() <= __import__("time").time()
