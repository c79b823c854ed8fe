"""Checking the signatures of a PDF: each intact, the revision it covers, the signer, the time, whether
its certificate chains to a trust root the user gave (or is self-signed), and whether anything was added
after the last signature."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.thai.dates import format_date_long, format_time
from ethicsdesk.thai.digits import to_thai_digits


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF, as checked."""

    field: str
    signer: str
    signed_at: dt.datetime | None
    intact: bool  # the signed bytes are unchanged and the signature is mathematically valid
    revision: int  # the revision it covers, 1 = the printed file
    revisions: int  # revisions in the file
    trusted: bool  # chains to one of the trust roots given
    self_signed: bool
    last: bool  # the last signature of the file
    nothing_after: bool  # last: nothing added after it; earlier: only signatures/form fields after it

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.nothing_after

    def _when(self) -> tuple[str, str]:
        if self.signed_at is None:
            return "ไม่ระบุเวลา", "no time given"
        local = self.signed_at.astimezone()
        return (
            f"{format_date_long(local.date(), weekday=False)} เวลา {format_time(local.time())}",
            f"{local:%Y-%m-%d %H:%M %z}",
        )

    def th(self) -> str:
        when, _ = self._when()
        head = "ลายมือชื่อถูกต้อง" if self.ok else "ลายมือชื่อไม่ผ่าน"
        parts = [
            f"{head}: {self.signer} ลงนามเมื่อ {when}",
            f"ครอบคลุมฉบับที่ {to_thai_digits(str(self.revision))} จาก {to_thai_digits(str(self.revisions))}",
            "เนื้อหาที่ลงนามไม่ถูกแก้ไข" if self.intact else "เนื้อหาที่ลงนามถูกแก้ไขหรือลายมือชื่อเสีย",
        ]
        if self.trusted:
            parts.append("ใบรับรองต่อถึงผู้ออกใบรับรองที่เชื่อถือ")
        elif self.self_signed:
            parts.append("ใบรับรองลงนามด้วยตนเอง ไม่อยู่ในรายการที่เชื่อถือ (--trust) จึงพิสูจน์ตัวผู้ลงนามไม่ได้")
        else:
            parts.append("ใบรับรองไม่ต่อถึงผู้ออกใบรับรองที่เชื่อถือ (--trust)")
        if self.last:
            parts.append(
                "ไม่มีสิ่งใดเพิ่มหลังลายมือชื่อสุดท้าย" if self.nothing_after else "มีการเพิ่มหรือแก้ไขหลังลายมือชื่อสุดท้าย"
            )
        elif not self.nothing_after:
            parts.append("มีการแก้ไขอื่นนอกจากการลงนามหลังลายมือชื่อนี้")
        return " · ".join(parts)

    def en(self) -> str:
        _, when = self._when()
        head = "Signature valid" if self.ok else "Signature NOT valid"
        parts = [
            f"{head}: {self.signer}, signed {when}",
            f"covers revision {self.revision} of {self.revisions}",
            "signed content intact" if self.intact else "signed content altered or signature broken",
        ]
        if self.trusted:
            parts.append("certificate chains to a trusted root")
        elif self.self_signed:
            parts.append("self-signed certificate not among the trusted (--trust): does not prove who signed")
        else:
            parts.append("certificate does not chain to a trusted root (--trust)")
        if self.last:
            parts.append(
                "nothing added after the last signature"
                if self.nothing_after
                else "changes after the last signature"
            )
        elif not self.nothing_after:
            parts.append("changes other than signatures after this signature")
        return " · ".join(parts)

    def message(self, lang: str = "th") -> str:
        return self.en() if lang == "en" else self.th()


def load_trust_roots(paths: Sequence[str | object]) -> list[x509.Certificate]:
    """Certificates (PEM or DER) the user trusts."""
    from pathlib import Path

    out: list[x509.Certificate] = []
    for p in paths:
        path = Path(str(p))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(
                f"อ่านแฟ้มใบรับรอง «{path}» ไม่ได้ ({exc.strerror})",
                f"Cannot read the certificate «{path}» ({exc.strerror})",
            ) from None
        try:
            if b"-----BEGIN" in data:
                out.extend(x509.load_pem_x509_certificates(data))
            else:
                out.append(x509.load_der_x509_certificate(data))
        except ValueError:
            raise ValidationError(
                f"«{path.name}» ไม่ใช่ใบรับรอง (PEM หรือ DER)", f"«{path.name}» is not a certificate (PEM or DER)"
            ) from None
    return out


def validate_pdf_signatures(pdf: bytes, trust_roots: Sequence[x509.Certificate] = ()) -> list[SignatureCheck]:
    """Every signature of ``pdf``, oldest first."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
    except (PdfError, ValueError, KeyError, IndexError):
        raise ValidationError("แฟ้มนี้ไม่ใช่ PDF ที่อ่านได้", "This file is not a readable PDF") from None
    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trust_roots]
    revisions = reader.xrefs.total_revisions
    out: list[SignatureCheck] = []
    for i, s in enumerate(sigs):
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        try:
            status = validate_pdf_signature(s, context)
            intact, valid, trusted = status.intact, status.valid, status.trusted
            coverage, level = status.coverage, status.modification_level
            cert = status.signing_cert
        except (PdfError, ValueError, KeyError):  # a signature dictionary too broken to check
            intact = valid = trusted = False
            coverage = level = None
            cert = s.signer_cert
        last = i == len(sigs) - 1
        if last:
            nothing_after = coverage == SignatureCoverageLevel.ENTIRE_FILE
        else:
            nothing_after = level is not None and level <= ModificationLevel.FORM_FILLING
        out.append(
            SignatureCheck(
                field=s.field_name,
                signer=str(cert.subject.native.get("common_name", cert.subject.human_friendly)),
                signed_at=s.self_reported_timestamp,
                intact=bool(intact and valid),
                revision=s.signed_revision + 1,
                revisions=revisions,
                trusted=bool(trusted),
                self_signed=cert.self_signed in ("yes", "maybe"),
                last=last,
                nothing_after=nothing_after,
            )
        )
    return out
