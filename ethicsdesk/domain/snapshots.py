"""Snapshots: what a printed document shows, as plain frozen data.

The services read a snapshot from the records (``ethicsdesk.services.queries``); the documents are built
from snapshots only (``ethicsdesk.documents``), never from a workspace. When minutes are certified, their
snapshot is stored in the workspace (table ``minutes_record``) and the certified minutes print from it ever
after, whatever later happens to the roster, the people, the duties, the virtues or the plan.

Texts are as stored (plain text, or inline markup where the record holds markup: agenda bodies and
resolution texts); digits are as stored too: the documents put them in the chosen digit set.

This module imports nothing of SQLModel or SQLAlchemy: the documents can use it without the ORM.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

#: Version of the stored snapshot format; a newer one is refused with a message.
SNAPSHOT_FORMAT = 1


# -- the plan ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivitySnap:
    number: int
    approach_number: int
    name: str
    note: str
    objective: str
    indicators: tuple[str, ...]
    budget_kind: str  # BudgetKind's value: "amount", "n/a", "-", "shared", ""
    budget_satang: int | None
    shares_budget_of: int | None  # the number of the activity whose budget line this one shares
    quarters: int  # bit q-1 set: runs in fiscal quarter q
    milestones: tuple[dt.date, ...]
    responsible_unit: str


@dataclass(frozen=True)
class ApproachSnap:
    number: int
    title: str
    activity_count: int
    total_satang: int  # each budget line counted once (a shared activity adds nothing)


@dataclass(frozen=True)
class BudgetNote:
    """A warning of the budget (a declared total that differs, a share without an amount)."""

    th: str
    en: str


@dataclass(frozen=True)
class PlanSnap:
    """A plan version as its documents show it."""

    organisation: str
    committee: str
    fiscal_year: int
    version_number: int
    title: str
    label: str
    approaches: tuple[ApproachSnap, ...]
    activities: tuple[ActivitySnap, ...]
    total_satang: int
    warnings: tuple[BudgetNote, ...] = ()


# -- the minutes ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceLine:
    """One line of ผู้มาประชุม / ผู้ไม่มาประชุม / ผู้เข้าร่วมประชุม, names and positions as they were."""

    kind: str  # AttendanceKind's value: "present", "absent", "participant"
    name: str  # full name, or the ex officio position of an unnamed seat
    position: str
    role: str  # the seat's role as printed ("ประธานกรรมการ" …), "" for a participant
    substitute: str = ""  # the name of whom the absent member sent
    reason: str = ""
    online: bool = False


@dataclass(frozen=True)
class RosterLine:
    number: int
    name: str
    detail: str  # the line under the name: note, or position and affiliation
    role: str


@dataclass(frozen=True)
class RosterBlock:
    """A body block: the seats of an appointment order."""

    order: str
    rows: tuple[RosterLine, ...]


@dataclass(frozen=True)
class NumberedText:
    number: int
    text: str


@dataclass(frozen=True)
class DutiesBlock:
    """A body block: the committee's duties."""

    duties: tuple[NumberedText, ...]


@dataclass(frozen=True)
class VirtuesBlock:
    """A body block: the target virtues of a fiscal year (problems to fix, goods to do)."""

    fiscal_year: int
    problems: tuple[NumberedText, ...]
    goods: tuple[NumberedText, ...]


@dataclass(frozen=True)
class PlanBlock:
    """A body block: a plan version in one of the seed's three views."""

    view: str  # "approaches", "activities", "timeline"
    plan: PlanSnap


@dataclass(frozen=True)
class ReportBlock:
    """A body block: the summary of a progress report, as of the meeting's date."""

    version_title: str
    summary: Any  # ethicsdesk.domain.progress_report.PeriodSummary (loaded only when a record holds one)


@dataclass(frozen=True)
class Dissent:
    name: str
    text: str


@dataclass(frozen=True)
class ItemSnap:
    """An agenda item with its body (paragraphs, lists, literal tables as stored; references resolved into
    the blocks above), its resolution and its sub-items."""

    title: str
    body: tuple[Any, ...]
    resolution_kind: str | None
    resolution_heading: str
    resolution_text: str
    dissent: tuple[Dissent, ...]
    children: tuple[ItemSnap, ...]


@dataclass(frozen=True)
class Signer:
    name: str
    position: str


@dataclass(frozen=True)
class MinutesSnapshot:
    """Everything the minutes of one meeting print."""

    organisation: str
    committee: str
    number: int
    year_be: int
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    opening_text: str
    attendance: tuple[AttendanceLine, ...]
    items: tuple[ItemSnap, ...]
    recorder: Signer | None
    reviewer: Signer | None

    @property
    def label(self) -> str:
        return f"{self.number}/{self.year_be}"


# -- JSON: the stored form, and the fingerprint ----------------------------------------------------------------

#: Where the classes named in stored snapshots live. The first is always searched; the others (the progress
#: report's data) only when a record names a class that the first lacks, so that printing certified minutes
#: from their record loads no more than it needs.
_MODULES = ("ethicsdesk.domain.snapshots", "ethicsdesk.domain.progress_report", "ethicsdesk.domain.progress")


class _Registry:
    """Snapshot classes (dataclasses and enums) by name, for :func:`from_plain`."""

    def __init__(self) -> None:
        from ethicsdesk.domain import enums

        self.found: dict[str, type] = {}
        self._add(sys.modules[__name__])
        for value in vars(enums).values():
            if isinstance(value, type) and issubclass(value, enum.Enum):
                self.found.setdefault(value.__name__, value)
        self.complete = False

    def _add(self, module: Any) -> None:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module.__name__
                and (dataclasses.is_dataclass(value) or issubclass(value, enum.Enum))
            ):
                self.found[value.__name__] = value

    def get(self, name: str) -> type | None:
        if name not in self.found and not self.complete:
            import importlib

            self.complete = True
            for module_name in _MODULES[1:]:
                try:
                    self._add(sys.modules.get(module_name) or importlib.import_module(module_name))
                except ImportError:  # pragma: no cover - a module of the list that this version lacks
                    continue
        return self.found.get(name)


def to_plain(value: Any) -> Any:
    """A snapshot as JSON-ready data: dataclasses tagged with their class name ("_"), dates, times,
    enums and decimals tagged too; plain dicts (stored body blocks) as they are."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"_": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_plain(getattr(value, f.name))
        return out
    if isinstance(value, enum.Enum):
        return {"_enum": type(value).__name__, "v": value.value}
    if isinstance(value, bool | int | str | float) or value is None:
        return value
    if isinstance(value, dt.datetime):
        return {"_datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"_date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"_time": value.isoformat()}
    if isinstance(value, Decimal):
        return {"_decimal": str(value)}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if isinstance(value, frozenset | set):
        return {"_set": sorted((to_plain(v) for v in value), key=_sort_key)}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("_") for k in value):
            return {k: to_plain(v) for k, v in value.items()}
        return {"_map": [[to_plain(k), to_plain(v)] for k, v in value.items()]}
    raise TypeError(f"cannot store {type(value).__name__} in a snapshot")


def _sort_key(v: Any) -> str:
    return json.dumps(v, sort_keys=True, ensure_ascii=False)


def from_plain(data: Any, *, registry: _Registry | None = None, in_dict: bool = False) -> Any:
    """The inverse of :func:`to_plain` (arrays in dataclass fields come back as tuples)."""
    reg = registry if registry is not None else _Registry()
    if isinstance(data, list):
        items = [from_plain(v, registry=reg, in_dict=in_dict) for v in data]
        return items if in_dict else tuple(items)
    if not isinstance(data, dict):
        return data
    if "_" in data:
        cls = reg.get(data["_"])
        if cls is None or not dataclasses.is_dataclass(cls):
            raise ValueError(f"unknown snapshot part {data['_']!r}")
        kwargs = {k: from_plain(v, registry=reg) for k, v in data.items() if k != "_"}
        return cls(**kwargs)
    if "_enum" in data:
        cls = reg.get(data["_enum"])
        if cls is None:
            raise ValueError(f"unknown snapshot value kind {data['_enum']!r}")
        return cls(data["v"])
    if "_date" in data:
        return dt.date.fromisoformat(data["_date"])
    if "_time" in data:
        return dt.time.fromisoformat(data["_time"])
    if "_datetime" in data:
        return dt.datetime.fromisoformat(data["_datetime"])
    if "_decimal" in data:
        return Decimal(data["_decimal"])
    if "_set" in data:
        return frozenset(from_plain(v, registry=reg) for v in data["_set"])
    if "_map" in data:
        return {from_plain(k, registry=reg): from_plain(v, registry=reg) for k, v in data["_map"]}
    return {k: from_plain(v, registry=reg, in_dict=True) for k, v in data.items()}


def dumps(snapshot: Any) -> str:
    """The canonical JSON of a snapshot: the same content gives the same text, byte for byte."""
    return json.dumps(
        {"format": SNAPSHOT_FORMAT, "snapshot": to_plain(snapshot)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def loads(text: str) -> Any:
    data = json.loads(text)
    if data.get("format") != SNAPSHOT_FORMAT:
        raise ValueError(f"snapshot format {data.get('format')!r} is not {SNAPSHOT_FORMAT}")
    return from_plain(data["snapshot"])


def fingerprint(text: str) -> str:
    """SHA-256 of a snapshot's canonical JSON: what certified minutes carry and ``verify`` compares."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_record(record_id: int | None, text: str, sha256: str) -> Any:
    """The snapshot of a frozen record (its id, JSON text and stored SHA-256), refused with a message when
    it cannot be read or no longer matches its own fingerprint."""
    from ethicsdesk.errors import ValidationError

    try:
        snap = loads(text)
    except (ValueError, TypeError, KeyError) as exc:
        raise ValidationError(
            f"สำเนารายงานการประชุมที่รับรองแล้ว (รหัส {record_id}) อ่านไม่ได้ ({exc}) อาจบันทึกด้วยโปรแกรมรุ่นที่ใหม่กว่า",
            f"The frozen record of certified minutes (id {record_id}) cannot be read ({exc}); "
            "it may have been written by a newer program",
        ) from None
    if fingerprint(text) != sha256:
        raise ValidationError(
            f"สำเนารายงานการประชุมที่รับรองแล้ว (รหัส {record_id}) ไม่ตรงกับลายนิ้วมือของตน: ถูกแก้ไขนอกโปรแกรม",
            f"The frozen record of certified minutes (id {record_id}) does not match its own fingerprint: "
            "it was changed outside the program",
        )
    return snap
