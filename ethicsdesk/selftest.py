"""``ethicsdesk --selftest``: prove that this installation (a frozen bundle or a source tree) can do its job.

In a temporary data folder, and without touching the user's workspace, settings or PyThaiNLP folder, it

1. creates the sample workspace, which runs the Alembic migrations to the current schema;
2. prints the minutes and the plan as PDFs (and as Word and Excel files) from it;
3. checks that Thai shaping is active (uharfbuzz, every Sarabun face), that PyThaiNLP's word lists are
   there, and that every font the PDFs use is embedded (a small parser of the PDF's font dictionaries,
   so no PDF library is needed at run time);
3a. certifies the sample meeting in that temporary copy, prints it, signs it twice (recorder, then chair)
   with throw-away keys and validates both PAdES signatures (pyHanko, in the bundle);
4. checks what the window needs (ethicsdesk.gui.selftest, as only the GUI package may use Qt): the Thai
   translations load, Qt finds Thai line breaks (libthai on Linux), the bundled Sarabun registers with
   Qt; then opens the main window offscreen, waits for its first paint and its records, and closes it.

It prints one line, ``selftest: ok …`` with figures, or ``selftest: FAILED: <reason>`` and exits 1.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ethicsdesk.errors import UserError

if TYPE_CHECKING:
    from ethicsdesk.storage import Workspace

#: Unspaced Thai: PyThaiNLP (PDFs) and libthai (Qt's text fields) must both find word breaks in it.
THAI_BREAK_PROBE = "คณะกรรมการจริยธรรมประชุมครั้งที่หนึ่ง"


class SelfTestFailure(Exception):
    """One check failed; the message says which and why (English, for a support person)."""


# ---- PDF fonts ----------------------------------------------------------------------------------

_OBJ_HEADER = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_REF = rb"(\d+)\s+\d+\s+R"
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_XREF_SECTION = re.compile(rb"(\d+) (\d+)\s*$")


@dataclass(frozen=True, slots=True)
class PdfFont:
    """A font dictionary of a PDF: its /BaseFont, /Subtype, and whether its program is embedded."""

    name: str
    subtype: str
    embedded: bool


@dataclass(slots=True)
class PdfSummary:
    pages: int = 0
    fonts: list[PdfFont] = field(default_factory=list)

    @property
    def unembedded(self) -> list[str]:
        return sorted({f.name for f in self.fonts if not f.embedded})


def _xref_offsets(data: bytes) -> dict[int, int] | None:
    """Object number -> byte offset from the classic cross-reference table(s), or None if there is none."""
    start = data.rfind(b"startxref")
    if start < 0:
        return None
    try:
        pos = int(data[start + 9 :].split()[0])
    except (IndexError, ValueError):
        return None
    offsets: dict[int, int] = {}
    seen: set[int] = set()
    while pos not in seen and data[pos : pos + 4] == b"xref":
        seen.add(pos)
        lines = data[pos:].split(b"\n")
        number = 0
        for raw in lines[1:]:
            line = raw.strip()
            if line.startswith(b"trailer"):
                break
            entry = _XREF_ENTRY.match(line)
            if entry:
                if entry[3] == b"n":
                    offsets.setdefault(number, int(entry[1]))
                number += 1
                continue
            section = _XREF_SECTION.match(line)
            if not section:
                return None
            number = int(section[1])
        trailer = data.find(b"trailer", pos)
        prev = re.search(rb"/Prev\s+(\d+)", data[trailer : data.find(b">>", trailer) + 2])
        if trailer < 0 or prev is None:
            break
        pos = int(prev[1])
    return offsets or None


def _objects(data: bytes) -> dict[int, bytes]:
    """The dictionary part (before any stream) of every object, by object number."""
    offsets = _xref_offsets(data)
    if offsets is None:  # no usable xref table: scan for object headers instead
        offsets = {int(m[1]): m.start() for m in _OBJ_HEADER.finditer(data)}
    objects: dict[int, bytes] = {}
    for number, offset in offsets.items():
        header = _OBJ_HEADER.match(data, offset)
        if header is None or int(header[1]) != number:
            raise SelfTestFailure(f"PDF cross-reference table points to no object {number}")
        end = data.find(b"endobj", header.end())
        end = len(data) if end < 0 else end
        stream = data.find(b"stream", header.end(), end)
        objects[number] = data[header.end() : stream if stream >= 0 else end]
    return objects


def _name(body: bytes, key: bytes) -> str:
    m = re.search(rb"/" + key + rb"\s*/([^\s/<>\[\]()]+)", body)
    return m[1].decode("latin-1") if m else ""


def _ref(body: bytes, key: bytes) -> int | None:
    m = re.search(rb"/" + key + rb"\s*" + _REF, body)
    return int(m[1]) if m else None


def pdf_summary(path: Path) -> PdfSummary:
    """Pages and fonts of a PDF written without object streams (as ReportLab writes them).

    A font counts as embedded when its descriptor (a Type0 font's: its descendant's) names a font
    program (/FontFile, /FontFile2 or /FontFile3) that is an object of the file; a Type3 font carries
    its glyphs itself. A standard-14 font (Helvetica …) has no descriptor and is not embedded.
    """
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestFailure(f"{path.name} is not a PDF")
    if b"/ObjStm" in data:
        raise SelfTestFailure(f"{path.name} uses object streams, which this check cannot read")
    objects = _objects(data)
    summary = PdfSummary()
    for body in objects.values():
        kind = _name(body, b"Type")
        if kind == "Page":
            summary.pages += 1
        if kind != "Font":
            continue
        subtype = _name(body, b"Subtype")
        if subtype in ("CIDFontType0", "CIDFontType2"):
            continue  # a descendant: checked through its Type0 parent
        name = _name(body, b"BaseFont") or "(unnamed)"
        holder = body
        if subtype == "Type0":
            m = re.search(rb"/DescendantFonts\s*\[\s*" + _REF, body)
            holder = objects.get(int(m[1]), b"") if m else b""
        embedded = subtype == "Type3"
        descriptor = _ref(holder, b"FontDescriptor")
        if not embedded and descriptor is not None:
            desc = objects.get(descriptor, b"")
            program = next(
                (p for k in (b"FontFile2", b"FontFile", b"FontFile3") if (p := _ref(desc, k))), None
            )
            embedded = program is not None and program in objects
        summary.fonts.append(PdfFont(name, subtype, embedded))
    return summary


def check_pdf(path: Path, family: str = "Sarabun") -> PdfSummary:
    """The PDF has pages, uses ``family`` and embeds every font it uses."""
    if not path.is_file() or path.stat().st_size == 0:
        raise SelfTestFailure(f"{path.name} was not written")
    summary = pdf_summary(path)
    if summary.pages == 0:
        raise SelfTestFailure(f"{path.name} has no pages")
    if not summary.fonts:
        raise SelfTestFailure(f"{path.name} uses no fonts")
    if summary.unembedded:
        raise SelfTestFailure(f"{path.name}: fonts not embedded: {', '.join(summary.unembedded)}")
    if not any(family in f.name for f in summary.fonts):
        raise SelfTestFailure(f"{path.name} does not use {family}")
    return summary


# ---- the checks -----------------------------------------------------------------------------------


@contextmanager
def _private_environment(folder: Path) -> Iterator[None]:
    """Point the user's data, config, log and PyThaiNLP folders into ``folder`` while the test runs."""
    home = folder / "home"
    home.mkdir()
    changes = {
        "PYTHAINLP_READ_ONLY": "1",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    saved = {key: os.environ.get(key) for key in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _check_schema(ws: Workspace) -> int:
    from sqlalchemy import text

    from ethicsdesk.storage import SCHEMA_VERSION

    with ws.engine.connect() as conn:
        version = int(conn.execute(text("PRAGMA user_version")).scalar_one())
        heads = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if version != SCHEMA_VERSION or len(heads) != 1:
        raise SelfTestFailure(f"workspace schema is {version} ({heads}), expected {SCHEMA_VERSION}")
    return version


def _check_thai_words() -> None:
    from ethicsdesk.pdf.typeset import break_positions, preload

    preload()  # loads the compiled word lists (word_lists.py): fails if the file was left out
    if not break_positions(THAI_BREAK_PROBE):
        raise SelfTestFailure("PyThaiNLP found no word breaks in Thai text")


def _print_documents(ws: Workspace, folder: Path) -> dict[str, PdfSummary]:
    from sqlmodel import col, select

    from ethicsdesk.domain.models import ActionPlan, Meeting
    from ethicsdesk.printing import minutes_to_file, plan_to_file

    with ws.reading() as s:
        meeting = s.exec(select(Meeting).order_by(col(Meeting.id))).first()
        plan = s.exec(select(ActionPlan).order_by(col(ActionPlan.id))).first()
    if meeting is None or plan is None:
        raise SelfTestFailure("the sample workspace has no meeting or no plan")
    label = f"{meeting.number}/{meeting.year_be}"
    minutes = minutes_to_file(ws, label, folder / "minutes.pdf")
    plan_pdf = plan_to_file(ws, plan.fiscal_year, folder / "plan.pdf")
    for out in (
        minutes_to_file(ws, label, folder / "minutes.docx"),
        plan_to_file(ws, plan.fiscal_year, folder / "plan.xlsx"),
    ):
        if not out.is_file() or out.read_bytes()[:2] != b"PK":
            raise SelfTestFailure(f"{out.name} was not written")
    return {"minutes": check_pdf(minutes), "plan": check_pdf(plan_pdf)}


def _check_signing(ws: Workspace, folder: Path) -> int:
    """Certify the sample's meeting (in the temporary copy), print it, sign it as the recorder and then the
    chair with throw-away keys, and validate both signatures against those keys' certificates."""
    import datetime as dt

    from sqlmodel import col, select

    from ethicsdesk.domain.models import Meeting
    from ethicsdesk.printing import minutes_to_file
    from ethicsdesk.services import Services
    from ethicsdesk.signing import new_signing_key, sign_minutes_pdf, validate_pdf_signatures

    with ws.reading() as s:
        meeting = s.exec(select(Meeting).order_by(col(Meeting.id))).first()
    assert meeting is not None and meeting.id is not None
    Services(ws).meetings.certify(meeting.id, max(meeting.date, dt.date.today()))
    pdf = minutes_to_file(ws, f"{meeting.number}/{meeting.year_be}", folder / "certified.pdf").read_bytes()
    recorder = new_signing_key("ผู้จด ทดสอบ", folder / "recorder.p12", b"selftest", days=1)
    chair = new_signing_key("ประธาน ทดสอบ", folder / "chair.p12", b"selftest", days=1)
    signed = sign_minutes_pdf(sign_minutes_pdf(pdf, recorder, "recorder"), chair, "chair")
    checks = validate_pdf_signatures(signed, [recorder.certificate, chair.certificate])
    if len(checks) != 2 or not all(c.ok for c in checks):
        raise SelfTestFailure("signed minutes do not validate: " + "; ".join(c.en() for c in checks))
    return len(checks)


def _check_server_driver() -> str:
    """The PostgreSQL driver of server workspaces loads with its libpq (no server is contacted)."""
    import psycopg
    import sqlalchemy
    from sqlalchemy.dialects.postgresql import psycopg as _dialect  # noqa: F401  (the URL names it)

    sqlalchemy.create_engine("postgresql+psycopg://selftest@127.0.0.1:1/selftest")  # no connection yet
    _check_openssl()
    return f"psycopg {psycopg.__version__}, libpq {psycopg.pq.version()}"


def _check_openssl() -> None:
    """Python's ssl and hashlib modules load with the bundle's OpenSSL (on Linux the one psycopg's libpq
    uses: packaging/bundle_rules.share_openssl). hashlib would fall back to its own digests silently."""
    try:
        import _hashlib  # noqa: F401  # pyright: ignore[reportMissingImports]
        import ssl
    except ImportError as exc:
        raise SelfTestFailure(f"OpenSSL does not load: {exc}") from exc
    ssl.create_default_context()


def _selftest(lang: str, folder: Path) -> str:
    from ethicsdesk.pdf.typeset import check_shaping, register_sarabun
    from ethicsdesk.sample import write_sample
    from ethicsdesk.services import Services

    ws = write_sample(folder / "sample.sqlite")
    try:
        schema = _check_schema(ws)
        register_sarabun()
        check_shaping()
        _check_thai_words()
        pdfs = _print_documents(ws, folder)
        signatures = _check_signing(ws, folder)
        driver = _check_server_driver()
        from ethicsdesk.gui.selftest import check_window

        platform, breaks = check_window(Services(ws), lang, folder)
    finally:
        ws.close()
    fonts = sorted({f.name.split("+")[-1] for s in pdfs.values() for f in s.fonts})
    return (
        f"schema {schema}; minutes {pdfs['minutes'].pages} pages, plan {pdfs['plan'].pages} pages; "
        f"shaping on; fonts embedded: {', '.join(fonts)}; {signatures} PAdES signatures valid; "
        f"server driver: {driver}; "
        f"Qt Thai line breaks: {breaks}; "
        f"window painted ({platform})"
    )


def run_selftest(lang: str = "th") -> int:
    """Run every check in a temporary folder; print one line; 0 when all passed, else 1."""
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="ethicsdesk-selftest-"))
    try:
        with _private_environment(folder):
            summary = _selftest(lang, folder)
    except SelfTestFailure as exc:
        reason = str(exc)
    except UserError as exc:
        reason = exc.message(lang)
    except Exception as exc:  # anything else is a defect of the installation: name it
        reason = f"{exc.__class__.__name__}: {exc}"
    else:
        seconds = time.perf_counter() - started
        head = "ผ่าน" if lang == "th" else "passed"
        print(f"selftest: ok ({head}) in {seconds:.1f} s: {summary}", flush=True)
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    head = "ไม่ผ่าน" if lang == "th" else "failed"
    print(f"selftest: FAILED ({head}): {' '.join(reason.split())}", flush=True)
    return 1
