"""Signed minutes end to end: keys by openssl, two signers through the CLI, checked by poppler's pdfsig,
by pyHanko directly, and by `ethicsdesk verify`; every bad input refused with one line, exit 2."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from ethicsdesk.cli import EXIT_USER, main
from tests.signing.conftest import PASSPHRASE, make_key, require_tools


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _sign(capsys, pdf: Path, p12: Path, role: str, out: Path, pw: Path) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return _run(
        capsys,
        "sign",
        str(pdf),
        "--key",
        str(p12),
        "--as",
        role,
        "-o",
        str(out),
        "--passphrase-file",
        str(pw),
    )


def _pdfsig(pdf: Path) -> str:
    return subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False).stdout


def _der(cert: Path) -> bytes:
    return x509.load_pem_x509_certificate(cert.read_bytes()).public_bytes(Encoding.DER)


def _pyhanko(pdf: Path, certs: list[Path]) -> list[tuple[bool, bool]]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(_der(c)) for c in certs]
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()), strict=False)
    out = []
    for s in reader.embedded_signatures:
        st = validate_pdf_signature(s, ValidationContext(trust_roots=roots, allow_fetching=False))
        out.append((st.intact and st.valid, st.trusted))
    return out


@pytest.fixture(scope="module")
def signed_twice(
    certified: tuple[Path, Path], keys: dict[str, tuple[Path, Path]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    require_tools()
    folder = tmp_path_factory.mktemp("signed")
    pw = folder / "pw"
    pw.write_text(PASSPHRASE)
    _db, pdf = certified
    once, twice = folder / "once.pdf", folder / "twice.pdf"
    argv = ["sign", str(pdf), "--key", str(keys["recorder"][0]), "--as", "recorder", "-o", str(once)]
    assert main([*argv, "--passphrase-file", str(pw)]) == 0
    argv = ["sign", str(once), "--key", str(keys["chair"][0]), "--as", "chair", "-o", str(twice)]
    assert main([*argv, "--passphrase-file", str(pw)]) == 0
    return twice


def test_signed_twice_pdfsig_pyhanko_and_verify_agree(
    signed_twice: Path,
    certified_db: str,
    keys: dict[str, tuple[Path, Path]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = _pdfsig(signed_twice)
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    second = report.split("Signature #2:")[1]
    assert "Total document signed" in second and "ETSI.CAdES.detached" in second and "SHA-256" in second
    assert "Not total document signed" in report.split("Signature #2:")[0]
    certs = [keys["recorder"][1], keys["chair"][1]]
    assert _pyhanko(signed_twice, certs) == [(True, True), (True, True)]
    db = certified_db
    trust = ["--trust", str(certs[0]), "--trust", str(certs[1])]
    code, out, _ = _run(capsys, "verify", str(signed_twice), "--db", str(db), *trust)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3, out
    assert "ตรงกับบันทึก" in lines[0]
    assert lines[1].startswith("1. ลายมือชื่อถูกต้อง: นายประวิทย์ นาคนวล")
    assert lines[2].startswith("2. ลายมือชื่อถูกต้อง: นางสาวสมใจ รักษ์ธรรม")
    assert "ไม่มีสิ่งใดเพิ่มหลังลายมือชื่อสุดท้าย" in lines[2]
    # without trusting the self-signed certificates: intact, but nothing proves who signed
    code, out, _ = _run(capsys, "--lang", "en", "verify", str(signed_twice), "--db", str(db))
    assert code == 1 and out.count("self-signed certificate not among the trusted") == 2, out
    assert out.count("signed content intact") == 2


def test_one_flipped_byte_in_the_signed_range_breaks_all_three(
    signed_twice: Path, certified_db: str, keys: dict[str, tuple[Path, Path]], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data = bytearray(signed_twice.read_bytes())
    at = data.index(b"/Author (EthicsDesk)") + len(b"/Author (")  # inside both signed ranges
    data[at] ^= 0x01
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(bytes(data))
    report = _pdfsig(broken)
    assert "Signature Validation: Signature is Valid" not in report, report
    assert report.count("Signature Validation: Digest Mismatch.") == 2, report
    certs = [keys["recorder"][1], keys["chair"][1]]
    assert [ok for ok, _ in _pyhanko(broken, certs)] == [False, False]
    db = certified_db
    code, out, _ = _run(
        capsys, "verify", str(broken), "--db", str(db), "--trust", str(certs[0]), "--trust", str(certs[1])
    )
    assert code == 1 and out.count("ลายมือชื่อไม่ผ่าน") == 2 and "ลายมือชื่อถูกต้อง" not in out, out


def test_the_text_still_copies_out_exactly(signed_twice: Path, certified: tuple[Path, Path]) -> None:
    def text(pdf: Path) -> str:
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

    signed, printed = text(signed_twice), text(certified[1])
    # poppler also extracts the visible fields' text (Thai, exact): the page's own text is unchanged
    fields = ("นายประวิทย์ นาคนวล\nลงนามดิจิทัล (ผู้จดรายงานการประชุม) ", "นางสาวสมใจ รักษ์ธรรม\nลงนามดิจิทัล (ประธาน) ")
    for f in fields:
        assert signed.count(f) == 1, f
    # Each field's two lines (name, then "ลงนามดิจิทัล (role) date"), taken out once, where they stand.
    kept = signed
    for name in ("นายประวิทย์ นาคนวล", "นางสาวสมใจ รักษ์ธรรม"):
        field = re.search(re.escape(name) + r"\nลงนามดิจิทัล \([^)\n]*\)[^\n]*\n", kept)
        assert field is not None, name
        kept = kept[: field.start()] + kept[field.end() :]
    assert kept == printed
    assert "(ลงชื่อ)\u00a0" in printed and "ผู้ตรวจรายงานการประชุม" in printed


def test_the_visible_fields_sit_on_the_signature_blocks(signed_twice: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from ethicsdesk.signing import signature_box

    reader = PdfFileReader(io.BytesIO(signed_twice.read_bytes()), strict=False)
    for s in reader.embedded_signatures:
        slot = s.field_name.split("-")[1]
        page, box = signature_box(reader, slot)
        rect = [float(x) for x in s.sig_field["/Rect"]]
        assert rect == pytest.approx(list(box), abs=0.5), s.field_name
        assert s.sig_field["/P"] == reader.find_page_for_modification(page)[0].get_object()
        ap = s.sig_field["/AP"]["/N"].get_object()
        assert ap.get("/Resources") is not None  # drawn with an embedded font (Sarabun)


# -- bad input: one line, exit 2, nothing written, input untouched ---------------------------------


@contextlib.contextmanager
def _mounted(where: Path, *args: str) -> Iterator[Path]:
    where.mkdir()
    try:
        subprocess.run(["mount", *args, str(where)], check=True, capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot mount here (needs root with CAP_SYS_ADMIN): {exc}")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False, capture_output=True, timeout=30)


def _refused(capsys, pdf: Path, p12: Path, role: str, out: Path, pw: Path, *words: str) -> None:  # type: ignore[no-untyped-def]
    before = pdf.read_bytes()
    code, stdout, err = _sign(capsys, pdf, p12, role, out, pw)
    assert code == EXIT_USER and stdout == "" and len(err.strip().splitlines()) == 1, (code, stdout, err)
    assert all(w in err for w in words), err
    assert not out.exists() and pdf.read_bytes() == before
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []


def test_a_wrong_passphrase(certified, keys, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    wrong = tmp_path / "wrong"
    wrong.write_text("not-it")
    _refused(
        capsys, certified[1], keys["recorder"][0], "recorder", tmp_path / "o.pdf", wrong, "รหัสผ่านไม่ถูกต้อง"
    )


def test_a_p12_without_a_private_key(certified, keys, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    p12 = tmp_path / "nokey.p12"
    subprocess.run(
        ["openssl", "pkcs12", "-export", "-nokeys", "-in", str(keys["recorder"][1]), "-out", str(p12),
         "-passout", f"pass:{PASSPHRASE}"], check=True, capture_output=True,
    )  # fmt: skip
    _refused(capsys, certified[1], p12, "recorder", tmp_path / "o.pdf", passphrase_file, "ไม่มีกุญแจส่วนตัว")


def test_an_expired_certificate(certified, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    p12, _ = make_key(tmp_path / "k", "old", "นายเก่า ก่อน", start="20200101000000Z", end="20210101000000Z")
    _refused(capsys, certified[1], p12, "recorder", tmp_path / "o.pdf", passphrase_file, "หมดอายุ")


def test_a_certificate_not_yet_valid(certified, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    p12, _ = make_key(tmp_path / "k", "new", "นายใหม่ หลัง", start="20990101000000Z", end="21001231000000Z")
    _refused(capsys, certified[1], p12, "recorder", tmp_path / "o.pdf", passphrase_file, "ยังไม่เริ่มใช้ได้")


def test_a_certificate_not_for_signing(certified, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    p12, _ = make_key(tmp_path / "k", "enc", "นายเข้า รหัส", usage="keyUsage=critical,keyEncipherment")
    _refused(capsys, certified[1], p12, "recorder", tmp_path / "o.pdf", passphrase_file, "ไม่ได้ออกให้ใช้ลงนาม")


def test_a_pdf_not_printed_by_the_program_or_not_certified(
    certified_db: str,
    keys,
    tmp_path: Path,
    passphrase_file: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    db = certified_db
    plan = tmp_path / "plan.pdf"
    assert main(["plan", "--db", str(db), "--year", "2566", "-o", str(plan)]) == 0
    _refused(
        capsys,
        plan,
        keys["recorder"][0],
        "recorder",
        tmp_path / "o.pdf",
        passphrase_file,
        "ไม่ใช่รายงานการประชุมที่รับรองแล้ว",
    )
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\nnot really\n")
    _refused(capsys, junk, keys["recorder"][0], "recorder", tmp_path / "o.pdf", passphrase_file)


def test_a_pdf_changed_after_signing(
    signed_twice: Path, keys, tmp_path: Path, passphrase_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    once = signed_twice.parent / "once.pdf"
    data = bytearray(once.read_bytes())
    at = data.index(b"/Author (EthicsDesk)") + len(b"/Author (")
    data[at] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    _refused(
        capsys, changed, keys["chair"][0], "chair", tmp_path / "o.pdf", passphrase_file, "ถูกแก้ไขหลังลงนาม"
    )
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(once.read_bytes() + b"\n% a note added later\n")
    _refused(
        capsys, appended, keys["chair"][0], "chair", tmp_path / "o.pdf", passphrase_file, "ถูกแก้ไขหลังลงนาม"
    )


def test_an_already_signed_role(
    signed_twice: Path, keys, tmp_path: Path, passphrase_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    once = signed_twice.parent / "once.pdf"
    _refused(capsys, once, keys["chair"][0], "recorder", tmp_path / "o.pdf", passphrase_file, "ลงนามแล้ว")
    _refused(
        capsys, signed_twice, keys["chair"][0], "reviewer", tmp_path / "o.pdf", passphrase_file, "ลงนามแล้ว"
    )


def test_a_read_only_output_folder(certified, keys, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "source"
    source.mkdir()
    with _mounted(tmp_path / "ro", "--bind", str(source)) as ro:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(ro)], check=True, capture_output=True)
        _refused(
            capsys, certified[1], keys["recorder"][0], "recorder", ro / "o.pdf", passphrase_file, "เขียนแฟ้ม"
        )


def test_a_full_output_folder(certified, keys, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    room = certified[1].stat().st_size // 2
    with _mounted(tmp_path / "small", "-t", "tmpfs", "-o", f"size={room}", "tmpfs") as small:
        _refused(
            capsys, certified[1], keys["recorder"][0], "recorder", small / "o.pdf", passphrase_file, "เขียนแฟ้ม"
        )


def test_minutes_sign_in_one_step_and_a_wrong_passphrase_writes_nothing(
    certified_db: str,
    keys,
    tmp_path: Path,
    passphrase_file: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    db = certified_db
    out = tmp_path / "signed.pdf"
    argv = [
        "minutes",
        "--db",
        str(db),
        "--meeting",
        "1/2565",
        "-o",
        str(out),
        "--sign",
        str(keys["recorder"][0]),
    ]
    wrong = tmp_path / "wrong"
    wrong.write_text("nope")
    code, _, err = _run(capsys, *argv, "--as", "recorder", "--passphrase-file", str(wrong))
    assert (
        code == EXIT_USER
        and "รหัสผ่าน" in err
        and sorted(p.name for p in tmp_path.iterdir()) == ["pass.txt", "wrong"]
    )
    code, _, _ = _run(capsys, *argv, "--as", "recorder", "--passphrase-file", str(passphrase_file))
    assert code == 0
    report = _pdfsig(out)
    assert "Signature is Valid" in report and "Total document signed" in report
    assert shutil.which("pdfsig")


def test_a_draft_is_refused(new_db: str, keys, tmp_path: Path, passphrase_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = new_db
    assert main(["sample", db]) == 0
    out = tmp_path / "d.pdf"
    argv = [
        "minutes",
        "--db",
        str(db),
        "--meeting",
        "1/2565",
        "-o",
        str(out),
        "--sign",
        str(keys["recorder"][0]),
    ]
    code, _, err = _run(capsys, *argv, "--passphrase-file", str(passphrase_file))
    assert code == EXIT_USER and "รับรองแล้ว" in err and not out.exists()


def test_new_signing_key_makes_a_key_that_signs(
    certified, tmp_path: Path, passphrase_file: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    p12 = tmp_path / "mine.p12"
    code, out, _ = _run(
        capsys,
        "new-signing-key",
        "--name",
        "นายประวิทย์ นาคนวล",
        "-o",
        str(p12),
        "--passphrase-file",
        str(passphrase_file),
    )
    assert code == 0 and "ไม่พิสูจน์ตัวผู้ลงนาม" in out
    text = subprocess.run(
        ["openssl", "pkcs12", "-in", str(p12), "-nokeys", "-passin", f"pass:{PASSPHRASE}"],
        capture_output=True,
        check=True,
    ).stdout
    cert = subprocess.run(
        ["openssl", "x509", "-noout", "-text"], input=text, capture_output=True, check=True
    ).stdout.decode()
    assert "Digital Signature, Non Repudiation" in cert
    signed = tmp_path / "s.pdf"
    code, _, _ = _sign(capsys, certified[1], p12, "recorder", signed, passphrase_file)
    assert code == 0 and "Signature is Valid" in _pdfsig(signed)


def test_verify_names_anything_added_after_the_last_signature(
    signed_twice: Path,
    certified_db: str,
    keys: dict[str, tuple[Path, Path]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    appended = tmp_path / "appended.pdf"
    appended.write_bytes(signed_twice.read_bytes() + b"\n% a note added after signing\n")
    assert "Total document signed" not in _pdfsig(appended)
    db = certified_db
    trust = ["--trust", str(keys["recorder"][1]), "--trust", str(keys["chair"][1])]
    code, out, _ = _run(capsys, "--lang", "en", "verify", str(appended), "--db", str(db), *trust)
    lines = out.splitlines()
    assert code == 1 and lines[1].startswith("1. Signature valid") and "signed content intact" in lines[2]
    assert lines[2].startswith("2. Signature NOT valid") and "changes after the last signature" in lines[2]
