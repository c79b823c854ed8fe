"""Reading Word files back the way Word does, and the texts a document model should show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from ethicsdesk.documents.model import (
    SIGN_HERE,
    Document,
    PeopleList,
    PlanTable,
    Roster,
    Signature,
    Table,
    Text,
)
from ethicsdesk.domain.markup import plain_text
from ethicsdesk.office.plan_grid import ACTIVITY_HEADINGS, ARROW, TIMELINE_HEADINGS

RENDERER_WORDS = frozenset({*ACTIVITY_HEADINGS, *TIMELINE_HEADINGS, ARROW, re.sub(r"\s+", " ", SIGN_HERE)})
"""Text the Word file adds to the model's: the plan tables' column headings, the quarter arrows and the
"(ลงชื่อ) ....." line of each signature block."""


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Para:
    text: str
    element: BaseOxmlElement
    in_table: bool


def body_paragraphs(word: WordDocument) -> Iterator[Para]:
    """Every paragraph of the body in reading order; a table row by row, a merged cell once."""
    for child in word.element.body.iterchildren():
        if child.tag == qn("w:p"):
            yield Para(Paragraph(child, word).text, child, False)
        elif child.tag == qn("w:tbl"):
            for tr in child.iterchildren(qn("w:tr")):
                for tc in tr.iterchildren(qn("w:tc")):
                    v_merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
                    if v_merge is not None and v_merge.get(qn("w:val")) in (None, "continue"):
                        continue
                    for p in tc.iterchildren(qn("w:p")):
                        yield Para(Paragraph(p, word).text, p, True)


def shown_texts(word: WordDocument) -> list[str]:
    """The non-empty paragraph texts of the body, whitespace-normalised (a label's tab is a space)."""
    return [t for t in (normalise(p.text) for p in body_paragraphs(word)) if t]


def expected_texts(doc: Document) -> list[str]:
    """The model's own words in the order the official form prints them, one entry per paragraph."""
    out: list[str] = []

    def add(*markups: str) -> None:
        out.extend(t for t in (normalise(plain_text(m)) for m in markups) if t)

    for b in doc.blocks:
        if isinstance(b, Text):
            add(f"{b.label} {b.markup}" if b.label else b.markup)
        elif isinstance(b, PeopleList):
            add(b.heading)
            for r in b.rows:
                add(r.number, r.name, r.position, r.role)
        elif isinstance(b, Roster):
            for r in b.rows:
                add(r.number, r.name, r.detail, r.role)
        elif isinstance(b, Table):
            add(*b.header)
            for row in b.rows:
                add(*row)
        elif isinstance(b, PlanTable):
            add(b.title)
            _plan_texts(b, add)
        elif isinstance(b, Signature):
            add(b.name, b.position, b.role)
    return out


def _plan_texts(t: PlanTable, add) -> None:
    if t.view == "approaches":
        add(*(ap.title for ap in t.approaches))
        for ap in t.approaches:
            add(*(f"{a.number} {a.name}" for a in ap.activities))
        return
    add(*t.quarter_labels)
    for ap in t.approaches:
        add(ap.title)
        for a in ap.activities:
            dates = [d for q in sorted(a.milestones) for d in a.milestones[q]]
            if t.view == "activities":
                add(a.number, a.name, f"<i>{a.note}</i>" if a.note else "", a.objective, *a.indicators)
                add(a.budget, *dates, a.unit)
            else:
                add(f"{a.number} {a.name}", f"<i>{a.note}</i>" if a.note else "", *dates, a.budget, a.unit)
    add(t.total_label, t.total_budget)


# -- effective run properties, resolved as Word resolves them -----------------------------------


def _styles_by_id(word: WordDocument) -> dict[str, BaseOxmlElement]:
    return {s.get(qn("w:styleId")): s for s in word.styles.element.iterchildren(qn("w:style"))}


def effective_rpr(word: WordDocument, paragraph: BaseOxmlElement, run: BaseOxmlElement) -> dict[str, str]:
    """rFonts ascii/hAnsi/cs/eastAsia, sz, szCs, b, bCs, lang bidi of a run: its own properties, then its
    paragraph style and the styles that style is based on, then the document defaults."""
    styles = _styles_by_id(word)
    chain: list[BaseOxmlElement] = []
    own = run.find(qn("w:rPr"))
    if own is not None:
        chain.append(own)
    style_el = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style_id = style_el.get(qn("w:val")) if style_el is not None else "Normal"
    seen = set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        style = styles[style_id]
        rpr = style.find(qn("w:rPr"))
        if rpr is not None:
            chain.append(rpr)
        based = style.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    defaults = word.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None:
        chain.append(defaults)
    found: dict[str, str] = {}
    wanted = {
        "ascii": ("w:rFonts", "w:ascii"),
        "hAnsi": ("w:rFonts", "w:hAnsi"),
        "cs": ("w:rFonts", "w:cs"),
        "eastAsia": ("w:rFonts", "w:eastAsia"),
        "csTheme": ("w:rFonts", "w:cstheme"),
        "asciiTheme": ("w:rFonts", "w:asciiTheme"),
        "sz": ("w:sz", "w:val"),
        "szCs": ("w:szCs", "w:val"),
        "bidi": ("w:lang", "w:bidi"),
    }
    for rpr in chain:
        for key, (tag, attr) in wanted.items():
            if key in found:
                continue
            el = rpr.find(qn(tag))
            if el is not None and el.get(qn(attr)) is not None:
                found[key] = el.get(qn(attr))
        for tag in ("w:b", "w:bCs", "w:i", "w:iCs"):
            key = tag[2:]
            if key not in found and rpr.find(qn(tag)) is not None:
                val = rpr.find(qn(tag)).get(qn("w:val"))
                found[key] = "0" if val in ("0", "false") else "1"
    return found


def runs_with_paragraphs(word: WordDocument) -> Iterator[tuple[BaseOxmlElement, BaseOxmlElement]]:
    """(paragraph, run) for every run with text in the body and the headers."""
    roots = [word.element.body]
    for section in word.sections:
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous:
                roots.append(header._element)
    for root in roots:
        for p in root.iter(qn("w:p")):
            for r in p.iterchildren(qn("w:r")):
                if r.find(qn("w:t")) is not None or r.find(qn("w:instrText")) is not None:
                    yield p, r


def in_plan_table(paragraph: BaseOxmlElement, plan_style_id: str) -> bool:
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return style is not None and style.get(qn("w:val")) == plan_style_id
