"""Signing keys: a PKCS#12 file (.p12/.pfx) issued to the signer, or a self-signed one made here.

The passphrase is only ever held in memory for the call; nothing here stores or logs it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from ethicsdesk.errors import UserError, ValidationError

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class SigningKey:
    """A private key, its certificate and the certificates that came with it (the issuer's chain)."""

    key: PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def name(self) -> str:
        """The certificate's common name (the signer's name as issued)."""
        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        value = names[0].value if names else self.certificate.subject.rfc4514_string()
        return value if isinstance(value, str) else value.decode("utf-8", "replace")

    @property
    def self_signed(self) -> bool:
        return self.certificate.issuer == self.certificate.subject


def write_atomic(path: Path, data: bytes) -> None:
    """``data`` to ``path`` through the program's one output path (``ethicsdesk.output``): a failure (a
    read-only or full folder) leaves no file and whatever was at ``path`` before."""
    from ethicsdesk.output import write_bytes_atomic

    write_bytes_atomic(path, data)


def new_signing_key(
    name_th: str,
    output_p12: Path,
    passphrase: bytes,
    *,
    days: int = 3 * 365,
    now: dt.datetime | None = None,
) -> SigningKey:
    """A self-signed key and certificate for ``name_th`` (its common name), for digital signature and
    non-repudiation, written as a PKCS#12 file protected by ``passphrase``."""
    name_th = " ".join(name_th.split())
    if not name_th:
        raise ValidationError("ต้องระบุชื่อผู้ลงนาม", "The signer's name is required")
    if not passphrase:
        raise ValidationError("ต้องตั้งรหัสผ่านของกุญแจ", "The key needs a passphrase")
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(minutes=5)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name_th)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        name_th.encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase),
    )
    write_atomic(output_p12, data)
    return SigningKey(key, cert)


def load_signing_key(p12: Path | bytes, passphrase: bytes, *, now: dt.datetime | None = None) -> SigningKey:
    """The key and certificate of a PKCS#12 file, checked: the passphrase opens it, it holds a private key,
    the certificate is valid now and allowed to sign documents."""
    label = p12.name if isinstance(p12, Path) else "PKCS#12"
    if isinstance(p12, Path):
        try:
            data = p12.read_bytes()
        except OSError as exc:
            raise UserError(
                f"อ่านแฟ้มกุญแจ «{p12}» ไม่ได้ ({exc.strerror})",
                f"Cannot read the key file «{p12}» ({exc.strerror})",
            ) from None
    else:
        data = p12
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase or None)
    except ValueError:
        raise ValidationError(
            f"เปิดแฟ้มกุญแจ «{label}» ไม่ได้: รหัสผ่านไม่ถูกต้อง หรือไม่ใช่แฟ้ม PKCS#12 (.p12/.pfx)",
            f"Cannot open the key file «{label}»: wrong passphrase, or not a PKCS#12 (.p12/.pfx) file",
        ) from None
    if key is None:
        raise ValidationError(
            f"แฟ้ม «{label}» ไม่มีกุญแจส่วนตัว (มีแต่ใบรับรอง) จึงใช้ลงนามไม่ได้",
            f"«{label}» holds no private key (only certificates), so it cannot sign",
        )
    if cert is None:
        raise ValidationError(
            f"แฟ้ม «{label}» ไม่มีใบรับรองของกุญแจ", f"«{label}» holds no certificate for its key"
        )
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise ValidationError(
            f"ชนิดกุญแจใน «{label}» ใช้ลงนามเอกสาร PDF ไม่ได้ (ใช้ได้: RSA, EC)",
            f"The key type in «{label}» cannot sign PDF documents (RSA or EC only)",
        )
    check_certificate(cert, label, now=now)
    return SigningKey(key, cert, tuple(extra))


def check_certificate(cert: x509.Certificate, label: str, *, now: dt.datetime | None = None) -> None:
    """Refuses a certificate that is expired, not yet valid, or whose key usage excludes signing."""
    now = now or dt.datetime.now(dt.UTC)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if now < start:
        raise ValidationError(
            f"ใบรับรองใน «{label}» ยังไม่เริ่มใช้ได้ (ใช้ได้ตั้งแต่ {start:%Y-%m-%d %H:%M} UTC)",
            f"The certificate in «{label}» is not valid yet (valid from {start:%Y-%m-%d %H:%M} UTC)",
        )
    if now > end:
        raise ValidationError(
            f"ใบรับรองใน «{label}» หมดอายุแล้ว (เมื่อ {end:%Y-%m-%d %H:%M} UTC)",
            f"The certificate in «{label}» has expired (on {end:%Y-%m-%d %H:%M} UTC)",
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return  # no key usage extension: not restricted (RFC 5280)
    if not (usage.digital_signature or usage.content_commitment):
        raise ValidationError(
            f"ใบรับรองใน «{label}» ไม่ได้ออกให้ใช้ลงนามเอกสาร (การใช้กุญแจไม่มี digitalSignature/nonRepudiation)",
            f"The certificate in «{label}» is not for signing "
            "(its key usage has neither digitalSignature nor nonRepudiation)",
        )
