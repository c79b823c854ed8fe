"""An agenda item's body survives the rich-text editor unchanged: blocks -> document -> blocks."""

from __future__ import annotations

import itertools
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from ethicsdesk.domain import markup
from ethicsdesk.domain.blocks import validate_blocks
from ethicsdesk.gui.meetings.rich_text import fill_document, normalized, read_document
from ethicsdesk.resources import resource_path


def _round_trip(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    doc = QTextDocument()
    stash = fill_document(doc, blocks)
    back = read_document(doc, stash)
    validate_blocks(back)
    return back


def _bodies() -> list[list[dict[str, Any]]]:
    data = json.loads(resource_path("sample", "dip-ethics-1-2565.json").read_text(encoding="utf-8"))

    def walk(items: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
        out = []
        for it in items:
            out.append(it["body"])
            out += walk(it["items"])
        return out

    return [b for c in data["committees"] for m in c["meetings"] for b in walk(m["agenda"]) if b]


def test_every_body_of_the_sample_survives(qapp: QApplication) -> None:
    bodies = _bodies()
    assert len(bodies) >= 4
    for body in bodies:
        assert normalized(_round_trip(body)) == normalized(body)


def test_kept_blocks_stay_where_they_were(qapp: QApplication) -> None:
    body = [
        {"type": "paragraph", "text": "ก่อนตาราง"},
        {"type": "table", "header": ["ข้อ", "เรื่อง"], "rows": [["๑", "<b>ทดสอบ</b>"]]},
        {"type": "roster", "order": "412/2565"},
        {"type": "paragraph", "text": "หลังตาราง", "indent": 1},
    ]
    doc = QTextDocument()
    stash = fill_document(doc, body)
    assert "ตาราง ๑ แถว" in doc.toPlainText() or "Table" in doc.toPlainText()
    assert normalized(read_document(doc, stash)) == normalized(body)
    cursor = QTextCursor(doc.findBlockByNumber(1))  # the user deletes the table's line
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    cursor.removeSelectedText()
    assert [b["type"] for b in read_document(doc, stash)] == ["paragraph", "roster", "paragraph"]


_TEXT = st.text(
    alphabet="กขคงจฉชญฎฏฐณดตถทธนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋็์ๆ๑๒๓abcXYZ 12.,()&<>", min_size=1, max_size=12
).filter(lambda s: s.strip() == s and s.strip() != "")
_STYLE = st.tuples(st.booleans(), st.booleans(), st.booleans())


@st.composite
def _markup(draw: Any) -> str:
    runs, last = [], None
    for _ in range(draw(st.integers(1, 3))):
        style = draw(
            _STYLE.filter(lambda s, last=last: s != last)
        )  # neighbours differ: the editor merges them
        runs.append(markup.Run(draw(_TEXT) + " ", *style))
        last = style
    runs[-1] = markup.Run(runs[-1].text.rstrip(), runs[-1].bold, runs[-1].italic, runs[-1].underline)
    return markup.to_markup(runs)


def _list(depth: int) -> Any:
    item = st.fixed_dictionaries(
        {"text": _markup(), "blocks": st.lists(_list(depth + 1), max_size=1) if depth < 1 else st.just([])}
    )
    return st.fixed_dictionaries(
        {
            "type": st.just("list"),
            "style": st.sampled_from(["decimal", "paren", "bullet"]),
            "items": st.lists(item, min_size=1, max_size=3),
        }
    )


_PARAGRAPH = st.fixed_dictionaries(
    {"type": st.just("paragraph"), "text": _markup(), "indent": st.integers(0, 2)}
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.one_of(_PARAGRAPH, _list(0)), min_size=1, max_size=4).filter(
        lambda bs: all(
            not (a["type"] == b["type"] == "list" and a["style"] == b["style"])
            for a, b in itertools.pairwise(bs)
        )
    )
)
def test_paragraphs_and_lists_survive(qapp: QApplication, blocks: list[dict[str, Any]]) -> None:
    validate_blocks(blocks)
    assert normalized(_round_trip(blocks)) == normalized(blocks)
