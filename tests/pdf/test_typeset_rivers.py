"""Justified Thai without rivers: the paragraph optimiser (total fit), even Thai distribution, no gap
past 1 em in a justified line; centred headings broken between phrases; plan-table columns that fit
their words."""

from __future__ import annotations

import random

import pytest
from typeset_support import FRAME_WIDTH, prose

from ethicsdesk.pdf.typeset import Align, ThaiParagraph, ThaiParagraphStyle, content_widths
from ethicsdesk.pdf.typeset.atoms import break_positions
from ethicsdesk.pdf.typeset.fonts import FontFamily, get_family
from ethicsdesk.pdf.typeset.justify import CELL_STRETCH, Line, capacity
from ethicsdesk.pdf.typeset.layout import LineSpec, _greedy, make_items
from ethicsdesk.pdf.typeset.markup import escape, parse_markup
from ethicsdesk.pdf.typeset.total_fit import total_fit

MAX_GAP_EM = 1.0  # the limit, independent of the typesetter's own setting
LONG_NAMES = [
    "กรมส่งเสริมอุตสาหกรรม",
    "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
    "การจัดทำแผนส่งเสริมคุณธรรม จริยธรรม",
    "สำนักงานเลขานุการกรม",
    "นางสาวโนรี ธูปูชา",
    "ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร",
    "ยุทธศาสตร์ชาติ",
    "(ต.ค. - ธ.ค. ๖๕)",
    "๑,๒๐๐,๐๐๐ บาท",
]


def generated_prose(n: int, seed: int) -> list[str]:
    """Random paragraphs of the sample's words, PyThaiNLP's corpus words and long names: unspaced runs
    of words joined by spaces, as Thai is written."""
    from pythainlp.corpus import thai_words

    rng = random.Random(seed)
    sample_words = " ".join(prose()).split()
    corpus = sorted(w for w in thai_words() if " " not in w and 2 <= len(w) <= 12)
    out = []
    for _ in range(n):
        phrases = []
        for _ in range(rng.randint(6, 30)):
            pick = rng.random()
            if pick < 0.45:
                phrases.append(rng.choice(sample_words))
            elif pick < 0.85:
                phrases.append("".join(rng.choice(corpus) for _ in range(rng.randint(1, 4))))
            else:
                phrases.append(rng.choice(LONG_NAMES))
        out.append(" ".join(phrases))
    return out


def lines_of(text: str, width: float, align: Align = Align.JUSTIFY, indent: float = 0.0) -> list[Line]:
    style = ThaiParagraphStyle(align=align, first_line_indent=indent)
    return ThaiParagraph(escape(text), style).layout(width)


def widest_gap_em(line: Line) -> float:
    """The widest white a justified line opens, in em: a space and its stretch, or a cluster gap."""
    size = line.items[0].shaped.size
    widest = 0.0
    for piece in line.pieces():
        for seg, lead in zip(piece.segments, piece.gaps, strict=True):
            if seg.shaped.text == " ":
                widest = max(widest, seg.shaped.width + seg.end_gap)
            widest = max(widest, seg.cell_gap, lead)
    return widest / size


def right_edge(line: Line) -> float:
    piece = line.pieces()[-1]
    return piece.x + piece.width


@pytest.mark.parametrize(("width", "ragged_share"), [(180.0, 0.2), (260.0, 0.03), (FRAME_WIDTH, 0.01)])
def test_no_justified_line_opens_a_gap_past_one_em(
    sarabun: FontFamily, width: float, ragged_share: float
) -> None:
    """Every justified line keeps its gaps under 1 em; a line that cannot is left unjustified, which
    is rare (a narrow column of 11 em with long unbreakable names has the most)."""
    justified = ragged = 0
    for text in [*prose(), *generated_prose(60, seed=13)]:
        lines = lines_of(text, width, indent=40 if width == FRAME_WIDTH else 0)
        assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
        for line in lines[:-1]:
            if abs(right_edge(line) - (line.indent + line.available)) < 0.01:
                justified += 1
                assert widest_gap_em(line) <= MAX_GAP_EM, line.text
            else:  # left unjustified rather than open a river: drawn at its natural width
                ragged += 1
                assert right_edge(line) == pytest.approx(line.indent + line.natural_width, abs=0.01)
    assert justified > 300
    assert ragged <= ragged_share * justified, (ragged, justified)


def _unjustifiable(lines: list[list[object]], width: float, first: float, size: float = 16) -> int:
    """Lines (not the last) that need more stretch than they can take without a river."""
    from ethicsdesk.pdf.typeset.justify import _thai_slots

    count = 0
    for n, items in enumerate(lines[:-1]):
        avail = width - (first if n == 0 else 0.0)
        natural = sum(i.width for i in items)  # type: ignore[attr-defined]
        spaces = [i.width for i in items if i.space]  # type: ignore[attr-defined]
        slots = _thai_slots(items).count  # type: ignore[arg-type]
        if avail - natural > capacity(slots, len(spaces), max(spaces, default=0.0), size) + 1e-6:
            count += 1
    return count


def test_total_fit_needs_fewer_ragged_lines_than_greedy(sarabun: FontFamily) -> None:
    family = get_family("Sarabun")
    greedy = optimal = 0
    for width in (180.0, 260.0):
        spec = LineSpec(width, family, 16, Align.JUSTIFY)
        for text in [*prose(), *generated_prose(40, seed=7)]:
            items = make_items(parse_markup(escape(text)), family, 16)
            best = total_fit(items, spec, width, width)
            if best is None:  # a unit wider than the line: broken greedily anyway
                continue
            greedy += _unjustifiable(_greedy(items, spec, width, width), width, 0.0)  # type: ignore[arg-type]
            optimal += _unjustifiable(best, width, 0.0)  # type: ignore[arg-type]
    assert optimal * 3 < greedy * 2, (optimal, greedy)


def test_justified_thai_is_spread_over_clusters_and_spaces(sarabun: FontFamily) -> None:
    """Thai distributed: the clusters take a share, a space at most a bounded multiple of it."""
    text = prose()[3]
    for line in lines_of(text, 300)[:-1]:
        segs = [seg for piece in line.pieces() for seg in piece.segments]
        cell = max((seg.cell_gap for seg in segs), default=0.0)
        space = max((seg.end_gap for seg in segs if seg.shaped.text == " "), default=0.0)
        if space and cell:
            assert space <= 3.0 * cell + 1e-6
        assert cell <= CELL_STRETCH * 16 + 1e-6


def test_centred_heading_breaks_between_phrases_with_balanced_lines(sarabun: FontFamily) -> None:
    heading = "รายงานการประชุมคณะกรรมการดำเนินงานจัดทำและขับเคลื่อนแผนส่งเสริมคุณธรรม จริยธรรม กรมส่งเสริมอุตสาหกรรม"
    place = "ณ ห้องประชุม สำนักงานเลขานุการกรม ชั้น ๓ อาคารกรมส่งเสริมอุตสาหกรรม"
    phrases = ["แผนส่งเสริมคุณธรรม", "กรมส่งเสริมอุตสาหกรรม", "ห้องประชุม", "สำนักงานเลขานุการกรม"]
    title = ThaiParagraphStyle(align=Align.CENTER)

    def title_lines(text: str) -> list[Line]:
        return ThaiParagraph(f"<b>{escape(text)}</b>", title).layout(FRAME_WIDTH)

    for text in (heading, place):
        lines = title_lines(text)
        assert len(lines) >= 2
        for line in lines[1:]:
            for phrase in phrases:
                at = text.find(phrase)
                assert not at < line.start < at + len(phrase), (phrase, line.text)
        widths = [line.natural_width for line in lines]
        assert max(widths) - min(widths) < 0.45 * FRAME_WIDTH
    place_lines = title_lines(place)
    assert any(line.text.strip().endswith("อาคารกรมส่งเสริมอุตสาหกรรม") for line in place_lines)


def test_content_widths_give_every_column_its_longest_word(sarabun: FontFamily) -> None:
    style = ThaiParagraphStyle(size=14, contain_marks=True)
    budget = ThaiParagraph("ใช้งบประมาณร่วมกับข้อ ๑๒", style)
    amount = ThaiParagraph("๑,๒๐๐,๐๐๐", style)
    long_text = ThaiParagraph(escape(" ".join(prose()[:2])), style)
    columns = [[ThaiParagraph("๑.", style)], [long_text], [budget, amount], [ThaiParagraph("กสอ.", style)]]
    widths = content_widths(columns, 500, 6)
    assert sum(widths) == pytest.approx(500)
    assert widths[2] >= max(budget.minWidth(), amount.minWidth()) + 6
    assert widths[1] > widths[2] > widths[0]
    # The budget cell breaks only between words, the amount not at all.
    for para in (budget, amount):
        lines = para.layout(widths[2] - 6)
        allowed = set(break_positions(para.text))
        assert all(line.start in allowed for line in lines[1:]), [line.text for line in lines]
    assert len(amount.layout(widths[2] - 6)) == 1


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ของกรม", "พ.ศ. ๒๕๖๖"),
        ("ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕) ดำเนินการ", "(ต.ค. - ธ.ค. ๖๕)"),
        ("ตั้งแต่วันที่ ๑ ต.ค. ๖๕ เป็นต้นไป", "๑ ต.ค. ๖๕"),
        ("ยุทธศาสตร์ (พ.ศ. ๒๕๖๖ - ๒๕๗๐) ด้าน", "(พ.ศ. ๒๕๖๖ - ๒๕๗๐)"),
        ("ผู้แทนกลุ่ม (มอบหมายนางสาวโนรี ธูปูชา) เข้าร่วม", "นางสาวโนรี ธูปูชา"),
        ("นายเพทาย ล่อใจ ผู้ทรงคุณวุฒิ", "นายเพทาย ล่อใจ"),
        ("งบประมาณ ๑,๒๐๐,๐๐๐ บาท", "๑,๒๐๐,๐๐๐"),
    ],
)
def test_units_that_never_break(text: str, unit: str) -> None:
    at = text.index(unit)
    assert not [b for b in break_positions(text) if at < b < at + len(unit)]


def test_units_hold_in_narrow_justified_lines(sarabun: FontFamily) -> None:
    text = "การประชุมเมื่อวันที่ ๑ ต.ค. ๖๕ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (มอบหมายนางสาวโนรี ธูปูชา) ฯลฯ " * 4
    for width in (120.0, 160.0, 220.0):
        lines = lines_of(text.strip(), width)
        for line in lines[1:]:
            assert not line.text.startswith("ฯ")
            for unit in ("๑ ต.ค. ๖๕", "พ.ศ. ๒๕๖๖", "นางสาวโนรี ธูปูชา"):
                assert not (unit not in line.text and unit.split()[-1] == line.text.split()[0]), line.text


def test_nayok_is_not_a_title() -> None:
    text = "นายกรัฐมนตรี กล่าวเปิดงาน"
    assert len(text) - 0 in [*break_positions(text), len(text)]
    assert text.index("กล่าว") in break_positions(text)


def test_the_last_break_in_reach_is_found_by_search_as_by_stepping() -> None:
    """total_fit finds a line's last break in reach by binary search over the break places' x (in order);
    it must find what stepping finds, at every start and limit, and step when the places are out of
    order (a font whose advances go back)."""
    from ethicsdesk.pdf.typeset.total_fit import last_in_reach

    def stepping(x_end: list[float], a: int, limit: float) -> int:
        top = a + 1
        while top < len(x_end) - 1 and x_end[top + 1] <= limit:
            top += 1
        return top

    rng = random.Random(7)
    for _ in range(300):
        x_end = [0.0]
        for _ in range(rng.randint(1, 40)):
            x_end.append(x_end[-1] + rng.choice([0.0, 0.0, rng.uniform(0, 30)]))
        for a in range(len(x_end) - 1):
            for limit in (x_end[a] + rng.uniform(-5, 200), x_end[-1] + 1, x_end[a + 1], x_end[a + 1] - 0.01):
                assert last_in_reach(x_end, a, limit, True) == stepping(x_end, a, limit)
    back = [0.0, 10.0, 25.0, 24.0, 40.0, 60.0]  # out of order at 3
    assert last_in_reach(back, 0, 24.5, False) == stepping(back, 0, 24.5) == 1
    assert last_in_reach(back, 1, 45.0, False) == stepping(back, 1, 45.0) == 4
