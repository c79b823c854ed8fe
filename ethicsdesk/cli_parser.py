"""The command line's grammar: every command, its options and their help, and argument errors as one line
in the user's language (exit 2) instead of argparse's English usage text."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ethicsdesk import cli_signing
from ethicsdesk.errors import UserError

if TYPE_CHECKING:
    from ethicsdesk.storage.location import ServerLocation


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong command line is one line in the user's language and exit 2, like every
    other failure (argparse's own message is in English and would end the program itself)."""

    def error(self, message: str) -> NoReturn:
        raise ArgumentError(message)


class ArgumentError(UserError):
    _PATTERNS = (
        (r"the following arguments are required: (.+)", "ขาดส่วนที่ต้องระบุ: {0}"),
        (r"unrecognized arguments: (.+)", "ไม่รู้จักส่วนของคำสั่ง: {0}"),
        (r"argument (\S+): expected one argument", "ส่วน {0} ต้องมีค่าตามหลัง"),
        (
            r"argument (\S+): invalid choice: (\S+) \(choose from (.+)\)",
            "ส่วน {0}: ไม่มีตัวเลือก {1} (เลือกได้: {2})",
        ),
        (r"argument (\S+): invalid (\S+) value: (.+)", "ส่วน {0}: ค่า {2} ไม่ถูกต้อง"),
        (r"argument (\S+): not allowed with argument (\S+)", "ใช้ {0} พร้อมกับ {1} ไม่ได้"),
        (r"argument (\S+): (.+)", "ส่วน {0}: {1}"),
        (r"one of the arguments (.+) is required", "ต้องระบุอย่างใดอย่างหนึ่ง: {0}"),
    )

    def __init__(self, message: str) -> None:
        import re

        th = f"คำสั่งไม่ถูกต้อง: {message}"
        for pattern, thai in self._PATTERNS:
            m = re.fullmatch(pattern, message)
            if m:
                th = "คำสั่งไม่ถูกต้อง: " + thai.format(*m.groups())
                break
        hint_th = " (ดูวิธีใช้: ethicsdesk --help)"
        super().__init__(th + hint_th, f"wrong command line: {message} (see: ethicsdesk --help)")


DB_HELP = (
    "the workspace: a file (default: workspace.sqlite in your data folder), or a database on a PostgreSQL "
    "server: postgresql+psycopg://user@host:port/dbname"
)
COMMITTEE_HELP = "the committee: its id, short name or a part of its name (needed only when several committees have the number)"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="ethicsdesk", description="EthicsDesk: committee records and Thai minutes")
    p.add_argument("--db", type=_location, metavar="PATH|URL", help=DB_HELP)
    p.add_argument("--version", action="store_true", help="show the versions of the program and its parts")
    p.add_argument(
        "--selftest", action="store_true", help="check this installation in a temporary folder and exit"
    )
    p.add_argument("--lang", choices=("th", "en"), help="language of messages (default: Thai)")
    p.add_argument(
        "--read-only",
        action="store_true",
        help="open the workspace read-only (when another PC is editing it)",
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        s = sub.add_parser(name, help=help, description=help)
        # Every command also takes --db after its name (``ethicsdesk minutes --db PATH …``).
        s.add_argument("--db", type=_location, dest="sub_db", metavar="PATH|URL", help=DB_HELP)
        return s

    def output(s: argparse.ArgumentParser, kinds: str) -> None:
        s.add_argument(
            "-o", "--output", type=Path, required=True, metavar="FILE", help=f"the file to write ({kinds})"
        )

    s = sub.add_parser(
        "sample", help="write the sample workspace to a new file (or an empty server database)"
    )
    s.add_argument("path", type=_location, metavar="PATH|URL", help="the new workspace file, or a server URL")
    s = command("export", "export the workspace as JSON")
    output(s, ".json")
    s = command("import", "import a JSON export into a new or empty workspace")
    s.add_argument("file", type=Path, metavar="FILE.json")
    command("check", "check the file and the consistency of the records")
    s = command("backup", "back up the workspace now (into the backups folder beside it)")
    s.add_argument("--list", action="store_true", help="list the backups instead, newest first")
    s = command("minutes", "print the minutes of a meeting (.pdf or .docx, by the extension)")
    s.add_argument("--meeting", required=True, help="the meeting number, e.g. 1/2565 or ๑/๒๕๖๕")
    s.add_argument("--committee", help=COMMITTEE_HELP)
    output(s, ".pdf or .docx")
    s.add_argument("--arabic-digits", action="store_true", help="Arabic instead of Thai digits")
    cli_signing.add_minutes_options(s)
    s = command("plan", "print an action plan (.pdf, .docx or .xlsx, by the extension)")
    s.add_argument("--year", type=_year, required=True, help="the fiscal year (Buddhist era), e.g. 2566")
    s.add_argument("--version", type=int, dest="plan_version", help="the plan version (default: the newest)")
    s.add_argument("--committee", help=COMMITTEE_HELP)
    output(s, ".pdf, .docx or .xlsx")
    s.add_argument("--arabic-digits", action="store_true", help="Arabic instead of Thai digits")
    s = command("report", "print a progress report of a plan (.pdf or .docx)")
    s.add_argument("--year", type=_year, required=True, help="the fiscal year (Buddhist era), e.g. 2566")
    period = s.add_mutually_exclusive_group(required=True)
    period.add_argument("--months", type=int, choices=(3, 6, 9, 12), help="a 3-, 6-, 9- or 12-month summary")
    period.add_argument(
        "--quarter", type=int, choices=(1, 2, 3, 4), help="the follow-up report of one quarter"
    )
    s.add_argument("--version", type=int, dest="plan_version", help="the plan version (default: the newest)")
    s.add_argument("--committee", help=COMMITTEE_HELP)
    output(s, ".pdf or .docx")
    s = command("verify", "check a printed PDF of certified minutes against the record")
    s.add_argument("pdf", type=Path, metavar="FILE.pdf")
    s.add_argument("--committee", help=COMMITTEE_HELP)
    cli_signing.add_verify_options(s)
    s = command("certify", "certify the minutes of a meeting: from then on they print from a frozen record")
    s.add_argument("--meeting", required=True, help="the meeting number, e.g. 1/2565 or ๑/๒๕๖๕")
    s.add_argument("--committee", help=COMMITTEE_HELP)
    s.add_argument(
        "--on",
        type=_date,
        required=True,
        metavar="DATE",
        help="the day the committee certified them, e.g. 2022-11-20 or 20/11/2565",
    )
    s = command("history", "list the certification and the amendments of a meeting's minutes")
    s.add_argument("--meeting", required=True, help="the meeting number, e.g. 1/2565 or ๑/๒๕๖๕")
    s.add_argument("--committee", help=COMMITTEE_HELP)
    s = command(
        "server-setup",
        "make a server database ready (run by its owner): the schema, and the roles ethicsdesk_editor "
        "(read and write) and ethicsdesk_reader (read only); safe to run again",
    )
    s.add_argument("--editor", action="append", default=[], metavar="USER", help="make this login an editor")
    s.add_argument("--reader", action="append", default=[], metavar="USER", help="make this login a reader")
    s = command("restore", "replace the workspace by a backup (the current file is kept)")
    s.add_argument("backup", type=Path, metavar="BACKUP")
    cli_signing.add_parsers(sub)
    return p


def _location(text: str) -> Path | ServerLocation:
    """A file path, or a server URL (postgresql+psycopg://user@host:port/dbname)."""
    from ethicsdesk.storage.location import parse_location

    return parse_location(text)


def _year(text: str) -> int:
    """A year in either digit set."""
    from ethicsdesk.thai import to_arabic_digits

    try:
        return int(to_arabic_digits(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None


def _date(text: str) -> dt.date:
    """A date: ISO (2022-11-20) or Thai (20/11/2565, ๒๐ พ.ย. ๒๕๖๕), in either digit set."""
    from ethicsdesk.errors import ValidationError
    from ethicsdesk.thai import parse_date

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.en) from None
