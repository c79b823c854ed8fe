"""Break opportunities: normalisation, clusters, word boundaries, and libthai as an independent judge."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typeset_support import libthai_breaks, libthai_works, prose

from ethicsdesk.pdf.typeset import break_positions, clusters, normalize_text
from ethicsdesk.pdf.typeset.breaking import (
    NO_LINE_END,
    NO_LINE_START,
    THAI_MARKS,
    cluster_bounds,
    compound_bounds,
    thai_word_bounds,
)

THAI = "".join(chr(c) for c in range(0x0E01, 0x0E3B)) + "".join(chr(c) for c in range(0x0E40, 0x0E4F))


def test_normalize_text() -> None:
    assert normalize_text("น\u0e49\u0e4d\u0e32") == "น้ำ"  # ํ + tone + า typed for ำ
    assert normalize_text("ก\u0e4d\u0e32") == "กำ"
    assert normalize_text("การ\u200bประชุม\ufeff") == "การประชุม"
    assert normalize_text("ก \t\n  ข") == "ก ข"
    assert normalize_text("๑๐\u00a0บาท") == "๑๐\u00a0บาท"  # a no-break space stays
    assert normalize_text("e\u0301") == "é"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("น้ำที่ปู่", ["น้ำ", "ที่", "ปู่"]),
        ("ฤทธิ์", ["ฤทธิ์"]),
        ("เอ็มอ่อน", ["เอ็ม", "อ่", "อ", "น"]),
        ("ก\u0e48\u0e35", ["ก\u0e48\u0e35"]),  # marks in an odd order stay on their base
        ("abc", ["a", "b", "c"]),
        ("e\u0301x", ["e\u0301", "x"]),
        ("“กข”", ["“ก", "ข”"]),  # no line ends with an opening quote or starts with a closing one
    ],
)
def test_clusters(word: str, expected: list[str]) -> None:
    assert clusters(word) == expected


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=THAI + "abc12.()“” ", min_size=1, max_size=40))
def test_no_cluster_starts_with_a_mark_or_ends_with_a_leading_vowel(text: str) -> None:
    pieces = clusters(text)
    assert "".join(pieces) == text
    for piece in pieces[1:]:
        assert piece[0] not in NO_LINE_START
    for piece in pieces[:-1]:
        assert piece[-1] not in NO_LINE_END


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(alphabet=THAI + " ", min_size=1, max_size=60))
def test_word_breaks_are_cluster_boundaries(text: str) -> None:
    text = normalize_text(text).strip()
    for pos in break_positions(text):
        assert 0 < pos < len(text)
        assert text[pos] not in NO_LINE_START
        assert text[pos - 1] not in NO_LINE_END or text[pos - 1] == " "


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("ประชุมตามระเบียบวาระต่าง ๆ ดังนี้", "ต่าง |"),  # never before ๆ
        ("กรุงเทพฯ และปริมณฑล", "กรุงเทพ|"),
        ("ครั้งที่ ๑/๒๕๖๕", "๑|/"),
        ("ร้อยละ๘๐ ของเป้าหมาย", "ร้อยละ|"),
        ("นายประวิทย์ นาคนวน เลขานุการ", "นาค|"),  # Thai and digits without a space
        ("ผู้อำนวยการ ( กสอ. )", "( |"),  # not after an opening bracket
        ("ผู้อำนวยการ ( กสอ. )", "กสอ. |"),  # not before a closing one
        ("เรื่อง “ การนำแผน ” ไปปฏิบัติ", "“ |"),
        ("เรื่อง “ การนำแผน ” ไปปฏิบัติ", "การนำแผน |"),
        ('เรื่อง " การนำแผน " ไปปฏิบัติ', "การนำแผน |"),
        ("ให้ รสอ. ดำเนินการ", "รส|"),  # an abbreviation stays whole
        ("นางสาวปวีณ์นิษฐา เอ็มอ่อน", "ปวีณ์|"),  # an unknown name stays whole
        ("นางสาวปวีณ์นิษฐา เอ็มอ่อน", "ปวีณ์นิ|"),
        ("ได้เข้ามามีส่วนร่วมในการประชุม", "มีส่วน|"),  # newmm's arbitrary pick among equal segmentations
        ("กสอ.(DIProm)", "กสอ.|"),
    ],
)
def test_no_break(text: str, forbidden: str) -> None:
    before = forbidden.split("|")[0]
    pos = text.index(forbidden.replace("|", "")) + len(before)
    assert pos not in break_positions(text)


def test_breaks_between_thai_words_and_at_spaces() -> None:
    text = "ประธานกล่าวเปิดประชุม and then some English"
    breaks = break_positions(text)
    assert text.index("กล่าว") in breaks
    assert text.index("then") in breaks
    assert text.index("hen") not in breaks


def test_unknown_names_are_not_split_but_known_words_around_them_are() -> None:
    text = "ปวีณ์นิษฐาเป็นประธาน"
    bounds = thai_word_bounds(text)
    assert text.index("ประธาน") in bounds
    assert all(b >= len("ปวีณ์นิษฐา") for b in bounds)


@pytest.mark.parametrize(
    "text",
    ["นางสาวนภกานต์ ตั้งวสินธรรม ผู้อำนวยการ", "นายธนพล เกียรติศิริกุล ผู้อำนวยการ", "น.ส.สุดา รอดภัย ผู้อำนวยการ"],
)
def test_personal_names_after_a_title_stay_whole(text: str) -> None:
    # A title, the given name and the surname are one unit (issue 17): the only break is after it.
    assert break_positions(text) == [text.index("ผู้")]


def test_words_that_start_like_titles_still_break() -> None:
    text = "นายกรัฐมนตรีเป็นประธานกรรมการ"
    assert text.index("เป็น") in break_positions(text)


def test_compound_parts() -> None:
    word = "กรมส่งเสริมอุตสาหกรรม"
    bounds = compound_bounds(word)
    assert [word[a:b] for a, b in zip((0, *bounds), (*bounds, len(word)), strict=True)] == [
        "กรมส่งเสริม",
        "อุตสาหกรรม",
    ]
    assert compound_bounds("เป้าหมาย") == ()  # parts too short to stand alone
    assert compound_bounds("สร้างภาพลักษณ์") == ()  # สร้างภาพ|ลักษณ์ ties with สร้าง|ภาพลักษณ์
    assert compound_bounds("ปวีณ์นิษฐ์") == ()
    assert compound_bounds("การ") == ()


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("กรมส่งเสริมอุตสาหกรรม”", ["กรมส่งเสริม", "อุตสาหกรรม”"]),
        ("“กรมส่งเสริมอุตสาหกรรม", ["“กรมส่งเสริม", "อุตสาหกรรม"]),
        ("(กรมส่งเสริมอุตสาหกรรม)", ["(กรมส่งเสริม", "อุตสาหกรรม)"]),
        ("“เป้าหมาย”", ["“เป้าหมาย”"]),
    ],
)
def test_a_quoted_compound_breaks_between_its_words_with_the_quote_on_its_part(
    word: str, parts: list[str]
) -> None:
    """A quote or bracket closing on a compound (…กรมส่งเสริมอุตสาหกรรม” at the end of a quoted title)
    left it unbreakable: on page 8 of the sample a line was left ragged and the next letter-spaced."""
    bounds = compound_bounds(word)
    assert [word[a:b] for a, b in zip((0, *bounds), (*bounds, len(word)), strict=True)] == parts


def test_cluster_bounds_of_latin_keep_combining_marks() -> None:
    assert cluster_bounds("ae\u0301b") == (1, 3)


def test_mark_constants() -> None:
    assert "\u0e48" in THAI_MARKS and "ำ" in NO_LINE_START and "เ" in NO_LINE_END


@pytest.fixture(scope="module")
def judge() -> None:
    if not libthai_works():
        pytest.fail("Qt finds no Thai line breaks: install libthai0 (apt-get install libthai0)")


# Breaks the layer makes that libthai does not allow, after review: libthai's dictionary has this
# compound, PyThaiNLP's and ICU's do not. Everything else must be a libthai break opportunity.
TOLERATED = {("ความรู้", "ความเข้าใจ")}


def test_thai_word_breaks_are_accepted_by_libthai(judge: None) -> None:
    """Every break inside unspaced Thai must be a libthai line-break opportunity.

    Breaks at spaces are not judged: they are breaks by definition, and Qt misjudges several next to
    Thai (no break in "Governance) ดังนั้น", a break after an opening “).
    """
    checked = 0
    rejected: list[str] = []
    for paragraph in prose():
        text = normalize_text(paragraph)
        allowed = libthai_breaks(text)
        for pos in break_positions(text):
            if text[pos - 1] == " ":
                continue
            checked += 1
            if pos not in allowed:
                left = text[:pos].rsplit(" ", 1)[-1]
                right = text[pos:].split(" ", 1)[0]
                if not any(left.endswith(a) and right.startswith(b) for a, b in TOLERATED):
                    rejected.append(f"{left}|{right}")
    assert checked > 500
    assert rejected == []


def test_lexicalised_compounds_are_not_split() -> None:
    assert compound_bounds("ยุทธศาสตร์") == ()
    assert compound_bounds("ประชาสัมพันธ์") == ()


def test_line_breaks_of_justified_layouts_are_accepted_by_libthai(judge: None, sarabun: object) -> None:
    """Every break the layout makes inside unspaced Thai (word breaks, and compound breaks taken to avoid
    a wide gap) must be a libthai break opportunity, at three column widths."""
    from ethicsdesk.pdf.typeset import Align, ThaiParagraph, ThaiParagraphStyle, escape

    style = ThaiParagraphStyle(align=Align.JUSTIFY, first_line_indent=40)
    rejected: list[str] = []
    checked = 0
    for width in (220.0, 300.0, 453.0):
        for paragraph in prose():
            para = ThaiParagraph(escape(paragraph), style)
            text = para.text
            allowed = libthai_breaks(text)
            for line in para.layout(width)[1:]:
                pos = line.start
                if text[pos - 1] == " ":
                    continue
                checked += 1
                if pos not in allowed:
                    left = text[:pos].rsplit(" ", 1)[-1]
                    right = text[pos:].split(" ", 1)[0]
                    if not any(left.endswith(a) and right.startswith(b) for a, b in TOLERATED):
                        rejected.append(f"{left}|{right} ({width})")
    assert checked > 50
    assert rejected == []
