"""Run every benchmark and print one `name: value` line per figure.

    python bench/run.py            # all
    python bench/run.py import     # only those whose name contains "import"

Figures are wall-clock on this machine; run twice and take the second for warm figures.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build

from ethicsdesk.interchange import export_workspace, import_workspace
from ethicsdesk.storage import open_workspace

BENCHES: dict[str, Callable[[Path], dict[str, float]]] = {}


def bench(fn: Callable[[Path], dict[str, float]]) -> Callable[[Path], dict[str, float]]:
    BENCHES[fn.__name__] = fn
    return fn


def large_workspace(tmp: Path) -> Path:
    """The large synthetic workspace as a file, built once per run."""
    path = tmp / "large.sqlite"
    if not path.exists():
        ws = open_workspace(path, create=True)
        import_workspace(ws, json.dumps(build(), ensure_ascii=False))
        ws.close()
    return path


@bench
def interchange(tmp: Path) -> dict[str, float]:
    text = json.dumps(build(), ensure_ascii=False)
    ws = open_workspace(tmp / "import.sqlite", create=True)
    t0 = time.perf_counter()
    import_workspace(ws, text)
    t1 = time.perf_counter()
    exported = export_workspace(ws)
    t2 = time.perf_counter()
    ws.close()
    return {
        "large_json_mb": round(len(exported.encode()) / 1e6, 1),
        "import_large_s": round(t1 - t0, 2),
        "export_large_s": round(t2 - t1, 2),
    }


@bench
def gui(tmp: Path) -> dict[str, float]:
    """startup_to_window_s, tab_open_large_ms, gui_large_rss_mb (bench/gui_bench.py, its own processes)."""
    import subprocess

    out = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("gui_bench.py")), str(large_workspace(tmp))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {k.strip(): float(v) for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


@bench
def pg(tmp: Path) -> dict[str, float]:
    """pg_import_large_s, pg_tab_open_large_ms and the SQLite figure measured alongside (the same tabs on the
    same workspace as a file), pg_tab_open_vs_sqlite: the large synthetic workspace on a local PostgreSQL
    server (a throw-away cluster, tests/pg_cluster.py; fsync off, as the tests run it)."""
    import subprocess

    from ethicsdesk.services.certification import freeze_missing
    from tests.pg_cluster import Cluster, server_bin_dir

    bin_dir = server_bin_dir()
    if bin_dir is None:
        print("pg: skipped, no PostgreSQL server binaries (postgresql-15)", file=sys.stderr)
        return {}
    text = json.dumps(build(), ensure_ascii=False)
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        cluster.sql("CREATE DATABASE bench_large TEMPLATE template0 ENCODING 'UTF8'")
        ws = open_workspace(cluster.url("bench_large"), create=True)
        t0 = time.perf_counter()
        import_workspace(ws, text)
        imported = time.perf_counter() - t0
        freeze_missing(ws)  # as the SQLite figure's copy (gui_bench._upgraded_copy): not part of opening tabs
        ws.close()
        script = str(Path(__file__).with_name("gui_bench.py"))

        def tabs(*args: str) -> dict[str, float]:
            out = subprocess.run(
                [sys.executable, script, *args], capture_output=True, text=True, check=True
            ).stdout
            return {
                k.strip(): float(v)
                for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)
            }

        server = tabs(str(large_workspace(tmp)), "--server", cluster.url("bench_large"))
        local = tabs(str(large_workspace(tmp)), "--tabs-only")
    finally:
        cluster.stop()
    pg_ms, sqlite_ms = server["pg_tab_open_large_ms"], local["tab_open_large_ms"]
    return {
        "pg_import_large_s": round(imported, 2),
        "pg_tab_open_large_ms": pg_ms,
        "sqlite_tab_open_large_ms": sqlite_ms,
        "pg_tab_open_vs_sqlite": round(pg_ms / sqlite_ms, 2),
    }


@bench
def minutes(_tmp: Path) -> dict[str, float]:
    """minutes_sample_s, minutes_200p_s, minutes_200p_peak_mb, minutes_shaped_over_floor."""
    from minutes_bench import figures

    return figures()


@bench
def cli(_tmp: Path) -> dict[str, float]:
    """cli_minutes_sample_s, cli_minutes_certified_s, libreoffice_minutes_s, cli_minutes_vs_libreoffice."""
    from cli_bench import figures

    return figures()


@bench
def signing(tmp: Path) -> dict[str, float]:
    """sign_sample_s: what signing (recorder, PAdES B-B) adds to printing the certified sample minutes,
    the median of 3 once pyHanko is loaded; sign_sample_first_s: the first signature, imports included."""
    import datetime as dt
    import statistics

    from ethicsdesk.printing import minutes_to_file
    from ethicsdesk.sample import write_sample
    from ethicsdesk.services import Services

    ws = write_sample(tmp / "signing.sqlite")
    Services(ws).meetings.certify(1, dt.date(2022, 12, 21))
    pdf = minutes_to_file(ws, "1/2565", tmp / "certified.pdf").read_bytes()
    ws.close()
    t0 = time.perf_counter()
    from ethicsdesk.signing import new_signing_key, sign_minutes_pdf

    imports = time.perf_counter() - t0
    key = new_signing_key("นายประวิทย์ นาคนวล", tmp / "bench.p12", b"bench")
    t1 = time.perf_counter()
    sign_minutes_pdf(pdf, key, "recorder")
    first = imports + time.perf_counter() - t1  # key generation is not part of signing
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        sign_minutes_pdf(pdf, key, "recorder")
        runs.append(time.perf_counter() - t)
    return {"sign_sample_s": round(statistics.median(runs), 3), "sign_sample_first_s": round(first, 3)}


def main(argv: list[str]) -> int:
    wanted = argv[1:]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, fn in BENCHES.items():
            if wanted and not any(w in name for w in wanted):
                continue
            for key, value in fn(tmp).items():
                print(f"{key}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
