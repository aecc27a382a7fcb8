"""PAdES signatures on printed forms: made with the organisation's certificate, checked offline;
any change to the file is caught."""

import os
import stat
import subprocess
import sys

import pytest

from reports.pdf_form import render_form
from reports.pdf_sign import CERT_FILE, KEY_FILE, org_certificate, sign_pdf, verify_pdf
from tests import form_samples as fs


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """(unsigned path, signed path, org_dir, document) of one printed, signed form."""
    folder = tmp_path_factory.mktemp("signed")
    document = fs.service_norms()
    plain, sealed, org = folder / "form.pdf", folder / "form-signed.pdf", folder / "org"
    render_form(document, plain)
    sign_pdf(plain, sealed, org_dir=org, reason="考核表 #12 第1版", organisation="客户服务中心")
    return plain, sealed, org, document


def test_signed_form_verifies_intact_with_its_identity(signed):
    _, sealed, org, document = signed
    found = verify_pdf(sealed, org_dir=org)
    assert found.signed and found.intact and found.trusted and found.ok
    assert (found.form_id, found.revision, found.sha256) == (12, 1, document["sha256"])
    assert "客户服务中心" in found.signer
    assert found.message.startswith("intact")
    # without the organisation's certificate at hand: intact, signer not vouched for
    anyone = verify_pdf(sealed)
    assert anyone.intact and anyone.trusted is None and anyone.ok


def test_certificate_is_made_once_and_the_key_is_private(signed, tmp_path):
    _, sealed, org, _ = signed
    key, cert = org / KEY_FILE, org / CERT_FILE
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    before = cert.read_bytes()
    sign_pdf(sealed.with_name("form.pdf"), tmp_path / "again.pdf", org_dir=org, reason="again")
    assert cert.read_bytes() == before                 # reused, not remade
    assert verify_pdf(tmp_path / "again.pdf", org_dir=org).trusted
    subject = org_certificate(org).subject.native
    assert subject["organization_name"] == "客户服务中心"


@pytest.mark.slow
def test_every_one_byte_change_is_caught(signed, tmp_path):
    """Flip one bit at positions spread over the whole file (content, signature dictionary,
    signature value, its padding, cross-reference table, trailer): never verified intact."""
    _, sealed, org, _ = signed
    data = sealed.read_bytes()
    start, end = _contents_span(data)
    positions = sorted({*range(0, len(data), max(1, len(data) // 40)),
                        start - 40, start + 10, start + 200, end - 10, end + 5,
                        len(data) - 40, len(data) - 3})
    for position in positions:
        changed = bytearray(data)
        changed[position] ^= 0x01
        target = tmp_path / "changed.pdf"
        target.write_bytes(bytes(changed))
        found = verify_pdf(target, org_dir=org)
        assert not found.intact and not found.ok, (position, found.message)
        assert found.message.startswith("ALTERED"), found.message


def _contents_span(data):
    """Byte offsets of the signature's /Contents hex string."""
    at = data.rindex(b"/Contents <") + len(b"/Contents <")
    return at, data.index(b">", at)


def test_appended_update_is_caught(signed, tmp_path):
    _, sealed, org, _ = signed
    target = tmp_path / "appended.pdf"
    target.write_bytes(sealed.read_bytes() + b"\n% a note added later\n")
    found = verify_pdf(target, org_dir=org)
    assert not found.ok


def test_unsigned_pdf_is_reported_as_unsigned_with_its_form(signed):
    plain, _, org, document = signed
    found = verify_pdf(plain, org_dir=org)
    assert not found.signed and not found.intact and found.unsigned
    assert (found.form_id, found.revision, found.sha256) == (12, 1, document["sha256"])
    assert found.message.startswith("NOT SIGNED")


def test_another_organisations_signature_is_not_ours(signed, tmp_path):
    plain, _, org, _ = signed
    stranger = tmp_path / "stranger.pdf"
    sign_pdf(plain, stranger, org_dir=tmp_path / "other-org", reason="x",
             organisation="别的公司")
    found = verify_pdf(stranger, org_dir=org)
    assert found.intact and found.trusted is False and not found.ok
    assert found.message.startswith("NOT TRUSTED") and "别的公司" in found.message


def test_not_a_pdf(tmp_path):
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello")
    found = verify_pdf(junk)
    assert found.damaged and not found.ok and not found.unsigned
    assert "not a readable PDF" in found.message


def test_poppler_agrees(signed):
    _, sealed, _, _ = signed
    out = subprocess.run([fs.poppler("pdfsig"), str(sealed)], capture_output=True, text=True)
    assert "Signature is Valid" in out.stdout
    assert "Total document signed" in out.stdout


def test_signing_leaves_no_partial_file(signed, tmp_path):
    plain, _, org, _ = signed
    with pytest.raises(OSError):
        sign_pdf(plain, tmp_path / "missing-folder" / "x.pdf", org_dir=org, reason="x")
    assert not list(tmp_path.rglob("*.part"))
