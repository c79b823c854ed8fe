"""A workspace on a PostgreSQL server: the real server of the machine, in a throw-away cluster.

The same commands as on a file; exports byte-identical to a file's; money, dates and Thai text exact;
every refusal (not UTF-8, another program's database, a newer schema, no server, a wrong password) one
clear line, exit 2, and nothing changed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from ethicsdesk.cli import EXIT_USER, main
from ethicsdesk.errors import StorageError
from ethicsdesk.storage import SCHEMA_VERSION, open_workspace
from tests.pg_cluster import PASSWORD, PASSWORD_USER, Cluster


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _empty_database(cluster: Cluster, name: str, extra: str = "") -> str:
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE template0 {extra}")
    return cluster.url(name)


def test_the_commands_on_a_server_workspace_and_exports_equal_to_a_files(
    pg_cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _empty_database(pg_cluster, "cmds_a", "ENCODING 'UTF8'")
    code, out, err = _run(capsys, "sample", url)
    assert code == 0, err
    assert "cmds_a" in out and "ethicsdesk_admin@127.0.0.1" in out
    from_server = tmp_path / "server.json"
    assert _run(capsys, "export", "--db", url, "-o", str(from_server))[0] == 0

    # The same content in a file exports to the very same bytes.
    file_db = tmp_path / "s.sqlite"
    assert _run(capsys, "sample", str(file_db))[0] == 0
    from_file = tmp_path / "file.json"
    assert _run(capsys, "export", "--db", str(file_db), "-o", str(from_file))[0] == 0
    assert from_server.read_bytes() == from_file.read_bytes()

    # Moving up: a file's export imported into an empty server database, exported again: the same bytes.
    url_b = _empty_database(pg_cluster, "cmds_b", "ENCODING 'UTF8'")
    code, _, err = _run(capsys, "import", str(from_file), "--db", url_b)
    assert code == 0, err
    again = tmp_path / "again.json"
    assert _run(capsys, "export", "--db", url_b, "-o", str(again))[0] == 0
    assert again.read_bytes() == from_file.read_bytes()
    # A second import is refused: the database is no longer empty.
    code, _, err = _run(capsys, "import", str(from_file), "--db", url_b)
    assert code == EXIT_USER and "ว่าง" in err and "Traceback" not in err

    code, out, _ = _run(capsys, "check", "--db", url)
    assert code == 0 and "ไม่พบปัญหา" in out

    # Printing reads a server workspace through SQLAlchemy (no sqlite3 short way), certified or not.
    pdf = tmp_path / "m.pdf"
    assert _run(capsys, "certify", "--db", url, "--meeting", "1/2565", "--on", "2022-12-21")[0] == 0
    code, _, err = _run(capsys, "minutes", "--db", url, "--meeting", "1/2565", "-o", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")


def test_backup_of_a_server_workspace_is_a_json_export_and_says_so(
    pg_sample_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "--lang", "en", "backup", "--db", pg_sample_url)
    assert code == 0 and "JSON export" in out and "pg_dump" in out
    made = Path(out.split(" to ", 1)[1].split(" (", 1)[0])
    assert made.suffix == ".json" and made.is_file()
    ws = open_workspace(pg_sample_url)
    try:
        from ethicsdesk.interchange import export_workspace

        assert made.read_text(encoding="utf-8") == export_workspace(ws)
    finally:
        ws.close()
    code, out, _ = _run(capsys, "backup", "--list", "--db", pg_sample_url)
    assert code == 0 and str(made) in out
    code, _, err = _run(capsys, "restore", str(made), "--db", pg_sample_url)
    assert code == EXIT_USER and "pg_dump" in err


def test_money_dates_and_thai_text_keep_their_types(pg_sample_url: str) -> None:
    ws = open_workspace(pg_sample_url)
    try:
        with ws.engine.connect() as conn:
            types = dict(
                conn.execute(
                    text(
                        "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                        "WHERE table_schema = current_schema()"
                    )
                ).all()
            )
        assert types["activity.budget_satang"] == "bigint"  # INTEGER would stop at 21,474,836.47 baht
        assert types["meeting.date"] == "date"
        assert types["meeting.certified_on"] == "date"
        assert types["auditentry.at"] == "timestamp with time zone"
        from sqlmodel import select

        from ethicsdesk.domain.models import Activity

        big = 3_000_000_000_055  # 30,000,000,000.55 baht: past 32 bits, exact to the satang
        with ws.transaction() as s:
            activity = s.exec(select(Activity).order_by(Activity.id)).first()  # type: ignore[arg-type]
            assert activity is not None
            activity.budget_satang = big
            s.add(activity)
        with ws.reading() as s:
            back = s.exec(select(Activity).where(Activity.budget_satang == big)).one()
        assert back.budget_satang == big and isinstance(back.budget_satang, int)
        with ws.reading() as s:
            from sqlmodel import select

            from ethicsdesk.domain.models import Meeting

            meeting = s.exec(select(Meeting)).first()
        assert meeting is not None and meeting.date == dt.date(2022, 10, 26)
        assert not isinstance(meeting.date, dt.datetime)
        name = "น้ำใจ ฤทธิ์ ฎุ ๑๒๓ \u0e33"
        with ws.transaction() as s:
            from ethicsdesk.domain.models import Person

            s.add(Person(title="นาย", first_name=name, last_name="ทดสอบ"))
        with ws.reading() as s:
            from sqlmodel import select

            from ethicsdesk.domain.models import Person

            back = s.exec(select(Person).where(Person.last_name == "ทดสอบ")).one()
        assert back.first_name == name
    finally:
        ws.close()


def test_an_old_server_workspace_is_upgraded_on_open(pg_cluster: Cluster) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlmodel import create_engine

    from ethicsdesk.storage.migrate import MIGRATIONS_DIR, current_version

    url = _empty_database(pg_cluster, "old_two", "ENCODING 'UTF8'")
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with engine.connect() as conn:
        assert current_version(conn) == 2
    engine.dispose()
    # Read-only, an old schema is refused (a reader may not upgrade it).
    with pytest.raises(StorageError, match="ปรับโครงสร้าง"):
        open_workspace(url, read_only=True)
    ws = open_workspace(url)
    with ws.engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        assert "short_name" in {
            c["name"] for c in __import__("sqlalchemy").inspect(conn).get_columns("committee")
        }
    ws.close()


@pytest.mark.parametrize(
    ("case", "th", "en"),
    [
        ("latin1", "รหัสอักขระ LATIN1", "encoding LATIN1"),
        ("foreign", "ของโปรแกรมอื่น", "another program"),
        ("newer", "รุ่นที่ใหม่กว่า", "newer EthicsDesk"),
        ("empty", "ยังว่างอยู่", "is empty"),
        ("missing", "ไม่มีฐานข้อมูล", "no database"),
        ("unreachable", "ติดต่อเซิร์ฟเวอร์ฐานข้อมูล", "Cannot reach the database server"),
        ("password", "รหัสผ่าน", "Wrong user name or password"),
    ],
)
def test_refusals_are_one_clear_line_and_change_nothing(
    pg_cluster: Cluster, case: str, th: str, en: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = f"refuse_{case}"
    if case == "latin1":
        url = _empty_database(pg_cluster, name, "ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'")
    elif case == "missing":
        url = pg_cluster.url("no_such_database")
    elif case == "unreachable":
        from tests.pg_cluster import _free_port  # pyright: ignore[reportPrivateUsage]

        url = f"postgresql+psycopg://nobody@127.0.0.1:{_free_port()}/x"
    elif case == "password":
        url = pg_cluster.url("postgres", user=PASSWORD_USER, password="wrong-" + PASSWORD)
    else:
        url = _empty_database(pg_cluster, name, "ENCODING 'UTF8'")
        if case == "foreign":
            pg_cluster.sql("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)", name)
        elif case == "newer":
            main(["sample", url])
            pg_cluster.sql("UPDATE alembic_version SET version_num = '0099'", name)
    capsys.readouterr()
    before = _tables(pg_cluster, name) if case in ("foreign", "newer", "empty") else None
    for lang, words in (("th", th), ("en", en)):
        code, out, err = _run(capsys, "--lang", lang, "check", "--db", url)
        assert code == EXIT_USER, (out, err)
        assert words in err and "Traceback" not in err
        assert err.count("\n") == 1 and "wrong-" not in err  # one line; never the password
    if before is not None:
        assert _tables(pg_cluster, name) == before


def _tables(cluster: Cluster, database: str) -> list[tuple[str, str]]:
    import psycopg

    with psycopg.connect(
        host="127.0.0.1", port=cluster.port, user="ethicsdesk_admin", dbname=database
    ) as conn:
        rows = conn.execute(
            "SELECT table_name, (xpath('/row/c/text()', query_to_xml("
            "'select count(*) as c from ' || quote_ident(table_name), false, true, '')))[1]::text "
            "FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
        ).fetchall()
    return [(str(a), str(b)) for a, b in rows]


def test_a_workspace_opened_read_only_is_refused_writes_by_the_server(pg_sample_url: str) -> None:
    ws = open_workspace(pg_sample_url, read_only=True)
    try:
        with pytest.raises(StorageError, match="อ่านอย่างเดียว"), ws.transaction() as s:
            s.execute(text("UPDATE person SET first_name = 'x'"))
    finally:
        ws.close()
    ws = open_workspace(pg_sample_url)
    try:
        with ws.reading() as s:
            assert s.execute(text("SELECT count(*) FROM person WHERE first_name = 'x'")).scalar_one() == 0
    finally:
        ws.close()


def test_a_server_workspace_has_no_file(pg_sample_url: str) -> None:
    ws = open_workspace(pg_sample_url)
    try:
        assert ws.server is not None and ws.lock is None
        assert ws.name.endswith("/" + ws.server.database) and "@127.0.0.1:" in ws.name
        with pytest.raises(StorageError, match="pg_dump"):
            _ = ws.path
    finally:
        ws.close()


def test_a_connection_lost_in_the_middle_of_an_edit_applies_nothing(
    pg_sample_url: str, pg_cluster: Cluster
) -> None:
    from sqlmodel import select

    from ethicsdesk.domain.models import Person

    ws = open_workspace(pg_sample_url)
    try:
        with ws.reading() as s:
            before = sorted((p.id, p.first_name) for p in s.exec(select(Person)).all())
        with pytest.raises(StorageError, match="ขาดระหว่างทำงาน") as raised, ws.transaction() as s:
            s.execute(text("UPDATE person SET first_name = 'ครึ่งทาง'"))
            pid = s.execute(text("SELECT pg_backend_pid()")).scalar_one()
            pg_cluster.sql(f"SELECT pg_terminate_backend({pid})")
            s.execute(text("UPDATE person SET last_name = 'ครึ่งทาง'"))
        assert "connection" in raised.value.en and "Try again" in raised.value.en
        # The window can retry: the next transaction gets a new connection and sees nothing half-applied.
        with ws.reading() as s:
            after = sorted((p.id, p.first_name) for p in s.exec(select(Person)).all())
        assert after == before
    finally:
        ws.close()
