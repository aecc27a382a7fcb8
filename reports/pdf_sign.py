"""PAdES signatures on printed forms with the organisation's own certificate, and offline checks.

The certificate is self-signed and made on first use in `org_dir` by models.trust.keys, which
also keeps the key encrypted. pyHanko takes ~0.7 s to import, so it is imported inside the
functions that need it.
"""

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reports.pdf_meta import parse_anchor, parse_closing, parse_keywords, parse_results

# The names models.trust.keys gives them (not imported from there: importing reports stays
# light; tests/test_org_key.py checks they agree).
KEY_FILE, CERT_FILE = "org-signing-key.pem", "org-signing-cert.pem"
FIELD = "AppraisalDeskSignature"
# Room for the signature (hex digits): pyHanko would find it by signing a dummy first, a third
# of the time of each signature. Ours (ECDSA P-256, the certificate inside, a name of at most
# 64 characters) takes under 3,000; the rest is zeros.
SIGNATURE_SPACE = 8192


@dataclass
class Verification:
    intact: bool            # signed, and not one byte changed since signing
    signed: bool
    form_id: int | None
    revision: int | None
    sha256: str | None
    message: str
    signer: str | None = None
    trusted: bool | None = None     # signed with this organisation's certificate (None: not asked)
    damaged: bool = False           # not readable as a PDF (so whether it was signed is unknown)
    anchor: tuple | None = None     # (event id, hash) of the audit trail it was printed at
    closing: tuple | None = None    # a results summary: (closing id, revision, sha256)
    results: tuple | None = None    # a form: (closing id, revision) its rank and stars are from

    @property
    def ok(self):
        return self.signed and self.intact and self.trusted is not False

    @property
    def unsigned(self):
        return not self.signed and not self.damaged


def sign_pdf(src, dst, *, org_dir, reason, organisation=None):
    """Sign `src` into `dst` (written under a temporary name, then renamed). The certificate
    is created in `org_dir` when there is none, named after `organisation`."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = _signer(str(Path(org_dir).resolve()), organisation)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD, reason=reason, md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES)
    dst = Path(dst)
    part = dst.with_name(dst.name + ".part")
    try:
        with open(src, "rb") as source, open(part, "wb") as out:
            writer = IncrementalPdfFileWriter(source, strict=False)
            signers.sign_pdf(writer, meta, signer=signer, output=out,
                             bytes_reserved=SIGNATURE_SPACE)
        os.replace(part, dst)
    finally:
        part.unlink(missing_ok=True)
    return dst


def verify_pdf(path, *, org_dir=None, cert=None):
    """Check a printed form offline. With `cert` (an asn1crypto certificate, or the path of a
    PEM or DER file) or `org_dir` (the certificate kept there), the signer must also be that
    organisation certificate: any other signer is NOT TRUSTED, whatever name it carries
    (FileNotFoundError when the certificate is missing). Without either, who signed is not
    checked (`trusted` is None): `main.py verify` never asks that way. Never raises for a bad
    file: the answer says what is wrong."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        data = Path(path).read_bytes()
        reader = PdfFileReader(BytesIO(data), strict=False)
        meta = _info(reader, "/Keywords")
        form_id, revision, sha256 = parse_keywords(meta)
        signatures = reader.embedded_signatures
    except Exception as exc:     # noqa: BLE001 — any parse failure means a damaged file
        return Verification(False, False, None, None, None, damaged=True,
                            message=f"ALTERED or damaged: not a readable PDF ({_short(exc)})")
    found = dict(form_id=form_id, revision=revision, sha256=sha256, anchor=parse_anchor(meta),
                 closing=parse_closing(meta), results=parse_results(meta))
    if not signatures:
        return Verification(False, False, **found, message=(
            "NOT SIGNED: nothing proves this PDF is unaltered; print it again with signing on "
            "or compare its SHA-256 with the store"))
    if cert is not None and not hasattr(cert, "dump"):
        from models.trust import keys

        cert = keys.load_certificate(cert)
    elif cert is None and org_dir is not None:
        cert = _certificate(Path(org_dir))
    return _validate(signatures[-1], cert, found)


def _validate(signature, cert, found):
    """Digest, signature and coverage; then whose certificate it is. The signer's own
    certificate is the trust root for the arithmetic, so a stranger's signature is reported as
    such rather than as a path-building failure."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from models.trust import keys

    try:
        own = signature.signer_cert
        context = ValidationContext(trust_roots=[own], allow_fetching=False)
        status = validate_pdf_signature(signature, context)
    except Exception as exc:    # noqa: BLE001 — whatever breaks the check, it does not verify
        return Verification(False, True, **found,
                            message=f"ALTERED: the signature cannot be checked ({_short(exc)})")
    signer = own.subject.native.get("common_name") or own.subject.human_friendly
    problem = _problem(status, signature)
    if problem:
        return Verification(False, True, **found, message=f"ALTERED: {problem}", signer=signer)
    when = (status.signer_reported_dt.strftime("%Y-%m-%d %H:%M")
            if status.signer_reported_dt else "an unknown time")
    if cert is None:
        return Verification(True, True, **found, signer=signer, message=(
            f"intact: unchanged since signed by {signer} at {when} (signer not checked against "
            "the organisation's certificate)"))
    if own.dump() != cert.dump():     # the whole certificate: a name anyone can copy
        return Verification(True, True, **found, signer=signer, trusted=False, message=(
            f"NOT TRUSTED: unchanged since signed at {when}, but by a certificate named "
            f"\"{signer}\" that is not the organisation's (its SHA-256 fingerprint is "
            f"{keys.fingerprint(own)})"))
    if not status.trusted:
        return Verification(True, True, **found, signer=signer, trusted=False, message=(
            f"NOT VALID: unchanged since signed at {when}, but the organisation's certificate "
            "does not validate (expired, or not meant for signing)"))
    return Verification(True, True, **found, signer=signer, trusted=True, message=(
        f"intact: unchanged since signed by {signer} at {when} with this organisation's "
        "certificate"))


def _problem(status, signature):
    """What is wrong with a validated signature, or None."""
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not status.intact:
        return "the content changed after signing (its digest does not match the signature)"
    if not status.valid:
        return "the signature does not match the signed content"
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return "data was added to the file after it was signed"
    # /Contents is the signature followed by zero padding that no digest covers: check it.
    from asn1crypto import parser

    contents = signature.pkcs7_content
    _, _, _, header, body, _ = parser.parse(contents, strict=False)
    if contents[len(header) + len(body):].strip(b"\0"):
        return "bytes were changed inside the signature's padding"
    return None


def _info(reader, key):
    info = reader.trailer_view.get("/Info")
    value = info.get_object().get(key) if info is not None else None
    return str(value) if value is not None else ""


def _short(exc):
    text = str(exc) or type(exc).__name__
    return text if len(text) < 160 else text[:157] + "…"


def org_certificate(org_dir, organisation=None):
    """The organisation's signing certificate (asn1crypto), made on first use."""
    from models.trust import keys

    keys.ensure(org_dir, organisation)
    return keys.certificate(org_dir)


def _certificate(org_dir):
    from models.trust import keys

    org_dir = Path(org_dir)
    if not (org_dir / CERT_FILE).is_file():
        raise FileNotFoundError(f"no organisation certificate in {org_dir} ({CERT_FILE})")
    return keys.certificate(org_dir)


@lru_cache(maxsize=4)
def _signer(org_dir, organisation):
    """The organisation's signer, loaded once per process (reports/pdf_signer.py keeps what
    every form's signature shares)."""
    from models.trust import keys
    from reports.pdf_signer import load_signer

    keys.ensure(Path(org_dir), organisation)
    return load_signer(Path(org_dir) / KEY_FILE, Path(org_dir) / CERT_FILE, keys.secret(org_dir))
