"""What start-up does not load: the window paints and shows its first records without PyThaiNLP (loading
it, all of pythainlp.util, took about 0.05 s). ethicsdesk.thai writes digits and dates itself (as PyThaiNLP
does: tests/thai) and loads PyThaiNLP on first use for an amount in words or a clean-up of pasted text."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _loaded_after(code: str, env: dict[str, str] | None = None) -> str:
    run = subprocess.run(
        [sys.executable, "-c", code + "\nprint('pythainlp' in sys.modules)\n"],
        capture_output=True,
        text=True,
        check=True,
        env=env or dict(os.environ),
    )
    return run.stdout.splitlines()[-1]


def test_digits_dates_and_times_need_no_pythainlp() -> None:
    code = (
        "import sys, datetime\n"
        "from ethicsdesk.thai import format_date_long, format_number, format_time, parse_date, parse_int\n"
        "assert format_number(1270000) == '๑,๒๗๐,๐๐๐' and parse_int('๑,๒๗๐') == 1270\n"
        "assert format_time(datetime.time(9, 30)) == '๐๙.๓๐ น.'\n"
        "assert format_date_long(datetime.date(2022, 10, 26)) == 'วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕'\n"
        "assert parse_date('วันพุธที่ ๒๖ ต.ค. ๖๕') == datetime.date(2022, 10, 26)\n"
    )
    assert _loaded_after(code) == "False"


def test_amounts_in_words_load_it_on_first_use() -> None:
    code = (
        "import sys\n"
        "from ethicsdesk.thai import baht_text\n"
        "assert baht_text(127000000) == 'หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน'\n"
    )
    assert _loaded_after(code) == "True"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="offscreen Qt start-up measured on Linux")
def test_the_window_shows_its_first_records_without_pythainlp(sample_db: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ETHICSDESK_QUIT_AFTER_PAINT="1")
    code = f"import sys\nfrom ethicsdesk.cli import main\nassert main(['--db', {sample_db!r}]) == 0\n"
    assert _loaded_after(code, env) == "False"
