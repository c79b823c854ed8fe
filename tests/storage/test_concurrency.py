"""Several officers on one server workspace (real PostgreSQL, real second programs): edits to different
records both land; an edit to a record someone else changed after it was shown is refused with the
message, and nothing is silently written over; certifications run one at a time."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from ethicsdesk.cli import main
from ethicsdesk.domain.enums import MeetingStatus
from ethicsdesk.domain.models import AuditEntry, Meeting, Person
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.concurrency import ConcurrentEdit
from tests.pg_cluster import Cluster

REPO = Path(__file__).resolve().parents[2]


def _people(services: Services) -> list[int]:
    return sorted(p.id for p in services.roster.people() if p.id is not None)


def test_a_stale_edit_is_refused_and_different_records_both_land(pg_sample_url: str) -> None:
    one, two = open_workspace(pg_sample_url), open_workspace(pg_sample_url)
    try:
        a, b = Services(one), Services(two)
        first, second = _people(a)[:2]
        for shown_by, person_id in ((a, first), (b, first), (b, second)):  # what both windows show
            shown_by.roster.person(person_id)
        a.roster.update_person(first, first_name="สมชาย")
        b.roster.update_person(second, first_name="สมหญิง")  # another record: lands
        with pytest.raises(ConcurrentEdit) as refused:
            b.roster.update_person(first, first_name="สมศักดิ์")  # shown before a's change: refused
        assert "มีผู้อื่นแก้ไขรายการนี้ไปก่อนแล้ว" in refused.value.th
        assert "Someone else changed this record" in refused.value.en
        assert refused.value.reload  # the window reloads (gui.context.Context.report)
        assert a.roster.person(first).first_name == "สมชาย"  # nothing written over
        assert a.roster.person(second).first_name == "สมหญิง"
        # After the reload the officer sees the new name and may edit again.
        assert b.roster.person(first).first_name == "สมชาย"
        assert b.roster.update_person(first, first_name="สมศักดิ์").first_name == "สมศักดิ์"
        # A program's own successive edits never conflict with themselves.
        a.roster.person(second)
        a.roster.update_person(second, first_name="ก")
        a.roster.update_person(second, first_name="ข")
        assert b.roster.person(second).first_name == "ข"
    finally:
        one.close()
        two.close()


def test_two_programs_make_200_interleaved_edits_each(
    pg_sample_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    edits = 200
    ws = open_workspace(pg_sample_url)
    services = Services(ws)
    ids = _people(services)[:3]
    with ws.reading() as s:
        before = {p.id: p.row_version for p in s.exec(select(Person)).all()}
    start_at = time.time() + 3.0  # both programs start editing at the same moment, once imported
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.storage.concurrent_editor",
                pg_sample_url,
                tag,
                str(seed),
                str(start_at),
                str(edits),
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag, seed in (("A", 1), ("B", 2))
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == edits
        results += lines
    saved = [r for r in results if r["ok"]]
    refused = [r for r in results if not r["ok"]]
    assert saved and refused, "the two programs never met on one record: the test proved nothing"
    for r in saved:  # saved only when nobody wrote the record between showing and saving it
        assert r["version"] == r["shown"] + 1, r
    for r in refused:
        assert r["th"].startswith("มีผู้อื่นแก้ไขรายการนี้ไปก่อนแล้ว") and "Someone else changed" in r["en"]

    with ws.reading() as s:
        people = {p.id: p for p in s.exec(select(Person).where(Person.id.in_(ids))).all()}  # type: ignore[union-attr]
        logged = set(
            s.exec(
                select(AuditEntry.new_value).where(
                    AuditEntry.entity == "person", AuditEntry.field == "first_name"
                )
            ).all()
        )
    for person_id in ids:
        mine = [r for r in saved if r["person"] == person_id]
        versions = [r["version"] for r in mine]
        # Every acknowledged edit made its own version: none was written over another unnoticed ...
        assert len(set(versions)) == len(versions)
        assert sorted(versions) == list(range(before[person_id] + 1, before[person_id] + 1 + len(mine)))
        # ... and the record holds the last of them.
        assert people[person_id].row_version == before[person_id] + len(mine)
        if mine:
            assert people[person_id].first_name == max(mine, key=lambda r: r["version"])["value"]
    # Every acknowledged edit is in the audit log; no refused one is.
    assert {r["value"] for r in saved} <= logged
    assert not {r["value"] for r in refused} & logged
    ws.close()

    capsys.readouterr()
    assert main(["check", "--db", pg_sample_url]) == 0
    assert "ไม่พบปัญหา" in capsys.readouterr().out


def test_certifications_run_one_at_a_time(pg_sample_url: str) -> None:
    """Certifying takes the meeting's row first (SELECT … FOR UPDATE): while another program certifies
    the same minutes, it waits, then says they are already certified (not a bare conflict, and never a
    second frozen record)."""
    import psycopg

    from ethicsdesk.errors import ValidationError

    ws = open_workspace(pg_sample_url)
    services = Services(ws)
    with ws.reading() as s:
        meeting = s.exec(select(Meeting)).first()
    assert meeting is not None and meeting.id is not None and meeting.status != MeetingStatus.CERTIFIED
    other = psycopg.connect(pg_sample_url.replace("postgresql+psycopg://", "postgresql://"))
    other.execute("SELECT id FROM meeting WHERE id = %s FOR UPDATE", (meeting.id,))
    other.execute(
        "UPDATE meeting SET status = 'CERTIFIED', certified_on = '2022-12-20', row_version = row_version + 1 "
        "WHERE id = %s",
        (meeting.id,),
    )
    outcome: list[BaseException | object] = []

    def certify() -> None:
        try:
            outcome.append(services.meetings.certify(meeting.id, dt.date(2022, 12, 21)))  # type: ignore[arg-type]
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=certify)
    worker.start()
    time.sleep(1.0)
    waited = not outcome
    other.commit()  # the other program's certification is done
    other.close()
    worker.join(timeout=30)
    assert waited, "certification did not wait for the other program's"
    assert len(outcome) == 1 and isinstance(outcome[0], ValidationError), outcome
    assert not isinstance(outcome[0], ConcurrentEdit)
    assert "รับรองแล้ว" in outcome[0].th and "already certified" in outcome[0].en
    with ws.reading() as s:
        assert s.execute(text("SELECT count(*) FROM minutesrecord")).scalar_one() == 0
    ws.close()


def test_times_stay_utc_on_a_server_in_bangkok(pg_sample_url: str, pg_cluster: Cluster) -> None:
    name = pg_sample_url.rsplit("/", 1)[1]
    pg_cluster.sql(f"ALTER DATABASE {name} SET timezone TO 'Asia/Bangkok'")
    ws = open_workspace(pg_sample_url)
    try:
        with ws.reading() as s:
            assert s.execute(text("SHOW timezone")).scalar_one() == "Asia/Bangkok"
        when = dt.datetime(2026, 12, 4, 1, 30, tzinfo=dt.UTC)
        with ws.transaction(audit=False) as s:
            s.add(AuditEntry(at=when, action="test", entity="workspace"))
        with ws.reading() as s:
            back = s.exec(select(AuditEntry).where(AuditEntry.action == "test")).one()
        assert back.at == when
    finally:
        ws.close()


#: What two officers add at the same moment, and the function each program passes through between reading
#: the numbered list and writing its new line (slowed down to make the two overlap).
AT_ONCE = {
    "seat at the end": "ethicsdesk.services.roster.default_seat_position",
    "seat among the members": "ethicsdesk.services.roster.default_seat_position",
    "participant": "ethicsdesk.services.meeting_attendance.check_editable",
    "attendance mark": "ethicsdesk.services.meeting_attendance.check_editable",
    "agenda item": "ethicsdesk.services.agenda.check_editable",
}


@pytest.mark.parametrize("what", list(AT_ONCE))
def test_two_officers_adding_to_one_numbered_list_at_once_take_turns(
    pg_sample_url: str, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """Two programs add to one list at the same moment (each reads the list, then writes): both lines
    land, the list stays numbered 1, 2, 3… Without a lock on the committee's or the meeting's row, two
    lines added at the end got the same position, and two added in the middle made one officer's edit
    fail with the conflict message although nobody touched the same record."""
    from ethicsdesk.domain.enums import AttendanceKind, SeatRole

    _slow_down(monkeypatch, AT_ONCE[what])
    one, two = open_workspace(pg_sample_url), open_workspace(pg_sample_url)
    try:
        a, b = Services(one), Services(two)
        cid = a.roster.committees()[0].id or 0
        meeting = a.meetings.find(cid, 1, 2565)
        assert meeting is not None and meeting.id is not None
        mid = meeting.id
        people = [a.roster.add_person("ทดสอบ", f"พร้อมกัน{i}", title="นาย").id or 0 for i in (1, 2)]
        seats = [a.roster.add_seat(cid, SeatRole.MEMBER, person_id=p) for p in people]
        for sv in (a, b):  # what both windows show
            sv.roster.seats(cid)
            sv.meetings.attendance(mid)
            sv.agenda.items(mid)

        def add(sv: Services, i: int) -> None:
            if what == "seat at the end":
                sv.roster.add_seat(cid, SeatRole.ASSISTANT_SECRETARY, person_id=people[i])
            elif what == "seat among the members":
                sv.roster.add_seat(cid, SeatRole.MEMBER, person_id=people[i])
            elif what == "participant":
                sv.meetings.add_participant(mid, people[i])
            elif what == "attendance mark":
                sv.meetings.mark(mid, seats[i].id or 0, AttendanceKind.ABSENT, reason="ติดราชการ")
            else:
                sv.agenda.add_item(mid, f"เรื่องที่เพิ่มพร้อมกัน {i}")

        before = _numbered(a, cid, mid)
        assert _at_once((a, b), add) == []
        after = _numbered(a, cid, mid)
        assert sum(map(len, after.values())) == sum(map(len, before.values())) + 2
        for lst, positions in after.items():
            assert positions == list(range(1, len(positions) + 1)), (lst, positions)
    finally:
        one.close()
        two.close()


def _slow_down(monkeypatch: pytest.MonkeyPatch, dotted: str) -> None:
    """Make the function ``dotted`` (module.name) take 0.3 s longer, so that two programs passing through
    it between reading a list and writing it overlap."""
    import importlib

    module_name, name = dotted.rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, name)

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, slow)


def _at_once(programs: tuple[Services, ...], edit: Callable[[Services, int], None]) -> list[BaseException]:
    """Run ``edit(program, i)`` for each program in its own thread, all at once; what they raised."""
    failures: list[BaseException] = []

    def run(sv: Services, i: int) -> None:
        try:
            edit(sv, i)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(sv, i)) for i, sv in enumerate(programs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return failures


def _numbered(sv: Services, committee_id: int, meeting_id: int) -> dict[str, list[int]]:
    """The positions of every numbered list the test adds to, as stored."""
    from ethicsdesk.domain.models import AgendaItem, Attendance, Seat

    with sv.workspace.reading() as s:
        out: dict[str, list[int]] = {
            "seats": sorted(x.position for x in s.exec(select(Seat).where(Seat.committee_id == committee_id)))
        }
        for line in s.exec(select(Attendance).where(Attendance.meeting_id == meeting_id)):
            out.setdefault(f"attendance {line.kind}", []).append(line.position)
        for item in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
            out.setdefault(f"items under {item.parent_id}", []).append(item.position)
    return {k: sorted(v) for k, v in out.items()}


#: The other numbered lists, and the function each edit passes through between reading the list and
#: writing it (slowed down so that the two programs overlap).
OTHER_LISTS = {
    "duties": "ethicsdesk.services.roster.select",
    "meeting number": "ethicsdesk.services.meetings._check_times",
    "plan version": "ethicsdesk.services.plan.select",
    "approach": "ethicsdesk.services.plan.require_text",
    "activity": "ethicsdesk.services.plan.require_text",
    "unit": "ethicsdesk.services.progress.require_text",
    "agenda item in the middle": "ethicsdesk.services.agenda.require_text",
}


@pytest.mark.parametrize("what", list(OTHER_LISTS))
def test_two_officers_editing_the_other_numbered_lists_at_once_take_turns(
    pg_sample_url: str, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """The committee's duties, the meetings' numbers, a plan's versions, a version's approaches and
    activities, the organisation's units, agenda items put between others: two programs adding at the
    same moment both land, numbered 1, 2, 3… (two duty lists replaced at once leave one list, the later
    one). Without a lock on the committee's, the plan's, the version's or the organisation's row, both
    read the same list and wrote the same number, or kept both duty lists; and the rows a new line
    pushes down are no conflict, since nobody edited them (the second officer got the conflict message)."""
    one, two = open_workspace(pg_sample_url), open_workspace(pg_sample_url)
    try:
        a, b = Services(one), Services(two)
        cid = a.roster.committees()[0].id or 0
        plan = a.plan.plans(cid)[0]
        version = a.plan.versions(plan.id or 0)[0]
        vid = version.id or 0
        approach = a.plan.approaches(vid)[0]
        meeting = a.meetings.find(cid, 1, 2565)
        assert meeting is not None and meeting.id is not None
        mid = meeting.id
        first_item = a.agenda.items(mid)[0].id
        for sv in (a, b):  # what both windows show
            sv.plan.activities(vid)
            sv.agenda.items(mid)
        org = _numbered_lists(a, cid, plan.id or 0, vid)

        def edit(sv: Services, i: int) -> None:
            if what == "duties":
                sv.roster.set_duties(cid, [f"หน้าที่ชุดที่ {i} ข้อ {k}" for k in (1, 2, 3)])
            elif what == "meeting number":
                sv.meetings.create_meeting(cid, dt.date(2023, 3, 1 + i), standard_agenda=False)
            elif what == "plan version":
                sv.plan.new_version(vid, f"ฉบับปรับปรุง {i}")
            elif what == "approach":
                sv.plan.add_approach(vid, f"แนวทางที่เพิ่มพร้อมกัน {i}")
            elif what == "activity":  # in the first approach: the later activities are renumbered
                sv.plan.add_activity(approach.id or 0, f"กิจกรรมที่เพิ่มพร้อมกัน {i}")
            elif what == "agenda item in the middle":  # after the first: the later items are renumbered
                sv.agenda.add_item(mid, f"เรื่องที่แทรกพร้อมกัน {i}", after_id=first_item)
            else:
                sv.progress.add_unit(f"หน่วยงานที่เพิ่มพร้อมกัน {i}", f"นพ.{i}")

        _slow_down(monkeypatch, OTHER_LISTS[what])
        failures = _at_once((a, b), edit)
        monkeypatch.undo()
        assert failures == []
        after = _numbered_lists(a, cid, plan.id or 0, vid)
        for lst, numbers in after.items():
            assert numbers == list(range(1, len(numbers) + 1)), (lst, numbers)
        grown = {k: len(after[k]) - len(org.get(k, [])) for k in after}
        expected = {
            "duties": {"duties": 3 - len(org["duties"])},
            "meeting number": {"meetings 2566": 2},
            "plan version": {"versions": 2},
            "approach": {"approaches": 2},
            "activity": {"activities": 2},
            "unit": {"units": 2},
            "agenda item in the middle": {"items under None": 2},
        }[what]
        assert {k: v for k, v in grown.items() if v} == {k: v for k, v in expected.items() if v}
    finally:
        one.close()
        two.close()


def _numbered_lists(sv: Services, committee_id: int, plan_id: int, version_id: int) -> dict[str, list[int]]:
    """The numbers of every list the test above edits, as stored."""
    from ethicsdesk.domain.models import Activity, AgendaItem, Approach, Duty, OrgUnit, PlanVersion

    with sv.workspace.reading() as s:
        out: dict[str, list[int]] = {
            "duties": [x.position for x in s.exec(select(Duty).where(Duty.committee_id == committee_id))],
            "versions": [x.number for x in s.exec(select(PlanVersion).where(PlanVersion.plan_id == plan_id))],
            "approaches": [
                x.number for x in s.exec(select(Approach).where(Approach.version_id == version_id))
            ],
            "activities": [
                x.number for x in s.exec(select(Activity).where(Activity.version_id == version_id))
            ],
            "units": [x.position for x in s.exec(select(OrgUnit))],
        }
        for m in s.exec(select(Meeting).where(Meeting.committee_id == committee_id)):
            out.setdefault(f"meetings {m.year_be}", []).append(m.number)
            if m.number == 1 and m.year_be == 2565:
                for item in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == m.id)):
                    out.setdefault(f"items under {item.parent_id}", []).append(item.position)
    return {k: sorted(v) for k, v in out.items()}
