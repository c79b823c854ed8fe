"""PDF text operators for laid-out lines.

ReportLab's text object can draw a shaped string, but it rebuilds the operators glyph by glyph on every
line, which was a third of a long document's build time. Here each shaped word is encoded once per
document into runs of glyph codes between the places where a number is needed in the ``TJ`` array (a
mark's HarfBuzz offset, the end of a cluster that justification may widen, a change of subset or of
vertical offset); a line is then written by joining its words' runs with those numbers. The operators
are the ones ReportLab writes: ``Tf`` per subset, ``TJ`` with displacements, ``Ts`` for marks moved
up or down. The tests render both ways and compare the pixels.

Most words are in one subset and have no vertical offsets; their runs and fixed displacements are also
pre-joined into a few strings, cut only where justification widens a cluster, so that a line costs a
join per word rather than Python work per glyph (the text object of a 200-page meeting: 0.19 s instead
of 0.31 s). The tests compare those operators with the run-by-run ones character for character.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
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


class _Word(NamedTuple):
    """A shaped word's runs, and for a word in one subset with no vertical offsets (most words) the
    same ``TJ`` elements pre-joined: ``chunks`` are the glyph strings and fixed displacements between
    the ends of the clusters that justification may widen, ``joints`` what lies between two chunks
    (``None``: only the widening; else the ``(after, before)`` displacements it adds to)."""

    runs: tuple[_Run, ...]
    font: str | None  # the one subset of a word drawn from its chunks; None: draw it run by run
    chunks: tuple[str, ...]
    joints: tuple[tuple[float, float] | None, ...]
    only_widened: bool = True  # every joint is None
    before: float = 0.0  # of the first run
    after: float = 0.0  # of the last run
    cell: bool = False  # the last run ends a cluster that justification widens


_encoded: WeakKeyDictionary[Any, dict[Shaped, _Word]] = WeakKeyDictionary()


def _encode(shaped: Shaped, doc: Any) -> _Word:
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
    return _join(tuple(runs))


def _join(runs: tuple[_Run, ...]) -> _Word:
    """Pre-join the ``TJ`` elements of a word in one subset without vertical offsets; the numbers are
    the ones :func:`_draw_runs` writes (the same float sums, in the same order)."""
    if not runs or len({run.font for run in runs}) > 1 or any(run.rise for run in runs):
        return _Word(runs, None, (), ())
    chunks: list[str] = []
    joints: list[tuple[float, float] | None] = []
    tokens = [runs[0].string]
    for run, nxt in pairwise(runs):
        if run.cell:  # widened by the line's justification: only known when drawing
            chunks.append(" ".join(tokens))
            joints.append(None if run.after == 0 and nxt.before == 0 else (run.after, nxt.before))
            tokens = []
        else:
            pending = run.after + 0.0
            pending += nxt.before
            if abs(pending) > _TINY:
                tokens.append(fp_str(pending))
        tokens.append(nxt.string)
    chunks.append(" ".join(tokens))
    last = runs[-1]
    only_widened = not any(joints)
    return _Word(
        runs, runs[0].font, tuple(chunks), tuple(joints), only_widened, runs[0].before, last.after, last.cell
    )


def text_object(canvas: Canvas, pieces: Sequence[Piece], x: float, y: float) -> str:
    """``BT … ET`` drawing ``pieces`` with the line's left edge at ``x`` and its baseline at ``y``."""
    # Fonts are subset per document, as ReportLab's own text objects do; the canvas keeps it private.
    doc = getattr(canvas, "_doc")  # noqa: B009
    cache = _encoded.get(doc)
    if cache is None:
        cache = _encoded[doc] = {}
    out = ["BT"]
    font = ""
    rise = 0.0
    for piece in pieces:
        size = piece.size
        scale = 1000 / size
        out.append(f"1 0 0 1 {fp_str(x + piece.x)} {fp_str(y)} Tm")
        array: list[str] = []
        pending = 0.0
        widen_token: dict[float, str] = {}  # the separator of chunks, per widening (one per segment kind)
        numbers: dict[float, str] = {}  # displacements repeat along a justified line: formatted once
        for (shaped, cells, cell_gap, end_gap), gap in zip(piece.segments, piece.gaps, strict=True):
            pending -= gap * scale
            word = cache.get(shaped)
            if word is None:
                word = cache[shaped] = _encode(shaped, doc)
            widen = -cell_gap * scale if cells else 0.0
            if word.font is None:  # several subsets or vertical offsets: run by run
                font, rise, pending = _draw_runs(out, array, word.runs, font, rise, pending, widen, size)
                pending -= end_gap * scale
                continue
            if word.font != font or rise:
                if array:
                    out.append(f"[{' '.join(array)}] TJ")
                    array.clear()
                if word.font != font:
                    font = word.font
                    out.append(f"{font} {fp_str(size)} Tf")
                if rise:
                    rise = 0.0
                    out.append(f"{fp_str(rise)} Ts")
            pending += word.before
            if abs(pending) > _TINY:
                token = numbers.get(pending)
                if token is None:
                    token = numbers[pending] = fp_str(pending)
                array.append(token)
            chunks = word.chunks
            if len(chunks) == 1:
                array.append(chunks[0])
            elif word.only_widened:
                sep = widen_token.get(widen)
                if sep is None:
                    sep = widen_token[widen] = f" {fp_str(widen)} " if abs(widen) > _TINY else " "
                array.append(sep.join(chunks))
            else:
                array.append(chunks[0])
                for joint, chunk in zip(word.joints, chunks[1:], strict=True):
                    if joint is None:
                        value = widen
                    else:
                        value = joint[0] + widen
                        value += joint[1]
                    if abs(value) > _TINY:
                        token = numbers.get(value)
                        if token is None:
                            token = numbers[value] = fp_str(value)
                        array.append(token)
                    array.append(chunk)
            pending = word.after + (widen if word.cell else 0.0)
            pending -= end_gap * scale
        if array:
            out.append(f"[{' '.join(array)}] TJ")
    if rise:
        out.append("0 Ts")
    out.append("ET")
    return "\n".join(out)


def _draw_runs(
    out: list[str],
    array: list[str],
    runs: tuple[_Run, ...],
    font: str,
    rise: float,
    pending: float,
    widen: float,
    size: float,
) -> tuple[str, float, float]:
    """Write a word run by run (subset changes, vertical offsets); returns the new font, rise and the
    displacement pending after its last glyph."""
    for run in runs:
        pending += run.before
        run_rise = run.rise * size / 1000
        if run.font != font or run_rise != rise:
            if array:
                out.append(f"[{' '.join(array)}] TJ")
                array.clear()
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
    return font, rise, pending
