"""The speed-ups of the typesetting layer give exactly what the slower ways gave."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words
from pythainlp.corpus.icu import thai_icu_words
from pythainlp.tokenize.newmm import segment
from pythainlp.util import Trie
from reportlab.pdfgen.canvas import Canvas
from typeset_support import prose

from ethicsdesk.pdf.typeset import (
    Align,
    FontFamily,
    ThaiParagraph,
    ThaiParagraphStyle,
    breaking,
    escape,
    pdfops,
    shaping,
)
from ethicsdesk.pdf.typeset.atoms import split_atoms
from ethicsdesk.pdf.typeset.breaking import WordTrie, attaches_to_previous
from ethicsdesk.pdf.typeset.layout import Item, chunk_items, make_items
from ethicsdesk.pdf.typeset.markup import StyledText, parse_markup
from ethicsdesk.pdf.typeset.shaping import shape

THAI = "".join(chr(c) for c in range(0x0E01, 0x0E3B)) + "".join(chr(c) for c in range(0x0E40, 0x0E4F))


def test_word_trie_finds_what_pythainlp_trie_finds_in_the_seed_prose() -> None:
    names = thai_female_names() | thai_male_names() | thai_family_names()
    text = " ".join(prose())
    for words in (thai_words(), names, thai_icu_words()):
        ours, theirs = WordTrie(words), Trie(words)
        assert len(ours) == len(theirs)
        for start in range(len(text)):
            assert ours.prefixes(text, start) == theirs.prefixes(text, start), text[start : start + 30]


def test_newmm_segments_the_same_with_a_word_trie() -> None:
    text = " ".join(prose())
    ours = cast(Any, WordTrie(thai_words()))  # newmm only calls its prefixes()
    assert segment(text, custom_dict=ours) == segment(text, custom_dict=Trie(thai_words()))


def test_word_trie_strips_words_and_ignores_empty_ones() -> None:
    trie = WordTrie([" กา ", "", "  ", "การ", "กา", "ข\u0e4d"])
    assert len(trie) == 4  # the empty word counts, as in PyThaiNLP's Trie
    assert "กา" in trie and " กา " not in trie and "" in trie and 1 not in trie
    assert trie.prefixes("การบ้าน") == ["กา", "การ"]
    assert trie.prefixes("xการ", 1) == ["กา", "การ"]
    assert trie.prefixes("ข\u0e4d") == ["ข\u0e4d"]
    assert trie.prefixes("") == [] and trie.prefixes("ขา") == []
    assert WordTrie([]).prefixes("กา") == [] and "" not in WordTrie([])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet=THAI[:12] + " \U0010ffff", min_size=0, max_size=6), max_size=30),
    st.text(alphabet=THAI[:12] + "\U0010ffff", max_size=12),
)
def test_word_trie_matches_pythainlp_trie_on_random_words(words: list[str], text: str) -> None:
    ours, theirs = WordTrie(words), Trie(words)
    assert len(ours) == len(theirs)
    assert all((w in ours) == (w in theirs) for w in [*words, text, ""])
    for start in range(len(text) + 1):
        assert ours.prefixes(text, start) == theirs.prefixes(text, start)


def _text_objects(lines: list[Any]) -> tuple[list[str], list[Any]]:
    """The text objects of ``lines`` in a new document (so the same subset names each time), and the
    words encoded for it."""
    canvas = Canvas(io.BytesIO())
    out = [pdfops.text_object(canvas, line.pieces(), 80, 780 - 26 * n) for n, line in enumerate(lines)]
    return out, list(pdfops._encoded[getattr(canvas, "_doc")].values())  # noqa: B009


@pytest.mark.parametrize("align", [Align.JUSTIFY, Align.LEFT, Align.CENTER])
def test_prejoined_words_write_the_operators_run_by_run_writing_gives(
    sarabun: FontFamily, align: Align, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words in one subset without vertical offsets are written from pre-joined chunks; the operators
    are character for character the ones of writing every word run by run."""
    markup = "ฤทธิ์ ที่ น้ำ ปู่ ฐุ ฎุ AVATAR Wave ffi <b>ตัวหนา ฝื้น</b> <i>ตัวเอียง ปั้น</i> <u>ขีดเส้นใต้</u> "
    markup += " ".join(escape(p) for p in prose()[:12])
    lines = ThaiParagraph(markup, ThaiParagraphStyle(align=align, first_line_indent=30)).layout(400)
    fast, words = _text_objects(lines)
    assert any(w.font is not None and len(w.chunks) > 1 for w in words)  # the fast path was taken
    assert any(w.font is not None and any(w.joints) for w in words)
    assert any(w.font is None and w.runs for w in words)  # and the run-by-run one (marks moved down)
    monkeypatch.setattr(pdfops, "_join", lambda runs: pdfops._Word(runs, None, (), ()))
    slow, words = _text_objects(lines)
    assert all(w.font is None for w in words)
    assert fast == slow


def _items_one_atom_at_a_time(styled: StyledText, family: FontFamily, size: float) -> list[Item]:
    """make_items as it was before the per-piece cache: every atom shaped on its own."""
    text = styled.text
    fonts: list[tuple[int, str, bool]] = []
    for span in styled.spans:
        start = span.start
        while fonts and start < span.end and attaches_to_previous(text[start]):
            start += 1
        if start < span.end:
            fonts.append((start, family.font_for(span.bold, span.italic), span.underline))
    bounds = [f[0] for f in fonts[1:]] + [len(text)]
    items: list[Item] = []
    fi = 0
    for atom in split_atoms(text):
        pos = atom.start
        breakable = atom.breakable
        while pos < atom.end:
            while bounds[fi] <= pos:
                fi += 1
            end = min(atom.end, bounds[fi])
            _, font, underline = fonts[fi]
            shaped = shape(text[pos:end], font, size)
            items.append(Item(pos, end, shaped, atom.space, breakable, underline, shaped.width, atom.name))
            breakable = False
            pos = end
    return items


def _fields(items: list[Item]) -> list[tuple[Any, ...]]:
    return [
        (
            i.start,
            i.end,
            i.shaped.text,
            i.shaped.font,
            i.shaped.size,
            i.space,
            i.breakable,
            i.underline,
            i.width,
            i.name,
        )
        for i in items
    ]


MARKUP_SAMPLES = [
    "นางสาวนภกานต์ ตั้งวสินธรรม ประธาน<b>กรรมการ</b> กรมส่ง<i>เสริม</i>อุตสาหกรรม",
    "ที่<b>่</b>น้ำ <u>ขีด เส้น</u>ใต้ ผอ.กสอ. (DIProm) ร้อยละ๘๐ ต่าง ๆ “คุณธรรม” <b><i>ตัวหนาเอียง</i></b>",
    "<b>๑.</b> ฝ่ายเลขานุการ<u>แจ้งให้</u>ที่ประชุมทราบ<b> ว่า </b>กรม",
]


@pytest.mark.parametrize("size", [16, 12.5])
def test_items_from_the_piece_cache_are_the_atom_by_atom_items(sarabun: FontFamily, size: float) -> None:
    for markup in [*MARKUP_SAMPLES, *(escape(p) for p in prose())]:
        styled = parse_markup(markup)
        for _ in range(2):  # cold, then from the cache
            assert _fields(make_items(styled, sarabun, size)) == _fields(
                _items_one_atom_at_a_time(styled, sarabun, size)
            ), markup


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=THAI[:20] + THAI[-15:] + " .()abc๑", min_size=1, max_size=12),
            st.sampled_from(["", "b", "i", "u"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_items_match_on_random_styled_text(sarabun: FontFamily, parts: list[tuple[str, str]]) -> None:
    markup = "".join(f"<{tag}>{escape(text)}</{tag}>" if tag else escape(text) for text, tag in parts)
    styled = parse_markup(markup)
    assert _fields(make_items(styled, sarabun, 16)) == _fields(_items_one_atom_at_a_time(styled, sarabun, 16))


def test_piece_cache_is_per_font_and_size(sarabun: FontFamily) -> None:
    regular = chunk_items("กรมส่งเสริมอุตสาหกรรม", False, sarabun.regular, 16)
    bold = chunk_items("กรมส่งเสริมอุตสาหกรรม", False, sarabun.bold, 16)
    small = chunk_items("กรมส่งเสริมอุตสาหกรรม", False, sarabun.regular, 12)
    words = chunk_items("แจ้งให้ที่ประชุมทราบ", False, sarabun.regular, 16)
    name = chunk_items("แจ้งให้ที่ประชุมทราบ", True, sarabun.regular, 16)
    assert {s.font for *_, s in regular} == {sarabun.regular} and {s.font for *_, s in bold} == {sarabun.bold}
    assert {s.size for *_, s in small} == {12}
    assert sum(s.width for *_, s in bold) > sum(s.width for *_, s in regular)
    assert sum(s.width for *_, s in small) < sum(s.width for *_, s in regular)
    assert len(words) > 1 and len(name) == 1 and name[0][3]  # a name is kept whole: its own entry


def test_clearing_the_shaping_caches_forgets_shaped_pieces(sarabun: FontFamily) -> None:
    chunk_items("คณะกรรมการ", False, sarabun.regular, 16)
    assert chunk_items.cache_info().currsize > 0
    shaping.clear_caches()
    assert chunk_items.cache_info().currsize == 0
    chunk_items("คณะกรรมการ", False, sarabun.regular, 16)
    breaking.clear_caches()
    assert chunk_items.cache_info().currsize == 0


@pytest.mark.parametrize("align", [Align.JUSTIFY, Align.CENTER])
def test_pieces_are_as_wide_as_their_segments(sarabun: FontFamily, align: Align) -> None:
    """_place adds up the segment widths without calling Segment.width."""
    markup = "<b>ตัวหนา</b> " + " ".join(escape(p) for p in prose()[:6])
    for line in ThaiParagraph(markup, ThaiParagraphStyle(align=align)).layout(380):
        for piece in line.pieces():
            width = sum(gap + seg.width for seg, gap in zip(piece.segments, piece.gaps, strict=True))
            assert abs(piece.width - width) < 1e-9


def test_drawable_characters_are_remembered_per_font(sarabun: FontFamily) -> None:
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ethicsdesk.pdf.typeset import missing_glyphs

    vera = TTFont("VeraSpeedupTest", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"))
    pdfmetrics.registerFont(vera)
    text = "ที่ประชุม abc \ue000 ข\u0e48"
    for _ in range(2):  # the second time from what the first one found drawable
        assert missing_glyphs(text, sarabun.regular) == ["\ue000"]
        assert missing_glyphs(text, "VeraSpeedupTest") == [
            "ท",
            "\u0e35",
            "\u0e48",
            "ป",
            "ร",
            "ะ",
            "ช",
            "\u0e38",
            "ม",
            "\ue000",
            "ข",
        ]
        assert missing_glyphs("abc", "VeraSpeedupTest") == [] and missing_glyphs("ที่", sarabun.regular) == []
