"""Figures of the desktop window on a workspace (by default a large synthetic one).

    python bench/gui_bench.py WORKSPACE.sqlite         # an existing workspace (it is copied, never changed)
    python bench/gui_bench.py --make-large /tmp/large.sqlite   # first write bench/generate.py's workspace

Prints:
    startup_to_window_s: seconds from starting `python -m ethicsdesk --db …` to its first painted window
                         (median of three runs, after one warm-up run); the window paints before the
                         file is opened (gui/app.py run_opening)
    startup_to_records_s: the same, until the first tab shows the workspace's records
    tab_open_large_ms:   the slowest first opening of a tab (each tab, and the meeting's agenda)
    gui_large_rss_mb:    peak resident memory of the window process after opening every tab

Uses the X display when DISPLAY is set (e.g. Xvfb), the offscreen platform otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from ethicsdesk.startup_probe import FIRST_PAINT, GUI_ENTERED, measure  # noqa: E402


def make_large(path: Path) -> None:
    sys.path.insert(0, str(HERE))
    from generate import build  # bench/generate.py, the shared synthetic workspace

    from ethicsdesk.interchange import import_workspace
    from ethicsdesk.storage import open_workspace

    ws = open_workspace(path, create=True)
    try:
        import_workspace(ws, json.dumps(build(), ensure_ascii=False))
    finally:
        ws.close()


def _upgraded_copy(workspace: Path, tmp: Path) -> Path:
    """A copy already brought to this program's schema, with the frozen records of its certified minutes
    made: upgrading and freezing are one-time costs of an older file, not start-up (the synthetic workspace
    is imported without records, and freezing its 180 certified meetings took 10 s at every start)."""
    from ethicsdesk.services.certification import freeze_missing
    from ethicsdesk.storage import open_workspace

    template = tmp / "template.sqlite"
    shutil.copyfile(workspace, template)
    ws = open_workspace(template)
    try:
        freeze_missing(ws)
    finally:
        ws.close()
    return template


def _env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp / "config")  # fresh settings: no remembered tab or layout
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def startup_to_window(workspace: Path, tmp: Path, runs: int = 3) -> dict[str, float]:
    """Wall-clock seconds from spawning the program to its first paint (and to the records shown).

    The program also reports, from its own start time, when the window code was entered: the part
    before that is the interpreter and the imports of Qt and the window's modules (the file is opened
    after the paint).
    """
    samples: list[dict[str, float]] = []
    for i in range(runs + 1):
        copy = tmp / f"startup-{i}.sqlite"
        shutil.copyfile(workspace, copy)
        got = measure([sys.executable, "-m", "ethicsdesk", "--db", str(copy)], _env(tmp), timeout=60)
        if got.window_s is None or got.records_s is None:
            continue
        sample = {
            "startup_to_window_s": got.window_s,
            "first_paint_own_clock_s": got.own[FIRST_PAINT],
            "before_gui_s": got.own[GUI_ENTERED],
            "startup_to_records_s": got.records_s,
        }
        if i > 0:  # the first run warms the disk cache
            samples.append(sample)
    out = {key: statistics.median(s[key] for s in samples) for key in samples[0]}
    out["gui_part_s"] = out.pop("first_paint_own_clock_s") - out["before_gui_s"]
    out["before_gui_s"] = out["startup_to_window_s"] - out["gui_part_s"]  # spawning included
    return out


def in_process(workspace: Path | str, tmp: Path) -> tuple[float, dict[str, float], float]:
    """Open every tab once on a copy of ``workspace`` (a server workspace's URL: on it, unchanged); return
    (slowest ms, ms per tab, peak RSS MB)."""
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ethicsdesk.gui.app import Controller, application
    from ethicsdesk.services import Services
    from ethicsdesk.storage import open_workspace

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        if "does not support" not in message:  # the offscreen platform's limits, not the program's
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(quiet)
    target: Path | str = workspace
    if isinstance(workspace, Path):
        target = tmp / "tabs.sqlite"
        shutil.copyfile(workspace, target)
    application()
    settings = QSettings(str(tmp / "bench.ini"), QSettings.Format.IniFormat)
    controller = Controller(Services(open_workspace(target)), "th", settings)
    window = controller.window
    window.resize(1400, 900)
    controller.show()
    QApplication.processEvents()
    timings: dict[str, float] = {}

    def timed(name: str, action: object) -> None:
        assert callable(action)
        t0 = time.perf_counter()
        action()
        QApplication.processEvents()  # lay out and paint
        window.repaint()
        timings[name] = (time.perf_counter() - t0) * 1000

    # The roster opens with the window; measure its loading by building a second window on the roster.
    window.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    timed("budget-then-roster", lambda: None)
    for i, name in enumerate(("roster", "meetings", "plan", "budget")):
        page = window.pages()[i]
        page._dirty = {
            "committee",
            "roster",
            "people",
            "meetings",
            "meeting",
            "attendance",
            "agenda",
            "plan",
            "budget",
        }
        window.tabs.setCurrentIndex((i + 1) % 4)
        QApplication.processEvents()
        timed(name, lambda i=i: window.tabs.setCurrentIndex(i))
    window.tabs.setCurrentIndex(1)
    timed("meetings-agenda", lambda: window.meetings.sub_tabs.setCurrentIndex(1))
    timed(
        "meetings-other-meeting",
        lambda: window.meetings.list_view.selectRow(window.meetings.list.rowCount() - 1),
    )
    window.tabs.setCurrentIndex(2)
    timed("plan-months", lambda: window.plan.zoom.setChecked(True))
    rss = _peak_rss_mb()
    window.close()
    return max(timings.values()), timings, rss


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("workspace", type=Path)
    parser.add_argument(
        "--make-large", action="store_true", help="write the synthetic large workspace there first"
    )
    parser.add_argument("--details", action="store_true", help="also print the time of each tab")
    parser.add_argument(
        "--tabs-only", action="store_true", help="only tab_open_large_ms (and the time of each tab)"
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="open the tabs on this server workspace instead (prints pg_tab_open_large_ms)",
    )
    args = parser.parse_args(argv)
    if args.server:
        with tempfile.TemporaryDirectory() as d:
            slowest, timings, _rss = in_process(args.server, Path(d))
        print(f"pg_tab_open_large_ms: {slowest:.0f}")
        if args.details:
            for name, ms in timings.items():
                print(f"pg_tab_{name}_ms: {ms:.0f}")
        return 0
    if args.make_large and not args.workspace.exists():
        make_large(args.workspace)
    if not args.workspace.exists():
        parser.error(f"{args.workspace} does not exist (use --make-large to create the large workspace)")
    if args.tabs_only:
        with tempfile.TemporaryDirectory() as d:
            slowest, timings, _rss = in_process(_upgraded_copy(args.workspace, Path(d)), Path(d))
        print(f"tab_open_large_ms: {slowest:.0f}")
        if args.details:
            for name, ms in timings.items():
                print(f"tab_{name}_ms: {ms:.0f}")
        return 0
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        template = _upgraded_copy(args.workspace, tmp)
        startup = startup_to_window(template, tmp)
        slowest, timings, rss = in_process(template, tmp)
    print(f"startup_to_window_s: {startup['startup_to_window_s']:.2f}")
    print(f"startup_to_records_s: {startup['startup_to_records_s']:.2f}")
    print(f"tab_open_large_ms: {slowest:.0f}")
    print(f"gui_large_rss_mb: {rss:.0f}")
    if args.details:
        print(f"  before_gui_s: {startup['before_gui_s']:.2f} (interpreter, Qt and the window's modules)")
        print(f"  gui_part_s: {startup['gui_part_s']:.2f} (window code entered to first paint)")
        for name, ms in timings.items():
            print(f"  tab {name}: {ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
