"""PDF text operators for laid-out lines.

ReportLab's text object can draw a shaped string, but it rebuilds the operators glyph by glyph on every
line, which was a third of a long document's build time. Here each shaped word is encoded once per
document into runs of glyph codes between the places where a number is needed in the ``TJ`` array (a
mark's HarfBuzz offset, the end of a cluster that justification may widen, a change of subset or of
vertical offset); a line is then written by joining its words' runs with those numbers. The operators
are the ones ReportLab writes: ``Tf`` per subset, ``TJ`` with displacements, ``Ts`` for marks moved
up or down. The tests render both ways and compare the pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfgen.canvas import Canvas

from .justify import Piece, cell_glyphs
from .shaping import Shaped, ttf

_TINY = 1e-9


class _Run(NamedTuple):
    """Glyphs written as one PDF string. Displacements in 1/1000 em, positive to the left, as in TJ."""

    before: float  # before the first glyph: its own x offset
    rise: float  # vertical offset of all its glyphs, 1/1000 em
    font: str  # the PDF name of the font subset
    string: str  # "(…)" with the glyph codes
    after: float  # after the last glyph: the difference between HarfBuzz's advance and the PDF width
    cell: bool  # the last glyph ends a Thai cluster where justification may add space


_encoded: WeakKeyDictionary[Any, dict[Shaped, tuple[_Run, ...]]] = WeakKeyDictionary()


def _encode(shaped: Shaped, doc: Any) -> tuple[_Run, ...]:
    font = ttf(shaped.font)
    names: list[str] = []
    codes = bytearray()
    for subset, chunk in font.splitString(shaped.glyphs, doc):
        names.extend([font.getSubsetInternalName(subset, doc)] * len(chunk))
        codes.extend(chunk)
    cells = set(cell_glyphs(shaped))
    data = shaped.data
    runs: list[_Run] = []
    start = 0
    for g, d in enumerate(data):
        after = d.width - d.x_advance + d.x_offset
        if g + 1 < len(data):
            nxt = data[g + 1]
            joined = (
                g not in cells
                and abs(after) <= _TINY
                and abs(nxt.x_offset) <= _TINY
                and nxt.y_offset == d.y_offset
                and names[g + 1] == names[g]
            )
            if joined:
                continue
        first = data[start]
        string = f"({escapePDF(bytes(codes[start : g + 1]))})"
        runs.append(_Run(-first.x_offset, first.y_offset, names[start], string, after, g in cells))
        start = g + 1
    return tuple(runs)


def text_object(canvas: Canvas, pieces: Sequence[Piece], x: float, y: float) -> str:
    """``BT … ET`` drawing ``pieces`` with the line's left edge at ``x`` and its baseline at ``y``."""
    # Fonts are subset per document, as ReportLab's own text objects do; the canvas keeps it private.
    doc = getattr(canvas, "_doc")  # noqa: B009
    cache = _encoded.setdefault(doc, {})
    out = ["BT"]
    font = ""
    rise = 0.0
    for piece in pieces:
        size = piece.size
        scale = 1000 / size
        out.append(f"1 0 0 1 {fp_str(x + piece.x)} {fp_str(y)} Tm")
        array: list[str] = []
        pending = 0.0
        for segment, gap in zip(piece.segments, piece.gaps, strict=True):
            pending -= gap * scale
            runs = cache.get(segment.shaped)
            if runs is None:
                runs = cache[segment.shaped] = _encode(segment.shaped, doc)
            widen = -segment.cell_gap * scale if segment.cells else 0.0
            for run in runs:
                pending += run.before
                run_rise = run.rise * size / 1000
                if run.font != font or run_rise != rise:
                    if array:
                        out.append(f"[{' '.join(array)}] TJ")
                        array = []
                    if run.font != font:
                        font = run.font
                        out.append(f"{font} {fp_str(size)} Tf")
                    if run_rise != rise:
                        rise = run_rise
                        out.append(f"{fp_str(rise)} Ts")
                if abs(pending) > _TINY:
                    array.append(fp_str(pending))
                array.append(run.string)
                pending = run.after + (widen if run.cell else 0.0)
            pending -= segment.end_gap * scale
        if array:
            out.append(f"[{' '.join(array)}] TJ")
    if rise:
        out.append("0 Ts")
    out.append("ET")
    return "\n".join(out)
