"""Filling lines, with shaped widths, over the break opportunities of :mod:`breaking`.

Justified and centred paragraphs are broken as a whole (:func:`total_fit.total_fit`, Knuth and Plass's total
fit): justified lines as even as the Thai distribution of :mod:`justify` allows, with a compound
broken between its words (:func:`breaking.compound_bounds`) only when that avoids a loose line;
centred headings balanced and broken between phrases. Left- and right-aligned text, paragraphs with a
unit longer than a line and very long paragraphs are filled greedily: a unit goes on the current line
if it fits; a unit longer than a whole line is cut at a space inside it, else between dictionary
words, else between character clusters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .atoms import chunk_atoms, chunks, space_breakable
from .breaking import (
    NO_LINE_START,
    attaches_to_previous,
    cluster_bounds,
    compound_bounds,
    may_break_between,
    subword_bounds,
)
from .breaking import (
    OPENING as OPENING_MARKS,
)
from .caches import derived
from .fonts import FontFamily
from .justify import EPSILON, Align, Item, Line
from .markup import StyledText
from .shaping import Shaped, shape
from .total_fit import total_fit

__all__ = ["Align", "Item", "Line", "LineSpec", "layout", "make_items", "single_line", "units"]

# ---- building lines ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineSpec:
    """How lines are filled: widths, alignment, font, and whether the first line is a paragraph's first."""

    width: float
    family: FontFamily
    size: float
    align: Align = Align.LEFT
    first_indent: float = 0.0
    left_indent: float = 0.0
    right_indent: float = 0.0
    space_stretch: float = 0.25
    ends_paragraph: bool = True
    compound_gap: float = 2.0


def make_items(styled: StyledText, family: FontFamily, size: float) -> list[Item]:
    """Shape the text into items: atoms cut at style changes (never inside a cluster)."""
    text = styled.text
    fonts: list[tuple[int, str, bool]] = []  # (start, font, underline), in order
    for span in styled.spans:
        start = span.start
        # A style change just before a mark or a following vowel moves after it: one cluster, one font.
        while fonts and start < span.end and attaches_to_previous(text[start]):
            start += 1
        if start < span.end:
            fonts.append((start, family.font_for(span.bold, span.italic), span.underline))
    bounds = [f[0] for f in fonts[1:]] + [len(text)]
    items: list[Item] = []
    fi = 0
    for start, end, keep_whole in chunks(text):
        while bounds[fi] <= start:
            fi += 1
        if end <= bounds[fi]:  # the whole space or piece in one style (nearly always)
            _, font, underline = fonts[fi]
            if keep_whole is None:
                shaped = shape(" ", font, size)
                items.append(
                    Item(start, end, shaped, True, space_breakable(text, start), underline, shaped.width)
                )
                continue
            for a, b, breakable, name, shaped in chunk_items(text[start:end], keep_whole, font, size):
                items.append(
                    Item(start + a, start + b, shaped, False, breakable, underline, shaped.width, name)
                )
            continue
        assert keep_whole is not None  # a space is one character: in one style
        for a, b, breakable, name in chunk_atoms(text[start:end], keep_whole):
            pos, atom_end = start + a, start + b
            while pos < atom_end:
                while bounds[fi] <= pos:
                    fi += 1
                piece_end = min(atom_end, bounds[fi])
                _, font, underline = fonts[fi]
                shaped = shape(text[pos:piece_end], font, size)
                items.append(Item(pos, piece_end, shaped, False, breakable, underline, shaped.width, name))
                breakable = False
                pos = piece_end
    return items


@derived
@lru_cache(maxsize=65536)
def chunk_items(
    chunk: str, keep_whole: bool, font: str, size: float
) -> tuple[tuple[int, int, bool, bool, Shaped], ...]:
    """The atoms of a piece of text without spaces (see :func:`atoms.chunk_atoms`), each shaped in
    ``font`` at ``size``: ``(start, end, breakable, name, shaped)``, offsets relative to the piece.
    Pieces repeat a lot in minutes (กรมส่งเสริมอุตสาหกรรม, คณะกรรมการ…)."""
    return tuple(
        (a, b, breakable, name, shape(chunk[a:b], font, size))
        for a, b, breakable, name in chunk_atoms(chunk, keep_whole)
    )


def units(items: list[Item]) -> list[tuple[Item | None, list[Item]]]:
    """Group items into (leading breakable space, unbreakable body) units."""
    units: list[tuple[Item | None, list[Item]]] = []
    for item in items:
        if item.space and item.breakable:
            units.append((item, []))
        elif item.breakable or not units:
            units.append((None, [item]))
        else:
            units[-1][1].append(item)
    return units


def _cut_candidates(body: list[Item]) -> Iterator[tuple[float, int, int, bool]]:
    """(width of the head, item index, offset in the item, between dictionary words) of each place an
    overlong body may be cut, in order."""
    used = 0.0
    for i, item in enumerate(body):
        s = item.shaped
        nxt = body[i + 1] if i + 1 < len(body) else None
        if item.space and i and nxt is not None and not nxt.space and may_cut_at_space(body[i - 1], nxt):
            yield used, i, 0, True  # a space kept in a unit ("พ.ศ. ๒๕๖๖", a name): the best place to cut it
        if not item.space:
            prev = body[i - 1] if i else None
            if prev is not None and not prev.space and may_break_between(prev.shaped.text[-1], s.text[0]):
                yield used, i, 0, True
            words = set() if item.name else set(subword_bounds(s.text))  # นาง|สาวโนรี is no place
            for c in cluster_bounds(s.text):
                yield used + s.x_at(c), i, c, c in words
        used += item.width


_DASHES = frozenset("-–—")


def space_cut_badness(before: Item, after: Item) -> int:
    """How bad a place the space between ``before`` and ``after`` is to cut a unit too wide for its line:
    before a dash 1 ("(๑ ต.ค. ๖๕ | - ๓๑ มี.ค. ๖๖)"), between given name and surname 1, inside a date,
    an era and its year or an amount 4, after a dash 6 (a dash ending a line reads as a hyphen)."""
    if after.shaped.text[0] in _DASHES:
        return 1
    if before.shaped.text[-1] in _DASHES:
        return 6
    if before.name or after.name:
        return 1
    return 4


def may_cut_at_space(before: Item, after: Item) -> bool:
    """Whether an overlong unit may be cut at a space between ``before`` and ``after`` ("ฯ" and
    closing marks never start a line, an opening bracket never ends one)."""
    first, last = after.shaped.text[0], before.shaped.text[-1]
    return first not in NO_LINE_START and not attaches_to_previous(first) and last not in OPENING_MARKS


def _split_body(body: list[Item], room: float, force: bool) -> tuple[list[Item], list[Item]]:
    """Cut a body between clusters so that the head fits in ``room``.

    With ``force`` the head has at least one cluster even if that overflows (an empty line must take
    something); without it, the head may be empty.
    """
    if sum(item.width for item in body) <= room + EPSILON:
        return body, []
    best: tuple[int, int] | None = None
    best_word: tuple[int, int] | None = None  # a cut between dictionary words (หมาย|เหตุ)
    best_space: tuple[int, int] | None = None  # better still: at a space inside the unit
    space_badness = 0
    for width, i, c, between_words in _cut_candidates(body):
        if width > room + EPSILON:
            if best is None and force:
                best = (i, c)
            break
        best = (i, c)
        if c == 0 and body[i].space and width > EPSILON:
            # at a space, however short the head: never inside a word instead; the least bad space, the
            # last of those that fit
            badness = space_cut_badness(body[i - 1], body[i + 1])
            if best_space is None or badness <= space_badness:
                best_space, space_badness = best, badness
        elif between_words and width > EPSILON:
            best_word = best  # between dictionary words, however short the head: never inside a word instead
    # Filling the rest of a line (not ``force``) never cuts inside a word: the unit then starts the next line.
    best = best_space or best_word or (best if force else None)
    if best is None:
        return ([], body) if not force else (body, [])
    i, c = best
    if c == 0 and body[i].space:  # cut at a space: it goes with the break
        return body[:i], body[i + 1 :]
    if c == 0:
        return body[:i], body[i:]
    item = body[i]
    n = len(item.shaped.text)
    return [*body[:i], item.part(0, c, item.breakable)], [item.part(c, n, True), *body[i + 1 :]]


def _split_compound(body: list[Item], room: float) -> tuple[list[Item], list[Item]] | None:
    """Cut a body between the words of a Thai compound so that the head fills most of ``room``."""
    best: tuple[int, int] | None = None
    used = 0.0
    for i, item in enumerate(body):
        if not item.space and not item.name:
            for c in compound_bounds(item.shaped.text):
                if used + item.shaped.x_at(c) <= room + EPSILON:
                    best = (i, c)
        used += item.width
    if best is None:
        return None
    i, c = best
    item = body[i]
    n = len(item.shaped.text)
    return [*body[:i], item.part(0, c, item.breakable)], [item.part(c, n, True), *body[i + 1 :]]


def layout(styled: StyledText, spec: LineSpec) -> list[Line]:
    """Break ``styled`` into lines; the first line is indented by ``first_indent``.

    Justified and centred paragraphs are broken as a whole (:func:`total_fit.total_fit`); left- and right-aligned
    ones, and paragraphs the optimiser declines, greedily.
    """
    first_room = spec.width - spec.left_indent - spec.right_indent - spec.first_indent
    room = spec.width - spec.left_indent - spec.right_indent
    items = make_items(styled, spec.family, spec.size)
    if spec.align in (Align.JUSTIFY, Align.CENTER):
        best = total_fit(items, spec, first_room, room)
        if best is not None:
            return _finish(styled.text, best, spec, first_room, room)
    return _finish(styled.text, _greedy(items, spec, first_room, room), spec, first_room, room)


def _greedy(items: list[Item], spec: LineSpec, first_room: float, room: float) -> list[list[Item]]:
    """Fill lines greedily: each unit goes on the current line if it fits."""
    lines: list[list[Item]] = []
    current: list[Item] = []
    used = 0.0

    def available() -> float:
        return first_room if not lines else room

    for lead, body in units(items):
        gap = lead.width if lead is not None and current else 0.0
        body_width = sum(item.width for item in body)
        if used + gap + body_width <= available() + EPSILON:
            if gap and lead is not None:
                current.append(lead)
            current.extend(body)
            used += gap + body_width
            continue
        loose = available() - used - gap > spec.compound_gap * spec.size
        if current and spec.align == Align.JUSTIFY and loose:
            split = _split_compound(body, available() - used - gap)
            if split is not None:  # a wide gap otherwise: break the compound between its words
                head, body = split
                lines.append(current + ([lead] if lead is not None else []) + head)
                current, used = [], 0.0
                body_width = sum(item.width for item in body)
        if body_width > room + EPSILON:  # longer than any line: cut between clusters
            if current:  # fill the rest of this line first
                head, body = _split_body(body, available() - used - gap, force=False)
                if head and lead is not None:
                    current.append(lead)
                lines.append(current + head)
            while True:
                current, body = _split_body(body, available(), force=True)
                if not body:
                    break
                lines.append(current)
            used = sum(item.width for item in current)
            continue
        if current:
            lines.append(current)
        current, used = list(body), body_width
    if current:
        lines.append(current)
    return lines


def _finish(text: str, lines: list[list[Item]], spec: LineSpec, first_room: float, room: float) -> list[Line]:
    result: list[Line] = []
    for n, items in enumerate(lines):
        start, end = items[0].start, items[-1].end
        first = n == 0
        result.append(
            Line(
                text[start:end],
                start,
                items,
                first_room if first else room,
                spec.left_indent + (spec.first_indent if first else 0.0),
                spec.ends_paragraph and n == len(lines) - 1,
                spec.align,
                spec.space_stretch,
            )
        )
    return result


def single_line(styled: StyledText, family: FontFamily, size: float) -> Line:
    """All of ``styled`` on one line, no breaking (headers, page numbers, signature lines)."""
    items = make_items(styled, family, size)
    width = sum(item.width for item in items)
    return Line(styled.text, 0, items, width, 0.0, True, Align.LEFT)
