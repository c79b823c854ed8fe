"""A guard against reference-count bugs of PySide6 6.12 under Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every ``SignalInstance.emit()`` called from Python
drops one reference to ``True`` that it never took, and many calls from Qt into Python (a slot run
by a signal, ``QLineEdit.setText`` with a connected slot, ``QComboBox.itemData``, a timer's
callback…) drop one reference to ``None``. ``True`` starts with about 8,400 references in this
program, so after a few thousand emits (a few hundred edits) CPython aborts with "Fatal Python
error: bool_dealloc" (or "none_dealloc"). Python 3.12 made these objects immortal, so the bugs are
harmless there.

Until a fixed binding is available, the guard gives ``True``, ``False`` and ``None`` the references
the binding will later drop: their counts are raised by ten million (never lowered, so the
interpreter's shutdown is safe too) and checked every ten seconds. These are static objects that
CPython never frees, so extra references cost nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer, Signal

RESERVE = 10_000_000  # references given at a time; a session would need that many leaking calls
LOW_WATER = 1_000_000
SINGLETONS = (True, False, None)


class _Probe(QObject):
    ping = Signal()


def leaks_references() -> bool:
    """Whether emitting a signal into a Python slot loses a reference to True or None (measured)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    probe = _Probe()
    probe.ping.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(8):
        probe.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(None)
    return after[0] < before[0] or after[1] < before[1]


def top_up() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in SINGLETONS:
        if sys.getrefcount(obj) < LOW_WATER:
            refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field of every object
            refcount.value += RESERVE


def install(parent: QObject) -> QTimer | None:
    """Start the guard if this binding needs it; return its timer (None when not needed)."""
    if not leaks_references():
        return None
    top_up()
    timer = QTimer(parent)
    timer.setObjectName("refcountGuard")
    timer.setInterval(10_000)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
