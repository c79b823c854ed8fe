"""Progress reports on the action plan: the quarterly follow-up report and the 3-, 6-, 9- and 12-month
summary reports (duty ๕ of the committee; activities ๑๕ and ๑๖ of the FY ๒๕๖๖ plan).

Built as a :class:`Document`, so they print with the minutes' typesetting: a title block, a summary
by development approach, a table per approach, the indicator results, the budget used (a shared budget
line counted once), and what is late and why. Pure: the numbers come as a
:class:`~ethicsdesk.domain.progress_report.PeriodSummary` (computed by ``services.progress_period``, loaded
by ``services.reports``, or frozen in certified minutes); nothing here reads the records.
"""

from __future__ import annotations

from ethicsdesk.documents.common import Digits
from ethicsdesk.documents.model import Block, Document, Rule, Table, Text
from ethicsdesk.domain.markup import escape
from ethicsdesk.domain.progress import PROGRESS_STATUS_LABELS, ProgressStatus, format_result
from ethicsdesk.domain.progress_report import ActivityProgress, PeriodSummary
from ethicsdesk.thai import baht_text, format_baht, format_date_long, format_date_short

NONE_TEXT = "- ไม่มี -"
NOT_REPORTED = "ยังไม่รายงานผล"
SUMMARY_HEADER = [
    "แนวทางการพัฒนา",
    "จำนวนกิจกรรม",
    "แล้วเสร็จ",
    "ระหว่างดำเนินการ",
    "ยังไม่เริ่ม",
    "ยกเลิก",
    "ยังไม่รายงาน",
]
_COLUMNS: list[ProgressStatus | None] = [
    ProgressStatus.DONE,
    ProgressStatus.UNDER_WAY,
    ProgressStatus.NOT_STARTED,
    ProgressStatus.CANCELLED,
    None,
]


def build_progress_report(summary: PeriodSummary, *, thai_digits: bool = True) -> Document:
    """The report of a period: a quarter's follow-up, or the summary of the first 3, 6, 9 or 12 months.

    When the summary was made on or before the period's last day, the report says that it was made
    before the period ended.
    """
    return _Report(summary, Digits(thai_digits)).build()


def report_title(summary: PeriodSummary) -> str:
    if summary.kind == "quarter":
        return f"รายงานการติดตามความก้าวหน้าการดำเนินงาน ไตรมาสที่ {summary.last_quarter}"
    return f"รายงานสรุปผลการดำเนินงาน รอบ {summary.months} เดือน"


def period_text(summary: PeriodSummary, thai: bool = True) -> str:
    start = format_date_long(summary.start, thai_digits=thai, weekday=False)
    end = format_date_long(summary.end, thai_digits=thai, weekday=False)
    return f"{start} - {end}"


def category(summary: PeriodSummary, item: ActivityProgress) -> ProgressStatus | None:
    """The column an activity counts in: its status; None when it should have reported and has not; not
    started when it has not reported and is not due yet (planned for a later quarter)."""
    if item.activity in summary.not_reported:
        return None
    return item.status or ProgressStatus.NOT_STARTED


def status_text(status: ProgressStatus | None) -> str:
    return NOT_REPORTED if status is None else PROGRESS_STATUS_LABELS[status][0]


def summary_table(summary: PeriodSummary, d: Digits) -> Table:
    """Activities by approach and status: the overview of a report and the table the minutes print."""
    rows = []
    totals = [0] * (len(_COLUMNS) + 1)
    for ap in summary.approaches:
        items = [x for x in summary.activities if x.activity.approach_number == ap.number and x.in_scope]
        counts = [len(items)] + [sum(1 for x in items if category(summary, x) == c) for c in _COLUMNS]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        rows.append([d(escape(f"แนวทางการพัฒนาที่ {ap.number} {ap.title}")), *(d(str(c)) for c in counts)])
    rows.append(["<b>รวม</b>", *(d(f"<b>{c}</b>") for c in totals)])
    counts = ["center"] * (len(SUMMARY_HEADER) - 1)
    return Table(list(SUMMARY_HEADER), rows, [5, 1.3, 1.3, 1.6, 1.3, 1.1, 1.4], align=["left", *counts])


def budget_sentence(summary: PeriodSummary, d: Digits) -> str:
    total, spent = summary.budget_total, sum(x.spent_to_date for x in summary.budget_lines if x.budget_satang)
    if not total:
        return "แผนฉบับนี้ไม่มีรายการงบประมาณ"
    return d(
        f"ใช้จ่ายงบประมาณสะสม {format_baht(spent, d.thai)} บาท จากงบประมาณทั้งสิ้น "
        f"{format_baht(total, d.thai)} บาท ({baht_text(total)}) คิดเป็นร้อยละ {_percent(spent, total)}"
    )


def _percent(part: int, whole: int) -> str:
    tenths = (part * 2000 + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}" if tenths % 10 else str(tenths // 10)


class _Report:
    def __init__(self, summary: PeriodSummary, d: Digits) -> None:
        self.summary = summary
        self.d = d

    def build(self) -> Document:
        sm, d = self.summary, self.d
        title = report_title(sm)
        org = sm.organisation
        doc = Document(title=f"{title} {sm.version_title}", subject=org, thai_digits=d.thai)
        lines = [title, f"ตาม{sm.version_title}"]
        if org and org not in sm.version_title:
            lines.append(org)
        lines.append(f"({period_text(sm, d.thai)})")
        for line in lines:
            doc.add(Text(d(escape(line)), "title"))
        doc.add(Rule())
        doc.add(Text(d(f"ข้อมูล ณ วันที่ {format_date_long(sm.as_of, d.thai, weekday=False)}"), "plain"))
        if sm.as_of <= sm.end:
            doc.add(Text("<i>หมายเหตุ: จัดทำก่อนสิ้นรอบรายงาน ผลอาจยังไม่ครบถ้วน</i>", "plain"))
        self.overview(doc)
        self.activities(doc)
        self.indicators(doc)
        self.budget(doc)
        self.late(doc)
        self.silent(doc)
        return doc

    def overview(self, doc: Document) -> None:
        sm, d = self.summary, self.d
        doc.add(Text(d("1. ภาพรวมผลการดำเนินงาน"), "heading"))
        items = [x for x in sm.activities if x.in_scope]
        count = {c: sum(1 for x in items if category(sm, x) == c) for c in _COLUMNS}
        scope = (
            f"ในไตรมาสนี้มีกิจกรรมที่ต้องดำเนินการหรือรายงานผล {len(items)} กิจกรรม จากทั้งหมด "
            f"{len(sm.activities)} กิจกรรมของแผน"
            if sm.kind == "quarter"
            else f"แผนมีโครงการ/กิจกรรมทั้งสิ้น {len(items)} กิจกรรม"
        )
        doc.add(
            Text(
                d(
                    f"{scope} ดำเนินการแล้วเสร็จ {count[ProgressStatus.DONE]} กิจกรรม อยู่ระหว่างดำเนินการ "
                    f"{count[ProgressStatus.UNDER_WAY]} กิจกรรม ยังไม่เริ่มดำเนินการ "
                    f"{count[ProgressStatus.NOT_STARTED]} กิจกรรม ยกเลิก {count[ProgressStatus.CANCELLED]} "
                    f"กิจกรรม และยังไม่รายงานผล {count[None]} กิจกรรม"
                ),
                "body",
            )
        )
        doc.add(summary_table(sm, d))

    def activities(self, doc: Document) -> None:
        sm, d = self.summary, self.d
        doc.add(Text(d("2. ผลการดำเนินงานรายกิจกรรม"), "heading"))
        for ap in sm.approaches:
            doc.add(Text(d(escape(f"แนวทางการพัฒนาที่ {ap.number} {ap.title}")), "subheading", level=1))
            items = [x for x in sm.activities if x.activity.approach_number == ap.number and x.in_scope]
            if not items:
                doc.add(Text(NONE_TEXT, "none", level=1))
                continue
            rows = [
                [
                    d(f"{x.activity.number}."),
                    d(escape(x.activity.name)),
                    d(escape(x.activity.responsible_unit)),
                    d(self.status_cell(x)),
                    d(self.done_cell(x)),
                ]
                for x in items
            ]
            doc.add(
                Table(
                    ["ที่", "โครงการ/กิจกรรม", "ผู้รับผิดชอบ", "สถานะ", "ผลการดำเนินงาน"],
                    rows,
                    [0.7, 3.4, 1.6, 1.7, 4.2],
                )
            )

    def status_cell(self, x: ActivityProgress) -> str:
        text = status_text(category(self.summary, x))
        if x.reporters > 1:
            text += f" (รายงานแล้ว {x.reported} จาก {x.reporters} หน่วยงาน)"
        return text

    def done_cell(self, x: ActivityProgress) -> str:
        several = self.summary.first_quarter != self.summary.last_quarter
        parts = []
        for e in x.done:
            prefix = []
            if several:
                prefix.append(f"ไตรมาสที่ {e.quarter}")
            if e.unit:
                prefix.append(escape(e.unit))
            head = f"<b>{' '.join(prefix)}</b>: " if prefix else ""
            parts.append(head + escape(e.text))
        return " ".join(parts) or "-"

    def indicators(self, doc: Document) -> None:
        sm, d = self.summary, self.d
        doc.add(Text(d("3. ผลการดำเนินงานตามตัวชี้วัด"), "heading"))
        rows = []
        for x in sm.activities:
            if not x.in_scope:
                continue
            for ind in x.indicators:
                result = "-" if ind.value is None else format_result(ind.value, ind.target, d.thai)
                if ind.value is not None and ind.reporters_reported > 1:
                    result = ("เฉลี่ย" if ind.target.kind == "percent" else "รวม ") + result
                if ind.reporters > 1 and ind.reporters_reported:
                    result += f" (บรรลุ {ind.reporters_met} จาก {ind.reporters} หน่วยงาน)"
                if ind.met is True:
                    verdict = "บรรลุ"
                elif ind.met is False:
                    verdict = "ไม่บรรลุ"
                else:
                    verdict = "ยังรายงานไม่ครบ" if ind.reporters_reported else NOT_REPORTED
                label = f"{x.activity.number}." + (f"{ind.position}" if len(x.indicators) > 1 else "")
                rows.append(
                    [d(label), d(escape(ind.text)), d(ind.target.label(d.thai)), d(escape(result)), verdict]
                )
        if not rows:
            doc.add(Text(NONE_TEXT, "none"))
            return
        doc.add(
            Table(["ข้อ", "ตัวชี้วัด", "เป้าหมาย", "ผลการดำเนินงาน", "ผลการประเมิน"], rows, [0.8, 5, 1.5, 2.2, 1.6])
        )

    def budget(self, doc: Document) -> None:
        sm, d = self.summary, self.d
        doc.add(Text(d("4. การใช้จ่ายงบประมาณ"), "heading"))
        quarterly = sm.kind == "quarter"
        header = ["รายการงบประมาณ", "งบประมาณ (บาท)"]
        header += ["ใช้จ่ายในไตรมาส (บาท)"] if quarterly else []
        header += ["ใช้จ่ายสะสม (บาท)", "คงเหลือ (บาท)", "ร้อยละที่ใช้จ่าย"]
        money = lambda satang: format_baht(satang, d.thai)  # noqa: E731
        rows = []
        for line in sm.budget_lines:
            a = line.activity
            name = f"กิจกรรมข้อ {a.number} {a.name}"
            if line.sharers:
                others = ", ".join(str(x.number) for x in line.sharers)
                name += f" (รวมกิจกรรมข้อ {others} ที่ใช้งบประมาณวงเงินเดียวกัน)"
            elif line.budget_satang is None:
                name += " (ไม่มีวงเงินงบประมาณของกิจกรรม)"
            budgeted = line.budget_satang is not None
            row = [d(escape(name)), money(line.budget_satang) if budgeted else "-"]
            row += [money(line.spent_in_period)] if quarterly else []
            row += [
                money(line.spent_to_date),
                money((line.budget_satang or 0) - line.spent_to_date) if budgeted else "-",
                d(_percent(line.spent_to_date, line.budget_satang or 0)) if line.budget_satang else "-",
            ]
            rows.append(row)
        spent = sum(x.spent_to_date for x in sm.budget_lines if x.budget_satang is not None)
        total = ["<b>รวม</b>", f"<b>{money(sm.budget_total)}</b>"]
        total += [f"<b>{money(sm.spent_in_period)}</b>"] if quarterly else []
        total += [
            f"<b>{money(sm.spent_to_date)}</b>",
            f"<b>{money(sm.budget_total - spent)}</b>",
            f"<b>{d(_percent(spent, sm.budget_total))}</b>" if sm.budget_total else "-",
        ]
        rows.append(total)
        widths = [4.5, 1.6, *([1.6] if quarterly else []), 1.6, 1.6, 1.3]
        doc.add(Table(header, rows, widths, align=["left", *["right"] * (len(widths) - 1)]))
        doc.add(Text(budget_sentence(sm, d), "plain"))

    def late(self, doc: Document) -> None:
        sm, d = self.summary, self.d
        doc.add(Text(d("5. กิจกรรมที่ล่าช้ากว่ากำหนดและเหตุผล"), "heading"))
        if not sm.late:
            doc.add(Text(NONE_TEXT, "none"))
            return
        rows = [
            [
                d(f"{x.activity.number}."),
                d(escape(x.activity.name)),
                d(", ".join(format_date_short(day, d.thai) for day in x.due)),
                status_text(x.status),
                d(escape(" ".join(x.reasons))) or "ไม่ได้ระบุเหตุผล",
            ]
            for x in sm.late
        ]
        doc.add(
            Table(
                ["ที่", "โครงการ/กิจกรรม", "กำหนด", "สถานะ", "เหตุผล ปัญหา และอุปสรรค"],
                rows,
                [0.7, 3.6, 1.8, 1.7, 3.8],
            )
        )

    def silent(self, doc: Document) -> None:
        sm, d = self.summary, self.d
        doc.add(Text(d("6. กิจกรรมที่ยังไม่ได้รายงานผล"), "heading"))
        if not sm.not_reported:
            doc.add(Text(NONE_TEXT, "none"))
            return
        for n, a in enumerate(sm.not_reported, 1):
            unit = f" ({a.responsible_unit})" if a.responsible_unit else ""
            doc.add(Text(d(escape(f"กิจกรรมข้อ {a.number} {a.name}{unit}")), "body", level=1, label=d(f"{n}.")))


# -- in the minutes ---------------------------------------------------------------------------------------


def report_blocks(summary: PeriodSummary, version_title: str, level: int, d: Digits) -> list[Block]:
    """A ``{"type": "report", ...}`` body block in the minutes: one line and the summary table (the
    summary as of the meeting's date, for what is late)."""
    intro = f"{report_title(summary)} ({period_text(summary, d.thai)}) ตาม{version_title} สรุปได้ดังนี้"
    return [
        Text(d(escape(intro)), "body", level=level),
        summary_table(summary, d),
        Text(budget_sentence(summary, d), "body", level=level),
    ]
