"""The speed-ups of the typesetting layer give exactly what the slower ways gave."""

from __future__ import annotations

import io
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

from ethicsdesk.pdf.typeset import Align, FontFamily, ThaiParagraph, ThaiParagraphStyle, escape, pdfops
from ethicsdesk.pdf.typeset.breaking import WordTrie

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
