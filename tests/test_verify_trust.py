"""`main.py verify` trusts only the organisation's certificate: the one kept with the store
(`signing/` beside the database) or one given with `--cert FILE`. A form whose total was edited
and re-signed with a self-made certificate of the same name is NOT TRUSTED; with no certificate
at hand nothing is called intact (issue 10, part 5)."""

import shutil

import pytest

import main
from models.trust.keys import fingerprint, load_certificate
from reports.batch import signing_dir
from reports.cli import main_print
from reports.pdf_sign import CERT_FILE
from tests.cert_helpers import forge_sign, make_certificate, same_names_as, to_der
from tests.form_samples import pdf_text


@pytest.fixture
def printed(office, store_path, tmp_path):
    """A1's reviewed form printed and signed as the app does (the certificate in `signing/`
    beside the database): (store path, the PDF, the organisation's certificate file)."""
    from argparse import Namespace

    from models import forms
    from tests.forms_fixtures import form_of, sign_through

    forms.create_forms(office.db, team_id=office.team_a, period="2026-11", by="test")
    form_id = form_of(office.db, office.a1)
    sign_through(office.db, form_id, office, until="reviewed")
    out = tmp_path / "out"
    assert main_print(Namespace(db=str(store_path), period="2026-11", team="一班", out=str(out),
                                sign=True, org_dir=None, lang=None)) == 0
    cert = signing_dir(store_path) / CERT_FILE
    assert cert.is_file()
    return store_path, out / "2026-11_A1_张三_r1.pdf", cert, form_id


def verify(capsys, *argv):
    capsys.readouterr()
    code = main.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _forged(office, form_id, folder, cert):
    """The form with its total raised to 100, printed and re-signed with a self-made
    certificate carrying the organisation certificate's very names."""
    from models import forms
    from reports.pdf_form import render_form

    document = forms.document(office.db, form_id)
    document["result"]["total"] = "100.00"
    plain = folder / "edited.pdf"
    render_form(document, plain)
    names = same_names_as(cert)
    key_path, forger_cert = make_certificate(folder / "forger", **names)
    assert same_names_as(forger_cert) == names
    return forge_sign(plain, folder / "forged.pdf", key_path, forger_cert)


def test_an_edited_total_re_signed_under_the_same_name_is_not_trusted(printed, office, tmp_path,
                                                                      capsys):
    store, genuine, cert, form_id = printed
    forged = _forged(office, form_id, tmp_path, cert)
    assert "100.00" in pdf_text(forged)

    code, out, _ = verify(capsys, "--db", store, "verify", forged)
    assert code == 1, out
    assert "NOT TRUSTED" in out and "intact" not in out
    assert fingerprint(load_certificate(cert)) in out.splitlines()[1]

    code, out, _ = verify(capsys, "--db", store, "verify", genuine)
    assert code == 0, out
    assert "intact" in out and "organisation's certificate" in out


def test_with_no_certificate_at_all_nothing_is_intact(printed, capsys):
    store, genuine, cert, _ = printed
    shutil.rmtree(cert.parent)          # the store's signing folder is not there
    code, out, err = verify(capsys, "--db", store, "verify", genuine)
    assert code == 2
    assert "intact" not in out + err and "nothing was checked" in err
    assert str(cert) in err and "--cert FILE" in err


def test_the_cert_option_trusts_the_certificate_given(printed, tmp_path, capsys):
    """On another computer: no store, the organisation's certificate brought along."""
    _, genuine, cert, _ = printed
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    pdf = shutil.copy(genuine, elsewhere / genuine.name)
    pem = shutil.copy(cert, elsewhere / "org.pem")
    der = to_der(cert, elsewhere / "org.der")
    expected = fingerprint(load_certificate(cert))
    for given in (pem, der):
        code, out, err = verify(capsys, "--db", elsewhere / "none.db", "verify", "--cert",
                                given, pdf)
        assert code == 0, (out, err)
        lines = out.splitlines()
        assert lines[0].startswith("trusted certificate:") and expected in lines[1]
        assert out.count(expected) == 1                 # once, at the top
        assert "with this organisation's certificate" in out


def test_the_cert_option_with_a_strangers_certificate(printed, tmp_path, capsys):
    store, genuine, cert, _ = printed
    _, stranger = make_certificate(tmp_path / "stranger", **same_names_as(cert))
    code, out, _ = verify(capsys, "--db", store, "verify", "--cert", stranger, genuine)
    assert code == 1, out
    assert "NOT TRUSTED" in out
    assert fingerprint(load_certificate(stranger)) in out.splitlines()[1]


def test_a_cert_option_that_is_no_certificate(printed, tmp_path, capsys):
    store, genuine, _, _ = printed
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    code, _, err = verify(capsys, "--db", store, "verify", "--cert", junk, genuine)
    assert code == 2 and "not a certificate" in err
    code, _, err = verify(capsys, "--db", store, "verify", "--cert", tmp_path / "gone.pem",
                          genuine)
    assert code == 2 and "no certificate file" in err
