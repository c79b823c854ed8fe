"""The start-up measurement: with ETHICSDESK_QUIT_AFTER_PAINT set, the window prints the seconds since
its process started when it was entered, when it first painted and when it showed its records, then
quits. The window writes these lines (gui/app.py); the benchmarks read them with ``measure``
(bench/gui_bench.py from the source tree, packaging/build.py for the frozen program). No Qt here.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

QUIT_AFTER_PAINT = "ETHICSDESK_QUIT_AFTER_PAINT"
GUI_ENTERED = "gui_entered_s"
FIRST_PAINT = "first_paint_s"
DATA_SHOWN = "data_shown_s"


def enabled() -> bool:
    return bool(os.environ.get(QUIT_AFTER_PAINT))


def process_start() -> float:
    """The time the process started (Linux: its start tick against the uptime clock), else now."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.time()


def report(key: str, started: float) -> None:
    """One line of the measurement: ``key`` happened now, so many seconds after ``started``."""
    print(f"{key}: {time.time() - started:.3f}", flush=True)


@dataclass(frozen=True)
class Startup:
    """One measured start: wall-clock seconds from spawning to the first paint and to the records
    shown (None: never reported), the program's own figures by key, and its exit status."""

    window_s: float | None
    records_s: float | None
    own: dict[str, float]
    returncode: int


def measure(command: Sequence[str], env: Mapping[str, str], timeout: float = 120) -> Startup:
    """Start ``command`` with the measurement on and read its lines until it quits."""
    started = time.perf_counter()
    window = records = None
    own: dict[str, float] = {}
    with subprocess.Popen(
        list(command),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**env, QUIT_AFTER_PAINT: "1"},
        text=True,
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            key, _, value = line.partition(":")
            if key not in (GUI_ENTERED, FIRST_PAINT, DATA_SHOWN):
                continue
            own[key] = float(value)
            if key == FIRST_PAINT:
                window = time.perf_counter() - started
            elif key == DATA_SHOWN:
                records = time.perf_counter() - started
        proc.wait(timeout=timeout)
    return Startup(window, records, own, proc.returncode)
