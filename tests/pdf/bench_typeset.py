"""Timing of the Thai typesetting layer against plain (unshaped, space-broken) ReportLab paragraphs.

Run: python tests/pdf/bench_typeset.py [pages]   (default 200)
Prints CPU seconds (process time: steadier than wall time on a shared machine) for: dictionary load,
ThaiParagraph layout only (cold caches), a full PDF build with ThaiParagraph (cold caches again), and
the same text as plain ReportLab Paragraphs (unshaped, broken only at spaces).
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ethicsdesk.pdf.typeset import (
    SARABUN,
    Align,
    ThaiParagraph,
    ThaiParagraphStyle,
    breaking,
    escape,
    register_sarabun,
    shaping,
)

SAMPLE = Path(__file__).with_name("data") / "prose.txt"
FRAME_WIDTH = A4[0] - 5 * cm
PARAGRAPHS_PER_PAGE = 2.4  # measured: these paragraphs at 16 pt, justified, on A4


def paragraphs(pages: int) -> list[str]:
    """Distinct paragraphs of about 500 characters, made of the sample's phrases in a rotating order."""
    phrases = SAMPLE.read_text(encoding="utf-8").split()
    n = int(pages * PARAGRAPHS_PER_PAGE)
    out = []
    for i in range(n):
        start = (i * 37) % len(phrases)
        chosen = (phrases + phrases)[start : start + 45 + i % 20]
        out.append(" ".join(chosen))
    return out


def build(story: list, out: io.BytesIO) -> int:
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm, initialFontName=SARABUN)
    doc.build(story)
    return doc.page


def main(pages: int = 200) -> None:
    register_sarabun()
    t = time.process_time()
    breaking.preload()
    print(f"dictionary load: {time.process_time() - t:.2f} s")
    texts = paragraphs(pages)
    style = ThaiParagraphStyle(align=Align.JUSTIFY, first_line_indent=2.5 * cm)

    t = time.process_time()
    story = [ThaiParagraph(escape(p), style) for p in texts]
    for para in story:
        para.wrap(FRAME_WIDTH, 10_000)
    print(f"layout only ({len(texts)} paragraphs): {time.process_time() - t:.2f} s")
    breaking.clear_caches()
    shaping.clear_caches()

    t = time.process_time()
    story = [ThaiParagraph(escape(p), style) for p in texts]
    n = build(story, io.BytesIO())
    thai = time.process_time() - t
    print(f"ThaiParagraph PDF: {n} pages in {thai:.2f} s")

    plain_style = ParagraphStyle(
        "plain", fontName=SARABUN, fontSize=16, leading=style.metrics()[0], firstLineIndent=2.5 * cm
    )
    t = time.process_time()
    n_plain = build([Paragraph(escape(p), plain_style) for p in texts], io.BytesIO())
    plain = time.process_time() - t
    print(
        f"plain ReportLab Paragraph (unshaped): {n_plain} pages in {plain:.2f} s; ratio {thai / plain:.1f}x"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
