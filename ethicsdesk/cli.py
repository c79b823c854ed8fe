"""The `ethicsdesk` command: the desktop program, and the same records from the command line.

Every failure prints one clear line and exits non-zero; a bug's traceback goes to the log file,
never to the user's screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ethicsdesk import __version__, cli_signing
from ethicsdesk.errors import StorageError, UserError

if TYPE_CHECKING:
    from ethicsdesk.services import Services
    from ethicsdesk.storage import Workspace

EXIT_USER = 2
EXIT_BUG = 70
#: The thread that backs up the workspace when the window opens.
BACKUP_THREAD = "backup-on-open"


def _lang() -> str:
    return "en" if os.environ.get("ETHICSDESK_LANG", "th").lower().startswith("en") else "th"


def default_workspace() -> Path:
    from platformdirs import user_data_path

    return user_data_path("EthicsDesk", appauthor=False, ensure_exists=True) / "workspace.sqlite"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="ethicsdesk", description="EthicsDesk: committee records and Thai minutes"
    )
    p.add_argument("--db", type=Path, help="workspace file (default: the one in your data folder)")
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
    sub = p.add_subparsers(dest="command")
    s = sub.add_parser("sample", help="write the sample workspace to a new file")
    s.add_argument("path", type=Path)
    s = sub.add_parser("export", help="export the workspace as JSON")
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s.add_argument("-o", "--output", type=Path, required=True)
    s = sub.add_parser("import", help="import a JSON export into a new or empty workspace")
    s.add_argument("file", type=Path)
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s = sub.add_parser("check", help="check the file and the consistency of the records")
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s = sub.add_parser("backup", help="back up the workspace now (into the backups folder beside it)")
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s.add_argument("--list", action="store_true", help="list the backups instead, newest first")
    s = sub.add_parser("minutes", help="print the minutes of a meeting (.pdf or .docx, by the extension)")
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s.add_argument("--meeting", required=True, help="the meeting number, e.g. 1/2565 or ๑/๒๕๖๕")
    s.add_argument("-o", "--output", type=Path, required=True)
    s.add_argument("--arabic-digits", action="store_true", help="Arabic instead of Thai digits")
    cli_signing.add_minutes_options(s)
    s = sub.add_parser("plan", help="print an action plan (.pdf, .docx or .xlsx, by the extension)")
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s.add_argument("--year", type=_year, required=True, help="the fiscal year (Buddhist era), e.g. 2566")
    s.add_argument("--version", type=int, dest="plan_version", help="the plan version (default: the newest)")
    s.add_argument("-o", "--output", type=Path, required=True)
    s.add_argument("--arabic-digits", action="store_true", help="Arabic instead of Thai digits")
    s = sub.add_parser("report", help="print a progress report of a plan (.pdf or .docx)")
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    s.add_argument("--year", type=_year, required=True, help="the fiscal year (Buddhist era), e.g. 2566")
    period = s.add_mutually_exclusive_group(required=True)
    period.add_argument("--months", type=int, choices=(3, 6, 9, 12), help="a 3-, 6-, 9- or 12-month summary")
    period.add_argument(
        "--quarter", type=int, choices=(1, 2, 3, 4), help="the follow-up report of one quarter"
    )
    s.add_argument("--version", type=int, dest="plan_version", help="the plan version (default: the newest)")
    s.add_argument("-o", "--output", type=Path, required=True)
    s = sub.add_parser("verify", help="check a printed PDF of certified minutes against the record")
    s.add_argument("pdf", type=Path)
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    cli_signing.add_verify_options(s)
    s = sub.add_parser("restore", help="replace the workspace by a backup (the current file is kept)")
    s.add_argument("backup", type=Path)
    s.add_argument("--db", type=Path, dest="sub_db", required=True)
    cli_signing.add_parsers(sub)
    return p


def versions_text() -> str:
    import platform
    import sqlite3
    from importlib.metadata import PackageNotFoundError, version

    def ver(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    try:
        import uharfbuzz

        harfbuzz = getattr(uharfbuzz, "version_string", lambda: "unknown")()
    except ImportError:
        harfbuzz = "not installed (Thai shaping unavailable)"
    from ethicsdesk.storage import SCHEMA_VERSION

    try:
        from ethicsdesk.gui.versions import qt_version

        qt = qt_version()
    except ImportError:
        qt = "not available"
    lines = [
        f"EthicsDesk {__version__}",
        f"Python {platform.python_version()}",
        f"Qt {qt}",
        f"SQLite {sqlite3.sqlite_version}",
        f"ReportLab {ver('reportlab')}",
        f"HarfBuzz {harfbuzz}",
        f"PyThaiNLP {ver('pythainlp')}",
        f"Workspace schema {SCHEMA_VERSION}",
    ]
    return "\n".join(lines)


def _open(path: Path, **options: bool) -> Workspace:
    """open_workspace; for a damaged or missing file, the message names the backup to restore."""
    from ethicsdesk.storage import open_workspace
    from ethicsdesk.storage.lock import WorkspaceLocked
    from ethicsdesk.storage.recovery import diagnose

    try:
        return open_workspace(path, **options)
    except WorkspaceLocked:
        raise
    except StorageError as exc:
        if not path.exists() and options.get("create"):
            raise
        found = diagnose(path)
        if found.backup is None:
            raise
        when_th, when_en = found.backup.label("th"), found.backup.label("en")
        raise StorageError(
            f"{exc.th} มีสำเนาสำรองที่ใช้ได้ล่าสุดจาก {when_th} "
            f'กู้คืนได้ด้วยคำสั่ง ethicsdesk restore "{found.backup.path}" --db "{path}"',
            f"{exc.en}. The newest good backup is from {when_en}; "
            f'restore it with: ethicsdesk restore "{found.backup.path}" --db "{path}"',
        ) from None


def _run(args: argparse.Namespace, lang: str) -> int:
    from ethicsdesk.storage.lock import WorkspaceLocked

    if args.version:
        print(versions_text())
        return 0
    if args.selftest:
        from ethicsdesk.selftest import run_selftest

        return run_selftest(lang)
    if args.command == "sample":
        from ethicsdesk.sample import write_sample

        write_sample(args.path).close()
        print(
            f"เขียนแฟ้มตัวอย่างที่ {args.path} แล้ว" if lang == "th" else f"Sample workspace written to {args.path}"
        )
        return 0
    if args.command == "export":
        from ethicsdesk.interchange import export_workspace

        try:
            ws = _open(args.sub_db, lock=True)
        except WorkspaceLocked:  # being edited elsewhere: reading is safe
            ws = _open(args.sub_db, read_only=True)
        try:
            data = export_workspace(ws)
        finally:
            ws.close()
        tmp = args.output.with_name(args.output.name + ".tmp")
        try:
            tmp.write_text(data, encoding="utf-8")
            os.replace(tmp, args.output)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(
                f"เขียนแฟ้ม «{args.output}» ไม่ได้ ({exc.strerror})",
                f"Cannot write «{args.output}» ({exc.strerror})",
            ) from None
        return 0
    if args.command == "import":
        from ethicsdesk.interchange import import_workspace
        from ethicsdesk.storage.backup import backup_now

        existed = args.sub_db.exists()
        ws = _open(args.sub_db, create=True, lock=True)
        try:
            if existed:
                backup_now(args.sub_db, "import")
            import_workspace(ws, args.file)
        except BaseException:
            ws.close()
            if not existed:
                args.sub_db.unlink(missing_ok=True)
            raise
        ws.close()
        print(f"นำเข้า {args.file} แล้ว" if lang == "th" else f"Imported {args.file}")
        return 0
    if args.command == "check":
        from ethicsdesk.services.checks import CheckService

        ws = _open(args.sub_db, read_only=True)
        try:
            findings = CheckService(ws).run()
        finally:
            ws.close()
        for f in findings:
            print(f"{f.severity}: {f.message(lang)}")
        if not findings:
            print("ไม่พบปัญหา" if lang == "th" else "No problems found")
        return 1 if any(f.severity == "error" for f in findings) else 0
    if args.command == "backup":
        return _backup(args.sub_db, args.list, lang)
    if args.command in ("minutes", "plan", "report"):
        return _print(args, lang)
    if args.command == "verify":
        from ethicsdesk.printing import verify_pdf

        ws = _open(args.sub_db, read_only=True)
        try:
            ok, th, en = verify_pdf(ws, args.pdf)
        finally:
            ws.close()
        print(en if lang == "en" else th)
        signatures_hold = cli_signing.print_signature_lines(args.pdf, args.trust, lang)
        return 0 if ok and signatures_hold else 1
    if args.command in ("sign", "new-signing-key"):
        return cli_signing.run(args, lang)
    if args.command == "restore":
        from ethicsdesk.storage.recovery import restore

        print(restore(args.backup, args.sub_db).message(lang))
        return 0
    return _gui(args.db, lang, read_only=args.read_only)


def _year(text: str) -> int:
    """A year in either digit set."""
    from ethicsdesk.thai import to_arabic_digits

    try:
        return int(to_arabic_digits(text.strip()))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None


def _print(args: argparse.Namespace, lang: str) -> int:
    from ethicsdesk import printing

    thai = not getattr(args, "arabic_digits", False)
    if args.command == "report":
        from ethicsdesk.documents.report import report_command

        out = report_command(
            args.sub_db, args.year, args.months, args.output, quarter=args.quarter, version=args.plan_version
        )
    else:
        ws = _open(args.sub_db, read_only=True)
        try:
            if args.command == "minutes" and args.sign is not None:
                out = cli_signing.print_signed(
                    args, lambda p: printing.minutes_to_file(ws, args.meeting, p, thai_digits=thai)
                )
            elif args.command == "minutes":
                out = printing.minutes_to_file(ws, args.meeting, args.output, thai_digits=thai)
            else:
                out = printing.plan_to_file(
                    ws, args.year, args.output, version=args.plan_version, thai_digits=thai
                )
        finally:
            ws.close()
    print(f"พิมพ์ลงแฟ้ม {out} แล้ว" if lang == "th" else f"Written to {out}")
    return 0


def _backup(db: Path, listing: bool, lang: str) -> int:
    from ethicsdesk.storage.backup import backup_now, list_backups

    if not listing:
        made = backup_now(db, "manual")
        print(f"สำรองแฟ้มไว้ที่ {made} แล้ว" if lang == "th" else f"Backed up to {made}")
        return 0
    backups = list_backups(db)
    for b in backups:
        print(f"{b.path}\t{b.label(lang)}\t{b.size:,} bytes")
    if not backups:
        print(f"ยังไม่มีสำเนาสำรองของ {db}" if lang == "th" else f"No backups of {db} yet")
    return 0


def _gui(db: Path | None, lang: str, read_only: bool = False) -> int:
    """The window, shown at once; the workspace is opened once it has painted (gui.app.run_opening)."""
    path = db or default_workspace()
    first_run = db is None and not path.exists()
    try:
        from ethicsdesk.gui.app import run_opening
    except ImportError as exc:
        raise UserError(
            f"ยังเปิดหน้าต่างโปรแกรมไม่ได้ ({exc})", f"The desktop window is not available ({exc})"
        ) from None

    def open_services() -> Services:
        """Open the file (StorageError: the window asks what to do, see gui/startup.py)."""
        from ethicsdesk.services import Services

        if first_run:  # the sample workspace, written behind the painted window (about a second)
            from ethicsdesk.sample import write_sample

            write_sample(path).close()
        ws = _open(path, read_only=read_only, lock=not read_only)
        if not read_only:  # 0.08-0.13 s for 20 MB: in a thread, alongside the window's start-up
            threading.Thread(target=_backup_on_open, args=(path, lang), name=BACKUP_THREAD).start()
        return Services(ws)

    return run_opening(path, open_services, lang, read_only=read_only)


def _backup_on_open(path: Path, lang: str) -> None:
    from ethicsdesk.storage.backup import backup_on_open

    try:
        backup_on_open(path)
    except StorageError as exc:  # a failed backup must not stop the day's work, but is said
        print(f"ethicsdesk: {exc.message(lang)}", file=sys.stderr)
    except Exception as exc:
        log = _log_bug()
        print(
            f"ethicsdesk: internal error in the backup ({exc.__class__.__name__}); details in {log}",
            file=sys.stderr,
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = args.lang or _lang()
    try:
        return _run(args, lang)
    except UserError as exc:
        print(f"ethicsdesk: {exc.message(lang)}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = _log_bug()
        print(
            f"ethicsdesk: internal error ({exc.__class__.__name__}: {exc}); details in {log}", file=sys.stderr
        )
        return EXIT_BUG


def _log_bug() -> Path:
    from platformdirs import user_log_path

    try:
        path = user_log_path("EthicsDesk", appauthor=False, ensure_exists=True) / "errors.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return Path("(log unavailable)")


if __name__ == "__main__":
    sys.exit(main())
