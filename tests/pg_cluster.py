"""A throw-away PostgreSQL cluster for the tests: initdb in a temporary folder, a free local port, the
unix socket in that folder, fsync off. Run as an unprivileged user when the tests run as root (initdb and
postgres refuse root). No mock: the real server of the machine (Debian's postgresql-15).

Used by tests/conftest.py (one cluster per test session) and by bench/run.py.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

#: The superuser of the throw-away cluster (trusted on the local socket and on 127.0.0.1).
ADMIN = "ethicsdesk_admin"
#: A role that must give its password (wrong-password tests).
PASSWORD_USER = "ethicsdesk_pw"
PASSWORD = "ถูกต้อง-secret"


def server_bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl/postgres: $ETHICSDESK_PG_BIN, else the newest Debian install."""
    env = os.environ.get("ETHICSDESK_PG_BIN")
    candidates = [env] if env else sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for c in candidates:
        if c and (Path(c) / "initdb").is_file() and (Path(c) / "postgres").is_file():
            return Path(c)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> list[str]:
    """The prefix that drops root for initdb/postgres: runuser -u nobody (always present on Debian)."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "nobody", "--"]


@dataclass
class Cluster:
    bin_dir: Path
    folder: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="ethicsdesk-pg-")))
    port: int = 0
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.folder / "server.log"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str = ADMIN, password: str | None = None) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        prefix = _run_as()
        if prefix:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.folder, nobody.pw_uid, nobody.pw_gid)
        self.folder.chmod(0o700)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        subprocess.run(
            [
                *prefix,
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                ADMIN,
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=self.folder,
        )
        # The admin is trusted over TCP from this machine; every other role gives its password.
        hba = self.data / "pg_hba.conf"
        hba.write_text(
            f"local all all trust\nhost all {ADMIN} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n",
            encoding="utf-8",
        )
        for _ in range(5):
            self.port = _free_port()
            started = subprocess.run(
                [
                    *prefix,
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.log),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
                    "start",
                ],
                capture_output=True,
                env=env,
                cwd=self.folder,
            )
            if started.returncode == 0:
                break
        else:
            raise RuntimeError(f"the test PostgreSQL server did not start: {self.log_tail()}")
        self.sql(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return self.log.read_text(encoding="utf-8", errors="replace")[-2000:]
        return ""

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the admin (autocommit: CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=ADMIN, dbname=database, autocommit=True
        ) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def stop(self) -> None:
        if self.port:
            subprocess.run(
                [
                    *_run_as(),
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                capture_output=True,
                cwd=self.folder,
            )
        shutil.rmtree(self.folder, ignore_errors=True)
