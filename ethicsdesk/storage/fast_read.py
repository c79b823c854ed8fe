"""The minutes of a meeting not yet certified, read with the standard ``sqlite3`` module.

What it buys: ``ethicsdesk minutes`` of a draft skips importing SQLAlchemy, SQLModel and the models and
opening the workspace through them (about 0.5 s of a 1.5 s command on a 2-core office PC). Certified
minutes have their own short way (``storage.frozen``).

It gives the same ``MinutesSnapshot`` as ``services.queries.minutes_snapshot`` (``_MinutesReader``), query
for query: the two must change together, and tests/storage/test_fast_read.py compares them on the sample
and on a synthetic workspace. The short way is taken only where it is plainly the same: a workspace file
of this program's schema with no journal waiting (``frozen.connect_current``), a meeting number that names
one meeting, not certified, whose agenda holds no plan or progress-report block (those need the budget and
progress services: they go the usual way). Otherwise :func:`draft_minutes` returns None and the caller
opens the workspace the usual way, which also gives the messages for an unknown or ambiguous meeting.

The reads run in one read transaction without the program's lock, like the frozen record's: a consistent
view of committed data while another program edits the file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ethicsdesk.domain.budget import summarize
from ethicsdesk.domain.enums import (
    SEAT_ROLE_LABELS,
    AttendanceKind,
    BudgetKind,
    MeetingStatus,
    ResolutionKind,
    SeatRole,
    VirtueKind,
)
from ethicsdesk.domain.people import full_name
from ethicsdesk.domain.snapshots import (
    ActivitySnap,
    ApproachSnap,
    AttendanceLine,
    BudgetNote,
    Dissent,
    DutiesBlock,
    ItemSnap,
    MinutesSnapshot,
    NumberedText,
    PlanBlock,
    PlanSnap,
    RosterBlock,
    RosterLine,
    Signer,
    VirtuesBlock,
)
from ethicsdesk.storage.frozen import connect_current

#: Body blocks read the usual way: a progress report's summary needs the progress services.
_USUAL_WAY_BLOCKS = frozenset({"report"})


class _UsualWay(Exception):
    """The minutes need what only the usual way reads."""


@dataclass(frozen=True)
class _Person:
    title: str
    first_name: str
    last_name: str
    position: str
    affiliation: str


@dataclass(frozen=True)
class _Version:  # what domain.budget.summarize reads of a plan version, an approach, an activity
    id: int
    declared_total_satang: int | None
    declared_activity_count: int | None


@dataclass(frozen=True)
class _Approach:
    id: int
    number: int
    title: str


@dataclass(frozen=True)
class _Activity:
    id: int
    number: int
    approach_id: int
    budget_kind: BudgetKind
    budget_satang: int | None
    shares_budget_of_id: int | None
    row: sqlite3.Row


def draft_minutes(path: Path, number: int, year_be: int) -> MinutesSnapshot | None:
    """The snapshot of meeting ``number``/``year_be`` when the short way applies, else None."""
    conn = connect_current(path)
    if conn is None:
        return None
    conn.isolation_level = None  # explicit BEGIN below: every query sees the same committed state
    try:
        conn.execute("BEGIN")
        found = conn.execute(
            "SELECT id, status FROM meeting WHERE number = ? AND year_be = ?", (number, year_be)
        ).fetchall()
        # The status column holds the enum's name (SQLAlchemy's Enum type), as do all enum columns.
        if len(found) != 1 or found[0][1] == MeetingStatus.CERTIFIED.name:
            return None
        return _MinutesReader(conn).read(found[0][0])
    except (_UsualWay, sqlite3.Error, ValueError, LookupError):
        # The usual way reads it, or opens it again and explains what is wrong (a row missing against a
        # foreign key, a value no enum of this program names, a body block that is not JSON).
        return None
    finally:
        conn.close()


def _time(text: str | None) -> dt.time | None:
    return None if text is None else dt.time.fromisoformat(text)


class _MinutesReader:
    """``services.queries._MinutesReader`` on plain rows; keep the two in step."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.row_factory = sqlite3.Row
        self.people: dict[int | None, _Person] = {
            r["id"]: _Person(r["title"], r["first_name"], r["last_name"], r["position"], r["affiliation"])
            for r in conn.execute("SELECT * FROM person")
        }

    def rows(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        return self.conn.execute(sql, args).fetchall()

    def name(self, person_id: int | None) -> str:
        return full_name(self.people.get(person_id))

    def read(self, meeting_id: int) -> MinutesSnapshot:
        (m,) = self.rows("SELECT * FROM meeting WHERE id = ?", meeting_id)
        self.meeting = m
        (committee,) = self.rows("SELECT * FROM committee WHERE id = ?", m["committee_id"])
        self.committee = committee
        org = self.rows("SELECT name FROM organisation WHERE id = ?", committee["organisation_id"])
        items = self.rows("SELECT * FROM agendaitem WHERE meeting_id = ? ORDER BY position, id", m["id"])
        self.children: dict[int | None, list[sqlite3.Row]] = {}
        for it in items:
            self.children.setdefault(it["parent_id"], []).append(it)
        self.dissent: dict[int, list[sqlite3.Row]] = {}
        if items:
            marks = ",".join("?" * len(items))
            for op in self.rows(
                f"SELECT * FROM dissentingopinion WHERE agenda_item_id IN ({marks}) ORDER BY position, id",
                *(i["id"] for i in items),
            ):
                self.dissent.setdefault(op["agenda_item_id"], []).append(op)
        return MinutesSnapshot(
            organisation=org[0]["name"] if org else "",
            committee=committee["name"],
            number=m["number"],
            year_be=m["year_be"],
            date=dt.date.fromisoformat(m["date"]),
            start_time=_time(m["start_time"]),
            end_time=_time(m["end_time"]),
            place=m["place"],
            opening_text=m["opening_text"],
            attendance=self.attendance(),
            items=tuple(self.item(it) for it in self.children.get(None, [])),
            recorder=self.signer(m["recorder_person_id"], m["recorder_position"]),
            reviewer=self.signer(m["reviewer_person_id"], m["reviewer_position"]),
        )

    def signer(self, person_id: int | None, position: str) -> Signer | None:
        return None if person_id is None else Signer(self.name(person_id), position)

    def attendance(self) -> tuple[AttendanceLine, ...]:
        lines = self.rows(
            "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY position, id", self.meeting["id"]
        )
        seats = {
            x["id"]: x for x in self.rows("SELECT * FROM seat WHERE committee_id = ?", self.committee["id"])
        }
        out = []
        for a in lines:
            person = self.people.get(a["person_id"])
            seat = seats.get(a["seat_id"])
            name = self.name(a["person_id"]) or (seat["ex_officio_position"] if seat else "")
            out.append(
                AttendanceLine(
                    kind=AttendanceKind[a["kind"]].value,
                    name=name,
                    position=a["position_text"] or (person.position if person else ""),
                    role=SEAT_ROLE_LABELS[SeatRole[seat["role"]]][0] if seat else "",
                    substitute=self.name(a["substitute_person_id"])
                    if a["substitute_person_id"] is not None
                    else "",
                    reason=a["absence_reason"],
                    online=bool(a["online"]),
                )
            )
        return tuple(out)

    def item(self, it: sqlite3.Row) -> ItemSnap:
        kind = it["resolution_kind"]
        return ItemSnap(
            title=it["title"],
            body=tuple(self.blocks(json.loads(it["body"]))),
            resolution_kind=None if kind is None else str(ResolutionKind[kind].value),
            resolution_heading=it["resolution_heading"],
            resolution_text=it["resolution_text"],
            dissent=tuple(
                Dissent(self.name(op["person_id"]), op["text"]) for op in self.dissent.get(it["id"] or 0, [])
            ),
            children=tuple(self.item(c) for c in self.children.get(it["id"], [])),
        )

    def blocks(self, blocks: list[dict[str, Any]]) -> list[Any]:
        """Body blocks with every reference to other records replaced by what it shows now."""
        out: list[Any] = []
        for block in blocks:
            kind = block["type"]
            if kind in _USUAL_WAY_BLOCKS:
                raise _UsualWay(kind)
            if kind == "list":
                out.append(
                    {
                        **block,
                        "items": [
                            {**entry, "blocks": self.blocks(entry.get("blocks", []))}
                            if entry.get("blocks")
                            else entry
                            for entry in block["items"]
                        ],
                    }
                )
            elif kind == "roster":
                out.append(self.roster(block["order"]))
            elif kind == "duties":
                duties = self.rows(
                    "SELECT position, text FROM duty WHERE committee_id = ? ORDER BY position, id",
                    self.committee["id"],
                )
                out.append(DutiesBlock(tuple(NumberedText(x["position"], x["text"]) for x in duties)))
            elif kind == "virtues":
                out.append(self.virtues(block["fiscal_year"]))
            elif kind == "plan":
                version_id = self.committee_version(block["fiscal_year"], block["version"])
                out.append(PlanBlock(block["view"], self.plan_snapshot(version_id)))
            else:
                out.append(block)
        return out

    def roster(self, order_number: str) -> RosterBlock:
        order = self.rows(
            "SELECT id FROM appointmentorder WHERE committee_id = ? AND number = ?",
            self.committee["id"],
            order_number,
        )
        if not order:
            raise _UsualWay(order_number)  # the usual way says which order is missing
        rows = []
        for seat in self.rows(
            "SELECT * FROM seat WHERE committee_id = ? ORDER BY position, id", self.committee["id"]
        ):
            person = self.people.get(seat["person_id"])
            if seat["ex_officio_position"]:
                name, detail = seat["ex_officio_position"], seat["note"] or seat["ex_officio_affiliation"]
            else:
                name = full_name(person)
                detail = seat["note"] or (
                    " ".join(x for x in (person.position, person.affiliation) if x)
                    if person and person.affiliation
                    else ""
                )
            rows.append(
                RosterLine(seat["position"], name, detail, SEAT_ROLE_LABELS[SeatRole[seat["role"]]][0])
            )
        return RosterBlock(order_number, tuple(rows))

    def virtues(self, fiscal_year: int) -> VirtuesBlock:
        virtues = self.rows(
            "SELECT kind, position, text FROM targetvirtue WHERE committee_id = ? AND fiscal_year = ? "
            "ORDER BY position, id",
            self.committee["id"],
            fiscal_year,
        )

        def of(kind: VirtueKind) -> tuple[NumberedText, ...]:
            return tuple(NumberedText(v["position"], v["text"]) for v in virtues if v["kind"] == kind.name)

        return VirtuesBlock(fiscal_year, of(VirtueKind.PROBLEM), of(VirtueKind.GOOD))

    # -- plans: services.queries.committee_version and plan_snapshot -------------------------------------

    def committee_version(self, fiscal_year: int, number: int) -> int:
        found = self.rows(
            "SELECT planversion.id FROM actionplan JOIN planversion ON planversion.plan_id = actionplan.id "
            "WHERE actionplan.committee_id = ? AND actionplan.fiscal_year = ? AND planversion.number = ?",
            self.committee["id"],
            fiscal_year,
            number,
        )
        if not found:
            raise _UsualWay(fiscal_year)  # the usual way says which plan is missing
        return found[0]["id"]

    def plan_snapshot(self, version_id: int) -> PlanSnap:
        (v,) = self.rows("SELECT * FROM planversion WHERE id = ?", version_id)
        (plan,) = self.rows("SELECT * FROM actionplan WHERE id = ?", v["plan_id"])
        committee = self.rows("SELECT * FROM committee WHERE id = ?", plan["committee_id"])
        org = (
            self.rows("SELECT name FROM organisation WHERE id = ?", committee[0]["organisation_id"])
            if committee
            else []
        )
        approaches = [
            _Approach(r["id"], r["number"], r["title"])
            for r in self.rows("SELECT * FROM approach WHERE version_id = ? ORDER BY number, id", version_id)
        ]
        acts = [
            _Activity(
                r["id"],
                r["number"],
                r["approach_id"],
                BudgetKind[r["budget_kind"]],
                r["budget_satang"],
                r["shares_budget_of_id"],
                r,
            )
            for r in self.rows("SELECT * FROM activity WHERE version_id = ? ORDER BY number, id", version_id)
        ]
        number_of = {a.id: a.number for a in acts}
        approach_number = {ap.id: ap.number for ap in approaches}
        milestones: dict[int | None, list[dt.date]] = {}
        if acts:
            marks = ",".join("?" * len(acts))
            for m in self.rows(
                f"SELECT activity_id, date FROM milestone WHERE activity_id IN ({marks}) ORDER BY date, id",
                *(a.id for a in acts),
            ):
                milestones.setdefault(m["activity_id"], []).append(dt.date.fromisoformat(m["date"]))
        version = _Version(v["id"], v["declared_total_satang"], v["declared_activity_count"])
        summary = summarize(version, approaches, acts)
        totals = {t.approach_id: t for t in summary.approaches}
        return PlanSnap(
            organisation=org[0]["name"] if org else "",
            committee=committee[0]["name"] if committee else "",
            fiscal_year=plan["fiscal_year"],
            version_number=v["number"],
            title=v["title"],
            label=v["label"],
            approaches=tuple(
                ApproachSnap(ap.number, ap.title, totals[ap.id].activity_count, totals[ap.id].total_satang)
                for ap in approaches
            ),
            activities=tuple(
                ActivitySnap(
                    number=a.number,
                    approach_number=approach_number.get(a.approach_id, 0),
                    name=a.row["name"],
                    note=a.row["note"],
                    objective=a.row["objective"],
                    indicators=tuple(json.loads(a.row["indicators"])),
                    budget_kind=a.budget_kind.value,
                    budget_satang=a.budget_satang,
                    shares_budget_of=number_of.get(a.row["shares_budget_of_id"]),
                    quarters=a.row["quarters"],
                    milestones=tuple(milestones.get(a.id, [])),
                    responsible_unit=a.row["responsible_unit"],
                )
                for a in acts
            ),
            total_satang=summary.total_satang,
            warnings=tuple(BudgetNote(w.th, w.en) for w in summary.warnings),
        )
