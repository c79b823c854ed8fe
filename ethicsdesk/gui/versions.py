"""Versions of the Qt parts, for `ethicsdesk --version`."""

from __future__ import annotations


def qt_version() -> str:
    """ "6.12.0 (PySide6 6.12.0)": the Qt library the program runs on, and its Python binding."""
    import PySide6
    from PySide6.QtCore import qVersion

    return f"{qVersion()} (PySide6 {PySide6.__version__})"
