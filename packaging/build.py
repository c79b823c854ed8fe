"""Build the one-folder bundle with PyInstaller, check it, and print its figures.

    python packaging/build.py                  # build dist/EthicsDesk, self-test it, measure it
    python packaging/build.py --skip-build     # check and measure an existing dist/EthicsDesk

Steps: PyInstaller on build.spec (dist/EthicsDesk, work files in build/pyinstaller); on Linux, every
library the bundle links to and does not carry must be on this system and come with a package that
scripts/debian-packages.txt brings in (each is listed with its package); the frozen program's
``--selftest`` in a clean environment (a temporary home, no PYTHONPATH, offscreen Qt); its start-up to
the first painted window (median of five runs after two warm-up runs, on a copy of the sample
workspace, ETHICSDESK_QUIT_AFTER_PAINT=1); the size of the bundle and its largest parts. Prints
``key: value`` lines, among them

    build_s            seconds PyInstaller took
    frozen_bundle_mb   size of dist/EthicsDesk in MB (10^6 bytes, files' own sizes)
    frozen_startup_s   seconds from starting the frozen program to its first painted window

and exits non-zero when the build or the self-test fails, or a figure is over its limit (--max-mb,
--max-startup-s; --no-limits only reports them). Runs on Linux and Windows (python packaging\\build.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ethicsdesk.startup_probe import FIRST_PAINT, GUI_ENTERED, measure  # noqa: E402  (the window's own lines)

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "EthicsDesk"
IS_WINDOWS = sys.platform == "win32"
IS_LINUX = sys.platform.startswith("linux")
#: The executable that prints: on Windows the console one (EthicsDesk.exe has no console).
PROGRAM = BUNDLE / ("ethicsdesk-cli.exe" if IS_WINDOWS else "EthicsDesk")
MAX_MB = 120.0
MAX_STARTUP_S = 1.2
STARTUP_RUNS = 5
WARM_UP_RUNS = 2


def say(key: str, value: object) -> None:
    print(f"{key}: {value}", flush=True)


def fail(reason: str) -> int:
    print(f"build: FAILED: {reason}", file=sys.stderr, flush=True)
    return 1


def build() -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
        # PyInstaller's archive of modules at zlib's best compression (its default is 6): 0.2 MB smaller,
        # and no slower to read
        env={**os.environ, "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "9"},
    )
    seconds = time.perf_counter() - started
    if hasattr(os, "sync"):  # write the new bundle out now, not while its start-up is being timed
        os.sync()
    return seconds


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's session: a fresh home, nothing of this Python or its virtualenv."""
    drop = ("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_", "PYTHAINLP", "ETHICSDESK", "LD_LIBRARY_PATH")
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(drop)}
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    if IS_WINDOWS:
        env["USERPROFILE"] = str(home)
    if not env.get("DISPLAY") or IS_WINDOWS:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def bundle_size() -> int:
    total = 0
    for path in BUNDLE.rglob("*"):
        if path.is_symlink():
            total += len(os.readlink(path))
        elif path.is_file():
            total += path.stat().st_size
    return total


def largest_parts(count: int = 12) -> list[tuple[int, str]]:
    """The biggest files and folders of the bundle, two levels down (what to look at when it grows)."""
    sizes: dict[str, int] = {}
    for path in BUNDLE.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(BUNDLE).parts
            key = "/".join(rel[:3] if rel[:2] == ("_internal", "PySide6") and len(rel) > 3 else rel[:2])
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in sizes.items()), reverse=True)[:count]


def _elf_files() -> list[Path]:
    out = []
    for path in BUNDLE.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def system_libraries() -> dict[str, str]:
    """Linux: libraries the bundle links to but does not carry -> the system file each resolves to.

    Raises SystemExit naming any that this system lacks (the bundle would not start on it either).
    """
    carried = {p.name for p in BUNDLE.rglob("*")}
    needed: set[str] = set()
    for path in _elf_files():
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
        needed.update(line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED"))
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    known: dict[str, str] = {}
    for line in cache.splitlines()[1:]:
        name, _, target = line.strip().partition(" => ")
        known.setdefault(name.split(" (")[0], target)
    found, missing = {}, []
    for name in sorted(needed - carried):
        if name in known:
            found[name] = known[name]
        elif not name.startswith("ld-linux"):
            missing.append(name)
    if missing:
        raise SystemExit(f"build: the bundle needs libraries this system lacks: {', '.join(missing)}")
    return found


def debian_packages(libraries: dict[str, str]) -> dict[str, set[str]]:
    """Debian package -> the libraries of it that the bundle uses (empty when dpkg is not there)."""
    if not shutil.which("dpkg"):
        return {}
    packages: dict[str, set[str]] = {}
    for name, path in libraries.items():
        real = os.path.realpath(path)
        result = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True, check=False)
        if result.returncode != 0 and real.startswith("/usr/lib/"):  # merged /usr: dpkg knows /lib/...
            result = subprocess.run(["dpkg", "-S", real[4:]], capture_output=True, text=True, check=False)
        package = result.stdout.split(":", 1)[0].strip() if result.returncode == 0 else "?"
        packages.setdefault(package, set()).add(name)
    return packages


def listed_packages() -> set[str]:
    """The Debian packages the README asks for (scripts/debian-packages.txt) and everything they depend on,
    as installed here."""
    listed = ROOT / "scripts" / "debian-packages.txt"
    todo = [w for line in listed.read_text(encoding="utf-8").splitlines() for w in line.split("#")[0].split()]
    seen: set[str] = set()
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        fields = "${Pre-Depends}, ${Depends}"
        result = subprocess.run(
            ["dpkg-query", "-W", "-f", fields, package], capture_output=True, text=True, check=False
        )
        for alternative in result.stdout.replace("|", ",").split(","):
            name = alternative.strip().split(" ")[0].split(":")[0]
            if name:
                todo.append(name)
    return seen


def selftest(tmp: Path) -> tuple[str, float]:
    started = time.perf_counter()
    home = tmp / "selftest-home"
    proc = subprocess.run(
        [str(PROGRAM), "--selftest", "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=clean_env(home),
        timeout=600,
    )
    seconds = time.perf_counter() - started
    line = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    if proc.returncode != 0 or not line.startswith("selftest: ok"):
        raise SystemExit(
            f"build: the frozen self-test failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
        )
    if (home / "pythainlp-data").exists():
        raise SystemExit("build: the frozen program created ~/pythainlp-data (PYTHAINLP_READ_ONLY not set)")
    return line, seconds


def startup(tmp: Path, runs: int = STARTUP_RUNS) -> dict[str, float]:
    """Seconds from spawning the frozen program to its first paint (median), on a copy of the sample."""
    home = tmp / "startup-home"
    sample = tmp / "sample.sqlite"
    subprocess.run(
        [str(PROGRAM), "--lang", "en", "sample", str(sample)],
        check=True,
        capture_output=True,
        env=clean_env(home),
    )
    samples: list[dict[str, float]] = []
    for i in range(runs + WARM_UP_RUNS):  # the first runs warm the disk cache
        copy = tmp / f"startup-{i}.sqlite"
        shutil.copyfile(sample, copy)
        got = measure([str(PROGRAM), "--db", str(copy)], clean_env(home / str(i)))
        if got.returncode != 0 or got.window_s is None or got.records_s is None:
            raise SystemExit(f"build: the frozen program did not paint its window (exit {got.returncode})")
        if i >= WARM_UP_RUNS:
            samples.append(
                {
                    "frozen_startup_s": got.window_s,
                    "first_paint_own_clock_s": got.own[FIRST_PAINT],
                    "gui_entered_own_clock_s": got.own[GUI_ENTERED],
                    "frozen_records_shown_s": got.records_s,
                }
            )
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder bundle, self-test it, measure it.")
    parser.add_argument("--skip-build", action="store_true", help="check and measure the existing bundle")
    parser.add_argument("--max-mb", type=float, default=MAX_MB, help=f"size limit (default {MAX_MB:g})")
    parser.add_argument(
        "--max-startup-s",
        type=float,
        default=MAX_STARTUP_S,
        help=f"start-up limit (default {MAX_STARTUP_S:g})",
    )
    parser.add_argument("--no-limits", action="store_true", help="report the figures without failing on them")
    args = parser.parse_args(argv)
    overall = time.perf_counter()
    try:
        if not args.skip_build:
            say("build_s", f"{build():.1f}")
        if not PROGRAM.is_file():
            return fail(f"{PROGRAM} is missing: build first")
        if IS_LINUX:
            libraries = system_libraries()
            packages = debian_packages(libraries)
            covered = listed_packages() if packages else set()
            for package, names in sorted(packages.items()):
                say("system_package", f"{package} ({', '.join(sorted(names))})")
            unlisted = sorted(set(packages) - covered)
            if unlisted:
                return fail(f"scripts/debian-packages.txt does not bring in: {', '.join(unlisted)}")
        with tempfile.TemporaryDirectory(prefix="ethicsdesk-build-") as folder:
            tmp = Path(folder)
            line, seconds = selftest(tmp)
            say("selftest", line)
            say("frozen_selftest_s", f"{seconds:.1f}")
            times = startup(tmp)
    except subprocess.CalledProcessError as exc:
        return fail(f"{' '.join(map(str, exc.cmd[:3]))} … exited with {exc.returncode}")
    except SystemExit as exc:
        if isinstance(exc.code, str):
            return fail(exc.code.removeprefix("build: "))
        raise
    size_mb = bundle_size() / 1e6
    for size, name in largest_parts():
        say("part_mb", f"{size / 1e6:7.1f}  {name}")
    say("frozen_bundle_mb", f"{size_mb:.1f}")
    if IS_LINUX:  # the program's own clock starts at the process's start only on Linux
        say("frozen_before_gui_s", f"{times['gui_entered_own_clock_s']:.3f}")
    say("frozen_records_shown_s", f"{times['frozen_records_shown_s']:.3f}")
    say("frozen_startup_s", f"{times['frozen_startup_s']:.3f}")
    say("total_s", f"{time.perf_counter() - overall:.1f}")
    if args.no_limits:
        return 0
    if size_mb > args.max_mb:
        return fail(f"the bundle is {size_mb:.1f} MB, over {args.max_mb:g} MB")
    if times["frozen_startup_s"] > args.max_startup_s:
        return fail(f"start-up took {times['frozen_startup_s']:.3f} s, over {args.max_startup_s:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
