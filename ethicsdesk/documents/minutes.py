"""The minutes of a meeting in the official form (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ, ข้อ ๒๕).

Order: title block; ผู้มาประชุม; ผู้ไม่มาประชุม; ผู้เข้าร่วมประชุม; เริ่มประชุมเวลา; each agenda item with
its text and resolution; เลิกประชุมเวลา; ผู้จดรายงานการประชุม (and ผู้ตรวจรายงานการประชุม when set).
"""

from __future__ import annotations

from typing import Any

from ethicsdesk.documents.common import Digits, plan_table
from ethicsdesk.documents.model import (
    Document,
    PeopleList,
    PersonRow,
    Roster,
    RosterRow,
    Rule,
    Signature,
    Table,
    Text,
)
from ethicsdesk.domain.enums import RESOLUTION_KIND_LABELS, VIRTUE_KIND_LABELS, ResolutionKind, VirtueKind
from ethicsdesk.domain.markup import escape
from ethicsdesk.domain.snapshots import (
    AttendanceLine,
    DutiesBlock,
    ItemSnap,
    MinutesSnapshot,
    PlanBlock,
    ReportBlock,
    RosterBlock,
    VirtuesBlock,
)
from ethicsdesk.thai import format_date_long, format_time

NONE_TEXT = "- ไม่มี -"
DEFAULT_RESOLUTION_HEADING = "มติที่ประชุม"
ONLINE = " (ประชุมผ่านสื่ออิเล็กทรอนิกส์)"
_ATTENDANCE = (("present", "ผู้มาประชุม"), ("absent", "ผู้ไม่มาประชุม"), ("participant", "ผู้เข้าร่วมประชุม"))


def build_minutes(snapshot: MinutesSnapshot, *, thai_digits: bool = True) -> Document:
    """The minutes in the official form, from a snapshot (``ethicsdesk.services.queries``)."""
    return _Builder(snapshot, Digits(thai_digits)).build()


class _Builder:
    def __init__(self, snap: MinutesSnapshot, d: Digits) -> None:
        self.snap = snap
        self.d = d

    def build(self) -> Document:
        m, d = self.snap, self.d
        label = d(f"{m.number}/{m.year_be}")
        doc = Document(
            title=f"รายงานการประชุม{m.committee} ครั้งที่ {label}", subject=m.organisation, thai_digits=d.thai
        )
        when = format_date_long(m.date, thai_digits=d.thai)
        if m.start_time:
            when += f" เวลา {format_time(m.start_time, thai_digits=d.thai)}"
        for line in (
            f"รายงานการประชุม{m.committee}",
            m.organisation,
            f"ครั้งที่ {label}",
            when,
            f"ณ {m.place}" if m.place else "",
        ):
            if line:
                doc.add(Text(d(escape(line)), "title"))
        doc.add(Rule())
        self.attendance(doc)
        if m.start_time:
            doc.add(Text(d(f"เริ่มประชุมเวลา {format_time(m.start_time, thai_digits=d.thai)}"), "plain"))
        if m.opening_text:
            doc.add(Text(d(escape(m.opening_text)), "body"))
        for i, it in enumerate(m.items, 1):
            self.item(doc, it, str(i), 0)
        if m.end_time:
            doc.add(Text(d(f"เลิกประชุมเวลา {format_time(m.end_time, thai_digits=d.thai)}"), "plain"))
        for signer, role in ((m.recorder, "ผู้จดรายงานการประชุม"), (m.reviewer, "ผู้ตรวจรายงานการประชุม")):
            if signer is not None:
                doc.add(Signature(f"({escape(signer.name)})", d(escape(signer.position)), role))
            elif role == "ผู้ตรวจรายงานการประชุม" and m.recorder is not None:
                # The form's second signer, for a pen or a digital signature, even when nobody is named yet.
                doc.add(Signature("(" + "." * 44 + ")", "", role))
        return doc

    # -- attendance -----------------------------------------------------------------------------
    def attendance(self, doc: Document) -> None:
        d = self.d
        for kind, heading in _ATTENDANCE:
            lines: list[AttendanceLine] = [a for a in self.snap.attendance if a.kind == kind]
            rows = []
            for n, a in enumerate(lines, 1):
                name = escape(a.name)
                if kind == "absent":
                    if a.substitute:
                        name += f" (มอบหมาย{escape(a.substitute)})"
                    elif a.reason:
                        name += f" ({escape(a.reason)})"
                elif a.online:
                    name += ONLINE
                rows.append(PersonRow(d(f"{n}."), d(name), d(escape(a.position)), a.role))
            if rows:
                doc.add(PeopleList(heading, rows))
            elif kind != "participant":
                doc.add(Text(heading, "heading"))
                doc.add(Text(NONE_TEXT, "none"))

    # -- agenda -----------------------------------------------------------------------------------
    def item(self, doc: Document, it: ItemSnap, number: str, depth: int) -> None:
        d = self.d
        if depth == 0:
            doc.add(Text(d(f"ระเบียบวาระที่ {number} {escape(it.title)}"), "heading"))
        else:
            doc.add(Text(d(f"{number} {escape(it.title)}"), "subheading", level=depth))
        if not it.body and it.resolution_kind is None and not it.children:
            doc.add(Text(NONE_TEXT, "none", level=depth))
            return
        self.blocks(doc, it.body, depth)
        if it.resolution_kind is not None:
            heading = it.resolution_heading or DEFAULT_RESOLUTION_HEADING
            words = it.resolution_text or RESOLUTION_KIND_LABELS[ResolutionKind(it.resolution_kind)][0]
            doc.add(Text(d(f"<b>{escape(heading)}</b> {words}"), "resolution", level=depth))
            for op in it.dissent:
                who = escape(op.name)
                prefix = f"ความเห็นแย้งของ{who}" if who else "ความเห็นแย้ง"
                doc.add(Text(d(f"<b>{prefix}</b> {escape(op.text)}"), "dissent", level=depth))
        for i, child in enumerate(it.children, 1):
            self.item(doc, child, f"{number}.{i}", depth + 1)

    def blocks(self, doc: Document, blocks: Any, level: int, prefix: str = "") -> None:
        d = self.d
        for block in blocks:
            if isinstance(block, RosterBlock):
                doc.add(
                    Roster(
                        [
                            RosterRow(d(f"{r.number}."), d(escape(r.name)), d(escape(r.detail)), r.role)
                            for r in block.rows
                        ]
                    )
                )
            elif isinstance(block, DutiesBlock):
                for duty in block.duties:
                    doc.add(Text(d(escape(duty.text)), "body", level=level + 1, label=d(f"{duty.number}.")))
            elif isinstance(block, VirtuesBlock):
                self.virtues(doc, block, level)
            elif isinstance(block, PlanBlock):
                doc.add(plan_table(block.plan, block.view, d))
            elif isinstance(block, ReportBlock):
                from ethicsdesk.documents.report import report_blocks

                for b in report_blocks(block.summary, block.version_title, level, d):
                    doc.add(b)
            elif block["type"] == "paragraph":
                doc.add(Text(d(block["text"]), "body", level=level + block.get("indent", 0)))
            elif block["type"] == "list":
                from ethicsdesk.domain.blocks import list_label

                nested_prefix = prefix if block.get("nested") else ""
                for n, entry in enumerate(block["items"], block.get("start", 1)):
                    label = list_label(block["style"], n, nested_prefix)
                    doc.add(Text(d(entry["text"]), "body", level=level + 1, label=d(label)))
                    own = f"{nested_prefix}{n}."
                    self.blocks(doc, entry.get("blocks", []), level + 1, own)
            elif block["type"] == "table":
                doc.add(
                    Table(
                        [d(c) for c in block["header"]],
                        [[d(c) for c in row] for row in block["rows"]],
                        block.get("widths"),
                    )
                )

    def virtues(self, doc: Document, block: VirtuesBlock, level: int) -> None:
        d = self.d
        for n, (kind, virtues) in enumerate(
            ((VirtueKind.PROBLEM, block.problems), (VirtueKind.GOOD, block.goods)), 1
        ):
            doc.add(Text(d(VIRTUE_KIND_LABELS[kind][0]), "body", level=level + 1, label=d(f"{n})")))
            for v in virtues:
                doc.add(Text(d(escape(v.text)), "body", level=level + 2, label=d(f"{n}.{v.number})")))
