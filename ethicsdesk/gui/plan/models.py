"""Models of the plan tab: the timeline grid, the changes between versions, an activity's milestones."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ethicsdesk.domain.models import Activity, Approach, Milestone
from ethicsdesk.gui import text
from ethicsdesk.gui.models import CachedTableModel, Row
from ethicsdesk.gui.text import quarters_of as quarter_list
from ethicsdesk.services.plan import Change, fiscal_year_range
from ethicsdesk.thai import MONTH_ABBREVIATIONS, quarter_label, to_thai_digits

SPAN_ROLE = Qt.ItemDataRole.UserRole + 10  # SpanCell for a period column
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class SpanCell:
    """What a period cell draws: part of the bar or not, whether the bar goes on to either side, milestones."""

    on: bool
    joins_left: bool
    joins_right: bool
    milestones: tuple[tuple[float, str, str], ...]  # (place across the cell 0..1, date, date and label)


def period_bounds(fiscal_year: int, months: bool) -> list[tuple[dt.date, dt.date]]:
    first, _last = fiscal_year_range(fiscal_year)
    bounds = []
    for i in range(12 if months else 4):
        span = 1 if months else 3
        start_month = (first.month - 1 + i * span) % 12 + 1
        start = dt.date(first.year + (first.month - 1 + i * span) // 12, start_month, 1)
        end_month_index = first.month - 1 + (i + 1) * span
        end = dt.date(first.year + end_month_index // 12, end_month_index % 12 + 1, 1) - dt.timedelta(days=1)
        bounds.append((start, end))
    return bounds


def quarter_of_column(column: int, months: bool) -> int:
    """The fiscal quarter (1-4) a period column (1-based after the name column) belongs to."""
    return (column - 1) // 3 + 1 if months else column


class TimelineModel(CachedTableModel):
    """Rows: each approach (a group row), then its activities; columns: the activity, then quarters or months."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([""], parent)
        self.fiscal_year = 0
        self.months = False

    def period_count(self) -> int:
        return 12 if self.months else 4

    def load(
        self,
        fiscal_year: int,
        approaches: list[Approach],
        activities: list[Activity],
        milestones: dict[int, list[Milestone]],
        lang: str,
        months: bool = False,
        query: str = "",
    ) -> None:
        if (fiscal_year, months) != (self.fiscal_year, self.months) or len(self.headers) == 1:
            self.fiscal_year, self.months = fiscal_year, months
            self.set_headers([self.tr("Activity"), *self._period_headers(lang)])
        bounds = period_bounds(fiscal_year, months) if fiscal_year else []
        q = query.strip()
        rows: list[Row] = []
        for ap in approaches:
            acts = [
                a
                for a in activities
                if a.approach_id == ap.id and (not q or q in a.name or q in text.num(a.number, lang))
            ]
            if q and not acts:
                continue
            title = self.tr("Approach {number}: {title}").format(
                number=text.num(ap.number, lang), title=ap.title
            )
            header = Row(-(ap.id or 0), [title] + [""] * len(bounds), kind="header", payload=ap)
            header.roles[(Qt.ItemDataRole.ToolTipRole, 0)] = title
            rows.append(header)
            for a in acts:
                rows.append(self._activity_row(a, milestones.get(a.id or 0, []), bounds, lang))
        self.set_rows(rows)

    def _activity_row(
        self, a: Activity, milestones: list[Milestone], bounds: list[tuple[dt.date, dt.date]], lang: str
    ) -> Row:
        quarters = set(quarter_list(a.quarters))
        name = f"{text.num(a.number, lang)}. {a.name}"
        row = Row(a.id or 0, [name] + [""] * len(bounds), payload=a)
        row.roles[(Qt.ItemDataRole.ToolTipRole, 0)] = name + (f"\n{a.note}" if a.note else "")
        on = [quarter_of_column(c, self.months) in quarters for c in range(1, len(bounds) + 1)]
        for c, (start, end) in enumerate(bounds, 1):
            days = max(1, (end - start).days + 1)
            marks = tuple(
                (
                    ((m.date - start).days + 0.5) / days,
                    text.date_short(m.date, lang).rsplit(" ", 1)[0],  # day and month: the year is the plan's
                    text.date_short(m.date, lang) + (f" {m.label}" if m.label else ""),
                )
                for m in milestones
                if start <= m.date <= end
            )
            cell = SpanCell(
                on[c - 1], c > 1 and on[c - 2] and on[c - 1], c < len(bounds) and on[c] and on[c - 1], marks
            )
            row.roles[(SPAN_ROLE, c)] = cell
            tip = self.headers[c].replace("\n", " ")
            if marks:
                tip += "\n" + "\n".join(label for _x, _d, label in marks)
            row.roles[(Qt.ItemDataRole.ToolTipRole, c)] = tip
        return row

    def _period_headers(self, lang: str) -> list[str]:
        fy = self.fiscal_year
        if not fy:
            return []
        thai = lang != "en"
        if self.months:
            names = MONTH_ABBREVIATIONS if thai else _EN_MONTHS
            return [
                f"{names[s.month - 1]}\n{text.num(str(s.year + 543)[-2:], lang)}"
                for s, _e in period_bounds(fy, True)
            ]
        out = []
        for q, (start, end) in enumerate(period_bounds(fy, False), 1):
            if thai:
                head, _, rest = quarter_label(fy, q).partition(" (")
                out.append(f"{head}\n({rest}")
            else:
                out.append(
                    f"Q{q}\n({_EN_MONTHS[start.month - 1]} – {_EN_MONTHS[end.month - 1]} {end.year + 543})"
                )
        return out


class ChangesModel(CachedTableModel):
    """What changed between two versions of a plan (PlanService.compare), in the words of agenda ๕.๒."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Change"), self.tr("Activity"), self.tr("What changed")])

    def load(self, changes: list[Change], lang: str) -> None:
        kinds = {
            "added": self.tr("Added"),
            "removed": self.tr("Removed"),
            "renamed": self.tr("Renamed"),
            "renumbered": self.tr("Renumbered"),
            "moved": self.tr("Moved"),
            "field": self.tr("Changed"),
        }
        rows = []
        for i, c in enumerate(changes):
            number = c.number_b if c.number_b is not None else c.number_a
            words = c.en if lang == "en" else c.th
            row = Row(
                i,
                [
                    kinds.get(c.kind, c.kind),
                    text.num(number or "", lang),
                    to_thai_digits(words) if lang != "en" else words,
                ],
            )
            row.roles[(Qt.ItemDataRole.ToolTipRole, 2)] = words
            rows.append(row)
        self.set_rows(rows)


class MilestonesModel(CachedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.set_headers([self.tr("Date"), self.tr("Milestone")])

    def load(self, milestones: list[Milestone], lang: str) -> None:
        self.set_rows(
            [Row(m.id or 0, [text.date_short(m.date, lang), m.label], payload=m) for m in milestones]
        )
