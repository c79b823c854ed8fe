"""Errors that reach the user: each carries its message in Thai and in English."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can act on (bad input, unusable file), never a bug.

    ``th`` is the message shown by default; ``en`` when the user chose English.
    """

    def __init__(self, th: str, en: str) -> None:
        super().__init__(en)
        self.th = th
        self.en = en

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th

    def __str__(self) -> str:
        return self.th


class ValidationError(UserError):
    """Input that breaks a rule of the domain; nothing was changed."""


class ParseError(ValidationError):
    """Text that could not be read as the value asked for (a date, a time, an amount)."""


class StorageError(UserError):
    """A workspace file that cannot be opened or written."""
