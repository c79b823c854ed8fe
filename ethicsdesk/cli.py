"""The `ethicsdesk` command: the desktop program, and the same records from the command line.

Every failure prints one clear line and exits non-zero; a bug's traceback goes to the log file,
never to the user's screen.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ethicsdesk import __version__, cli_signing
from ethicsdesk.cli_parser import build_parser
from ethicsdesk.errors import StorageError, UserError

if TYPE_CHECKING:
    from ethicsdesk.services import Services
    from ethicsdesk.storage import Workspace
    from ethicsdesk.storage.location import ServerLocation

EXIT_USER = 2
EXIT_BUG = 70
#: The thread that backs up the workspace when the window opens.
BACKUP_THREAD = "backup-on-open"


def _lang() -> str:
    return "en" if os.environ.get("ETHICSDESK_LANG", "th").lower().startswith("en") else "th"


def default_workspace() -> Path:
    from platformdirs import user_data_path

    return user_data_path("EthicsDesk", appauthor=False, ensure_exists=True) / "workspace.sqlite"


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


def _open(path: Path | ServerLocation, **options: bool) -> Workspace:
    """open_workspace; for a damaged or missing file, the message names the backup to restore.
    A server database has no lock file and no backups beside it: its errors are said as they are."""
    from ethicsdesk.storage import open_workspace
    from ethicsdesk.storage.lock import WorkspaceLocked
    from ethicsdesk.storage.recovery import diagnose

    if not isinstance(path, Path):
        return open_workspace(
            path, create=options.get("create", False), read_only=options.get("read_only", False)
        )
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


def _db(args: argparse.Namespace, *, create: bool = False) -> Path | ServerLocation:
    """The workspace a command works on: ``--db`` (before or after the command's name), else the one in
    the data folder, as the window uses."""
    path = getattr(args, "sub_db", None) or args.db
    if path is not None:
        return path
    path = default_workspace()
    if not create and not path.exists():
        raise UserError(
            f"ยังไม่มีแฟ้มข้อมูลในโฟลเดอร์ข้อมูลของคุณ ({path}) เปิดโปรแกรมหนึ่งครั้งเพื่อสร้างจากตัวอย่าง หรือระบุ --db PATH",
            f"There is no workspace in your data folder yet ({path}); open the program once to create it "
            "from the sample, or give --db PATH",
        )
    return path


def _open_for_reading(db: Path | ServerLocation) -> Workspace:
    """Open to read: with the lock when free (so the file is upgraded and its missing frozen records
    made), read-only when another program is editing it. A server database is simply opened."""
    from ethicsdesk.storage.lock import WorkspaceLocked

    if not isinstance(db, Path):
        ws = _open(db)
        if not ws.read_only:  # a reader cannot write the missing records: they print from the live data
            _freeze_missing(ws)
        return ws
    try:
        ws = _open(db, lock=True)
    except WorkspaceLocked:  # being edited elsewhere: reading is safe
        return _open(db, read_only=True)
    _freeze_missing(ws)
    return ws


def _freeze_missing(ws: Workspace) -> None:
    """Certified minutes of a file from before schema 4 get their frozen record (see the history)."""
    from ethicsdesk.services.certification import freeze_missing

    freeze_missing(ws)


def _run(args: argparse.Namespace, lang: str) -> int:
    if args.command is not None and args.command not in _WITHOUT_COLLECTOR:
        collect_again()
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
        from ethicsdesk.printing import export_to_file

        ws = _open_for_reading(_db(args))
        try:
            export_to_file(ws, args.output)
        finally:
            ws.close()
        return 0
    if args.command == "import":
        from ethicsdesk.interchange import import_workspace
        from ethicsdesk.storage.backup import backup_now

        db = _db(args, create=True)
        existed = not isinstance(db, Path) or db.exists()
        ws = _open(db, create=True, lock=True)
        try:
            if isinstance(db, Path) and existed:
                backup_now(db, "import")
            import_workspace(ws, args.file)
            _freeze_missing(ws)
        except BaseException:
            ws.close()
            if isinstance(db, Path) and not existed:
                db.unlink(missing_ok=True)
            raise
        ws.close()
        print(f"นำเข้า {args.file} แล้ว" if lang == "th" else f"Imported {args.file}")
        return 0
    if args.command == "check":
        from ethicsdesk.services.checks import CheckService

        ws = _open(_db(args), read_only=True)
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
        return _backup(_db(args), args.list, lang)
    if args.command in ("minutes", "plan", "report"):
        return _print(args, lang)
    if args.command == "verify":
        from ethicsdesk.printing import verify_pdf

        ws = _open_for_reading(_db(args))
        try:
            ok, th, en = verify_pdf(ws, args.pdf, args.committee)
        finally:
            ws.close()
        print(en if lang == "en" else th)
        signatures_hold = cli_signing.print_signature_lines(args.pdf, args.trust, lang)
        return 0 if ok and signatures_hold else 1
    if args.command in ("certify", "history"):
        from ethicsdesk import cli_record

        db = _db(args)
        ws = _open(db, lock=True) if args.command == "certify" else _open_for_reading(db)
        try:
            return cli_record.run(args, ws, lang)
        finally:
            ws.close()
    if args.command in ("sign", "new-signing-key"):
        return cli_signing.run(args, lang)
    if args.command == "server-setup":
        return _server_setup(args, lang)
    if args.command == "restore":
        from ethicsdesk.storage.recovery import restore

        target = _db(args)
        if not isinstance(target, Path):
            raise UserError(
                f"«{target}» เป็นฐานข้อมูลบนเซิร์ฟเวอร์ กู้คืนด้วยสำเนาแฟ้มไม่ได้ ให้นำเข้าแฟ้ม JSON ที่ส่งออกไว้ลงฐานข้อมูลว่าง "
                "(ethicsdesk import) หรือให้ผู้ดูแลเซิร์ฟเวอร์กู้คืนจาก pg_dump",
                f"«{target}» is a server database: a backup file cannot replace it. Import a JSON export into an "
                "empty database (ethicsdesk import), or ask the server's administrator to restore a pg_dump",
            )
        print(restore(args.backup, target).message(lang))
        return 0
    return _gui(args.db, lang, read_only=args.read_only)


def _print(args: argparse.Namespace, lang: str) -> int:
    from ethicsdesk import printing

    thai = not getattr(args, "arabic_digits", False)
    if args.command == "report":
        printing.check_suffix(args.output, (".pdf", ".docx"))
    else:
        printing.check_suffix(
            args.output, (".pdf", ".docx") if args.command == "minutes" else (".pdf", ".docx", ".xlsx")
        )
    signing = args.command == "minutes" and args.sign is not None
    db = _db(args)
    if args.command == "minutes" and args.committee is None and not signing and isinstance(db, Path):
        out = printing.minutes_to_file_without_orm(db, args.meeting, args.output, thai_digits=thai)
        if out is not None:
            print(f"พิมพ์ลงแฟ้ม {out} แล้ว" if lang == "th" else f"Written to {out}")
            return 0
    ws = _open_for_reading(db)
    try:
        if signing:
            out = cli_signing.print_signed(
                args,
                lambda p: printing.minutes_to_file(
                    ws, args.meeting, p, thai_digits=thai, committee=args.committee
                ),
            )
        elif args.command == "minutes":
            out = printing.minutes_to_file(
                ws, args.meeting, args.output, thai_digits=thai, committee=args.committee
            )
        elif args.command == "plan":
            out = printing.plan_to_file(
                ws,
                args.year,
                args.output,
                version=args.plan_version,
                thai_digits=thai,
                committee=args.committee,
            )
        else:
            out = printing.report_to_file(
                ws,
                args.year,
                args.output,
                months=args.months,
                quarter=args.quarter,
                version=args.plan_version,
                committee=args.committee,
            )
    finally:
        ws.close()
    print(f"พิมพ์ลงแฟ้ม {out} แล้ว" if lang == "th" else f"Written to {out}")
    return 0


def _backup(db: Path | ServerLocation, listing: bool, lang: str) -> int:
    from ethicsdesk.storage.backup import backup_now, list_backups

    if not isinstance(db, Path):
        return _backup_server(db, listing, lang)
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


def _server_setup(args: argparse.Namespace, lang: str) -> int:
    from ethicsdesk import cli_server

    db = _db(args)
    if isinstance(db, Path):
        raise UserError(
            "server-setup ใช้กับฐานข้อมูลบนเซิร์ฟเวอร์ PostgreSQL เท่านั้น (--db postgresql+psycopg://ผู้ใช้@เครื่อง/ฐานข้อมูล)",
            "server-setup is for a database on a PostgreSQL server (--db postgresql+psycopg://user@host/dbname)",
        )
    ws = _open(db, create=True)  # the schema first: the grants name its tables
    try:
        return cli_server.set_up(ws, db, args.editor, args.reader, lang)
    finally:
        ws.close()


def _backup_server(db: ServerLocation, listing: bool, lang: str) -> int:
    from ethicsdesk import cli_server

    if listing:
        return cli_server.list_exports(db, lang)
    ws = _open_for_reading(db)
    try:
        return cli_server.export(ws, db, lang)
    finally:
        ws.close()


def _gui(db: Path | ServerLocation | None, lang: str, read_only: bool = False) -> int:
    """The window, shown at once; the workspace is opened once it has painted (gui.app.run_opening)."""
    if db is not None and not isinstance(db, Path):
        return _gui_server(db, lang, read_only)
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
        if not read_only:
            _freeze_missing(ws)  # 0.08-0.13 s for 20 MB: in a thread, alongside the window's start-up
            threading.Thread(target=_backup_on_open, args=(path, lang), name=BACKUP_THREAD).start()
        return Services(ws)

    return run_opening(path, open_services, lang, read_only=read_only)


def _gui_server(db: ServerLocation, lang: str, read_only: bool) -> int:
    """The window on a server database: no lock file and no backup on opening (the server's own)."""
    from ethicsdesk.gui.app import run_opening

    def open_services() -> Services:
        from ethicsdesk.services import Services

        ws = _open(db, read_only=read_only)
        if not ws.read_only:
            _freeze_missing(ws)
        return Services(ws)

    return run_opening(db, open_services, lang, read_only=read_only)  # type: ignore[arg-type]  (named like a file)


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
    words = list(sys.argv[1:] if argv is None else argv)
    lang = _lang()
    if "--lang" in words[:-1]:  # known before parsing, so that a parsing error speaks it too
        lang = "en" if words[words.index("--lang") + 1] == "en" else "th"
    try:
        args = build_parser().parse_args(words)
        lang = args.lang or lang
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


def run() -> int:
    """The ``ethicsdesk`` program: :func:`main`, with Python's cycle collector held off while it loads.

    Loading brings about a million long-lived objects (Qt, SQLAlchemy, ReportLab, the word lists), and
    the collector walks them over and over as they arrive: about 0.1 s of the window's start-up and of a
    print command on a 2-core office PC. The window turns it back on once the first records are shown
    (gui/app.py), every command but printing before it starts (:func:`collect_again`); a print command is
    short and makes next to no cyclic garbage (200 pages of minutes peak at 81 MB either way), so it ends
    with the collector still off. At the end everything is frozen, so that the collector's last sweep at
    exit skips it (about 0.1 s more); atexit handlers and flushing still run.
    """
    gc.disable()
    code = main()
    gc.freeze()
    return code


def collect_again() -> None:
    """Loading is over: what exists now lives as long as the program (frozen, never walked again), and the
    cycle collector runs again for what comes (see :func:`run`)."""
    if gc.isenabled():
        return  # not started as the program (tests, say): nothing was held off, nothing is frozen
    gc.freeze()
    gc.enable()


#: Commands that run with the cycle collector off (see :func:`run`).
_WITHOUT_COLLECTOR = ("minutes", "plan", "report")


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
    sys.exit(run())
