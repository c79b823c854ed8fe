"""Signing printed certified minutes: PAdES baseline B-B (SHA-256), one incremental update per signer,
the visible field on that person's signature block of the form."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ethicsdesk.errors import ValidationError
from ethicsdesk.signing.keys import SigningKey
from ethicsdesk.thai.dates import format_date_long, format_time

#: The certified minutes' fingerprint in the PDF's Keywords (ethicsdesk/documents/fingerprint.py).
FINGERPRINT = re.compile(r"ethicsdesk-minutes (\d{1,4})/(\d{4}) sha256:([0-9a-f]{64})")
#: Where the renderer names each signature block (ethicsdesk/pdf/render.py, SIGNATURE_DESTINATION).
DESTINATION = "ethicsdesk-signature-"
FIELD_PREFIX = "EthicsDesk-"


class Role(StrEnum):
    """Who signs: the recorder (ผู้จดรายงานการประชุม) first, then the reviewer or the chair in the form's
    second block (ผู้ตรวจรายงานการประชุม)."""

    RECORDER = "recorder"
    REVIEWER = "reviewer"
    CHAIR = "chair"

    @property
    def slot(self) -> str:
        """The signature block of the form this role signs."""
        return "recorder" if self is Role.RECORDER else "reviewer"

    @property
    def th(self) -> str:
        return {"recorder": "ผู้จดรายงานการประชุม", "reviewer": "ผู้ตรวจรายงานการประชุม", "chair": "ประธาน"}[
            self.value
        ]

    @property
    def en(self) -> str:
        return {"recorder": "recorder", "reviewer": "reviewer", "chair": "chair"}[self.value]


@dataclass(frozen=True)
class Fingerprint:
    number: int
    year_be: int
    digest: str

    @property
    def keywords(self) -> str:
        return f"ethicsdesk-minutes {self.number}/{self.year_be} sha256:{self.digest}"


def _reader(pdf: bytes) -> PdfFileReader:
    try:
        return PdfFileReader(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError, IndexError):
        raise ValidationError("แฟ้มนี้ไม่ใช่ PDF ที่อ่านได้", "This file is not a readable PDF") from None


def read_fingerprint(reader: PdfFileReader) -> Fingerprint | None:
    """The certified minutes' fingerprint in the first revision's metadata, or None."""
    try:
        info = reader.trailer_view.get("/Info")
        keywords = str(info.get_object().get("/Keywords", "")) if info is not None else ""
    except (PdfError, AttributeError, KeyError):
        return None
    m = FINGERPRINT.search(keywords)
    return None if m is None else Fingerprint(int(m[1]), int(m[2]), m[3])


def _not_minutes() -> ValidationError:
    return ValidationError(
        "แฟ้มนี้ไม่ใช่รายงานการประชุมที่รับรองแล้วซึ่งพิมพ์จาก EthicsDesk จึงลงนามไม่ได้ "
        "(ลงนามได้เฉพาะรายงานการประชุมที่รับรองแล้ว)",
        "This file is not certified minutes printed by EthicsDesk, so it cannot be signed "
        "(only certified minutes are signed)",
    )


def signature_box(reader: PdfFileReader, slot: str) -> tuple[int, tuple[float, float, float, float]]:
    """(page index, rectangle) of the form's signature block ``slot``, as the renderer named it."""
    dests = reader.root.get("/Dests")
    dest = None if dests is None else dests.get_object().get("/" + DESTINATION + slot)
    if dest is None:
        raise ValidationError(
            "แบบรายงานการประชุมในแฟ้มนี้ไม่มีช่องลงนามของ"
            + ("ผู้จดรายงานการประชุม" if slot == "recorder" else "ผู้ตรวจรายงานการประชุม")
            + " (พิมพ์ใหม่ด้วย EthicsDesk รุ่นนี้)",
            f"The minutes in this file have no signature block for the {slot} (print them again with this "
            "version of EthicsDesk)",
        )
    dest = dest.get_object()
    target = dest.raw_get(0).reference
    count = int(reader.root["/Pages"]["/Count"])
    index = next(
        (i for i in range(count) if reader.find_page_for_modification(i)[0].reference == target), None
    )
    if index is None:
        raise _not_minutes()
    left, bottom, right, top = (float(dest[i]) for i in range(2, 6))
    return index, (left, bottom, right, top)


def _signed_slots(reader: PdfFileReader) -> set[str]:
    return {
        s.field_name[len(FIELD_PREFIX) :].split("-")[0]
        for s in reader.embedded_signatures
        if s.field_name.startswith(FIELD_PREFIX)
    }


def check_before_signing(pdf: bytes, role: Role) -> PdfFileReader:
    """Refuses what must not be signed: not certified EthicsDesk minutes, a file changed since it was
    printed or last signed, a role (signature block) already signed."""
    from pyhanko.sign.validation import validate_pdf_signature  # the import costs 0.1 s
    from pyhanko_certvalidator import ValidationContext

    reader = _reader(pdf)
    if read_fingerprint(reader) is None:
        raise _not_minutes()
    sigs = reader.embedded_signatures
    if not sigs:
        if reader.xrefs.total_revisions != 1:
            raise ValidationError(
                "แฟ้มนี้ถูกแก้ไขหลังพิมพ์จาก EthicsDesk จึงลงนามไม่ได้ ให้พิมพ์รายงานการประชุมใหม่",
                "This file was changed after EthicsDesk printed it, so it cannot be signed; print the minutes again",
            )
    else:
        for s in sigs:
            context = ValidationContext(trust_roots=[], allow_fetching=False, revocation_mode="soft-fail")
            status = validate_pdf_signature(s, context, skip_diff=True)
            if not status.intact or not status.valid:
                raise _changed()
        last = max(sigs, key=lambda s: s.signed_revision)
        if last.signed_revision != reader.xrefs.total_revisions - 1 or last.coverage is None:
            raise _changed()
        from pyhanko.sign.validation.status import SignatureCoverageLevel

        if last.coverage != SignatureCoverageLevel.ENTIRE_FILE:
            raise _changed()
    if role.slot in _signed_slots(reader):
        raise ValidationError(
            f"ช่อง{'ผู้จดรายงานการประชุม' if role.slot == 'recorder' else 'ผู้ตรวจรายงานการประชุม'}ในแฟ้มนี้ลงนามแล้ว",
            f"The {role.slot}'s block of this file is already signed",
        )
    return reader


def _changed() -> ValidationError:
    return ValidationError(
        "แฟ้มนี้ถูกแก้ไขหลังลงนามครั้งก่อน ลายมือชื่อเดิมไม่สมบูรณ์ จึงลงนามต่อไม่ได้",
        "This file was changed after an earlier signature, which no longer holds; it cannot be signed",
    )


class _SarabunFactory(GlyphAccumulatorFactory):
    """pyHanko's OpenType font engine (HarfBuzz shaping, embedded subset) fed from bytes read once: its
    own factory opens the font file for every signature and never closes it."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(
            writer=writer,
            font_handle=io.BytesIO(_font_bytes()),
            font_size=self.font_size,
            ot_script_tag=self.ot_script_tag,
            ot_language_tag=self.ot_language_tag,
            writing_direction=self.writing_direction,
            bcp47_lang_code=self.bcp47_lang_code,
            obj_stream=obj_stream,
        )


@cache
def _font_bytes() -> bytes:
    from ethicsdesk.pdf.typeset.fonts import fonts_dir

    return (fonts_dir() / "Sarabun-Regular.ttf").read_bytes()


def _font_factory() -> GlyphAccumulatorFactory:
    return _SarabunFactory("Sarabun-Regular.ttf", ot_script_tag="thai", bcp47_lang_code="th")


def appearance_text(name: str, when: dt.datetime, role: Role) -> str:
    """What the visible field shows: the signer's name, the role, the Buddhist-era date and time in Thai
    digits (local time)."""
    local = when.astimezone()
    return (
        f"{name}\nลงนามดิจิทัล ({role.th}) "
        f"{format_date_long(local.date(), weekday=False)} เวลา {format_time(local.time())}"
    )


def _whole_points(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    left, bottom, right, top = box
    return round(left), round(bottom), round(right), round(top)


def _pyhanko_signer(key: SigningKey) -> signers.SimpleSigner:
    der = serialization.Encoding.DER
    cert = asn1_x509.Certificate.load(key.certificate.public_bytes(der))
    private = asn1_keys.PrivateKeyInfo.load(
        key.key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in key.chain]
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=private,
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),
    )


def sign_minutes_pdf(
    pdf: bytes,
    key: SigningKey,
    role: Role | str,
    when: dt.datetime | None = None,
    *,
    name: str | None = None,
) -> bytes:
    """``pdf`` (certified minutes printed by EthicsDesk) with one more signature, by ``key`` as ``role``,
    appended as an incremental update. ``when`` is the time shown in the field (default: now); ``name`` the
    name shown (default: the certificate's)."""
    role = Role(role)
    reader = check_before_signing(pdf, role)
    fingerprint = read_fingerprint(reader)
    assert fingerprint is not None
    page, box = signature_box(reader, role.slot)
    when = when or dt.datetime.now(dt.UTC)
    shown = name or key.name
    field = f"{FIELD_PREFIX}{role.slot}-{role.value}"
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    fields.append_signature_field(
        writer, fields.SigFieldSpec(sig_field_name=field, on_page=page, box=_whole_points(box))
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=f"{role.th} / {role.en}: {fingerprint.keywords}",
        name=shown,
    )
    style = TextStampStyle(
        stamp_text="%(text)s",
        text_box_style=TextBoxStyle(font=_font_factory(), font_size=12, leading=15),
        border_width=0,
    )
    out = io.BytesIO()
    try:
        signers.PdfSigner(meta, signer=_pyhanko_signer(key), stamp_style=style).sign_pdf(
            writer, output=out, appearance_text_params={"text": appearance_text(shown, when, role)}
        )
    except SigningError as exc:
        raise ValidationError(f"ลงนามไม่สำเร็จ ({exc})", f"Signing failed ({exc})") from None
    return out.getvalue()


__all__ = ["Role", "read_fingerprint", "sign_minutes_pdf", "signature_box"]
