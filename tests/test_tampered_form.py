"""A signed form edited in the file (trigger dropped, total 92 → 12 in the snapshot) is never
shown as intact nor printed (issue 10, attack 1)."""

import json
import sqlite3

import pytest

from models import forms
from models.people.access import signed_in_user
from reports.batch import BatchError, print_period, save_form
from tests.forms_fixtures import form_of, sign_through
from ui.form_dialog import FormDialog


@pytest.fixture
def edited(office, store_path):
    forms.create_forms(office.db, team_id=office.team_a, period="2026-11", by="test")
    form = form_of(office.db, office.a1)
    sign_through(office.db, form, office)
    text = office.db.execute("SELECT snapshot_json FROM assessments WHERE id = ?",
                             (form,)).fetchone()[0]
    total = json.loads(text)["result"]["total"]
    conn = sqlite3.connect(store_path)
    conn.execute("DROP TRIGGER assessments_frozen")
    conn.execute("UPDATE assessments SET snapshot_json = ? WHERE id = ?",
                 (text.replace(f'"total":"{total}"', '"total":"12.00"'), form))
    conn.commit()
    conn.close()
    return form


def test_the_form_view_says_it_was_changed(office, edited):
    view = forms.form_view(office.db, edited)
    assert view.tampered == ["its frozen snapshot does not match its SHA-256"]
    with pytest.raises(forms.TamperedFormError, match=r"form \d+ \(A1 张三, 2026-11 revision 1\)"
                                                      r" was changed outside the app"):
        forms.document(office.db, edited)


def test_printing_refuses_it_and_names_it(office, edited, tmp_path):
    with pytest.raises(BatchError) as caught:
        print_period(office.db, period="2026-11", team="一班", out_dir=tmp_path / "out",
                     by="test", org_dir=tmp_path / "signing")
    assert "A1 张三" in str(caught.value) and "not printed" in str(caught.value)
    assert not (tmp_path / "out" / "2026-11_A1_张三_r1.pdf").exists()
    with pytest.raises(forms.TamperedFormError):
        save_form(office.db, edited, tmp_path / "one.pdf", org_dir=tmp_path / "signing")
    assert not (tmp_path / "one.pdf").exists()


def test_the_form_dialog_shows_a_banner_and_offers_no_step(qtbot, office, edited, session_for):
    dialog = FormDialog(session_for(office.db, signed_in_user(office.db, office.hr)), edited)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.blockers.isVisible()
    assert "changed outside the app" in dialog.blockers.text()
    assert not any(button.isEnabled() for button in dialog.actions.values())
