"""Entry point of the frozen program (PyInstaller runs this file as ``__main__``).

- The bundle carries PyThaiNLP's word lists itself: PyThaiNLP must never create or download into a
  ``pythainlp-data`` folder in the user's home (PYTHAINLP_READ_ONLY).
- ``--selftest`` runs ``ethicsdesk.selftest`` directly, so the frozen self-test works whether or not
  ``ethicsdesk.cli`` handles the option; everything else goes to ``ethicsdesk.cli.main``.
- On Windows, EthicsDesk.exe has no console: Python gives it no stdout/stderr, so output would be lost and
  a library writing to stderr would fail. Output is kept in memory instead, and a failure before the
  window (a locked or damaged workspace, say) is shown in a message box rather than vanishing.
"""

from __future__ import annotations

import gc
import io
import os
import sys


def _lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "th"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "th"
    return "en" if os.environ.get("ETHICSDESK_LANG", "th").lower().startswith("en") else "th"


def _show_error(text: str) -> None:
    """A message box with ``text`` (Windows, no console); elsewhere there is a terminal to read it."""
    if sys.platform == "win32":
        import ctypes

        windll = getattr(ctypes, "windll", None)
        if windll is not None:
            windll.user32.MessageBoxW(None, text, "EthicsDesk", 0x10)  # MB_ICONERROR


def _run(argv: list[str]) -> int:
    if "--selftest" in argv:
        from ethicsdesk.selftest import run_selftest

        return run_selftest(_lang(argv))
    from ethicsdesk.cli import main as cli_main

    return cli_main(argv)


def main() -> int:
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    argv = sys.argv[1:]
    if sys.stdout is not None and sys.stderr is not None:
        return _run(argv)
    captured = io.StringIO()  # a windowed program: no console to write to
    sys.stdout = sys.stdout or captured
    sys.stderr = sys.stderr or captured
    code = _run(argv)
    if code != 0 and captured.getvalue().strip():
        _show_error(captured.getvalue().strip()[-2000:])
    return code


if __name__ == "__main__":
    # As ethicsdesk.cli.run: the cycle collector is held off while the program loads (the window and
    # every command but printing turn it back on), and what is left is frozen for a quicker exit.
    gc.disable()
    exit_code = main()
    gc.freeze()
    sys.exit(exit_code)
