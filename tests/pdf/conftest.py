from __future__ import annotations

import pytest

from ethicsdesk.pdf.typeset import FontFamily, check_shaping, register_sarabun


@pytest.fixture(scope="session")
def sarabun() -> FontFamily:
    family = register_sarabun()
    check_shaping()
    return family
