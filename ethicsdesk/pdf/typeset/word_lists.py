"""The Thai word lists the line breaker uses, precompiled into one small file read at the first print.

The breaker (breaking.py) uses three of PyThaiNLP's word lists: its Thai words (newmm's own dictionary),
its Thai personal names (female, male and family names together) and ICU's Thai dictionary. Read from
PyThaiNLP's text files they take 2.5 MB and about 0.2 s at the first print (reading five files, then
sorting 100,000 words for :class:`~ethicsdesk.pdf.typeset.breaking.WordTrie`). Here they are stored
already sorted, in TIS-620 (Thai's one-byte code page, Python's ``cp874``: a third of UTF-8's size) and
compressed with zlib: 0.4 MB, loaded in about 0.03 s.

The file, ``resources/wordlists/thai-words.cp874.zlib``, is made from the installed PyThaiNLP by
``python scripts/compile_word_lists.py``; tests/pdf/test_word_lists.py checks that it still matches
PyThaiNLP's lists (rerun the script after upgrading PyThaiNLP). Its text is the three lists, each sorted
and one word a line, separated by NUL characters.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import NamedTuple

from ethicsdesk.resources import resource_path

ENCODING = "cp874"
SEPARATOR = "\x00"


class WordLists(NamedTuple):
    """Each list sorted, without duplicates, empty or space-padded words."""

    words: list[str]  # PyThaiNLP's Thai words (words_th.txt)
    names: list[str]  # PyThaiNLP's Thai female, male and family names
    icu_words: list[str]  # ICU's Thai dictionary as PyThaiNLP ships it (icubrk_th.txt)


def path() -> Path:
    return resource_path("wordlists", "thai-words.cp874.zlib")


def load(file: Path | None = None) -> WordLists:
    """The compiled word lists (one read, one decompression, one split per list)."""
    text = zlib.decompress((file or path()).read_bytes()).decode(ENCODING)
    words, names, icu_words = (part.split("\n") for part in text.split(SEPARATOR))
    return WordLists(words, names, icu_words)


def from_pythainlp() -> WordLists:
    """The same lists, made from PyThaiNLP's corpus files (what the compiled file must equal)."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words
    from pythainlp.corpus.icu import thai_icu_words

    names = thai_female_names() | thai_male_names() | thai_family_names()
    # WordTrie strips words and ignores empty ones; PyThaiNLP's lists have neither (checked on writing)
    return WordLists(
        *(sorted({w.strip() for w in ws} - {""}) for ws in (thai_words(), names, thai_icu_words()))
    )


def compile_bytes(lists: WordLists) -> bytes:
    for words in lists:
        if any(not w or w != w.strip() or "\n" in w or SEPARATOR in w for w in words):
            raise ValueError("a word is empty, padded or holds a separator")
    text = SEPARATOR.join("\n".join(words) for words in lists)
    return zlib.compress(text.encode(ENCODING), 9)
