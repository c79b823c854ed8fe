"""Fixtures shared by every test: a fresh workspace, the sample workspace, tmp data folders.

Every test that works on a workspace's records runs twice, on a file (SQLite) and on a database of a
throw-away PostgreSQL cluster (``pg_cluster``, one per session, see tests/pg_cluster.py): a test whose
fixtures need ``backend`` (``ws``, ``sample_ws``, ``services``, ``sample_db``, ``new_db``...) is
parametrized ``[sqlite]`` / ``[postgresql]`` by ``pytest_generate_tests`` below. A test about the workspace
FILE itself (lock file, file backups, SQLite recovery, a killed file write...) opts out with
``@pytest.mark.sqlite_only("why")`` and runs on a file only. With CI=true the PostgreSQL half is never
skipped.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ethicsdesk.services import Services
from ethicsdesk.storage import Workspace, open_workspace
from tests.pg_cluster import Cluster, server_bin_dir

REPO = Path(__file__).resolve().parent.parent
BACKENDS = ("sqlite", "postgresql")
#: The cluster's databases made once, copied (CREATE DATABASE … TEMPLATE) for every test that needs one.
EMPTY_TEMPLATE = "ethicsdesk_empty"
SAMPLE_TEMPLATE = "ethicsdesk_sample"
_names = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test is about a workspace file (lock, backup, SQLite recovery...): it is "
        "not repeated on PostgreSQL",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run every test that needs ``backend`` on both back ends, unless it is marked ``sqlite_only`` or
    parametrizes ``backend`` itself. Module scope: a module's fixtures built from a workspace are built
    once per back end, and its tests are grouped by back end."""
    if "backend" not in metafunc.fixturenames:
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0] if marker.args else marker.kwargs.get("argnames", "")
        if "backend" in (names.replace(" ", "").split(",") if isinstance(names, str) else names):
            return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    metafunc.parametrize("backend", BACKENDS, ids=BACKENDS, scope="module")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throw-away PostgreSQL cluster for the session, with the two template databases migrated.

    Missing server binaries or driver: a failure under CI (CI=true), a skip with the reason elsewhere.
    """
    missing = None
    bin_dir = server_bin_dir()
    if bin_dir is None:
        missing = (
            "PostgreSQL server binaries not found (Debian: postgresql-15, see scripts/debian-packages.txt)"
        )
    else:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            missing = "psycopg is not installed (pip install -e '.[dev]')"
    if missing is not None:
        if _in_ci():
            pytest.fail(f"CI needs the PostgreSQL tests: {missing}")
        pytest.skip(missing)
    assert bin_dir is not None
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        from ethicsdesk.sample import write_sample

        cluster.sql(f"CREATE DATABASE {EMPTY_TEMPLATE} TEMPLATE template0 ENCODING 'UTF8'")
        open_workspace(cluster.url(EMPTY_TEMPLATE), create=True).close()
        cluster.sql(f"CREATE DATABASE {SAMPLE_TEMPLATE} TEMPLATE {EMPTY_TEMPLATE}")
        write_sample(cluster.url(SAMPLE_TEMPLATE)).close()
        yield cluster
    finally:
        cluster.stop()


@contextlib.contextmanager
def fresh_database(cluster: Cluster, template: str) -> Iterator[str]:
    """A new database copied from ``template``, dropped afterwards; gives its URL."""
    # Unique even when this module is loaded twice (as ``conftest`` by pytest and as ``tests.conftest`` by
    # the modules that import its helpers: two counters, which both handed out t<pid>_1, so a signing
    # test's database and another's collided when both were alive).
    name = f"t{os.getpid()}_{next(_names)}_{uuid.uuid4().hex[:8]}"
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield cluster.url(name)
    finally:
        cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """An empty, migrated workspace database of its own."""
    with fresh_database(pg_cluster, EMPTY_TEMPLATE) as url:
        yield url


@pytest.fixture
def pg_sample_url(pg_cluster: Cluster) -> Iterator[str]:
    """A database of its own holding the sample workspace."""
    with fresh_database(pg_cluster, SAMPLE_TEMPLATE) as url:
        yield url


@pytest.fixture(scope="session")
def backend() -> str:
    """Where ``ws`` and ``sample_ws`` live: "sqlite" for a test marked ``sqlite_only``; every other test
    gets both back ends by ``pytest_generate_tests``."""
    return "sqlite"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the user's real data, config and PyThaiNLP folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture
def ws(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Workspace]:
    if backend == "postgresql":
        workspace = open_workspace(request.getfixturevalue("pg_url"))
    else:
        workspace = open_workspace(tmp_path / "test.sqlite", create=True)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workspace written once per test session; tests copy it before changing it."""
    from ethicsdesk.sample import write_sample

    path = tmp_path_factory.mktemp("sample") / "sample.sqlite"
    write_sample(path).close()
    return path


@pytest.fixture
def sample_ws(
    sample_file: Path, tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[Workspace]:
    if backend == "postgresql":
        workspace = open_workspace(request.getfixturevalue("pg_sample_url"))
    else:
        copy = tmp_path / "sample.sqlite"
        shutil.copyfile(sample_file, copy)
        workspace = open_workspace(copy)
    yield workspace
    workspace.close()


@pytest.fixture
def services(sample_ws: Workspace) -> Services:
    return Services(sample_ws)


@pytest.fixture
def sample_db(sample_file: Path, tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> str:
    """Where a command finds the sample (``--db``): a copy of the sample file, or a database URL."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_sample_url")
    copy = tmp_path / "sample.sqlite"
    shutil.copyfile(sample_file, copy)
    return str(copy)


@pytest.fixture(scope="module")
def module_sample_db(
    backend: str, sample_file: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[str]:
    """The sample for the tests of a module that only read it (made once per module and back end): a copy
    of the sample file, or a database URL."""
    if backend == "postgresql":
        with fresh_database(request.getfixturevalue("pg_cluster"), SAMPLE_TEMPLATE) as url:
            yield url
        return
    copy = tmp_path_factory.mktemp("module_sample") / "sample.sqlite"
    shutil.copyfile(sample_file, copy)
    yield str(copy)


@pytest.fixture
def make_db(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """Makes places for new workspaces (``sample``, ``import`` of a command): each call gives a file not
    there yet, or an empty migrated database of its own (dropped after the test)."""
    with contextlib.ExitStack() as stack:
        count = itertools.count(1)

        def make() -> str:
            n = next(count)
            if backend == "postgresql":
                cluster = request.getfixturevalue("pg_cluster")
                return stack.enter_context(fresh_database(cluster, EMPTY_TEMPLATE))
            return str(tmp_path / f"new{n}.sqlite")

        yield make


@pytest.fixture
def new_db(make_db: Callable[[], str]) -> str:
    """Where a command makes a new workspace: a file not there yet, or an empty database of its own."""
    return make_db()


def nothing_written(db: str) -> bool:
    """A new workspace a refused command was pointed at is still as it was: no file, or an empty
    server database."""
    if "://" not in db:
        return not Path(db).exists()
    from ethicsdesk.interchange import export_workspace

    ws = open_workspace(db, read_only=True)
    try:
        return export_workspace(ws) == _empty_export()
    finally:
        ws.close()


def _empty_export() -> str:
    import tempfile

    from ethicsdesk.interchange import export_workspace

    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "empty.sqlite", create=True)
        try:
            return export_workspace(ws)
        finally:
            ws.close()


def run_sql(db: str | Path, *statements: str) -> None:
    """Change a workspace behind the program's back (a file or a server database), in one transaction."""
    from sqlalchemy import create_engine, text

    url = db if "://" in str(db) else f"sqlite:///{db}"
    engine = create_engine(str(url))
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()
