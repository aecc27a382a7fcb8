"""The organisation's signing key: made on first use in the `signing/` folder beside the store,
kept encrypted, and used to seal signatures, anchor the audit trail and sign PDFs.

How the key is protected (docs/reliability.md, "What the key protects"):

- `org-signing-key.pem` is PKCS#8, encrypted with a random 32-byte secret.
- That secret is kept in the OS keyring (Windows Credential Manager, macOS Keychain, Secret
  Service) when there is one: the app then signs without asking anybody.
- Once the HR admin sets a passphrase, the secret is also kept in `org-key-unlock.json`,
  wrapped with AES-GCM under scrypt(passphrase). Where the OS offers no keyring, the key then
  stays locked until HR unlocks it for the session (or `APPRAISAL_DESK_KEY_PASSPHRASE` is set
  for a command).
- Until a passphrase is set on a machine without a keyring, the secret lies beside the key
  (`org-key-secret`, owner-only) and `main.py check` warns that the key is unprotected.

The certificate is public: it is what every check compares against.
"""

import base64
import hashlib
import json
import os
import threading
from functools import lru_cache
from pathlib import Path

from models.storage.errors import StoreError

SIGNING_DIR = "signing"
KEY_FILE = "org-signing-key.pem"
CERT_FILE = "org-signing-cert.pem"
UNLOCK_FILE = "org-key-unlock.json"
SECRET_FILE = "org-key-secret"
KEYRING_SERVICE = "Appraisal Desk organisation key"
PASSPHRASE_ENV = "APPRAISAL_DESK_KEY_PASSPHRASE"
VALID_YEARS = 50        # forms are checked years later; there is no timestamp authority offline
SCRYPT = {"n": 2 ** 15, "r": 8, "p": 1}
MIN_PASSPHRASE = 10

_unlocked = {}          # resolved signing folder → the key's secret, for this process only
_guard = threading.Lock()


class KeyLockedError(StoreError):
    """The organisation key exists but cannot be used until the HR admin unlocks it."""

    reason = "key_locked"


class WrongPassphraseError(ValueError):
    reason = "wrong_passphrase"


def signing_dir(db_path):
    """Where the store at `db_path` keeps its organisation key and certificate."""
    return Path(db_path).resolve().parent / SIGNING_DIR


def store_signing_dir(db):
    """The signing folder of an open store, or None for one without a file (in memory)."""
    from models.storage.live_files import database_path

    path = database_path(db)
    return signing_dir(path) if path else None


# -- the certificate (public) ----------------------------------------------------------------
def certificate(org_dir):
    """The organisation's certificate (asn1crypto), or FileNotFoundError. Parsed once per
    version of the file (each form view checks its seals with it)."""
    path = Path(org_dir) / CERT_FILE
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise FileNotFoundError(f"no certificate file at {path}") from None
    return _parsed_certificate(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _parsed_certificate(path, _mtime_ns, _size):
    return load_certificate(path)


def load_certificate(path):
    """A certificate file, PEM or DER (asn1crypto); FileNotFoundError, or ValueError when the
    file is not a certificate."""
    from asn1crypto import pem, x509

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no certificate file at {path}")
    raw = path.read_bytes()
    try:
        if pem.detect(raw):
            _, _, raw = pem.unarmor(raw)
        cert = x509.Certificate.load(raw)
        _ = cert.native     # parses every field: a truncated or foreign file fails here
    except Exception as exc:     # noqa: BLE001 — asn1crypto raises several kinds
        raise ValueError(f"{path} is not a certificate (PEM or DER): {exc}") from exc
    return cert


def fingerprint(cert):
    """SHA-256 of the certificate, as printed on every form: AB:CD:… (32 pairs)."""
    digest = hashlib.sha256(cert.dump()).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def verify(cert, data, signature_b64):
    """Does `signature_b64` (ECDSA over SHA-256) sign `data` (bytes) with `cert`'s key?"""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        _public_key(cert.public_key.dump()).verify(
            base64.b64decode(signature_b64, validate=True), data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@lru_cache(maxsize=8)
def _public_key(der):
    """Loaded once per certificate: a store check verifies thousands of seals."""
    from cryptography.hazmat.primitives import serialization

    return serialization.load_der_public_key(der)


# -- the private key ---------------------------------------------------------------------------
def ensure(org_dir, organisation=None):
    """Make the key and its self-signed certificate when missing; returns the folder. A key
    without its certificate (a crash between the two writes) gets a certificate for it."""
    org_dir = Path(org_dir)
    key_path, cert_path = org_dir / KEY_FILE, org_dir / CERT_FILE
    if key_path.is_file() and cert_path.is_file():
        return org_dir
    if cert_path.is_file():
        raise FileNotFoundError(f"{key_path} is missing: the organisation certificate in "
                                f"{org_dir} cannot sign without its key")
    from cryptography.hazmat.primitives import serialization

    org_dir.mkdir(parents=True, exist_ok=True)
    with _guard:
        if key_path.is_file():
            key = private_key(org_dir)
        else:
            # ECDSA P-256: PAdES and every current viewer accept it, and its key loads in
            # microseconds (pyHanko loads the key for each signature).
            from cryptography.hazmat.primitives.asymmetric import ec

            key = ec.generate_private_key(ec.SECP256R1())
            secret = base64.b64encode(os.urandom(32))
            _store_secret(org_dir, secret)
            write_private(key_path, key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(secret)))
            _unlocked[str(org_dir.resolve())] = secret
        cert = _self_signed(key, organisation)
        part = cert_path.with_name(cert_path.name + ".part")
        part.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        os.replace(part, cert_path)
    return org_dir


def secret(org_dir):
    """The password of the key file (None for an old, unencrypted key); KeyLockedError when
    nothing at hand opens it."""
    org_dir = Path(org_dir)
    key_path = org_dir / KEY_FILE
    if not key_path.is_file():
        raise FileNotFoundError(f"no organisation key in {org_dir}")
    if b"ENCRYPTED" not in key_path.read_bytes()[:64]:
        return None
    found = _unlocked.get(str(org_dir.resolve()))
    if found is None:
        found = _secret_from_keyring(org_dir) or _secret_from_file(org_dir)
    if found is None and os.environ.get(PASSPHRASE_ENV):
        found = unlock(org_dir, os.environ[PASSPHRASE_ENV])
    if found is None:
        raise KeyLockedError(f"the organisation key in {org_dir} is locked: an HR admin must "
                             "unlock it with the key passphrase")
    _unlocked[str(org_dir.resolve())] = found
    return found


def private_key(org_dir):
    from cryptography.hazmat.primitives import serialization

    data = (Path(org_dir) / KEY_FILE).read_bytes()
    return serialization.load_pem_private_key(data, password=secret(org_dir))


def sign(org_dir, data):
    """ECDSA (SHA-256) signature of `data` with the organisation key, base64."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    key = private_key(org_dir)
    return base64.b64encode(key.sign(data, ec.ECDSA(hashes.SHA256()))).decode("ascii")


def protection(org_dir):
    """How the key is kept: 'keyring', 'passphrase', 'unprotected' or 'none' (no key yet)."""
    org_dir = Path(org_dir)
    if not (org_dir / KEY_FILE).is_file():
        return "none"
    if (org_dir / SECRET_FILE).is_file():
        return "unprotected"
    if b"ENCRYPTED" not in (org_dir / KEY_FILE).read_bytes()[:64]:
        return "unprotected"
    if _secret_from_keyring(org_dir) is not None:
        return "keyring"
    return "passphrase"


def is_locked(org_dir):
    try:
        secret(org_dir)
    except KeyLockedError:
        return True
    return False


def set_passphrase(org_dir, passphrase):
    """Wrap the key's secret with the HR admin's passphrase (replacing an older one) and stop
    keeping the secret in plain beside the key. The key must be unlocked."""
    if not isinstance(passphrase, str) or len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValueError(f"the key passphrase must have at least {MIN_PASSPHRASE} characters")
    org_dir = Path(org_dir)
    key = private_key(org_dir)
    current = secret(org_dir)
    if current is None:     # an old unencrypted key: encrypt it now
        from cryptography.hazmat.primitives import serialization

        current = base64.b64encode(os.urandom(32))
        write_private(org_dir / KEY_FILE, key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(current)))
    salt, nonce = os.urandom(16), os.urandom(12)
    wrapped = _aead(_kek(passphrase, salt, SCRYPT)).encrypt(nonce, current, b"org-key")
    record = {"kdf": "scrypt", **SCRYPT, "salt": salt.hex(), "nonce": nonce.hex(),
              "wrapped": wrapped.hex()}
    write_private(org_dir / UNLOCK_FILE, json.dumps(record).encode("utf-8"))
    _keyring_set(org_dir, current)
    (org_dir / SECRET_FILE).unlink(missing_ok=True)
    _unlocked[str(org_dir.resolve())] = current


def unlock(org_dir, passphrase):
    """Open the key with the passphrase for this process; WrongPassphraseError if it does not
    open it. Returns the secret."""
    org_dir = Path(org_dir)
    path = org_dir / UNLOCK_FILE
    if not path.is_file():
        raise KeyLockedError(f"no key passphrase was ever set in {org_dir}")
    from cryptography.exceptions import InvalidTag

    record = json.loads(path.read_text("utf-8"))
    params = {k: int(record[k]) for k in ("n", "r", "p")}
    try:
        found = _aead(_kek(passphrase, bytes.fromhex(record["salt"]), params)).decrypt(
            bytes.fromhex(record["nonce"]), bytes.fromhex(record["wrapped"]), b"org-key")
    except InvalidTag:
        raise WrongPassphraseError("wrong key passphrase: the organisation key stays "
                                   "locked") from None
    _unlocked[str(org_dir.resolve())] = found
    return found


def hold(org_dir, secret_bytes):
    """Keep a secret unlocked in another process for this one, in memory only: a print worker
    gets it from the app that unlocked the key (reports/batch.py), never through a file."""
    _unlocked[str(Path(org_dir).resolve())] = secret_bytes


def forget(org_dir=None):
    """Drop the unlocked secrets this process holds (all of them without `org_dir`)."""
    if org_dir is None:
        _unlocked.clear()
    else:
        _unlocked.pop(str(Path(org_dir).resolve()), None)


def _kek(passphrase, salt, params):
    import unicodedata

    data = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(data, salt=salt, n=params["n"], r=params["r"], p=params["p"],
                          dklen=32, maxmem=256 * params["r"] * params["n"])


def _aead(key):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _store_secret(org_dir, secret_bytes):
    """A new key's secret: into the keyring when there is one, else beside the key until the
    HR admin sets a passphrase."""
    if not _keyring_set(org_dir, secret_bytes):
        write_private(org_dir / SECRET_FILE, secret_bytes)


def _secret_from_file(org_dir):
    path = Path(org_dir) / SECRET_FILE
    return path.read_bytes().strip() if path.is_file() else None


def _keyring():
    """The OS keyring, or None where there is none (a headless Linux, CI)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:     # pragma: no cover — a dependency; a broken install signs locked
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def _keyring_name(org_dir):
    return str(Path(org_dir).resolve())


def _keyring_set(org_dir, secret_bytes):
    backend = _keyring()
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, _keyring_name(org_dir), secret_bytes.decode())
    except Exception:   # noqa: BLE001 — a keyring that refuses is a keyring we do not have
        return False
    return True


def _secret_from_keyring(org_dir):
    backend = _keyring()
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, _keyring_name(org_dir))
    except Exception:   # noqa: BLE001
        return None
    return value.encode() if value else None


def write_private(path, data):
    """Create `path` readable and writable by its owner only, then fill it."""
    path = Path(path)
    part = path.with_name(path.name + ".part")
    part.unlink(missing_ok=True)
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(part, path)


X509_NAME_MAX = 64


def _shortened(text, limit):
    """`text` cut to at most `limit` UTF-8 bytes, with "…" where it was cut."""
    if len(text.encode()) <= limit:
        return text
    while len((text + "…").encode()) > limit:
        text = text[:-1]
    return text + "…"


def _self_signed(key, organisation):
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    suffix = " — Appraisal Desk"
    # A name's CN and O hold at most 64 (RFC 5280; the cryptography package counts UTF-8 bytes):
    # a longer organisation name is shortened on the certificate, never refused.
    common = _shortened(organisation, X509_NAME_MAX - len(suffix.encode())) + suffix \
        if organisation else "Appraisal Desk"
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                                             _shortened(organisation, X509_NAME_MAX)))
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
