"""Month-end printing: the batch (progress, cancel, whole files only) and `main.py print` /
`main.py verify` on a real store (models.forms)."""

from argparse import Namespace

import pytest

from reports.batch import BatchError, file_name, render_batch
from reports.cli import main_print, main_verify
from tests import form_samples as fs
from tests.form_samples import pdf_text


@pytest.fixture(scope="module")
def documents():
    return [fs.service_norms(), fs.ecommerce_kpi(), fs.veto(), fs.agent_monthly()]


@pytest.mark.slow
def test_one_pdf_per_document_with_progress(documents, tmp_path):
    seen = []
    paths = render_batch(documents, tmp_path, progress=lambda done, total: seen.append(
        (done, total)))
    assert [p.name for p in paths] == ["2026-11_A001_张三_r1.pdf", "2026-11_E207_王晓燕_r1.pdf",
                                       "2026-11_L012_赵敏_r1.pdf", "2026-11_C118_刘洋_r1.pdf"]
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(tmp_path.iterdir()) == sorted(paths)          # nothing else left behind
    assert "王晓燕" in pdf_text(paths[1])


def test_cancel_stops_between_forms_and_keeps_whole_files(documents, tmp_path):
    done = []
    paths = render_batch(documents, tmp_path, progress=lambda n, total: done.append(n),
                         cancel=lambda: len(done) >= 2)
    assert len(paths) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
    for path in paths:
        assert path.read_bytes().rstrip().endswith(b"%%EOF")


def test_loaders_are_called_one_at_a_time(documents, tmp_path):
    loaded = []

    def loader(document):
        def load():
            loaded.append(document["form_id"])
            return document
        return load

    render_batch([loader(d) for d in documents], tmp_path, cancel=lambda: len(loaded) >= 1)
    assert loaded == [12]


def test_a_failing_form_names_itself_and_leaves_no_partial_file(documents, tmp_path):
    broken = dict(documents[1], rubric={"text": "not: [a rubric"})
    with pytest.raises(BatchError) as error:
        render_batch([documents[0], broken, documents[2]], tmp_path)
    assert error.value.form_id == 31 and len(error.value.written) == 1
    assert [p.name for p in tmp_path.iterdir()] == [error.value.written[0].name]


@pytest.mark.slow
def test_signed_batch(documents, tmp_path):
    paths = render_batch(documents[:2], tmp_path / "out", org_dir=tmp_path / "org")
    from reports.pdf_sign import verify_pdf

    assert all(verify_pdf(p, org_dir=tmp_path / "org").ok for p in paths)


def test_file_names_are_safe():
    document = {"form_id": 3, "revision": 2, "period": {"key": "2026-Q4"},
                "employee": {"code": "A/01", "name": 'Li: "Lei"?'}}
    assert file_name(document) == "2026-Q4_A-01_Li- -Lei-_r2.pdf"


# ---- main.py print / verify against a real store ---------------------------------------


@pytest.fixture
def office(store, monkeypatch):
    from tests.forms_fixtures import make_office

    return make_office(store, monkeypatch)


def _args(store_path, tmp_path, **extra):
    values = dict(db=str(store_path), period="2026-11", team=None, out=str(tmp_path / "out"),
                  sign=True, org_dir=str(tmp_path / "org"), lang=None)
    values.update(extra)
    return Namespace(**values)


def test_print_makes_drafts_and_prints_every_form_of_a_team(office, store_path, tmp_path,
                                                             capsys):
    from models import forms

    assert main_print(_args(store_path, tmp_path, team="一班")) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["2026-11_A1_张三_r1.pdf", "2026-11_A2_李四_r1.pdf",
                     "2026-11_LA_赵组长_r1.pdf"]
    assert len(forms.list_forms(office.db, period="2026-11")) == 3     # drafts were made
    out = capsys.readouterr().out
    assert "[3/3]" in out and "printed 3 form(s)" in out
    text = pdf_text(tmp_path / "out" / "2026-11_A1_张三_r1.pdf")
    assert "张三" in text and "测试坐席考核" in text


def test_verify_a_printed_signed_form_against_the_store(office, store_path, tmp_path, capsys):
    from models import forms
    from tests.forms_fixtures import form_of, sign_through

    forms.create_forms(office.db, team_id=office.team_a, period="2026-11", by="test")
    sign_through(office.db, form_of(office.db, office.a1), office, until="reviewed")
    assert main_print(_args(store_path, tmp_path, team="一班")) == 0
    pdf = tmp_path / "out" / "2026-11_A1_张三_r1.pdf"
    capsys.readouterr()
    assert main_verify(Namespace(db=str(store_path), files=[str(pdf)],
                                 org_dir=str(tmp_path / "org"))) == 0
    out = capsys.readouterr().out
    assert "intact" in out and "matches the store's form" in out and "(reviewed)" in out

    changed = tmp_path / "changed.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(bytes(data))
    assert main_verify(Namespace(db=str(store_path), files=[str(changed)],
                                 org_dir=str(tmp_path / "org"))) == 1
    assert "ALTERED" in capsys.readouterr().out


def test_verify_unsigned_and_drafts(office, store_path, tmp_path, capsys):
    assert main_print(_args(store_path, tmp_path, team="二班", sign=False)) == 0
    pdf = next((tmp_path / "out").iterdir())
    capsys.readouterr()
    from tests.cert_helpers import make_certificate

    _, cert = make_certificate(tmp_path / "org")       # a certificate to trust (nothing signed)
    # An unsigned draft on paper is not a signed form: said so, exit 1 (not merely unsigned).
    assert main_verify(Namespace(db=str(store_path), files=[str(pdf)], org_dir=None,
                                 cert=str(cert))) == 1
    out = capsys.readouterr().out
    assert "NOT SIGNED" in out and "DRAFT: the store's form" in out and "still a draft" in out


def test_verify_reports_a_form_changed_in_the_store_since(office, store_path, tmp_path,
                                                          capsys):
    """The paper was signed and is intact, but the store's form was edited in the file."""
    import json
    import sqlite3

    from models import forms
    from tests.forms_fixtures import form_of, sign_through

    forms.create_forms(office.db, team_id=office.team_b, period="2026-11", by="test")
    form = form_of(office.db, office.b1)
    sign_through(office.db, form, office)
    assert main_print(_args(store_path, tmp_path, team="二班", org_dir=None)) == 0
    pdf = next(p for p in (tmp_path / "out").iterdir() if "B1" in p.name)
    verify = Namespace(db=str(store_path), files=[str(pdf)], org_dir=None, cert=None)
    capsys.readouterr()
    assert main_verify(verify) == 0
    assert "matches the store's form" in capsys.readouterr().out
    # the total edited in the store, as attack 1 of issue 10 did
    text = office.db.execute("SELECT snapshot_json FROM assessments WHERE id = ?",
                             (form,)).fetchone()[0]
    total = json.loads(text)["result"]["total"]
    conn = sqlite3.connect(store_path)
    conn.execute("DROP TRIGGER assessments_frozen")
    conn.execute("UPDATE assessments SET snapshot_json = ? WHERE id = ?",
                 (text.replace(f'"total":"{total}"', '"total":"12.00"'), form))
    conn.commit()
    conn.close()
    assert main_verify(verify) == 1
    assert "was changed outside the app since" in capsys.readouterr().out


def test_verify_reports_a_superseded_revision(office, store_path, tmp_path, capsys):
    from models import forms
    from tests.forms_fixtures import form_of, sign_through

    forms.create_forms(office.db, team_id=office.team_b, period="2026-11", by="test")
    form = form_of(office.db, office.b1)
    sign_through(office.db, form, office)
    assert main_print(_args(store_path, tmp_path, team="二班", org_dir=None)) == 0
    pdf = next(p for p in (tmp_path / "out").iterdir() if "B1" in p.name)
    forms.revise(office.db, form, by="test", reason="更正")
    capsys.readouterr()
    assert main_verify(Namespace(db=str(store_path), files=[str(pdf)], org_dir=None,
                                 cert=None)) == 1
    assert "SUPERSEDED" in capsys.readouterr().out


def test_verify_finds_a_store_older_than_its_paper(office, store_path, tmp_path, capsys):
    """The PDF carries the trail's head it was printed at; a store without that event is an
    older copy."""
    import shutil

    from models import forms
    from models.database import backups
    from tests.forms_fixtures import form_of, sign_through

    forms.create_forms(office.db, team_id=office.team_b, period="2026-11", by="test")
    form = form_of(office.db, office.b1)
    sign_through(office.db, form, office)
    copy = backups.backup_now(office.db, folder=tmp_path / "backups", by="test")
    office.db.execute("SELECT 1")
    forms.create_forms(office.db, team_id=office.team_a, period="2026-11", by="test")
    assert main_print(_args(store_path, tmp_path, team="二班", org_dir=None)) == 0
    pdf = next(p for p in (tmp_path / "out").iterdir() if "B1" in p.name)
    office.db.close()
    shutil.copyfile(copy, store_path)
    for side in ("-wal", "-shm"):
        store_path.with_name(store_path.name + side).unlink(missing_ok=True)
    capsys.readouterr()
    assert main_verify(Namespace(db=str(store_path), files=[str(pdf)], org_dir=None,
                                 cert=None)) == 1
    assert "the store is not the one this paper was printed from" in capsys.readouterr().out


def test_print_unknown_team(office, store_path, tmp_path, capsys):
    assert main_print(_args(store_path, tmp_path, team="没有这个班")) == 2
    assert "no active team named" in capsys.readouterr().err
