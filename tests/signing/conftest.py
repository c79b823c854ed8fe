"""Keys made by the real `openssl` command, and certified sample minutes printed once per module."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethicsdesk.cli import main

PASSPHRASE = "ลับ-secret-1"
USAGE = "keyUsage=critical,digitalSignature,nonRepudiation"


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_key(
    folder: Path,
    name: str,
    cn: str,
    *,
    usage: str = USAGE,
    start: str | None = None,
    end: str | None = None,
) -> tuple[Path, Path]:
    """(KEY.p12, CERT.pem) of a self-signed key made by openssl; ``start``/``end`` (YYYYMMDDHHMMSSZ) give
    the validity through `openssl ca`."""
    folder.mkdir(parents=True, exist_ok=True)
    key, cert, p12 = folder / f"{name}.key", folder / f"{name}.pem", folder / f"{name}.p12"
    if start is None:
        openssl(
            "req", "-x509", "-utf8", "-newkey", "rsa:2048", "-nodes", "-keyout", key.name, "-out", cert.name,
            "-days", "30", "-subj", f"/CN={cn}", "-addext", usage, cwd=folder,
        )  # fmt: skip
    else:
        ca = folder / f"{name}-ca"
        ca.mkdir()
        (ca / "index.txt").write_text("")
        (ca / "serial").write_text("01\n")
        (ca / "ca.cnf").write_text(
            "[ca]\ndefault_ca=d\n[d]\ndir=.\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\n"
            "default_md=sha256\npolicy=p\nx509_extensions=e\nutf8=yes\nstring_mask=utf8only\n"
            f"[p]\ncommonName=supplied\n[e]\n{usage}\n"
        )
        openssl(
            "req", "-new", "-utf8", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", "r.csr",
            "-subj", f"/CN={cn}", cwd=ca,
        )  # fmt: skip
        openssl(
            "ca", "-batch", "-selfsign", "-config", "ca.cnf", "-keyfile", str(key), "-in", "r.csr",
            "-out", str(cert), "-startdate", start, "-enddate", end or "21001231000000Z", cwd=ca,
        )  # fmt: skip
    openssl(
        "pkcs12", "-export", "-inkey", key.name, "-in", cert.name, "-out", p12.name,
        "-passout", f"pass:{PASSPHRASE}", cwd=folder,
    )  # fmt: skip
    return p12, cert


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("keys")
    return {
        "recorder": make_key(folder, "recorder", "นายประวิทย์ นาคนวล"),
        "chair": make_key(folder, "chair", "นางสาวสมใจ รักษ์ธรรม"),
    }


@pytest.fixture(scope="module")
def certified(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(workspace, PDF of the certified minutes 1/2565 of the sample)."""
    from ethicsdesk.services import Services
    from ethicsdesk.storage import open_workspace

    folder = tmp_path_factory.mktemp("certified")
    db, pdf = folder / "s.sqlite", folder / "certified.pdf"
    assert main(["sample", str(db)]) == 0
    ws = open_workspace(db)
    Services(ws).meetings.certify(1, dt.date(2022, 12, 21))
    ws.close()
    assert main(["minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(pdf)]) == 0
    return db, pdf


@pytest.fixture(scope="module")
def certified_db(backend: str, certified: tuple[Path, Path], request: pytest.FixtureRequest) -> Iterator[str]:
    """The workspace holding the certified minutes ``certified`` printed, on each back end: the file
    itself, or a server database of the sample certified the same way (its record must verify the PDF
    printed from the file: what is printed is the same on both)."""
    if backend == "sqlite":
        yield str(certified[0])
        return
    from ethicsdesk.services import Services
    from ethicsdesk.storage import open_workspace
    from tests.conftest import SAMPLE_TEMPLATE, fresh_database

    with fresh_database(request.getfixturevalue("pg_cluster"), SAMPLE_TEMPLATE) as url:
        ws = open_workspace(url)
        Services(ws).meetings.certify(1, dt.date(2022, 12, 21))
        ws.close()
        yield url


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def require_tools() -> None:
    for tool in ("openssl", "pdfsig"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is needed (scripts/debian-packages.txt)")
