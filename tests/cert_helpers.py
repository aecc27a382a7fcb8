"""A stranger's certificate for the trust tests: made with `cryptography` here, not with the
app's key code, so a forger's tools are what the tests use."""

from datetime import UTC, datetime, timedelta
from pathlib import Path


def make_certificate(folder, *, common_name="Appraisal Desk", organisation=None):
    """A self-signed ECDSA certificate with the given names in `folder`: (key path, cert path),
    both PEM, the key unencrypted."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    name = x509.Name(attributes)
    now = datetime.now(UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=True,
                          crl_sign=False, encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(usage, critical=True)
            .sign(key, hashes.SHA256()))
    key_path, cert_path = folder / "forger-key.pem", folder / "forger-cert.pem"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def same_names_as(cert_path):
    """The common name and organisation of a certificate file (PEM), to copy them."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_pem_x509_certificate(Path(cert_path).read_bytes())

    def one(oid):
        found = cert.subject.get_attributes_for_oid(oid)
        return found[0].value if found else None

    return {"common_name": one(NameOID.COMMON_NAME),
            "organisation": one(NameOID.ORGANIZATION_NAME)}


def forge_sign(src, dst, key_path, cert_path):
    """Sign `src` into `dst` with pyHanko and a certificate of one's own, as a forger would,
    in the same signature field the app uses."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    from reports.pdf_sign import FIELD

    signer = signers.SimpleSigner.load(str(key_path), str(cert_path))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, reason="考核表", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    with open(src, "rb") as source, open(dst, "wb") as out:
        signers.sign_pdf(IncrementalPdfFileWriter(source, strict=False), meta, signer=signer,
                         output=out)
    return Path(dst)


def to_der(cert_path, der_path):
    """The same certificate as a DER file."""
    from asn1crypto import pem

    _, _, raw = pem.unarmor(Path(cert_path).read_bytes())
    Path(der_path).write_bytes(raw)
    return Path(der_path)
