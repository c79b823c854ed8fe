"""The command line of signed minutes: `ethicsdesk sign`, `ethicsdesk new-signing-key`, `minutes --sign`,
and the signature lines of `ethicsdesk verify`.

A passphrase comes from a prompt (getpass) or from the first line of ``--passphrase-file``; it is never
stored, printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ethicsdesk.errors import UserError, ValidationError

ROLES = ("recorder", "reviewer", "chair")


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:  # pyright: ignore[reportPrivateUsage]
    """The subcommands `sign` and `new-signing-key`."""
    s = sub.add_parser("sign", help="sign printed certified minutes (PDF) with a PKCS#12 key")
    s.add_argument("pdf", type=Path)
    s.add_argument("--key", type=Path, required=True, help="the signer's key, a .p12/.pfx file")
    s.add_argument("--as", dest="role", choices=ROLES, required=True, help="who signs")
    s.add_argument("-o", "--output", type=Path, required=True, help="the signed PDF")
    s.add_argument("--passphrase-file", type=Path, help="read the key's passphrase from this file")
    s = sub.add_parser("new-signing-key", help="make a self-signed signing key (.p12) for a person")
    s.add_argument("--name", required=True, help='the signer\'s name in Thai, e.g. "นายประวิทย์ นาคนวล"')
    s.add_argument("-o", "--output", type=Path, required=True)
    s.add_argument("--days", type=int, default=3 * 365, help="how long the certificate is valid (days)")
    s.add_argument("--passphrase-file", type=Path, help="read the new passphrase from this file")


def add_minutes_options(s: argparse.ArgumentParser) -> None:
    """`ethicsdesk minutes … --sign KEY.p12 --as recorder`."""
    s.add_argument("--sign", type=Path, metavar="KEY.p12", help="sign the printed PDF with this key")
    s.add_argument("--as", dest="role", choices=ROLES, default="recorder", help="who signs (with --sign)")
    s.add_argument("--passphrase-file", type=Path, help="read the key's passphrase from this file")


def add_verify_options(s: argparse.ArgumentParser) -> None:
    s.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a certificate (issuer or signer) to trust; repeatable",
    )


def passphrase(file: Path | None, *, confirm: bool = False) -> bytes:
    """The passphrase: the first line of ``file``, or typed at a prompt (not echoed)."""
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise UserError(
                f"อ่านแฟ้มรหัสผ่าน «{file}» ไม่ได้ ({reason})",
                f"Cannot read the passphrase file «{file}» ({reason})",
            ) from None
        return (text[0] if text else "").encode("utf-8")
    typed = getpass.getpass("รหัสผ่านของกุญแจ / key passphrase: ")
    if confirm and getpass.getpass("พิมพ์อีกครั้ง / again: ") != typed:
        raise ValidationError("รหัสผ่านสองครั้งไม่ตรงกัน", "The two passphrases differ")
    return typed.encode("utf-8")


def _check_output(output: Path) -> None:
    if output.suffix.lower() != ".pdf":
        raise ValidationError(
            f"แฟ้มที่ลงนามต้องเป็น .pdf («{output.name}»)", f"The signed file must be a .pdf («{output.name}»)"
        )


def run(args: argparse.Namespace, lang: str) -> int:
    """`sign` or `new-signing-key`."""
    from ethicsdesk.signing import load_signing_key, new_signing_key, sign_minutes_pdf, write_atomic

    if args.command == "new-signing-key":
        if args.days < 1:
            raise ValidationError("จำนวนวันต้องมากกว่าศูนย์", "--days must be at least 1")
        made = new_signing_key(
            args.name, args.output, passphrase(args.passphrase_file, confirm=True), days=args.days
        )
        print(
            f"เขียนกุญแจลงนามของ {made.name} ที่ {args.output} แล้ว (ลงนามด้วยตนเอง: พิสูจน์ว่าเอกสารไม่ถูกแก้ไข "
            "แต่ไม่พิสูจน์ตัวผู้ลงนามจนกว่าผู้ตรวจจะเชื่อถือใบรับรองนี้)"
            if lang == "th"
            else f"Signing key of {made.name} written to {args.output} (self-signed: proves the file is "
            "unchanged, not who signed, until the reader trusts this certificate)"
        )
        return 0
    _check_output(args.output)
    key = load_signing_key(args.key, passphrase(args.passphrase_file))
    try:
        data = args.pdf.read_bytes()
    except OSError as exc:
        raise UserError(
            f"อ่านแฟ้ม «{args.pdf}» ไม่ได้ ({exc.strerror})", f"Cannot read «{args.pdf}» ({exc.strerror})"
        ) from None
    write_atomic(args.output, sign_minutes_pdf(data, key, args.role))
    print(f"ลงนามแล้ว: {args.output}" if lang == "th" else f"Signed: {args.output}")
    return 0


def print_signed(args: argparse.Namespace, print_to: Callable[[Path], Path]) -> Path:
    """`minutes --sign`: the key is opened first (a wrong passphrase writes nothing), the minutes printed
    to a temporary file beside the output, signed, and only then written to the output."""
    from ethicsdesk.signing import load_signing_key, sign_minutes_pdf, write_atomic

    _check_output(args.output)
    key = load_signing_key(args.sign, passphrase(args.passphrase_file))
    tmp = args.output.with_name(f".{args.output.stem}.unsigned-{os.getpid()}.pdf")
    try:
        print_to(tmp)
        data = tmp.read_bytes()
    finally:
        tmp.unlink(missing_ok=True)
    write_atomic(args.output, sign_minutes_pdf(data, key, args.role))
    return args.output


def print_signature_lines(pdf: Path, trust: list[Path], lang: str) -> bool:
    """`verify`: one line per signature of ``pdf``; True when every one holds (or there are none)."""
    from ethicsdesk.signing import load_trust_roots, validate_pdf_signatures

    roots = load_trust_roots(trust)
    try:
        data = pdf.read_bytes()
    except OSError as exc:
        raise UserError(
            f"อ่านแฟ้ม «{pdf}» ไม่ได้ ({exc.strerror})", f"Cannot read «{pdf}» ({exc.strerror})"
        ) from None
    checks = validate_pdf_signatures(data, roots)
    for n, c in enumerate(checks, 1):
        print(f"{n}. {c.message(lang)}")
    if not checks and trust:
        print("แฟ้มนี้ไม่มีลายมือชื่อดิจิทัล" if lang == "th" else "This file has no digital signatures")
        return False
    return all(c.ok for c in checks)
