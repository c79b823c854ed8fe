"""Refresh the Thai catalogue after the window's words changed, then compile it.

    python resources/translations/update.py

1. pyside6-lupdate collects every string of ethicsdesk/gui into ethicsdesk_th.ts, keeping the
   translations already there (new strings arrive marked "unfinished");
2. translate them in Qt Linguist (pyside6-linguist ethicsdesk_th.ts) or in the XML;
3. run this again: pyside6-lrelease compiles both catalogues to the .qm files the program loads.

tests/gui/test_gui_thai.py fails while a string of the code is missing or untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        sys.exit(f"{name} not found: it comes with the PySide6 wheel (pip install PySide6-Essentials)")
    return found


def main() -> None:
    sources = sorted(str(p) for p in (REPO / "ethicsdesk" / "gui").rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-ts",
            str(HERE / "ethicsdesk_th.ts"),
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
    )
    for name in ("ethicsdesk", "qtbase"):
        subprocess.run(
            [tool("pyside6-lrelease"), str(HERE / f"{name}_th.ts"), "-qm", str(HERE / f"{name}_th.qm")],
            check=True,
        )


if __name__ == "__main__":
    main()
