"""Digital signatures of certified minutes (PAdES, with pyHanko): keys, signing, checking.

Pure: takes bytes and keys, never a workspace; no Qt."""

import logging

from ethicsdesk.signing.keys import SigningKey, load_signing_key, new_signing_key, write_atomic
from ethicsdesk.signing.sign import Role, read_fingerprint, sign_minutes_pdf, signature_box
from ethicsdesk.signing.validate import SignatureCheck, load_trust_roots, validate_pdf_signatures

# pyHanko and its certificate validator log every failed check (a self-signed certificate, an altered
# file) as a warning; the outcome is reported to the user in our own words instead.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

__all__ = [
    "Role",
    "SignatureCheck",
    "SigningKey",
    "load_signing_key",
    "load_trust_roots",
    "new_signing_key",
    "read_fingerprint",
    "sign_minutes_pdf",
    "signature_box",
    "validate_pdf_signatures",
    "write_atomic",
]
