"""The content of a printed document, independent of PDF or Word.

A document is a list of blocks. Text is inline markup (<b>, <i>, <u>; see ethicsdesk.domain.markup)
with digits already in the chosen digit set. Renderers decide the look (fonts, sizes, indents) from
the block's ``role``; they never change the words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Role = Literal[
    "title",  # the title block, centred, bold
    "heading",  # ผู้มาประชุม, ระเบียบวาระที่ ๑ …: bold, flush left
    "subheading",  # ๔.๑ …: bold, indented
    "body",  # running text, first line indented, justified
    "plain",  # a line flush with the indent, no first-line indent (เริ่มประชุมเวลา …)
    "none",  # "- ไม่มี -"
    "resolution",  # มติที่ประชุม …
    "dissent",
]


@dataclass(frozen=True)
class Text:
    """A paragraph. ``label`` is a hanging label ("๑.", "๔.๑", "-") printed before the text."""

    markup: str
    role: Role = "body"
    level: int = 0  # indent level inside the item (lists nest)
    label: str = ""


@dataclass(frozen=True)
class PersonRow:
    number: str  # "๑."
    name: str  # markup
    position: str
    role: str


@dataclass(frozen=True)
class PeopleList:
    """ผู้มาประชุม / ผู้ไม่มาประชุม / ผู้เข้าร่วมประชุม as aligned columns (number, name, position, role)."""

    heading: str
    rows: list[PersonRow]


@dataclass(frozen=True)
class Table:
    """A literal table; cells are markup. ``widths`` are relative; ``align`` says per column how its
    cells (not its heading, always centred) stand: "left" (the default), "center" or "right"."""

    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None
    borders: bool = True
    align: list[str] | None = None

    def column_align(self, column: int) -> str:
        return self.align[column] if self.align and column < len(self.align) else "left"


@dataclass(frozen=True)
class RosterRow:
    number: str
    name: str
    detail: str  # the line under the name: note, or position and affiliation
    role: str


@dataclass(frozen=True)
class Roster:
    """The seats of an appointment order, as the order lists them."""

    rows: list[RosterRow]


@dataclass(frozen=True)
class PlanActivity:
    number: str  # "๑."
    name: str
    note: str  # printed in italics under the name
    objective: str
    indicators: list[str]
    budget: str  # "๗๐,๐๐๐", "n/a", "-", "ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ ๑๒", ""
    quarters: frozenset[int]
    milestones: dict[int, list[str]]  # quarter -> short dates ("๒๓ ธ.ค. ๖๕")
    milestone_dates: list[dt.date]
    unit: str
    in_year: dict[int, list[str]] = field(default_factory=dict)
    """The milestones as a table under the fiscal year's name prints them: "๒๓ ธ.ค." (a date of
    another fiscal year keeps its year)."""


@dataclass(frozen=True)
class PlanApproach:
    title: str  # "แนวทางการพัฒนาที่ ๑ ยกย่องเชิดชู…"
    activities: list[PlanActivity]


@dataclass(frozen=True)
class PlanTable:
    """A plan version in one of the seed's three views (approaches, activities, timeline)."""

    view: Literal["approaches", "activities", "timeline"]
    title: str
    quarter_labels: list[str]  # "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕)" …
    approaches: list[PlanApproach]
    total_label: str  # "จำนวน ๑๗ โครงการ/กิจกรรม"
    total_budget: str  # "จำนวนงบประมาณทั้งหมด ๑,๒๗๐,๐๐๐ บาท (หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน)"
    fiscal_year: str = ""  # "ปีงบประมาณ พ.ศ. ๒๕๖๖": heads the quarters of the printed timeline
    quarter_heads: list[tuple[str, str]] = field(default_factory=list)  # ("ไตรมาสที่ ๑", "ต.ค. - ธ.ค.") …


@dataclass(frozen=True)
class Signature:
    """A signature block of the form: "(ลงชื่อ) ....." (drawn by the renderers, SIGN_HERE), then these lines."""

    name: str  # "(นายประวิทย์ นาคนวล)"
    position: str
    role: str  # ผู้จดรายงานการประชุม


#: The line a signature block starts with, under the space for a pen or a digital signature's field.
SIGN_HERE = "(ลงชื่อ)\u00a0.........................................."


@dataclass(frozen=True)
class Rule:
    """A separating line under the title block."""


Block = Text | PeopleList | Table | Roster | PlanTable | Signature | Rule


@dataclass
class Document:
    title: str  # for the PDF's metadata
    subject: str
    blocks: list[Block] = field(default_factory=list)
    thai_digits: bool = True
    landscape: bool = False  # the whole document on turned pages (the standalone plan)

    def add(self, block: Block) -> None:
        self.blocks.append(block)
