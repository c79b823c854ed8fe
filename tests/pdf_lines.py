"""Reading a printed document's lines back from the PDF: glyph positions through pdfplumber."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any


def justified_line_gaps(path: Path) -> list[tuple[int, float, str]]:
    """Every justified line of a printed document as ``(page, widest white gap in em, text)``: a line of
    body text (more than eight inked glyphs) whose last glyph ends on the frame's right edge, as this
    project's page geometry puts it. The same measure as ``thai_pdf_looseness.py`` (gaps between inked
    glyphs, combining marks left out, a space counting as white), but with the frame's edge known rather
    than guessed from the widest line, so a borderless table's row is never taken for a justified line,
    and on landscape pages too."""
    import pdfplumber

    from ethicsdesk.pdf.styles import LANDSCAPE_MARGIN, RIGHT_MARGIN

    out: list[tuple[int, float, str]] = []
    with pdfplumber.open(path) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            right = page.width - (LANDSCAPE_MARGIN if page.width > page.height else RIGHT_MARGIN)
            rows: dict[tuple[int, float], list[dict[str, Any]]] = defaultdict(list)
            for c in page.chars:
                if c["x1"] - c["x0"] < 0.5 and c["text"].strip():
                    continue  # a combining mark: no width of its own
                rows[(round(c["top"]), round(c["size"], 1))].append(c)
            for (_top, size), chars in sorted(rows.items()):
                chars.sort(key=lambda c: c["x0"])
                ink = [c for c in chars if c["text"].strip()]
                if len(ink) <= 8 or abs(ink[-1]["x1"] - right) > 1.0:
                    continue
                gaps = [(b["x0"] - a["x1"]) / size for a, b in pairwise(ink)]
                out.append((pno, max(gaps), "".join(c["text"] for c in chars)))
    return out
