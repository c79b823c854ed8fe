"""Fixtures shared by every test: a fresh workspace, the sample workspace, tmp data folders."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethicsdesk.services import Services
from ethicsdesk.storage import Workspace, open_workspace

REPO = Path(__file__).resolve().parent.parent


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
def ws(tmp_path: Path) -> Iterator[Workspace]:
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
def sample_ws(sample_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    copy = tmp_path / "sample.sqlite"
    shutil.copyfile(sample_file, copy)
    workspace = open_workspace(copy)
    yield workspace
    workspace.close()


@pytest.fixture
def services(sample_ws: Workspace) -> Services:
    return Services(sample_ws)
