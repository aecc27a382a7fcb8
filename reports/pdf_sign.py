"""PAdES signatures on printed forms with the organisation's own certificate, and offline checks.

The certificate is self-signed and made on first use in `org_dir` (its key readable by the owner
only). pyHanko takes ~0.7 s to import, so it is imported inside the functions that need it.
"""

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reports.pdf_meta import parse_keywords

KEY_FILE = "org-signing-key.pem"
CERT_FILE = "org-signing-cert.pem"
FIELD = "AppraisalDeskSignature"
VALID_YEARS = 50        # forms are checked years later; there is no timestamp authority offline


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
            signers.sign_pdf(writer, meta, signer=signer, output=out)
        os.replace(part, dst)
    finally:
        part.unlink(missing_ok=True)
    return dst


def verify_pdf(path, *, org_dir=None):
    """Check a printed form offline. With `org_dir`, the signer must also be the organisation's
    certificate kept there (FileNotFoundError when there is none). Never raises for a bad
    file: the answer says what is wrong."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        data = Path(path).read_bytes()
        reader = PdfFileReader(BytesIO(data), strict=False)
        form_id, revision, sha256 = parse_keywords(_info(reader, "/Keywords"))
        signatures = reader.embedded_signatures
    except Exception as exc:     # noqa: BLE001 — any parse failure means a damaged file
        return Verification(False, False, None, None, None, damaged=True,
                            message=f"ALTERED or damaged: not a readable PDF ({_short(exc)})")
    found = dict(form_id=form_id, revision=revision, sha256=sha256)
    if not signatures:
        return Verification(False, False, **found, message=(
            "NOT SIGNED: nothing proves this PDF is unaltered; print it again with signing on "
            "or compare its SHA-256 with the store"))
    cert = _certificate(Path(org_dir)) if org_dir is not None else None
    return _validate(signatures[-1], cert, found)


def _validate(signature, cert, found):
    """Digest, signature and coverage; then whose certificate it is. The signer's own
    certificate is the trust root for the arithmetic, so a stranger's signature is reported as
    such rather than as a path-building failure."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

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
    if own.dump() != cert.dump():
        return Verification(True, True, **found, signer=signer, trusted=False, message=(
            f"NOT OURS: unchanged since signed at {when}, but by {signer}, which is not this "
            "organisation's certificate"))
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
    org_dir = Path(org_dir)
    _ensure(org_dir, organisation)
    return _certificate(org_dir)


def _certificate(org_dir):
    from asn1crypto import pem, x509

    cert_path = org_dir / CERT_FILE
    if not cert_path.is_file():
        raise FileNotFoundError(f"no organisation certificate in {org_dir} ({CERT_FILE})")
    raw = cert_path.read_bytes()
    if pem.detect(raw):
        _, _, raw = pem.unarmor(raw)
    return x509.Certificate.load(raw)


@lru_cache(maxsize=4)
def _signer(org_dir, organisation):
    from pyhanko.sign import signers

    _ensure(Path(org_dir), organisation)
    return signers.SimpleSigner.load(str(Path(org_dir) / KEY_FILE),
                                     str(Path(org_dir) / CERT_FILE))


def _ensure(org_dir, organisation):
    """Make the key (0600) and the self-signed certificate when missing. A key without its
    certificate (a crash between the two writes) gets a new certificate for the same key."""
    key_path, cert_path = org_dir / KEY_FILE, org_dir / CERT_FILE
    if key_path.is_file() and cert_path.is_file():
        return
    if cert_path.is_file():
        raise FileNotFoundError(f"{key_path} is missing: the organisation certificate in "
                                f"{org_dir} cannot sign without its key")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    org_dir.mkdir(parents=True, exist_ok=True)
    if key_path.is_file():
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    else:
        # ECDSA P-256: PAdES and every current viewer accept it, and unlike RSA its key loads
        # in microseconds (pyHanko loads the key for each signature).
        key = ec.generate_private_key(ec.SECP256R1())
        _write_private(key_path, key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
    cert = _self_signed(key, organisation)
    part = cert_path.with_name(cert_path.name + ".part")
    part.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    os.replace(part, cert_path)


def _write_private(path, data):
    """Create `path` readable and writable by its owner only, then fill it."""
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.replace(part, path)


def _self_signed(key, organisation):
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, f"{organisation} — Appraisal Desk"
                                     if organisation else "Appraisal Desk")]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    name = x509.Name(attributes)
    now = datetime.now(UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=True,
                          crl_sign=False, encipher_only=False, decipher_only=False)
    return (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
