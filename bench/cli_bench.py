"""The whole `ethicsdesk minutes` command, as a user runs it, beside LibreOffice printing the same minutes.

    python bench/cli_bench.py

Prints:
    cli_minutes_sample_s:       seconds of `python -m ethicsdesk minutes` for meeting 1/2565 of the sample
                                (a draft: read with plain sqlite3, storage.fast_read), a new process each
                                time, median of 5
    cli_minutes_certified_s:    the same once the meeting is certified (printed from its frozen record)
    libreoffice_minutes_s:      `soffice --headless --convert-to pdf` of the program's own .docx of the
                                same minutes, median of 5 (only when soffice is on the machine)
    cli_minutes_vs_libreoffice: cli_minutes_sample_s / libreoffice_minutes_s, from the same paired runs

The runs alternate (ours, LibreOffice's, ours, …) so that a busy machine slows both alike; one warm-up
run of each comes first (disk cache, LibreOffice's profile).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 5


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHAINLP_READ_ONLY", "1")
    env["PYTHONPATH"] = str(HERE.parent)
    return env


def _program(*argv: str) -> list[str]:
    return [sys.executable, "-m", "ethicsdesk", *argv]


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def figures() -> dict[str, float]:
    env = _env()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        draft = tmp / "sample.sqlite"
        subprocess.run(_program("sample", str(draft)), env=env, check=True, capture_output=True)
        certified = tmp / "certified.sqlite"
        shutil.copyfile(draft, certified)
        subprocess.run(
            _program("certify", "--db", str(certified), "--meeting", "1/2565", "--on", "2022-11-20"),
            env=env,
            check=True,
            capture_output=True,
        )
        docx = tmp / "minutes.docx"
        subprocess.run(
            _program("minutes", "--db", str(draft), "--meeting", "1/2565", "-o", str(docx)),
            env=env,
            check=True,
            capture_output=True,
        )
        ours = _program("minutes", "--db", str(draft), "--meeting", "1/2565", "-o", str(tmp / "ours.pdf"))
        frozen = _program("minutes", "--db", str(certified), "--meeting", "1/2565", "-o", str(tmp / "c.pdf"))
        runs: dict[str, Callable[[], float]] = {
            "cli_minutes_sample_s": lambda: _timed(ours, env),
            "cli_minutes_certified_s": lambda: _timed(frozen, env),
        }
        soffice = shutil.which("soffice")
        if soffice:
            profile = (tmp / "lo-profile").as_uri()
            lo = [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp / "lo"),
                str(docx),
            ]
            runs["libreoffice_minutes_s"] = lambda: _timed(lo, env)
        samples: dict[str, list[float]] = {name: [] for name in runs}
        for run in runs.values():  # warm-up
            run()
        for _ in range(RUNS):
            for name, run in runs.items():
                samples[name].append(run())
    out = {name: round(statistics.median(values), 2) for name, values in samples.items()}
    if "libreoffice_minutes_s" in out:
        theirs = samples["libreoffice_minutes_s"]
        for name, key in (
            ("cli_minutes_sample_s", "cli_minutes_vs_libreoffice"),
            ("cli_minutes_certified_s", "cli_minutes_certified_vs_libreoffice"),
        ):  # the ratio of each pair of runs made side by side, then their median
            ratios = [a / b for a, b in zip(samples[name], theirs, strict=True)]
            out[key] = round(statistics.median(ratios), 2)
    return out


def main() -> int:
    for key, value in figures().items():
        print(f"{key}: {value}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
