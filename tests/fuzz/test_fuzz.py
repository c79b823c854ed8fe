"""Hypothesis feeds random Thai, Latin, control characters, digits and dates to the parsers, the JSON
import and the PDF layout: no crash (only the program's own clear errors), nothing lost, round trips hold.

CI runs a few dozen cases per test; ETHICSDESK_FUZZ_EXAMPLES=2000 runs more (see README, Development)."""

from __future__ import annotations

import copy
import io
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ethicsdesk.documents.model import Document, Text
from ethicsdesk.domain import markup
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.interchange import export_workspace, import_workspace
from ethicsdesk.sample import sample_source
from ethicsdesk.storage import open_workspace
from ethicsdesk.thai import parse_baht, parse_date, parse_int, parse_time

EXAMPLES = int(os.environ.get("ETHICSDESK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

THAI = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
CONTROL = st.sampled_from(
    ["\x00", "\x07", "\t", "\n", "\r", "\u200b", "\ufeff", "\u202e", "\u17b7", "\u0eb4"]
)
DIGITS = st.sampled_from(list("0123456789๐๑๒๓๔๕๖๗๘๙,./:-"))
MIXED = st.text(st.one_of(THAI, LATIN, CONTROL, DIGITS), max_size=80)


@FUZZ
@given(MIXED)
def test_parsers_answer_or_refuse_clearly(text: str) -> None:
    for parse in (parse_date, parse_time, parse_baht, parse_int):
        try:
            parse(text)
        except ValidationError as exc:  # ParseError is a ValidationError
            assert exc.th and exc.en


@FUZZ
@given(MIXED)
def test_markup_answers_or_refuses_clearly(text: str) -> None:
    try:
        runs = markup.parse(text)
    except ValidationError:
        return
    assert markup.plain_text(markup.to_markup(runs)) == "".join(r.text for r in runs)


def _mutations() -> st.SearchStrategy[tuple[str, Any]]:
    return st.tuples(
        st.sampled_from(["delete", "replace", "type"]),
        st.one_of(MIXED, st.integers(-10, 10**12), st.none(), st.booleans(), st.floats(allow_nan=True)),
    )


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:3]):
            out += _paths(v, (*prefix, i))
    return out


SAMPLE = json.loads(sample_source().read_text(encoding="utf-8"))
PATHS = [p for p in _paths(SAMPLE) if p]


@pytest.mark.sqlite_only(
    "hypothesis imports into a new workspace per example; the all-or-nothing import into a server database: "
    "tests/interchange/test_roundtrip.py and test_cli.py::test_a_failed_import_changes_nothing"
)
@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PATHS), _mutations()), min_size=1, max_size=3))
def test_json_import_is_all_or_nothing_and_round_trips(changes: list[tuple[tuple, tuple[str, Any]]]) -> None:
    doc = copy.deepcopy(SAMPLE)
    for path, (how, value) in changes:
        parent: Any = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            if how == "delete" and isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif (
                how == "delete"
                and isinstance(parent, list)
                and isinstance(path[-1], int)
                and path[-1] < len(parent)
            ):
                parent.pop(path[-1])
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    with tempfile.TemporaryDirectory() as d:
        ws = open_workspace(Path(d) / "f.sqlite", create=True)
        try:
            try:
                import_workspace(ws, json.dumps(doc, ensure_ascii=False))
            except ValidationError as exc:
                assert exc.th and exc.en
                assert export_workspace(ws) == _empty_export(Path(d)), "a refused import left something"
                return
            first = export_workspace(ws)
            ws2 = open_workspace(Path(d) / "g.sqlite", create=True)
            import_workspace(ws2, first)
            assert export_workspace(ws2) == first
            ws2.close()
        finally:
            ws.close()


def _empty_export(folder: Path) -> str:
    ws = open_workspace(folder / "empty.sqlite", create=True)
    try:
        return export_workspace(ws)
    finally:
        ws.close()


@FUZZ
@given(
    st.lists(
        st.text(st.one_of(THAI, LATIN, CONTROL, DIGITS, st.just(" ")), min_size=1, max_size=400),
        min_size=1,
        max_size=4,
    )
)
def test_pdf_layout_prints_or_names_the_character(paragraphs: list[str]) -> None:
    from ethicsdesk.pdf.render import write_document_pdf
    from ethicsdesk.pdf.typeset import normalize_text

    doc = Document(title="fuzz", subject="fuzz")
    for p in paragraphs:
        doc.add(Text(markup.escape(p), "body"))
    out = io.BytesIO()
    try:
        write_document_pdf(doc, out)
    except UserError as exc:
        assert exc.th and exc.en
        return
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(out.getvalue())
        f.flush()
        text = subprocess.run(
            ["pdftotext", "-raw", f.name, "-"], capture_output=True, text=True, check=True
        ).stdout
    printed = "".join(text.split())
    for p in paragraphs:
        want = "".join(normalize_text(p).split())
        assert want in printed, "text was lost or changed on the way to the PDF"


@pytest.mark.parametrize("text", ["\x00", "\u202eabc", "ก" * 5000, "๑๒๓/๒๕๖๕", "1/2022"])
def test_meeting_label_parser_never_crashes(text: str) -> None:
    from ethicsdesk.printing import parse_meeting_label

    try:
        parse_meeting_label(text)
    except ValidationError as exc:
        assert exc.th and exc.en
