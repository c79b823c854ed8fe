"""Where a line of Thai may break: between dictionary words, at spaces, and (for a word longer than the
line) between character clusters.

Thai is written without spaces between words (ตัดคำ needs a dictionary) and with spaces between phrases.
ReportLab only breaks at spaces, so the typesetting layer decides the break opportunities itself:

- at a space, unless it stands before a closing mark (``) ] ” . , ๆ ฯ`` …) or after an opening one
  (``( [ “`` …): "ต่าง ๆ" and "(กสอ.)" stay together;
- inside an unspaced Thai run, at a PyThaiNLP ``newmm`` word boundary that every best segmentation
  with PyThaiNLP's dictionary and with ICU's agrees on (see :func:`thai_word_bounds`); runs of words
  that are in neither (names: ปวีณ์|นิ|ษฐา) are kept together; so are a personal name after a title
  and the surname after it (นางสาวนภกานต์ ตั้งวสินธรรม), and an abbreviation before its dot (รสอ.);
- never between Thai and Latin letters, digits or punctuation written without a space
  ("ร้อยละ๘๐", "กสอ.(DIProm)" do not break);
- never before a mark, a following vowel (ะ า ำ ๅ), ๆ or ฯ, never after a leading vowel (เ แ โ ใ ไ).

Second choices, used by the layout only when needed: between the words of a compound
(:func:`compound_bounds`, to avoid a wide gap in a justified line), between the dictionary words of a
word longer than the line (:func:`subword_bounds`), else between its character clusters
(:func:`cluster_bounds`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache, lru_cache, partial
from itertools import pairwise
from typing import Any, NamedTuple, cast

THAI_LETTER_RE = re.compile("[\u0e01-\u0e3a\u0e40-\u0e4e]+")
"""Thai consonants, vowels, marks, ๆ and ฯ (not Thai digits, ฿ or ๏ ๚ ๛)."""

THAI_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
FOLLOWING_VOWELS = frozenset("ะาำๅ")
LEADING_VOWELS = frozenset("เแโใไ")
OPENING = frozenset("([{“‘«‹")
CLOSING = frozenset(")]}”’»›.,:;!?%") | frozenset("ๆฯ๚๛")
NO_LINE_START = THAI_MARKS | FOLLOWING_VOWELS | CLOSING
NO_LINE_END = LEADING_VOWELS | OPENING
STRAIGHT_QUOTES = frozenset("\"'")

_IGNORABLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufe00-\ufe0f\ufeff]")
_SPACE_RE = re.compile("[^\\S\u00a0\u2007\u202f]+")
_SARA_AM_RE = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def normalize_text(text: str) -> str:
    """The text as it will be printed and copied out of the PDF.

    NFC; ำ typed as ํ + า (as text pasted from PDFs often is) becomes U+0E33; invisible format characters
    (zero-width space and joiners, soft hyphen, BOM, bidi controls, variation selectors) are dropped: a
    stray zero-width space from a pasted PDF is not a break opportunity here; any run of white space
    (tab, newline…) becomes one space. No-break spaces (U+00A0, U+2007, U+202F) are kept.
    """
    text = unicodedata.normalize("NFC", text)
    text = _SARA_AM_RE.sub("\\1\u0e33", text)
    text = _IGNORABLE_RE.sub("", text)
    return _SPACE_RE.sub(" ", text)


def is_thai_letter(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e3a" or "\u0e40" <= ch <= "\u0e4e"


def attaches_to_previous(ch: str) -> bool:
    """A combining mark or following vowel: it belongs to the cluster before it."""
    return ch in THAI_MARKS or ch in FOLLOWING_VOWELS or unicodedata.category(ch)[0] == "M"


def may_break_between(left: str, right: str) -> bool:
    """Whether a line may end with ``left`` and the next begin with ``right`` (no space between)."""
    return right not in NO_LINE_START and left not in NO_LINE_END and not attaches_to_previous(right)


# ---- dictionary words ---------------------------------------------------------------------------


class WordTrie:
    """A word list answering ``prefixes(text, start)`` exactly as PyThaiNLP's ``Trie`` does, for
    ``newmm`` and :func:`_agreed_bounds`, but built in a twentieth of the time.

    PyThaiNLP's ``Trie`` makes a node per letter of every word up front: 1.1 s for the three word lists
    here, most of a first print. This one sorts the words (0.07 s) and makes a node only when a lookup
    first reaches it: a node is ``[lo, hi, depth, children]``, the words ``words[lo:hi]`` sharing their
    first ``depth`` letters; its children (by next letter) are found by bisection on first visit.
    Lookups cost the same as in ``Trie`` once their nodes exist. Words are stripped and an empty word
    is counted (but never found as a prefix), as ``Trie`` does.
    """

    __slots__ = ("_count", "_empty", "_root", "_words")

    def __init__(self, words: Iterable[str]) -> None:
        unique = {w.strip() for w in words}
        self._empty = "" in unique
        unique.discard("")
        self._words = sorted(unique)
        self._count = len(self._words) + self._empty
        self._root: list[Any] = [0, len(self._words), 0, None]

    @classmethod
    def from_sorted(cls, words: list[str]) -> WordTrie:
        """A trie of ``words``, already sorted, unique, stripped and non-empty (the compiled word lists of
        word_lists.py): the same trie as ``WordTrie(words)`` without sorting 60,000 words again."""
        trie = cls.__new__(cls)
        trie._empty = False
        trie._words = words
        trie._count = len(words)
        trie._root = [0, len(words), 0, None]
        return trie

    def __len__(self) -> int:
        return self._count

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if not word:
            return self._empty
        i = bisect_left(self._words, word)
        return i < len(self._words) and self._words[i] == word

    def _expand(self, node: list[Any]) -> dict[str, list[Any]]:
        lo, hi, depth, _ = node
        words = self._words
        children: dict[str, list[Any]] = {}
        k = lo + 1 if lo < hi and len(words[lo]) == depth else lo  # the node's own word sorts first
        while k < hi:
            word = words[k]
            ch = word[depth]
            # Words with this next letter run up to the first one past prefix + ch.
            end = hi if ch == "\U0010ffff" else bisect_left(words, word[:depth] + chr(ord(ch) + 1), k + 1, hi)
            children[ch] = [k, end, depth + 1, None]
            k = end
        node[3] = children
        return children

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The words that ``text`` has at ``start``, shortest first."""
        found: list[str] = []
        node = self._root
        words = self._words
        for i in range(start, len(text)):
            children = node[3]
            if children is None:
                children = self._expand(node)
            node = children.get(text[i])
            if node is None:
                break
            if len(words[node[0]]) == node[2]:
                found.append(text[start : i + 1])
        return found


class _Dictionaries(NamedTuple):
    segment: Callable[..., list[str]]  # newmm with PyThaiNLP's word list
    words: frozenset[str]  # PyThaiNLP's word list and Thai personal names
    tries: tuple[WordTrie, ...]  # PyThaiNLP's words, personal names
    icu_tries: tuple[WordTrie, ...]  # ICU's Thai words, personal names


@cache
def _dictionary() -> _Dictionaries:
    # Loaded on first use (about 0.05 s with newmm's import; see preload()). PyThaiNLP's word lists come
    # precompiled and sorted (word_lists.py): the same words as its corpus files, read in a tenth of the time.
    from pythainlp.tokenize.newmm import segment

    from .word_lists import load

    lists = load()
    names_trie = WordTrie.from_sorted(lists.names)
    words_trie = WordTrie.from_sorted(lists.words)  # newmm's own default dictionary, as a WordTrie
    return _Dictionaries(
        partial(segment, custom_dict=cast(Any, words_trie)),  # newmm only calls its prefixes()
        frozenset(lists.words).union(lists.names),
        (words_trie, names_trie),
        (WordTrie.from_sorted(lists.icu_words), names_trie),
    )


def clear_caches() -> None:
    """Forget cached segmentations (for benchmarks; the dictionaries stay loaded)."""
    for cached in (
        thai_word_bounds,
        compound_bounds,
        subword_bounds,
        cluster_bounds,
    ):
        cached.cache_clear()
    from .caches import clear_derived  # atoms.py's pieces of text and layout's shaped atoms, made from these

    clear_derived()


def preload() -> None:
    """Load the dictionaries now (about 0.05 s), e.g. in a worker thread at start-up, not at the first print."""
    _dictionary()


_UNKNOWN_COST = 1000  # an unknown cluster costs more than the dictionary words that could cover it
_MOD = (1 << 61) - 1  # segmentations are counted modulo a large prime


def _agreed_bounds(run: str, tries: tuple[Any, ...], whole: bool = True, every: bool = True) -> set[int]:
    """Boundaries that every best segmentation of ``run`` with the words of ``tries`` has.

    Segmentations are paths through the word lattice (dictionary words between TCC boundaries, or an
    unknown cluster at a high cost); a boundary counts if all cheapest paths pass through it and it does
    not touch an unknown cluster. ``newmm`` picks one of several equally short segmentations
    (มีส่วน|ร่วมใน|การ or มีส่วนร่วม|ใน|การ); only the boundaries they share are safe. With ``whole``
    false, ``run`` itself does not count as a word (to find the parts of a compound); with ``every``
    false, a boundary of any one of the best segmentations counts.
    """
    from pythainlp.tokenize.tcc import tcc_pos

    ends = sorted(tcc_pos(run))
    nodes = [0, *ends]
    valid = set(nodes)
    edges: dict[int, list[tuple[int, int]]] = {}
    for k, i in enumerate(nodes[:-1]):
        found = {i + len(w) for trie in tries for w in trie.prefixes(run, i) if whole or i or w != run}
        out = [(j, 1) for j in found if j in valid]
        out.append((nodes[k + 1], _UNKNOWN_COST))
        edges[i] = out
    big = 1 << 62
    f_cost, f_count = dict.fromkeys(nodes, big), dict.fromkeys(nodes, 0)
    f_cost[0], f_count[0] = 0, 1
    for i in nodes[:-1]:
        for j, c in edges[i]:
            if f_cost[i] + c < f_cost[j]:
                f_cost[j], f_count[j] = f_cost[i] + c, f_count[i]
            elif f_cost[i] + c == f_cost[j]:
                f_count[j] = (f_count[j] + f_count[i]) % _MOD
    n = len(run)
    b_cost, b_count = dict.fromkeys(nodes, big), dict.fromkeys(nodes, 0)
    b_cost[n], b_count[n] = 0, 1
    for i in reversed(nodes[:-1]):
        for j, c in edges[i]:
            if b_cost[j] + c < b_cost[i]:
                b_cost[i], b_count[i] = b_cost[j] + c, b_count[j]
            elif b_cost[j] + c == b_cost[i]:
                b_count[i] = (b_count[i] + b_count[j]) % _MOD
    total, paths = f_cost[n], f_count[n]
    touches_unknown: set[int] = set()
    for i in nodes[:-1]:
        for j, c in edges[i]:
            if c == _UNKNOWN_COST and f_cost[i] + c + b_cost[j] == total:
                touches_unknown.update((i, j))
    return {
        p
        for p in ends[:-1]
        if f_cost[p] + b_cost[p] == total
        and (not every or f_count[p] * b_count[p] % _MOD == paths)
        and p not in touches_unknown
    }


@lru_cache(maxsize=16384)
def thai_word_bounds(run: str) -> tuple[int, ...]:
    """Inner word boundaries of a run of Thai letters (no spaces): where a line may break.

    A boundary must be a ``newmm`` token boundary and be shared by every best segmentation with
    PyThaiNLP's dictionary and with ICU's Thai dictionary (shipped in PyThaiNLP's corpus; see
    :func:`_agreed_bounds`), each with PyThaiNLP's list of Thai personal names added. Consecutive tokens that are not dictionary words are joined, because
    ``newmm`` splits unknown names into pieces (ปวีณ์|นิ|ษฐา). On the seed minutes this keeps 753 of
    newmm's 770 inner breaks, and libthai accepts all but one (ความรู้|ความเข้าใจ, a libthai compound).
    """
    segment, words, tries, icu_tries = _dictionary()
    candidates: list[int] = []
    pos = 0
    prev_known = True
    for token in segment(run, safe_mode=len(run) > 2000):
        known = token in words
        if pos and (known or prev_known) and may_break_between(run[pos - 1], run[pos]):
            candidates.append(pos)
        pos += len(token)
        prev_known = known
    if not candidates:
        return ()
    agreed = _agreed_bounds(run, tries) & _agreed_bounds(run, icu_tries)
    return tuple(b for b in candidates if b in agreed)


_COMPOUND_PART = 6


@lru_cache(maxsize=16384)
def compound_bounds(word: str) -> tuple[int, ...]:
    """Boundaries between the dictionary words a long compound is made of (กรม|ส่งเสริม|อุตสาหกรรม).

    Second-choice breaks: the layout uses them only when keeping the compound whole would leave a wide
    gap in a justified line. The boundary must be in every best segmentation of the parts with
    PyThaiNLP's dictionary (so not สร้างภาพ|ลักษณ์, which ties with สร้าง|ภาพลักษณ์) and in a best
    segmentation of the whole with ICU's, which has few phrases (so ยุทธศาสตร์, one ICU word, stays whole). Both sides must be at least ``_COMPOUND_PART`` characters: short parts are
    usually syllables of one word for a Thai reader (เป้า|หมาย, คุณ|ธรรม, แผนปฏิบัติ|การ).
    A word with punctuation around its Thai (a quote that closes on it: กรมส่งเสริมอุตสาหกรรม”) has the
    boundaries of its Thai letters: the punctuation stays on the part it touches.
    """
    return tuple(
        m.start() + b for m in THAI_LETTER_RE.finditer(word) for b in _thai_compound_bounds(m.group())
    )


def _thai_compound_bounds(word: str) -> tuple[int, ...]:
    if len(word) < 2 * _COMPOUND_PART:
        return ()
    d = _dictionary()
    both = _agreed_bounds(word, d.tries, False, True) & _agreed_bounds(word, d.icu_tries, True, False)
    return tuple(
        sorted(
            b
            for b in both
            if _COMPOUND_PART <= b <= len(word) - _COMPOUND_PART and may_break_between(word[b - 1], word[b])
        )
    )


@lru_cache(maxsize=16384)
def subword_bounds(word: str) -> tuple[int, ...]:
    """Boundaries between dictionary words inside ``word`` (หมาย|เหตุ), for cutting a word that is longer
    than the line somewhere better than between any two clusters."""
    if len(word) < 4 or not THAI_LETTER_RE.fullmatch(word):
        return ()
    bounds = _agreed_bounds(word, _dictionary().tries, False, False)
    return tuple(sorted(b for b in bounds if may_break_between(word[b - 1], word[b])))


# ---- character clusters --------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def cluster_bounds(text: str) -> tuple[int, ...]:
    """Inner boundaries between the character clusters of ``text`` (no spaces expected).

    Thai runs are cut by PyThaiNLP's TCC rules; other text between code points, with combining marks
    kept on their base. A boundary is dropped where a line may not start or end (a mark, a following
    vowel, ๆ, a closing quote after it; a leading vowel or an opening bracket before it), so a cluster
    never starts with ำ or a tone mark even when TCC gives up on odd input.
    """
    from pythainlp.tokenize.tcc import tcc_pos

    candidates: set[int] = set(range(1, len(text)))
    for m in THAI_LETTER_RE.finditer(text):
        start, end = m.span()
        candidates -= set(range(start + 1, end))
        candidates |= {start + p for p in tcc_pos(m.group()) if start + p < end}
    return tuple(
        sorted(b for b in candidates if 0 < b < len(text) and may_break_between(text[b - 1], text[b]))
    )


def clusters(text: str) -> list[str]:
    """``text`` cut into the clusters a line break may fall between."""
    cuts = (0, *cluster_bounds(text), len(text))
    return [text[a:b] for a, b in pairwise(cuts)]
