"""The compiled word lists (ethicsdesk/pdf/typeset/word_lists.py) are PyThaiNLP's, and the line breaker finds
exactly the breaks it found when it read PyThaiNLP's corpus files itself."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import zlib
from collections.abc import Iterator
from functools import cache, partial
from typing import Any, cast

import pytest
from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words
from pythainlp.corpus.icu import thai_icu_words
from pythainlp.tokenize.newmm import segment
from typeset_support import prose

from ethicsdesk.pdf.typeset import breaking, word_lists
from ethicsdesk.pdf.typeset.breaking import THAI_LETTER_RE, WordTrie


def test_the_compiled_file_matches_pythainlp() -> None:
    """Fails after a PyThaiNLP upgrade that changed its lists: run scripts/compile_word_lists.py."""
    assert word_lists.load() == word_lists.from_pythainlp()


def test_compiling_again_gives_the_same_text() -> None:
    stored = zlib.decompress(word_lists.path().read_bytes())
    assert zlib.decompress(word_lists.compile_bytes(word_lists.from_pythainlp())) == stored


def test_a_trie_from_the_sorted_list_is_the_trie_of_the_corpus() -> None:
    lists = word_lists.load()
    names = thai_female_names() | thai_male_names() | thai_family_names()
    for compiled, source in zip(lists, (thai_words(), names, thai_icu_words()), strict=True):
        ours, theirs = WordTrie.from_sorted(compiled), WordTrie(source)
        assert len(ours) == len(theirs) and ours._words == theirs._words
        assert all(w in ours for w in source) and "" not in ours


def test_compile_refuses_padded_or_empty_words() -> None:
    for bad in (" กา", "", "ก\nข"):
        with pytest.raises(ValueError):
            word_lists.compile_bytes(word_lists.WordLists(["กา", bad], [], []))


@cache
def _from_corpus_files() -> Any:
    """The dictionaries as breaking._dictionary made them before the compiled lists (from PyThaiNLP's
    corpus files)."""
    names = thai_female_names() | thai_male_names() | thai_family_names()
    names_trie = WordTrie(names)
    words_trie = WordTrie(thai_words())
    return breaking._Dictionaries(
        partial(segment, custom_dict=cast(Any, words_trie)),
        thai_words() | names,
        (words_trie, names_trie),
        (WordTrie(thai_icu_words()), names_trie),
    )


def _sample_runs() -> Iterator[str]:
    """Unspaced Thai runs: every one of the seed prose, and 3,000 made of two to six dictionary words and
    names drawn at random (seeded), with the longest words of each list."""
    yield from dict.fromkeys(THAI_LETTER_RE.findall(" ".join(prose())))
    lists = word_lists.load()
    pool = [w for words in lists for w in words if THAI_LETTER_RE.fullmatch(w)]
    rng = random.Random(16)
    for _ in range(3000):
        yield "".join(rng.choice(pool) for _ in range(rng.randint(2, 6)))
    for words in lists:
        yield from sorted(words, key=len)[-100:]


def _bounds(runs: list[str]) -> list[tuple[tuple[int, ...], ...]]:
    breaking.clear_caches()
    return [
        (breaking.thai_word_bounds(r), breaking.compound_bounds(r), breaking.subword_bounds(r)) for r in runs
    ]


def test_breaks_are_the_same_as_with_the_corpus_files(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = list(_sample_runs())
    assert len(runs) > 3500
    compiled = _bounds(runs)
    monkeypatch.setattr(breaking, "_dictionary", _from_corpus_files)
    try:
        assert _bounds(runs) == compiled
    finally:
        breaking.clear_caches()
    assert sum(len(b[0]) for b in compiled) > 5000  # the sample does break


def test_the_line_breaker_reads_no_corpus_word_list() -> None:
    """Only what importing PyThaiNLP reads (its stop words), as the bundle carries no other corpus file."""
    code = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' and 'corpus' in str(a[0]) else None)\n"
        "from ethicsdesk.pdf.typeset import breaking\n"
        "assert breaking.thai_word_bounds('คณะกรรมการจริยธรรมประชุม')\n"
        "print(*sorted({p.replace(chr(92), '/').rsplit('/', 1)[-1] for p in opened if p.endswith(('.txt', '.json', '.zlib'))}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=dict(os.environ)
    )
    assert set(run.stdout.split()) <= {"stopwords_th.txt"}
