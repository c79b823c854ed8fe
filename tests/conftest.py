"""Fixtures shared by every test: a fresh workspace, the sample workspace, tmp data folders.

``ws`` and ``sample_ws`` are files (SQLite) unless a test folder's conftest asks for both back ends by
overriding ``backend`` (tests/services, tests/interchange...): then each test runs on a file and on a
database of a throw-away PostgreSQL cluster (``pg_cluster``, one per session, see tests/pg_cluster.py).
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
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


def _fresh_database(cluster: Cluster, template: str) -> Iterator[str]:
    """A new database copied from ``template``, dropped after the test; yields its URL."""
    name = f"t{os.getpid()}_{next(_names)}"
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    try:
        yield cluster.url(name)
    finally:
        cluster.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """An empty, migrated workspace database of its own."""
    yield from _fresh_database(pg_cluster, EMPTY_TEMPLATE)


@pytest.fixture
def pg_sample_url(pg_cluster: Cluster) -> Iterator[str]:
    """A database of its own holding the sample workspace."""
    yield from _fresh_database(pg_cluster, SAMPLE_TEMPLATE)


@pytest.fixture
def backend() -> str:
    """Where ``ws`` and ``sample_ws`` live; overridden with both back ends by some test folders."""
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
