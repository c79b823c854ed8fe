"""Where a workspace lives: a file (a Path) or a database on a PostgreSQL server (a ServerLocation).

Kept free of SQLAlchemy so that the command line can tell the two apart before loading it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ethicsdesk.errors import UserError

#: The URL schemes accepted for a server workspace; all are opened with psycopg 3.
SERVER_SCHEMES = ("postgresql+psycopg", "postgresql", "postgres")
DRIVER_SCHEME = "postgresql+psycopg"


def is_server_url(text: str) -> bool:
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    return scheme in SERVER_SCHEMES


@dataclass(frozen=True)
class ServerLocation:
    """A workspace held by a PostgreSQL server: a SQLAlchemy URL for psycopg 3."""

    url: str

    @classmethod
    def parse(cls, text: str) -> ServerLocation:
        scheme, _, rest = text.partition("://")
        if scheme.lower() not in SERVER_SCHEMES or not rest:
            raise UserError(
                f"«{text}» ไม่ใช่ที่อยู่ฐานข้อมูลบนเซิร์ฟเวอร์ (ตัวอย่าง: postgresql+psycopg://ผู้ใช้@เครื่อง:5432/ชื่อฐานข้อมูล)",
                f"«{text}» is not a server database address (e.g. postgresql+psycopg://user@host:5432/dbname)",
            )
        location = cls(f"{DRIVER_SCHEME}://{rest}")
        parts = urlsplit(location.url)
        if not parts.hostname and "host=" not in (parts.query or ""):
            raise UserError(
                f"ที่อยู่ «{location}» ไม่ได้ระบุเครื่องเซิร์ฟเวอร์",
                f"The address «{location}» names no server host",
            )
        if not parts.path.strip("/"):
            raise UserError(
                f"ที่อยู่ «{location}» ไม่ได้ระบุชื่อฐานข้อมูล", f"The address «{location}» names no database"
            )
        return location

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.lstrip("/"))

    @property
    def user(self) -> str:
        return unquote(urlsplit(self.url).username or "")

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def port(self) -> int | None:
        return urlsplit(self.url).port

    @property
    def display(self) -> str:
        """user@host:port/database, never the password."""
        who = f"{self.user}@" if self.user else ""
        port = f":{self.port}" if self.port else ""
        return f"{who}{self.host}{port}/{self.database}"

    @property
    def name(self) -> str:
        """What the window's title shows (as a file's name): user@host:port/database."""
        return self.display

    def with_password(self, password: str) -> ServerLocation:
        from urllib.parse import quote

        parts = urlsplit(self.url)
        netloc = parts.netloc.rsplit("@", 1)[-1]
        user = quote(self.user, safe="")
        return ServerLocation(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{netloc}").geturl())

    def with_database(self, database: str) -> ServerLocation:
        from urllib.parse import quote

        return ServerLocation(urlsplit(self.url)._replace(path="/" + quote(database, safe="")).geturl())

    def __str__(self) -> str:
        return self.display


Location = Path | ServerLocation


def parse_location(text: str | Path | ServerLocation) -> Path | ServerLocation:
    """``--db``'s value: a server URL, else a file path."""
    if isinstance(text, ServerLocation | Path):
        return text
    if is_server_url(text):
        return ServerLocation.parse(text)
    return Path(text)
