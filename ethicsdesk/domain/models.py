"""The committee's records as SQLModel tables.

Identifiers are surrogate integer keys; order within a list is an explicit ``position``.
Money is integer satang. Dates are stored as dates (Christian era) and shown in the
Buddhist era by the Thai text layer. Numbers such as agenda item "๕.๒" are computed
from the tree, never stored.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from ethicsdesk.domain.enums import (
    AttendanceKind,
    BudgetKind,
    MeetingStatus,
    ResolutionKind,
    SeatRole,
    VirtueKind,
)
from ethicsdesk.domain.progress import ProgressStatus


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Any:
    """An integer foreign key column that SQLite enforces (foreign_keys=ON)."""
    return Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True),
    )


#: Satang: 64-bit on a server (INTEGER stops at 21,474,836.47 baht); SQLite's INTEGER is 64-bit already.
_MONEY = BigInteger().with_variant(Integer(), "sqlite")


def _row_version() -> Any:
    """How many times the row was written: SQLAlchemy's version counter (optimistic concurrency). An UPDATE
    names the version it read; when another program wrote the row meanwhile, nothing matches and the
    change is refused (storage.concurrency), never silently written over."""
    return Field(default=1, sa_column_kwargs={"server_default": "1", "nullable": False})


def _version_args(cls: Any) -> Any:
    return {"version_id_col": cls.__table__.c.row_version}


#: Each versioned table's ``__mapper_args__``: row_version is SQLAlchemy's version counter.
_VERSIONED: Any = declared_attr(_version_args)


class Organisation(SQLModel, table=True):
    """The government body (e.g. กรมส่งเสริมอุตสาหกรรม)."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    name: str
    short_name: str = ""
    name_en: str = ""


class Committee(SQLModel, table=True):
    """A committee (คณะกรรมการ) of the organisation."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    organisation_id: int = _fk("organisation.id")
    name: str
    name_en: str = ""
    short_name: str = ""  # how the command line names it (--committee), e.g. "จริยธรรม"
    # Whether a member's appointed substitute (ผู้มาประชุมแทน) counts towards the quorum.
    substitutes_count_for_quorum: bool = True


class AppointmentOrder(SQLModel, table=True):
    """คำสั่งแต่งตั้ง: the order that appointed the committee."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    committee_id: int = _fk("committee.id")
    issuer: str = ""
    number: str  # e.g. "412/2565", Arabic digits
    issued_on: dt.date
    title: str = ""
    text: str = ""


class Duty(SQLModel, table=True):
    """อำนาจหน้าที่: one duty of the committee, in the order's sequence."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    committee_id: int = _fk("committee.id")
    position: int
    text: str


class Person(SQLModel, table=True):
    """A person: member, substitute, participant or staff."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    title: str = ""  # นาย / นาง / นางสาว / ดร. …
    first_name: str
    last_name: str = ""
    position: str = ""  # ตำแหน่ง
    affiliation: str = ""  # สังกัด
    note: str = ""


class Seat(SQLModel, table=True):
    """A seat in the committee's roster.

    Held by a named person, or ex officio by a position (``ex_officio_position``), in which
    case ``person_id`` is whoever holds that position now, if known.
    """

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    committee_id: int = _fk("committee.id")
    position: int  # order in the roster, 1-based
    role: SeatRole
    person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    ex_officio_position: str = ""
    ex_officio_affiliation: str = ""
    note: str = ""  # e.g. "กรรมการจริยธรรมประจำกรมส่งเสริมอุตสาหกรรม"


class Meeting(SQLModel, table=True):
    """A meeting (การประชุม), numbered within the Buddhist year: ครั้งที่ 1/2565."""

    __table_args__ = (UniqueConstraint("committee_id", "year_be", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    committee_id: int = _fk("committee.id")
    number: int
    year_be: int
    date: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    status: MeetingStatus = MeetingStatus.DRAFT
    opening_text: str = ""
    recorder_person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    recorder_position: str = ""
    reviewer_person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    reviewer_position: str = ""
    certified_on: dt.date | None = None  # the day the committee certified these minutes


class Attendance(SQLModel, table=True):
    """One line of ผู้มาประชุม, ผู้ไม่มาประชุม or ผู้เข้าร่วมประชุม."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    meeting_id: int = _fk("meeting.id")
    kind: AttendanceKind
    position: int  # order within its list, 1-based
    seat_id: int | None = _fk("seat.id", nullable=True, ondelete="SET NULL")
    person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    position_text: str = ""  # the position as printed, when it differs from the person's
    absence_reason: str = ""
    substitute_person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    online: bool = False
    note: str = ""


class AgendaItem(SQLModel, table=True):
    """An item of the agenda tree (ระเบียบวาระ) with its text and resolution.

    ``body`` is a list of blocks (see docs/interchange.md): paragraphs and list items carry
    inline markup limited to <b>, <i>, <u>.
    """

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    meeting_id: int = _fk("meeting.id")
    parent_id: int | None = _fk("agendaitem.id", nullable=True)
    position: int  # among its siblings, 1-based
    title: str
    body: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    resolution_kind: ResolutionKind | None = None
    resolution_heading: str = ""  # "มติที่ประชุม" when empty
    resolution_text: str = ""
    certifies_meeting_id: int | None = _fk("meeting.id", nullable=True, ondelete="SET NULL")


class DissentingOpinion(SQLModel, table=True):
    """A dissenting opinion recorded with a resolution (section 83 of the APA)."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    agenda_item_id: int = _fk("agendaitem.id")
    position: int
    person_id: int | None = _fk("person.id", nullable=True, ondelete="SET NULL")
    text: str


class TargetVirtue(SQLModel, table=True):
    """คุณธรรมเป้าหมาย of a fiscal year: a problem to fix or a good to do."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    committee_id: int = _fk("committee.id")
    fiscal_year: int  # Buddhist era
    kind: VirtueKind
    position: int
    text: str


class ActionPlan(SQLModel, table=True):
    """The action plan (แผนปฏิบัติการ) of one fiscal year; its content lives in versions."""

    __table_args__ = (UniqueConstraint("committee_id", "fiscal_year"),)

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    committee_id: int = _fk("committee.id")
    fiscal_year: int  # Buddhist era
    core_virtues: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class PlanVersion(SQLModel, table=True):
    """One version of a plan: the draft, the amended plan, …"""

    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    plan_id: int = _fk("actionplan.id")
    number: int  # 1, 2, … in order of adoption
    label: str = ""  # e.g. "ร่าง", "ฉบับปรับปรุง"
    title: str
    # the total printed in the plan, checked against the sum
    declared_total_satang: int | None = Field(default=None, sa_type=_MONEY)
    declared_activity_count: int | None = None
    note: str = ""


class Approach(SQLModel, table=True):
    """แนวทางการพัฒนาที่ N of a plan version."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    version_id: int = _fk("planversion.id")
    number: int
    title: str


class Activity(SQLModel, table=True):
    """โครงการ/กิจกรรม of a plan version.

    ``quarters`` is a bit mask over the fiscal quarters (bit 0 = ไตรมาสที่ ๑). A shared
    budget points at the activity whose budget line it uses (``shares_budget_of_id``).
    """

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    version_id: int = _fk("planversion.id")
    approach_id: int = _fk("approach.id")
    number: int
    name: str
    note: str = ""
    objective: str = ""
    indicators: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    budget_kind: BudgetKind = BudgetKind.UNSPECIFIED
    budget_satang: int | None = Field(default=None, sa_type=_MONEY)
    shares_budget_of_id: int | None = _fk("activity.id", nullable=True, ondelete="SET NULL")
    # The activity of the previous version that this one continues (renamed, renumbered, moved).
    derived_from_id: int | None = _fk("activity.id", nullable=True, ondelete="SET NULL")
    quarters: int = 0
    responsible_unit: str = ""


class Milestone(SQLModel, table=True):
    """A dated milestone of an activity (e.g. a report due ๒๓ ธ.ค. ๖๕)."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    activity_id: int = _fk("activity.id")
    date: dt.date
    label: str = ""


class Amendment(SQLModel, table=True):
    """A correction of certified minutes: its reason and date; the changes are in the audit log."""

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    meeting_id: int = _fk("meeting.id")
    amended_on: dt.date
    reason: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None = None


class MinutesRecord(SQLModel, table=True):
    """The frozen record of certified minutes: the snapshot they print from (JSON of
    ``ethicsdesk.domain.snapshots.MinutesSnapshot``) and its SHA-256. One at certification, one more at the
    end of each amendment; the newest is the record."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = _fk("meeting.id")
    taken_at: dt.datetime
    reason: str  # "certified", "amended", "upgrade" (taken when the file was upgraded, not at certification)
    amendment_id: int | None = _fk("amendment.id", nullable=True, ondelete="SET NULL")
    sha256: str
    snapshot: str


class AuditEntry(SQLModel, table=True):
    """One change to the records: what, when, the old and the new value (JSON text)."""

    id: int | None = Field(default=None, primary_key=True)
    # The database user who made the change (on a server the database fills it in: CURRENT_USER); "" in a file.
    db_user: str | None = Field(default=None, nullable=False, sa_column_kwargs={"server_default": ""})
    at: dt.datetime
    action: str  # insert, update, delete, import
    entity: str  # table name
    entity_id: int | None = None
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    meeting_id: int | None = Field(
        default=None, index=True
    )  # for the meeting's history; no FK: history outlives rows
    amendment_id: int | None = None


ALL_TABLES = (
    Organisation,
    Committee,
    AppointmentOrder,
    Duty,
    Person,
    Seat,
    Meeting,
    Attendance,
    AgendaItem,
    DissentingOpinion,
    TargetVirtue,
    ActionPlan,
    PlanVersion,
    Approach,
    Activity,
    Milestone,
    Amendment,
    MinutesRecord,
    AuditEntry,
)


def ident(obj: SQLModel) -> int:
    """The primary key of a row that has been flushed (never None after that)."""
    value = getattr(obj, "id", None)
    if value is None:
        raise RuntimeError(f"{type(obj).__name__} has no id yet: flush it first")
    return value


# -- progress through the year (ethicsdesk.domain.progress holds the rules, free of the ORM) --------------


class OrgUnit(SQLModel, table=True):
    """A unit of the organisation (หน่วยงานในสังกัด), e.g. สำนักงานเลขานุการกรม (สล.กสอ.)."""

    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    organisation_id: int = _fk("organisation.id")
    position: int  # order in the list of units, 1-based
    name: str
    short_name: str = ""


class ProgressRecord(SQLModel, table=True):
    """The progress of one activity in one fiscal quarter, for the activity or for one unit."""

    __table_args__ = (UniqueConstraint("activity_id", "quarter", "unit_id"),)

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    activity_id: int = _fk("activity.id")
    quarter: int  # fiscal quarter 1-4
    unit_id: int | None = _fk("orgunit.id", nullable=True, ondelete="RESTRICT")  # None: the whole activity
    status: ProgressStatus = ProgressStatus.NOT_STARTED
    done_text: str = ""  # what was done (ผลการดำเนินงาน)
    spent_satang: int | None = Field(default=None, sa_type=_MONEY)  # in this quarter; None: not reported
    evidence: str = ""  # หลักฐาน
    problems: str = ""  # ปัญหา อุปสรรค and why it is late or cancelled
    reported_by: str = ""
    reported_on: dt.date | None = None
    recorded_at: dt.datetime  # UTC, when the record was last saved
    form_id: str = ""  # the unit form it was imported from, if any


class IndicatorResult(SQLModel, table=True):
    """The result of one indicator of the activity (1-based ``position`` in its list), to date."""

    __table_args__ = (UniqueConstraint("record_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    row_version: int = _row_version()
    __mapper_args__ = _VERSIONED
    record_id: int = _fk("progressrecord.id")
    position: int
    value_hundredths: int | None = None  # a percentage or a count, x100
    met: bool | None = None  # the reporter's judgement, for an indicator that has no number
    note: str = ""


PROGRESS_TABLES = (OrgUnit, ProgressRecord, IndicatorResult)
