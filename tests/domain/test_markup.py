from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ethicsdesk.domain import markup
from ethicsdesk.domain.blocks import list_label, validate_blocks
from ethicsdesk.errors import ValidationError


def test_runs_carry_their_styles() -> None:
    runs = markup.parse("ก<b>ข<i>ค</i></b><u>ง</u> &amp; &lt;x&gt;")
    assert [(r.text, r.bold, r.italic, r.underline) for r in runs] == [
        ("ก", False, False, False),
        ("ข", True, False, False),
        ("ค", True, True, False),
        ("ง", False, False, True),
        (" & <x>", False, False, False),
    ]


@pytest.mark.parametrize("bad", ["<b>open", "close</b>", "<b><b>x</b></b>", "a < b", "a & b", "<i>x</b>"])
def test_malformed_markup_is_refused_with_a_message(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        markup.parse(bad)
    assert err.value.th and err.value.en


@given(st.lists(st.tuples(st.text(min_size=1), st.booleans(), st.booleans(), st.booleans()), max_size=6))
def test_markup_round_trip(parts: list[tuple[str, bool, bool, bool]]) -> None:
    runs = [markup.Run(t, b, i, u) for t, b, i, u in parts]
    text = markup.to_markup(runs)
    assert markup.plain_text(text) == "".join(t for t, *_ in parts)
    assert markup.to_markup(markup.parse(text)) == text


def test_blocks_validation_names_the_place() -> None:
    validate_blocks(
        [{"type": "paragraph", "text": "ก"}, {"type": "list", "style": "paren", "items": [{"text": "x"}]}]
    )
    with pytest.raises(ValidationError) as err:
        validate_blocks(
            [{"type": "paragraph", "text": "ok"}, {"type": "list", "style": "roman", "items": []}]
        )
    assert "body[1].style" in err.value.en
    with pytest.raises(ValidationError):
        validate_blocks([{"type": "table", "header": ["a", "b"], "rows": [["1"]]}])
    with pytest.raises(ValidationError):
        validate_blocks([{"type": "paragraph", "text": "x", "colour": "red"}])


def test_list_labels() -> None:
    assert list_label("decimal", 1) == "1."
    assert list_label("decimal", 1, "4.") == "4.1"
    assert list_label("paren", 2, "1.") == "1.2)"
    assert list_label("dash", 5) == "-"
