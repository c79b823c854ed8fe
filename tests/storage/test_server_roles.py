"""Who may do what on a server workspace: ``ethicsdesk server-setup`` makes ethicsdesk_editor and
ethicsdesk_reader; the database refuses a reader's write (from the program or from any other); a reader's
workspace opens read-only; the audit log records the database user. Real PostgreSQL, real logins."""

from __future__ import annotations

import psycopg
import pytest
from sqlmodel import select

from ethicsdesk.cli import EXIT_USER, main
from ethicsdesk.domain.models import AuditEntry, Person
from ethicsdesk.errors import StorageError
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from tests.pg_cluster import Cluster

SECRET = "รหัส-ลับ-1"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def officers(pg_cluster: Cluster) -> dict[str, str]:
    """Two login roles as an administrator makes them (createuser --pwprompt); nothing granted yet."""
    for name in ("officer_editor", "officer_reader"):
        pg_cluster.sql(f"DROP ROLE IF EXISTS {name}")
        pg_cluster.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{SECRET}'")
    return {"editor": "officer_editor", "reader": "officer_reader"}


def test_server_setup_roles_read_only_readers_and_the_audit_user(
    pg_cluster: Cluster, officers: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    pg_cluster.sql("CREATE DATABASE roles_ws TEMPLATE template0 ENCODING 'UTF8'")
    owner = pg_cluster.url("roles_ws")
    code, out, err = _run(
        capsys, "server-setup", "--db", owner, "--editor", officers["editor"], "--reader", officers["reader"]
    )
    assert code == 0, err
    assert "ethicsdesk_editor" in out and "ethicsdesk_reader" in out and officers["editor"] in out
    assert _run(capsys, "sample", owner)[0] == 0  # tables made after the set-up are granted too
    # Safe to run again (after an upgrade, say).
    assert _run(capsys, "server-setup", "--db", owner)[0] == 0

    editor_url = pg_cluster.url("roles_ws", user=officers["editor"], password=SECRET)
    reader_url = pg_cluster.url("roles_ws", user=officers["reader"], password=SECRET)

    editor = open_workspace(editor_url)
    try:
        assert not editor.read_only
        people = Services(editor).roster.people()
        assert people[0].id is not None
        Services(editor).roster.update_person(people[0].id, first_name="สมปอง")
        with editor.reading() as s:
            entry = s.exec(
                select(AuditEntry).where(AuditEntry.entity == "person", AuditEntry.new_value == "สมปอง")
            ).one()
        assert entry.db_user == officers["editor"]
        with editor.reading() as s:  # the import of the sample was made by the owner
            imported = s.exec(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert imported.db_user == "ethicsdesk_admin"
    finally:
        editor.close()

    reader = open_workspace(reader_url)
    try:
        assert reader.read_only  # the window opens read-only for a reader
        assert Services(reader).roster.people()  # reading works
        with pytest.raises(StorageError, match="อ่านอย่างเดียว"):
            Services(reader).roster.update_person(people[0].id, first_name="ผู้อ่านแก้")
    finally:
        reader.close()
    # The database itself refuses, even to another program that ignores EthicsDesk's read-only mode.
    with (
        psycopg.connect(reader_url.replace("postgresql+psycopg://", "postgresql://")) as raw,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        raw.execute("UPDATE person SET first_name = 'x'")
    code, _, err = _run(capsys, "certify", "--db", reader_url, "--meeting", "1/2565", "--on", "2022-12-21")
    assert code == EXIT_USER and "อ่านอย่างเดียว" in err and "Traceback" not in err
    check = open_workspace(owner)
    try:
        with check.reading() as s:
            assert s.exec(select(Person).where(Person.first_name == "ผู้อ่านแก้")).first() is None
    finally:
        check.close()


def test_an_editor_cannot_upgrade_the_schema_and_is_told_whom_to_ask(
    pg_cluster: Cluster, officers: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    pg_cluster.sql("CREATE DATABASE roles_empty TEMPLATE template0 ENCODING 'UTF8'")
    pg_cluster.sql(f"GRANT CONNECT ON DATABASE roles_empty TO {officers['editor']}")
    editor_url = pg_cluster.url("roles_empty", user=officers["editor"], password=SECRET)
    code, _, err = _run(capsys, "--lang", "en", "sample", editor_url)
    assert code == EXIT_USER and "server-setup" in err and "Traceback" not in err


def test_server_setup_refusals(
    pg_cluster: Cluster, tmp_path, officers: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "server-setup", "--db", str(tmp_path / "x.sqlite"))
    assert code == EXIT_USER and "PostgreSQL" in err
    pg_cluster.sql("CREATE DATABASE roles_nobody TEMPLATE template0 ENCODING 'UTF8'")
    code, _, err = _run(
        capsys, "server-setup", "--db", pg_cluster.url("roles_nobody"), "--editor", "no_such_user"
    )
    assert code == EXIT_USER and "createuser" in err and "no_such_user" in err
