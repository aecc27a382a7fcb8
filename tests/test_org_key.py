"""The organisation key (models/trust/keys.py): encrypted on disk, its secret in the OS keyring
or behind the HR admin's passphrase, and no signing step writes anything while it is locked."""

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from models import forms
from models.database.tamper_check import check_store
from models.trust import keys
from tests.forms_fixtures import PINS, STROKES, count, form_of, make_office

PASSPHRASE = "long enough phrase"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def os_keyring():
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def fresh_process():
    keys.forget()
    yield
    keys.forget()


def test_a_new_key_is_encrypted_on_disk(tmp_path):
    from cryptography.hazmat.primitives import serialization

    org = keys.ensure(tmp_path / "signing", "测试公司")
    pem = (org / keys.KEY_FILE).read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises(TypeError):      # no password: it does not open
        serialization.load_pem_private_key(pem, password=None)
    assert (org / keys.KEY_FILE).stat().st_mode & 0o077 == 0


def test_without_keyring_or_passphrase_the_key_is_unprotected_and_check_says_so(store,
                                                                                 monkeypatch):
    office = make_office(store, monkeypatch)
    forms.create_forms(store, team_id=office.team_a, period="2026-11", by="test")
    forms.submit(store, form_of(store, office.a1), user_id=office.lead_user, pin=PINS["lead"],
                 strokes=STROKES, by="test")
    org = keys.store_signing_dir(store)
    assert keys.protection(org) == "unprotected"
    report = check_store(store)
    assert report.ok
    assert any("not protected by a passphrase" in f.text for f in report.findings)


def test_a_locked_key_refuses_every_signing_step_and_writes_nothing(store, monkeypatch):
    office = make_office(store, monkeypatch)
    forms.create_forms(store, team_id=office.team_a, period="2026-11", by="test")
    form = form_of(store, office.a1)
    org = keys.ensure(keys.store_signing_dir(store))
    keys.set_passphrase(org, PASSPHRASE)
    assert keys.protection(org) == "passphrase"
    assert not (org / keys.SECRET_FILE).exists()
    keys.forget()                                    # a restart: nothing unlocked
    assert keys.is_locked(org)
    events = count(store, "audit_events")
    with pytest.raises(keys.KeyLockedError, match="locked: an HR admin must unlock it"):
        forms.submit(store, form, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
            by="test")
    assert forms.get_form(store, form)["state"] == "draft"
    assert count(store, "signatures") == 0 and count(store, "audit_events") == events
    with pytest.raises(keys.WrongPassphraseError):
        keys.unlock(org, "not the phrase at all")
    assert keys.is_locked(org)
    keys.unlock(org, PASSPHRASE)
    forms.submit(store, form, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
        by="test")
    assert forms.get_form(store, form)["state"] == "submitted"


def test_the_passphrase_from_the_environment_opens_it_for_a_command(tmp_path, monkeypatch):
    org = keys.ensure(tmp_path / "signing")
    keys.set_passphrase(org, PASSPHRASE)
    keys.forget()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASSPHRASE)
    assert not keys.is_locked(org)
    keys.forget()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "wrong wrong wrong")
    with pytest.raises(keys.WrongPassphraseError):
        keys.sign(org, b"x")


def test_with_an_os_keyring_the_key_opens_after_a_restart(tmp_path, os_keyring):
    org = keys.ensure(tmp_path / "signing")
    assert keys.protection(org) == "keyring"
    assert not (org / keys.SECRET_FILE).exists()
    assert len(os_keyring.items) == 1
    keys.forget()
    signature = keys.sign(org, b"anchor")
    assert keys.verify(keys.certificate(org), b"anchor", signature)
    assert not keys.verify(keys.certificate(org), b"anchor!", signature)


def test_an_old_plain_key_is_encrypted_when_hr_sets_a_passphrase(tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    org = tmp_path / "signing"
    org.mkdir()
    key = ec.generate_private_key(ec.SECP256R1())
    keys.write_private(org / keys.KEY_FILE, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    keys.ensure(org)                                  # its certificate, for the same key
    assert keys.protection(org) == "unprotected"
    before = keys.certificate(org).dump()
    keys.set_passphrase(org, PASSPHRASE)
    assert (org / keys.KEY_FILE).read_bytes().startswith(b"-----BEGIN ENCRYPTED")
    keys.forget()
    keys.unlock(org, PASSPHRASE)
    assert keys.verify(keys.certificate(org), b"x", keys.sign(org, b"x"))
    assert keys.certificate(org).dump() == before


def test_a_short_passphrase_is_refused(tmp_path):
    org = keys.ensure(tmp_path / "signing")
    with pytest.raises(ValueError, match="at least 10 characters"):
        keys.set_passphrase(org, "short")
    assert keys.protection(org) == "unprotected"


def test_the_reports_layer_names_the_key_files_as_the_keys_module_does():
    from reports import batch, pdf_sign

    assert (pdf_sign.KEY_FILE, pdf_sign.CERT_FILE, batch.SIGNING_DIR) == (
        keys.KEY_FILE, keys.CERT_FILE, keys.SIGNING_DIR)


def test_an_organisation_name_longer_than_a_certificate_allows_is_shortened(tmp_path):
    """X.509 names hold 64 characters: a long name once crashed making the key."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    name = "四川省成都市某某区某某街道某某客户服务中心有限责任公司第一分公司" * 3   # 93 characters
    org = keys.ensure(tmp_path / "signing", name)
    cert = x509.load_pem_x509_certificate((org / keys.CERT_FILE).read_bytes())
    common = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    organisation = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    # 64 UTF-8 bytes at most (3 per Chinese character, 3 for "…" and for "—")
    assert len(common.encode()) <= 64 and common == name[:14] + "… — Appraisal Desk"
    assert len(organisation.encode()) <= 64 and organisation == name[:20] + "…"
