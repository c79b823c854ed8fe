"""Caches made from other caches: when the base ones are cleared (a font now points at another file, the
word lists changed), these must be cleared too. The modules that own base caches call
:func:`clear_derived`; a module that builds on them marks its cache with :func:`derived` — so the base
modules need not import the ones built on them (which would be an import cycle)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_DERIVED: list[Callable[[], None]] = []


def derived(cached: F) -> F:
    """Register an ``lru_cache``-wrapped function to be cleared with the caches it is made from."""
    _DERIVED.append(cached.cache_clear)  # type: ignore[attr-defined]
    return cached


def clear_derived() -> None:
    for clear in _DERIVED:
        clear()
