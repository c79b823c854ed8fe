"""Helpers for the Thai typesetting tests: building PDFs, reading them back with poppler, judging breaks."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from ethicsdesk.pdf.typeset import SARABUN, normalize_text

DATA = Path(__file__).with_name("data")
FRAME_WIDTH = A4[0] - 5 * cm
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


def prose() -> list[str]:
    """Paragraphs of the seed minutes (extraction errors corrected)."""
    text = (DATA / "prose.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def build_pdf(path: Path, story: Sequence[Flowable], **kwargs: object) -> Path:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=3 * cm,
        rightMargin=2 * cm,
        topMargin=2.5 * cm,
        bottomMargin=2 * cm,
        initialFontName=SARABUN,
        title="test",
    )
    doc.build(list(story), **kwargs)  # type: ignore[arg-type]
    return path


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise AssertionError(f"{name} is needed by these tests (apt-get install poppler-utils qpdf)")
    return found


def pdftotext(path: Path, *args: str) -> str:
    out = subprocess.run([tool("pdftotext"), *args, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run([tool("pdffonts"), str(path)], capture_output=True, check=True, text=True)
    rows = out.stdout.splitlines()[2:]
    return [row.split() for row in rows if row.strip()]


def assert_text_matches(extracted: str, sources: Sequence[str]) -> None:
    """The extracted text is the sources, in order, with line ends where a space or nothing was.

    Every extracted line must continue the source exactly where the previous one stopped: no inserted
    spaces, nothing dropped, logical order, ำ as U+0E33, no private-use code points.
    """
    assert not PRIVATE_USE.search(extracted), f"private-use code points in {extracted!r}"
    assert "\u0e4d\u0e32" not in extracted, "sara am came out decomposed"
    source = " ".join(normalize_text(s).strip() for s in sources)
    pos = 0
    for line in (ln.strip() for ln in extracted.splitlines()):
        if not line:
            continue
        if source.startswith(" ", pos):
            pos += 1
        assert source.startswith(line, pos), (
            f"extracted line {line!r} does not continue {source[pos : pos + 60]!r}"
        )
        pos += len(line)
    assert pos == len(source), f"missing at the end: {source[pos : pos + 80]!r}"


def libthai_breaks(text: str) -> set[int]:
    """Line-break opportunities in ``text`` according to libthai (through Qt's QTextBoundaryFinder)."""
    from PySide6.QtCore import QTextBoundaryFinder

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found: set[int] = set()
    finder.toStart()
    while (pos := finder.toNextBoundary()) >= 0:
        found.add(pos)
    return found


def libthai_works() -> bool:
    """Qt finds Thai word breaks only when libthai0 is installed."""
    return 3 in libthai_breaks("การประชุม")  # การ|ประชุม


def icu_dictionary_breaks(text: str) -> set[int]:
    """Word boundaries in ``text`` by ICU's Thai dictionary (the word list ICU ships, in PyThaiNLP's
    corpus): places inside a run of Thai letters where some segmentation into the fewest dictionary
    words puts a boundary. ICU's own break iterator is not installed here (PyICU needs a build), so its
    dictionary stands in; the search is written here, apart from the typesetter's."""
    words = _icu_words()
    found: set[int] = set()
    for m in THAI_RUN.finditer(text):
        run, n = m.group(), len(m.group())
        # edges of the word lattice, in order of their start: a dictionary word, or one character that no
        # word covers at a high cost
        edges = [
            (i, j, 1 if run[i:j] in words else 100)
            for i in range(n)
            for j in range(i + 1, min(n, i + 25) + 1)
            if j == i + 1 or run[i:j] in words
        ]
        ahead = [0] + [10**9] * n  # fewest words covering run[:i]
        for i, j, cost in edges:
            ahead[j] = min(ahead[j], ahead[i] + cost)
        behind = [10**9] * n + [0]  # fewest words covering run[i:]
        for i, j, cost in reversed(edges):
            behind[i] = min(behind[i], cost + behind[j])
        found |= {m.start() + k for k in range(1, n) if ahead[k] + behind[k] == ahead[n]}
    return found


THAI_RUN = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e]+")


@cache
def _icu_words() -> frozenset[str]:
    from pythainlp.corpus.icu import thai_icu_words

    return frozenset(thai_icu_words())
