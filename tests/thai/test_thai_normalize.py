"""Clean-up of pasted text: fixes are reported, lookalikes and repeated marks are flagged, never dropped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethicsdesk.thai import CleanResult, FindingCode, apply_suggestions, clean_text, normalize_whitespace

KHMER_I = "\u17b7"
SARA_I = "\u0e34"
NIKHAHIT, SARA_AA, SARA_AM, MAI_EK, MAI_THO = "\u0e4d", "\u0e32", "\u0e33", "\u0e48", "\u0e49"
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]

# Text made of what pasted Thai is made of, and of what goes wrong in it.
pasted = st.text(
    st.sampled_from(
        [chr(c) for c in range(0x0E01, 0x0E5C) if c not in range(0x0E3B, 0x0E3F)]
        + ZERO_WIDTH
        + ["\u17b7", "\u17c6", "\u1780", "\u0eb4", "\u0e81", " ", "\n", "a", "e", "\u0301"]
    ),
    max_size=40,
)


def _codes(result: CleanResult) -> list[FindingCode]:
    return [f.code for f in result.findings]


def test_seed_khmer_vowel_is_flagged_and_kept() -> None:
    seed_line = f"นิต{KHMER_I}กรปฏิบัติการ สำนักงานเลขาธิการกรม"
    result = clean_text(seed_line)
    assert result.text == seed_line
    [finding] = result.findings
    assert finding.code == FindingCode.LOOKALIKE
    assert (finding.position, finding.chars, finding.replacement, finding.fixed) == (
        3,
        KHMER_I,
        SARA_I,
        False,
    )
    assert "U+17B7" in finding.message_en and "Khmer" in finding.message_en
    assert "เขมร" in finding.message_th and "นิต" in finding.message_th
    assert apply_suggestions(seed_line) == "นิติกรปฏิบัติการ สำนักงานเลขาธิการกรม"


def test_lao_lookalikes() -> None:
    result = clean_text("ก\u0eb4\u0e81")  # Lao vowel sign i, Lao letter ko
    assert [(f.position, f.replacement) for f in result.findings] == [(1, SARA_I), (2, None)]
    assert result.text == "ก\u0eb4\u0e81"
    assert apply_suggestions("ก\u0eb4\u0e81") == "กิ\u0e81"


@pytest.mark.parametrize(
    ("pasted_text", "clean"),
    [
        (f"คณะท{NIKHAHIT}{SARA_AA}งาน", "คณะทำงาน"),  # what PDF extraction gives for ำ
        (f"น{NIKHAHIT}{MAI_THO}{SARA_AA}", f"น{MAI_THO}{SARA_AM}"),  # น ํ ้ า
        (f"น{NIKHAHIT}{SARA_AA}{MAI_THO}", f"น{MAI_THO}{SARA_AM}"),
        (f"น{SARA_AM}{MAI_THO}", f"น{MAI_THO}{SARA_AM}"),
        (f"น{MAI_THO}{NIKHAHIT}{SARA_AA}", f"น{MAI_THO}{SARA_AM}"),
    ],
)
def test_decomposed_sara_am_is_composed_and_reported(pasted_text: str, clean: str) -> None:
    result = clean_text(pasted_text)
    assert result.text == clean
    assert _codes(result) == [FindingCode.SARA_AM]
    assert result.findings[0].fixed
    assert "Sara am" in result.findings[0].message_en and "สระอำ" in result.findings[0].message_th


def test_tone_mark_before_its_vowel_is_reordered() -> None:
    result = clean_text(f"ท{MAI_EK}\u0e35")  # ที่ typed tone first
    assert result.text == f"ท\u0e35{MAI_EK}"
    assert _codes(result) == [FindingCode.MARK_ORDER]


def test_zero_width_characters_are_removed_and_each_reported() -> None:
    text = "การ" + "ประชุม".join(ZERO_WIDTH) + "!"
    result = clean_text(text)
    assert result.text == "การ" + "ประชุม" * 4 + "!"
    assert [(f.code, f.chars, f.position, f.fixed) for f in result.findings] == [
        (FindingCode.ZERO_WIDTH, zw, 3 + 6 * i, True) for i, zw in enumerate(ZERO_WIDTH)
    ]
    assert "U+200B ZERO WIDTH SPACE" in result.findings[0].message_en


def test_zero_width_inside_a_decomposed_sara_am() -> None:
    result = clean_text(f"ก{NIKHAHIT}\u200b{SARA_AA}\u200bข")
    assert result.text == f"ก{SARA_AM}ข"
    assert [(f.code, f.position) for f in result.findings] == [
        (FindingCode.SARA_AM, 1),
        (FindingCode.ZERO_WIDTH, 1),
        (FindingCode.ZERO_WIDTH, 2),
    ]


def test_nfc() -> None:
    assert clean_text("caf\u0065\u0301").text == "caf\u00e9"


@pytest.mark.parametrize(
    ("text", "run", "suggestion"),
    [
        (f"ที่{MAI_EK}", MAI_EK * 2, MAI_EK),
        (f"ก{MAI_EK}{MAI_THO}", MAI_EK + MAI_THO, None),
        ("กิิน", SARA_I * 2, SARA_I),
        ("นาาน", SARA_AA * 2, SARA_AA),
        ("เเปลก", "เเ", "แ"),
        ("กุู", "\u0e38\u0e39", None),
    ],
)
def test_repeated_marks_are_flagged_not_removed(text: str, run: str, suggestion: str | None) -> None:
    result = clean_text(text)
    assert result.text == text
    [finding] = result.findings
    assert (finding.code, finding.chars, finding.replacement) == (FindingCode.DUPLICATE_MARK, run, suggestion)
    assert finding.position == text.index(run)


@pytest.mark.parametrize("word", ["เหมาะ", "ฤทธิ์", "ที่", "น้ำ", "กำกับติดตาม", "ผู้อำนวยการ", "ฤๅษี", "สาธุ์"])
def test_correct_thai_is_left_alone(word: str) -> None:
    assert clean_text(word) == CleanResult(word, ())


def test_apply_only_the_accepted_findings() -> None:
    text = f"นิต{KHMER_I}กร ที่{MAI_EK}"
    result = clean_text(text)
    assert len(result.findings) == 2
    assert apply_suggestions(text, [result.findings[1]]) == f"นิต{KHMER_I}กร ที่"
    assert apply_suggestions(text, []) == text
    with pytest.raises(ValueError):
        apply_suggestions("ก", result.findings)


@given(pasted)
def test_cleaning_is_idempotent_and_positions_are_right(text: str) -> None:
    result = clean_text(text)
    again = clean_text(result.text)
    assert again.text == result.text
    assert again.findings == tuple(f for f in result.findings if not f.fixed)
    for f in result.findings:
        shown = f.replacement if f.fixed else f.chars
        assert shown is not None
        assert result.text[f.position : f.position + len(shown)] == shown


@given(pasted)
def test_nothing_is_dropped_but_zero_width_characters(text: str) -> None:
    result = clean_text(text)
    assert not set(result.text) & set(ZERO_WIDTH)
    assert NIKHAHIT + SARA_AA not in result.text
    removed = [f.chars for f in result.findings if f.code == FindingCode.ZERO_WIDTH]
    assert sorted(removed) == sorted(ch for ch in text if ch in ZERO_WIDTH)
    for script in (range(0x1780, 0x1800), range(0x0E80, 0x0F00)):
        assert [c for c in text if ord(c) in script] == [c for c in result.text if ord(c) in script]


@given(pasted)
def test_applying_suggestions_leaves_no_suggestion(text: str) -> None:
    fixed = apply_suggestions(text)
    assert not [f for f in clean_text(fixed).findings if f.code == FindingCode.LOOKALIKE and f.replacement]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  ก   ข\t\tค  ", "ก ข ค"),
        ("ย่อหน้าหนึ่ง  \n  ย่อหน้าสอง", "ย่อหน้าหนึ่ง\nย่อหน้าสอง"),
        ("หนึ่ง\r\nสอง\rสาม", "หนึ่ง\nสอง\nสาม"),
        ("หนึ่ง\n\n\n\n  \nสอง", "หนึ่ง\n\nสอง"),
        ("ก\u00a0\u00a0ข", "ก ข"),
        ("\n\nก\n\n", "ก"),
    ],
)
def test_normalize_whitespace(text: str, expected: str) -> None:
    assert normalize_whitespace(text) == expected


@given(st.text(st.sampled_from(["ก", "ข", " ", "\t", "\n", "\u00a0", "\r"])))
def test_normalize_whitespace_properties(text: str) -> None:
    out = normalize_whitespace(text)
    assert normalize_whitespace(out) == out
    assert "  " not in out and "\t" not in out and "\n\n\n" not in out
    assert out.replace(" ", "").replace("\n", "") == "".join(c for c in text if c in "กข")
