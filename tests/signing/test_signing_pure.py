"""ethicsdesk/signing is pure: bytes and keys in, bytes and findings out; no workspace, no Qt."""

from __future__ import annotations

from tests.test_layering import PACKAGE, _imports  # pyright: ignore[reportPrivateUsage]

FORBIDDEN = (
    "ethicsdesk.storage",
    "ethicsdesk.services",
    "sqlmodel",
    "sqlalchemy",
    "PySide6",
    "ethicsdesk.gui",
)


def test_the_signing_package_imports_no_storage_services_or_qt() -> None:
    modules = sorted((PACKAGE / "signing").glob("*.py"))
    assert len(modules) >= 4
    offenders = {
        f"{path.name}: {name}"
        for path in modules
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert offenders == set()
