"""Typed access to the objects of an interchange document, naming the place of every problem."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ethicsdesk.errors import ValidationError

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_MONEY = re.compile(r"^\d{1,13}(\.\d{1,2})?$")


def bad(where: str, th: str, en: str) -> ValidationError:
    return ValidationError(f"แฟ้มนำเข้าไม่ถูกต้องที่ {where}: {th}", f"Invalid import file at {where}: {en}")


class Doc:
    """Typed access to one JSON object, naming the place of every problem."""

    def __init__(
        self, data: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> None:
        if not isinstance(data, dict):
            raise bad(where, "ต้องเป็นออบเจกต์ JSON", "must be a JSON object")
        missing = [k for k in required if k not in data]
        if missing:
            raise bad(where, f"ขาดช่อง {', '.join(missing)}", f"missing {', '.join(missing)}")
        extra = sorted(set(data) - set(required) - set(optional))
        if extra:
            raise bad(where, f"มีช่องที่ไม่รู้จัก {', '.join(extra)}", f"unknown keys {', '.join(extra)}")
        self.data = data
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def raw(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def str(self, key: str, *, nonempty: bool = False) -> str:
        v = self.data.get(key, "")
        if not isinstance(v, str):
            raise bad(self.at(key), "ต้องเป็นข้อความ", f"must be text, not {type(v).__name__}")
        if nonempty and not v.strip():
            raise bad(self.at(key), "ต้องไม่เว้นว่าง", "must not be empty")
        return v

    def int(self, key: str, lo: int = 0, hi: int = 10**9, *, null: bool = False) -> Any:
        v = self.data.get(key)
        if v is None and null:
            return None
        if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
            raise bad(
                self.at(key),
                f"ต้องเป็นจำนวนเต็มระหว่าง {lo} ถึง {hi}",
                f"must be a whole number from {lo} to {hi}",
            )
        return v

    def bool(self, key: str) -> bool:
        v = self.data.get(key, False)
        if not isinstance(v, bool):
            raise bad(self.at(key), "ต้องเป็น true หรือ false", "must be true or false")
        return v

    def list(self, key: str) -> list[Any]:
        v = self.data.get(key, [])
        if not isinstance(v, list):
            raise bad(self.at(key), "ต้องเป็นรายการ", "must be a list")
        return v

    def date(self, key: str) -> dt.date:
        v = self.str(key)
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                raise ValueError
            return dt.date.fromisoformat(v)
        except ValueError:
            raise bad(
                self.at(key),
                f"วันที่ «{v}» ไม่ถูกต้อง (ต้องเป็น YYYY-MM-DD ค.ศ.)",
                f"«{v}» is not a valid date (YYYY-MM-DD)",
            ) from None

    def time(self, key: str) -> dt.time | None:
        v = self.data.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not _TIME.match(v):
            raise bad(
                self.at(key), f"เวลา «{v}» ไม่ถูกต้อง (ต้องเป็น HH:MM)", f"«{v}» is not a valid time (HH:MM)"
            )
        return dt.time.fromisoformat(v)

    def money(self, key: str, *, null: bool = False) -> int | None:
        v = self.data.get(key)
        if v is None and null:
            return None
        if not isinstance(v, str) or not _MONEY.match(v):
            raise bad(
                self.at(key),
                f'จำนวนเงิน «{v}» ไม่ถูกต้อง (ต้องเป็นข้อความตัวเลข เช่น "70000.00")',
                f'«{v}» is not an amount (a string such as "70000.00")',
            )
        try:
            return int(Decimal(v) * 100)
        except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
            raise bad(self.at(key), "จำนวนเงินไม่ถูกต้อง", "invalid amount") from None

    def enum(self, key: str, enum: Any) -> Any:
        v = self.data.get(key)
        try:
            return enum(v)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise bad(
                self.at(key), f"ค่า «{v}» ไม่อยู่ในรายการ ({allowed})", f"«{v}» is not one of {allowed}"
            ) from None
