"""The tests of this folder run on both back ends: a file (SQLite) and a PostgreSQL database."""

import pytest

from tests.conftest import BACKENDS


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param
