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
    import importlib

    from ethicsdesk.domain.enums import AttendanceKind, SeatRole

    module_name, name = AT_ONCE[what].rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, name)

    def slow(*args: object) -> object:
        time.sleep(0.3)
        return real(*args)

    monkeypatch.setattr(module, name, slow)
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

        failures: list[BaseException] = []

        def run(sv: Services, i: int) -> None:
            try:
                add(sv, i)
            except BaseException as exc:
                failures.append(exc)

        before = _numbered(a, cid, mid)
        threads = [threading.Thread(target=run, args=(sv, i)) for i, sv in enumerate((a, b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert failures == []
        after = _numbered(a, cid, mid)
        assert sum(map(len, after.values())) == sum(map(len, before.values())) + 2
        for lst, positions in after.items():
            assert positions == list(range(1, len(positions) + 1)), (lst, positions)
    finally:
        one.close()
        two.close()


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
