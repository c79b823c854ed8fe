"""Clean-up of pasted Thai text: what is safe is fixed and reported, what is doubtful is only flagged."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from ethicsdesk.thai.digits import ZERO_WIDTH_CHARS


class FindingCode(StrEnum):
    ZERO_WIDTH = "zero_width"  # fixed: removed
    SARA_AM = "sara_am"  # fixed: nikhahit + sara aa composed into sara am
    MARK_ORDER = "mark_order"  # fixed: tone mark (or thanthakhat) typed before its vowel
    LOOKALIKE = "lookalike"  # flagged: a Khmer or Lao letter among Thai ones
    DUPLICATE_MARK = "duplicate_mark"  # flagged: a vowel or tone mark twice, or two stacked


@dataclass(frozen=True)
class Finding:
    """One thing clean_text fixed or flagged.

    ``position`` indexes ``CleanResult.text``; ``chars`` are the characters as found in the input. A fixed
    finding's ``replacement`` is what now stands at ``position`` ("" for a removal); a flagged finding's
    characters are still in the text, and ``replacement`` is the suggestion, or None if none is obvious.
    """

    code: FindingCode
    position: int
    chars: str
    message_th: str
    message_en: str
    replacement: str | None = None
    fixed: bool = False

    def message(self, lang: str = "th") -> str:
        return self.message_en if lang == "en" else self.message_th


@dataclass(frozen=True)
class CleanResult:
    text: str
    findings: tuple[Finding, ...]


_TONES = "\u0e48-\u0e4b"
# Fixed with PyThaiNLP's reorder_vowels, but only on these clusters, where its rules are right:
# nikhahit + sara aa (tone marks in between or after), or sara am before its tone mark: "น ํ ้ า" -> น้ำ;
# a tone mark or thanthakhat before an above or below vowel: ท่ี -> ที่.
_FIXES = re.compile(
    f"(?P<am>\u0e4d[{_TONES}]*\u0e32[{_TONES}]*|\u0e33[{_TONES}]+)"
    f"|(?P<order>[{_TONES}\u0e4c]+[\u0e31\u0e34-\u0e37\u0e47\u0e38-\u0e3a]+)"
)
# Flagged: two or more tone marks on one consonant, two above or two below vowels, or any Thai vowel or
# sign twice in a row. Nothing wider: า then ะ is right in เ-าะ (เหมาะ), ิ then ์ in ฤทธิ์.
_STACKED = re.compile(
    f"[{_TONES}]{{2,}}|[\u0e31\u0e34-\u0e37\u0e47]{{2,}}|[\u0e38-\u0e3a]{{2,}}"
    "|([\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e])\\1+"
)
_LOOKALIKE = re.compile("[\u1780-\u17ff\u0e80-\u0eff]")
# Khmer signs drawn like Thai ones (the seed's นิตិกร has U+17B7 for ิ).
_KHMER_TO_THAI = {
    "\u17b7": "\u0e34",  # VOWEL SIGN I -> SARA I
    "\u17b8": "\u0e35",  # VOWEL SIGN II -> SARA II
    "\u17b9": "\u0e36",  # VOWEL SIGN Y -> SARA UE
    "\u17ba": "\u0e37",  # VOWEL SIGN YY -> SARA UEE
    "\u17bb": "\u0e38",  # VOWEL SIGN U -> SARA U
    "\u17bc": "\u0e39",  # VOWEL SIGN UU -> SARA UU
    "\u17c6": "\u0e4d",  # SIGN NIKAHIT -> NIKHAHIT
    "\u17cd": "\u0e4c",  # SIGN TOANDAKHIAT -> THANTHAKHAT
}
# The Lao block copies the Thai layout 0x80 higher; these vowels and marks are drawn the same way.
_LAO_TO_THAI = {
    chr(c): chr(c - 0x80) for c in [*range(0xEB0, 0xEBA), *range(0xEC0, 0xEC5), 0xEC6, *range(0xEC8, 0xECE)]
}
_SUGGEST = _KHMER_TO_THAI | _LAO_TO_THAI


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}"


def _word_at(text: str, pos: int, reach: int = 12) -> str:
    """The characters around pos up to white space (Thai runs on unspaced, so at most reach each way)."""
    start = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos), pos - reach - 1) + 1
    ends = [i for i in (text.find(" ", pos), text.find("\n", pos)) if i >= 0]
    return text[start : min([*ends, len(text), pos + reach])]


def _remove_zero_width(text: str) -> tuple[str, list[int]]:
    """The text without zero-width characters, and where each stood in that text."""
    kept: list[str] = []
    removed: list[int] = []
    for ch in text:
        if ch in ZERO_WIDTH_CHARS:
            removed.append(len(kept))
        else:
            kept.append(ch)
    return "".join(kept), removed


def _fix_clusters(text: str) -> tuple[str, list[Finding], list[tuple[int, int, int]]]:
    """Sara am composed, marks put in order; the findings, and each change as (start, end, new length)."""
    parts: list[str] = []
    findings: list[Finding] = []
    changes: list[tuple[int, int, int]] = []
    last = 0
    out_len = 0
    for m in _FIXES.finditer(text):
        from pythainlp.util import reorder_vowels  # on first use: see ethicsdesk.thai.dates._strftime

        fixed = reorder_vowels(m.group())
        if fixed == m.group():  # already in an order reorder_vowels keeps: nothing to fix or report
            continue
        names = ", ".join(map(_name, m.group()))
        parts.append(text[last : m.start()])
        out_len += m.start() - last
        if m["am"]:
            code = FindingCode.SARA_AM
            th = f"แก้สระอำที่พิมพ์เป็นนิคหิต + สระอา หรือวางผิดลำดับกับวรรณยุกต์ ({names}) เป็น {fixed}"
            en = f"Sara am typed as nikhahit + sara aa, or out of order with its tone mark ({names}): now {fixed}"
        else:
            code = FindingCode.MARK_ORDER
            th = f"เรียงวรรณยุกต์ไว้หลังสระ ({names}) เป็น {fixed}"
            en = f"Tone mark put after its vowel ({names}): now {fixed}"
        findings.append(Finding(code, out_len, m.group(), th, en, fixed, fixed=True))
        parts.append(fixed)
        out_len += len(fixed)
        changes.append((m.start(), m.end(), len(fixed)))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), findings, changes


def _shift(pos: int, changes: list[tuple[int, int, int]]) -> int:
    """Where position pos of the input to _fix_clusters ends up in its output."""
    new = pos
    for start, end, length in changes:
        if end <= pos:
            new -= end - start - length
        elif start < pos:
            new -= pos - start
    return new


def _flag(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for m in _LOOKALIKE.finditer(text):
        ch = m.group()
        script = ("เขมร", "Khmer") if ch >= "\u1780" else ("ลาว", "Lao")
        suggestion = _SUGGEST.get(ch)
        word = _word_at(text, m.start())
        hint_th = f" น่าจะเป็น {suggestion} ({_name(suggestion)})" if suggestion else ""
        hint_en = f"; did you mean {suggestion} ({_name(suggestion)})?" if suggestion else ""
        findings.append(
            Finding(
                FindingCode.LOOKALIKE,
                m.start(),
                ch,
                f'ใน "{word}": {ch} ({_name(ch)}) เป็นอักษร{script[0]} ไม่ใช่อักษรไทย{hint_th}',
                f'In "{word}": {ch} ({_name(ch)}) is a {script[1]} letter, not Thai{hint_en}',
                suggestion,
            )
        )
    for m in _STACKED.finditer(text):
        run = m.group()
        suggestion = None
        if len(set(run)) == 1:
            suggestion = "\u0e41" if run == "\u0e40\u0e40" else run[0]  # เเ is how แ gets typed
        names = ", ".join(map(_name, run))
        word = _word_at(text, m.start())
        findings.append(
            Finding(
                FindingCode.DUPLICATE_MARK,
                m.start(),
                run,
                f'ใน "{word}": สระหรือวรรณยุกต์ซ้ำหรือซ้อนกัน ({names})'
                + (f" น่าจะเป็น {suggestion}" if suggestion else ""),
                f'In "{word}": vowels or tone marks repeated or stacked ({names})'
                + (f"; did you mean {suggestion}?" if suggestion else ""),
                suggestion,
            )
        )
    return findings


def clean_text(text: str) -> CleanResult:
    """Clean pasted text and report what was done and what looks wrong.

    Fixed (and reported): zero-width characters removed, NFC, decomposed sara am composed, tone marks
    put after their vowels.
    Flagged only, left in the text: Khmer and Lao lookalike letters, repeated or stacked vowels and tone
    marks (see apply_suggestions).
    """
    no_zw, removed = _remove_zero_width(text)
    nfc = unicodedata.normalize("NFC", no_zw)
    zw_at = [len(unicodedata.normalize("NFC", no_zw[:p])) for p in removed] if nfc != no_zw else removed
    cleaned, findings, changes = _fix_clusters(nfc)
    zw_chars = [ch for ch in text if ch in ZERO_WIDTH_CHARS]
    for pos, ch in zip(zw_at, zw_chars, strict=True):
        new = _shift(pos, changes)
        word = _word_at(cleaned, new)
        th = f'ลบอักขระที่มองไม่เห็น {_name(ch)} ใน "{word}"'
        en = f'Removed the invisible character {_name(ch)} in "{word}"'
        findings.append(Finding(FindingCode.ZERO_WIDTH, new, ch, th, en, "", fixed=True))
    findings += _flag(cleaned)
    return CleanResult(cleaned, tuple(sorted(findings, key=lambda f: f.position)))


def apply_suggestions(text: str, findings: Sequence[Finding] | None = None) -> str:
    """Clean the text, then replace what was flagged by the suggested Thai characters.

    ``findings`` chooses which (those the user accepted; they come from ``clean_text(text)``);
    by default every flagged finding that has a suggestion.
    """
    result = clean_text(text)
    chosen = result.findings if findings is None else findings
    out = result.text
    for f in sorted(chosen, key=lambda f: f.position, reverse=True):
        if f.fixed or f.replacement is None:
            continue
        if out[f.position : f.position + len(f.chars)] != f.chars:
            raise ValueError(f"finding {f.code} at {f.position} does not come from clean_text of this text")
        out = out[: f.position] + f.replacement + out[f.position + len(f.chars) :]
    return out


_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalize_whitespace(text: str) -> str:
    """Runs of spaces (tabs, no-break spaces) made one space, each line and the text stripped.

    Newlines are paragraph breaks and stay; several blank lines in a row become one.
    """
    text = _LINE_BREAKS.sub("\n", text)
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
