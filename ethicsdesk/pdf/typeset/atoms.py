"""Where a line may break in normalised text: the atoms between break opportunities, the spaces that may
break and the units that never break at theirs (a date, an era and its year, a title with its name).

The words inside unspaced Thai come from :mod:`breaking`'s dictionaries; this module decides, from them
and the text around each space, where the lines of :mod:`layout` may end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ethicsdesk.thai.dates import MONTH_ABBREVIATIONS

from .breaking import (
    NO_LINE_START,
    OPENING,
    STRAIGHT_QUOTES,
    THAI_LETTER_RE,
    _dictionary,
    attaches_to_previous,
    is_thai_letter,
    thai_word_bounds,
)
from .caches import derived

# ---- break opportunities -------------------------------------------------------------------------


class Atom(NamedTuple):
    """A space, or a piece of text between two break opportunities or spaces.

    ``breakable``: for a space, whether a line may break there (the space is then dropped); for text,
    whether a line may break right before it (a word boundary inside unspaced Thai). ``name``: part of
    a personal name, never broken between compound parts either.
    """

    start: int
    end: int
    space: bool
    breakable: bool
    name: bool = False


def space_breakable(text: str, i: int) -> bool:
    """Whether a line may break at the space ``text[i]``."""
    if i == 0 or i + 1 >= len(text):
        return False
    left, right = text[i - 1], text[i + 1]
    if right in NO_LINE_START or attaches_to_previous(right) or left in OPENING:
        return False
    # A straight quote standing alone between spaces is read as closing before, opening after.
    if right in STRAIGHT_QUOTES and (i + 2 >= len(text) or text[i + 2] == " "):
        return False
    if left in STRAIGHT_QUOTES and (i < 2 or text[i - 2] == " "):
        return False
    return not _holds_together(_word_before(text, i), _word_after(text, i))


def _word_before(text: str, i: int) -> str:
    return text[text.rfind(" ", 0, i) + 1 : i]


def _word_after(text: str, i: int) -> str:
    end = text.find(" ", i + 1)
    return text[i + 1 : end if end >= 0 else len(text)]


_DASHES = frozenset(("-", "–", "—"))
_ERA_RE = re.compile("(?:พ\\.ศ\\.|ค\\.ศ\\.|พ\\.ศ|ค\\.ศ)$")
_MONTH_ABBR = frozenset(MONTH_ABBREVIATIONS)
_NUMBER_RE = re.compile("[0-9๐-๙][0-9๐-๙,.]*[)]?[,.]?$")


def _is_number_start(word: str) -> bool:
    return bool(word) and (word[0].isdigit() or "๐" <= word[0] <= "๙")


@derived
@lru_cache(maxsize=65536)
def _holds_together(left: str, right: str) -> bool:
    """Units that never break at the space between them: a range around a lone dash ("ต.ค. - ธ.ค.",
    "๒๕๖๖ - ๒๕๗๐": pdftotext would also take a dash at a line's end for a hyphen and drop it); an era
    and its year ("พ.ศ. ๒๕๖๖"); an ordinal ("ที่ ๑"); a day, an abbreviated month and a year ("๑ ต.ค. ๖๕"); a personal
    title with the name and the surname ("นางสาวโนรี ธูปูชา", also after other text: "(มอบหมายนางสาวโนรี")."""
    if left in _DASHES or right in _DASHES:
        return True
    if _is_number_start(right) and (
        _ERA_RE.search(left) or left.lstrip("(") in _MONTH_ABBR or left.endswith("ที่")
    ):
        return True
    if right.rstrip(")") in _MONTH_ABBR and _NUMBER_RE.match(left.lstrip("(")):
        return True
    return bool(right) and is_thai_letter(right[0]) and _ends_with_titled_name(left)


def _ends_with_titled_name(word: str) -> bool:
    """A personal title and a given name end ``word``: นางสาวโนรี, (มอบหมายนางสาวโนรี (not นายก)."""
    return _name_start(word) is not None


@derived
@lru_cache(maxsize=65536)
def _name_start(word: str) -> int | None:
    """Where the personal title and given name that end ``word`` begin (8 in (มอบหมายนางสาวโนรี)."""
    for m in _TITLE_RE.finditer(word):
        tail = word[m.start() :]
        if len(tail) <= _NAME_LENGTH and _starts_with_title(tail):
            return m.start()
    return None


@derived
@lru_cache(maxsize=65536)
def _chunk_bounds(chunk: str) -> tuple[int, ...]:
    """Inner break opportunities of a piece of text without spaces."""
    cuts: list[int] = []
    for run in THAI_LETTER_RE.finditer(chunk):
        if run.end() < len(chunk) and chunk[run.end()] == "." and len(run.group()) <= 5:
            continue  # an abbreviation: รสอ. กสอ. ผอ.
        cuts.extend(run.start() + b for b in thai_word_bounds(run.group()))
        # after a slash between Thai words, as libthai and ICU allow: โครงการ/|กิจกรรม
        end = run.end()
        if end + 1 < len(chunk) and chunk[end] == "/" and is_thai_letter(chunk[end + 1]):
            cuts.append(end + 1)
    return tuple(sorted(set(cuts)))


_CHUNK_RE = re.compile(" |[^ ]+")
_TITLE_RE = re.compile("(นางสาว|นาง|นาย|น\\.ส\\.|ดร\\.|ว่าที่ร้อยตรี)(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
"""A personal title before a given name (its first letter a consonant or a leading vowel: นางสาวโนรี)."""
_NAME_LENGTH = 30


def _starts_with_title(chunk: str) -> bool:
    """นายธนพล, นางสาวนภกานต์: a personal title and a given name (not นายก, นายทะเบียน)."""
    m = _TITLE_RE.match(chunk)
    if m is None or len(chunk) > _NAME_LENGTH:
        return False
    return not THAI_LETTER_RE.fullmatch(m.group()) or _dictionary().segment(chunk)[0] == m.group()


def chunks(text: str) -> Iterator[tuple[int, int, bool | None]]:
    """The spaces and the pieces between them of normalised ``text``, in order, as ``(start, end,
    keep_whole)``: ``None`` for a space; for a piece, whether it is part of a personal name and gets no
    inner breaks (its atoms: :func:`chunk_atoms`)."""
    name_part = 0
    for m in _CHUNK_RE.finditer(text):
        start, end = m.span()
        chunk = m.group()
        if chunk == " ":
            yield start, end, None
            continue
        title = _name_start(chunk)
        if title is not None:
            name_part = 2
        keep_whole = name_part > 0 and len(chunk) - (title or 0) <= _NAME_LENGTH
        name_part -= 1
        yield start, end, keep_whole


@derived
@lru_cache(maxsize=65536)
def chunk_atoms(chunk: str, keep_whole: bool) -> tuple[tuple[int, int, bool, bool], ...]:
    """The atoms of a piece of text without spaces, as ``(start, end, breakable, name)`` relative to
    it; ``keep_whole``: a personal name, not broken. Text before the name's title breaks as any other
    and may end a line before the title: (มอบหมาย|นางสาวโนรี, not (|นางสาวโนรี."""
    atoms: list[tuple[int, int, bool, bool]] = []
    a = 0
    cuts: tuple[int, ...] | list[int] = _chunk_bounds(chunk)
    if keep_whole:
        title = _name_start(chunk) or 0
        head = chunk[:title]
        cuts = [b for b in cuts if b < title]
        if title and head[-1] not in OPENING and THAI_LETTER_RE.search(head):
            cuts.append(title)
    for b in cuts:
        atoms.append((a, b, a != 0, False))
        a = b
    atoms.append((a, len(chunk), a != 0, keep_whole))
    return tuple(atoms)


def split_atoms(text: str) -> list[Atom]:
    """Cut normalised text (one space between words) into atoms, in order, covering all of it.

    Personal names are kept whole: the chunk after a title (นางสาวนภ|กานต์, a given name made of
    dictionary words) and the one after it (the surname: ตั้งวสิน|ธรรม) get no inner breaks.
    """
    atoms: list[Atom] = []
    for start, end, keep_whole in chunks(text):
        if keep_whole is None:
            atoms.append(Atom(start, end, True, space_breakable(text, start)))
        else:
            inner = chunk_atoms(text[start:end], keep_whole)
            atoms.extend(Atom(start + a, start + b, False, br, name) for a, b, br, name in inner)
    return atoms


def break_positions(text: str) -> list[int]:
    """Offsets in normalised ``text`` where a line may start: after a breakable space, or at a word
    boundary inside unspaced Thai. For tests and diagnostics."""
    positions: list[int] = []
    for atom in split_atoms(text):
        if atom.space and atom.breakable:
            positions.append(atom.end)
        elif not atom.space and atom.breakable:
            positions.append(atom.start)
    return positions
