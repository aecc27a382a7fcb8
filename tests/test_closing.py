"""Closing a team's period (issue 12, models/results/closing.py) on the hand-computed office of
tests/results_fixtures.py: refused while a form is open or missing and for a lead; once closed,
ranks, stars and pay are frozen (the triggers refuse any change, a correction of its forms is
refused), `main.py check` finds an edited closing; reopening needs a reason and keeps the
closed revision as it was.

Team 二班 (B1 locked) can be closed from the start; team 一班 once every form is locked
(`locked_office`)."""

import json
import shutil
import sqlite3

import pytest

import main
from models import forms
from models.database.store import open_db
from models.forms import form_document
from models.people import access
from models.results import closing
from models.trust import anchors
from tests.forms_fixtures import PINS, STROKES, form_of, sign_through
from tests.results_fixtures import PERIOD, make_results_office


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The office made once for the module, with every form of team 一班 locked too:
    (folder, office). The store is closed; each test works on a copy."""
    folder = tmp_path_factory.mktemp("closing")
    db = open_db(folder / "store.db", first_run_setup=False)
    with pytest.MonkeyPatch.context() as patch:
        office = make_results_office(db, patch)
        a3 = form_of(db, office.ids["A3"])
        forms.acknowledge(db, a3, name="王三", strokes=STROKES, by="李班长")
        forms.review(db, a3, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
                     by="test")
        forms.lock(db, a3, user_id=office.hr, pin=PINS["hr"], by="test")
    db.close()
    return folder, office


@pytest.fixture
def office(built, tmp_path, monkeypatch):
    """A private copy of the store with its signing folder (key, certificate, anchor log)."""
    from tests.forms_fixtures import fast_pins

    folder, made = built
    shutil.copy(folder / "store.db", tmp_path / "store.db")
    shutil.copytree(folder / "signing", tmp_path / "signing")
    fast_pins(monkeypatch)
    db = open_db(tmp_path / "store.db", first_run_setup=False)
    made.db = db
    made.path = tmp_path / "store.db"
    yield made
    db.close()


def lock_team_a(office):
    for code in ("A4", "A5", "A6", "P1", "C1", "L1"):
        sign_through(office.db, form_of(office.db, office.ids[code]), office)


def close(office, team, **extra):
    values = dict(user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES, by="test")
    values.update(extra)
    return closing.close_team_period(office.db, team, PERIOD, **values)


def count(db, table="period_closings"):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def stored(db, closing_id):
    cursor = db.execute("SELECT * FROM period_closings WHERE id = ?", (closing_id,))
    return dict(zip([c[0] for c in cursor.description], cursor.fetchone()))


def check(path, capsys):
    code = main.main(["--db", str(path), "check"])
    return code, capsys.readouterr().out


def sql(path, *statements):
    conn = sqlite3.connect(path)
    try:
        for statement, *params in statements:
            conn.execute(statement, *params)
        conn.commit()
    finally:
        conn.close()


# -- refusals ------------------------------------------------------------------------------------
def test_refused_while_a_form_is_open_or_missing(office):
    db = office.db
    found = closing.closing_blockers(db, office.team_a, PERIOD)
    assert any("not locked yet" in f and "A4 王四 (draft)" in f for f in found)
    with pytest.raises(ValueError, match="cannot be closed: forms not locked yet"):
        close(office, office.team_a)
    # 二班 lacks nobody... until someone joins it without a form
    from models.people.employees import add_employee

    assert closing.closing_blockers(db, office.team_b, PERIOD) == []
    add_employee(db, code="B2", name="新来的", team_id=office.team_b, post="坐席", by="test")
    with pytest.raises(ValueError, match="without a form: B2 新来的"):
        close(office, office.team_b)
    assert count(db) == 0
    assert db.execute("SELECT count(*) FROM audit_events WHERE entity = 'period_closing'"
                      ).fetchone()[0] == 0


def test_a_lead_may_not_close(office):
    db = office.db
    lead = access.UserActor(access.signed_in_user(db, office.lead_user))
    with pytest.raises(access.NotAllowedError):
        close(office, office.team_b, by=lead)
    with pytest.raises(ValueError, match="needs the role reviewer or hr"):
        close(office, office.team_b, user_id=office.lead_user, pin=PINS["lead"])
    with pytest.raises(ValueError, match="wrong PIN"):
        close(office, office.team_b, pin="999999")
    with pytest.raises(ValueError, match="nothing drawn"):
        close(office, office.team_b, strokes=[])
    assert count(db) == 0


# -- closing freezes ---------------------------------------------------------------------------
def test_closing_freezes_the_teams_results(office, capsys):
    db = office.db
    lock_team_a(office)
    assert closing.closing_blockers(db, office.team_a, PERIOD) == []
    anchored = count(db, "chain_anchors")
    closing_id = close(office, office.team_a, by="王主任")
    row = closing.closing_of(db, office.team_a, PERIOD)
    assert (row["id"], row["closed"], row["revision"], row["closed_by"], row["pin_verified"]) == (
        closing_id, True, 1, "王主任", True)
    assert count(db, "chain_anchors") == anchored + 1 and row["seal"]
    document = closing.closing_document(db, closing_id)
    members = {m["employee"]["code"]: m for m in document["members"]}
    assert [(c, members[c]["rank"], members[c]["stars"], members[c]["pay"]["amount"])
            for c in ("A1", "A2", "A3", "A4", "A6", "A5")] == [
        ("A1", 1, 4, "712.50"), ("A2", 2, 3, "675.00"), ("A3", 2, 3, "675.00"),
        ("A4", 4, 2, "590.00"), ("A6", 4, 2, "590.00"), ("A5", 6, 1, "495.00")]
    assert members["P1"]["excluded"] and members["A1"]["consequences"][0]["label"] == "额外奖金"
    assert document["mean"] == "88.00" and document["stars"] == [[5, 0], [4, 1], [3, 2],
                                                                  [2, 2], [1, 1]]
    assert sorted(document["form_ids"]) == sorted(m["form_id"] for m in document["members"])
    assert document["sha256"] == form_document.fingerprint(row["snapshot_json"])
    event = db.execute("SELECT actor, after_json FROM audit_events WHERE entity = "
                       "'period_closing' AND action = 'close'").fetchone()
    assert event[0] == "王主任" and json.loads(event[1])["sha256"] == row["sha256"]
    with pytest.raises(ValueError, match="already closed by 王主任"):
        close(office, office.team_a)
    # the database itself refuses any change of the closed row, and its removal
    for statement in ("UPDATE period_closings SET snapshot_json = '{}'",
                      "UPDATE period_closings SET closed_by = 'someone else'",
                      "UPDATE period_closings SET state = 'open'",
                      "DELETE FROM period_closings"):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(statement)
    # a form it froze is not corrected while it stands: the model says why, the trigger too
    a2 = form_of(db, office.ids["A2"])
    with pytest.raises(ValueError, match="closed by 王主任.*reopen the period"):
        forms.revise(db, a2, by="test", reason="复核更正")
    with pytest.raises(sqlite3.IntegrityError, match="period of this team is closed"):
        db.execute("INSERT INTO assessments (employee_id, period_key, period_start, period_end, "
                   "rubric_version_id, revision, previous_id, created_at, correction_reason) "
                   "SELECT employee_id, period_key, period_start, period_end, rubric_version_id,"
                   " 2, id, created_at, 'x' FROM assessments WHERE id = ?", (a2,))
    # 二班's forms are not frozen by 一班's closing
    assert closing.closing_of(db, office.team_b, PERIOD) is None
    anchors.anchor_now(db, "exit")
    code, out = check(office.path, capsys)
    assert code == 0, out
    assert "1 closings" in out


def test_an_edited_closing_is_found_by_check(office, capsys):
    db = office.db
    closing_id = close(office, office.team_b)
    anchors.anchor_now(db, "exit")
    text = db.execute("SELECT snapshot_json FROM period_closings WHERE id = ?",
                      (closing_id,)).fetchone()[0]
    assert '"amount":"637.50"' in text
    edited = text.replace('"amount":"637.50"', '"amount":"937.50"')
    sql(office.path, ("DROP TRIGGER period_closings_frozen",),
        ("UPDATE period_closings SET snapshot_json = ? WHERE id = ?", (edited, closing_id)))
    code, out = check(office.path, capsys)
    assert code == 1
    assert f"closing {closing_id} (team {office.team_b}, {PERIOD}, revision 1): its frozen " \
           "snapshot was edited" in out
    assert "the trigger period_closings_frozen was dropped" in out


def test_a_closing_edited_with_its_hash_recomputed_breaks_its_seal(office, capsys):
    db = office.db
    closing_id = close(office, office.team_b)
    text = db.execute("SELECT snapshot_json FROM period_closings WHERE id = ?",
                      (closing_id,)).fetchone()[0]
    document = json.loads(text)
    document["members"][0]["stars"] = 5
    edited = form_document.canonical(document)
    sha = form_document.fingerprint(edited)
    sql(office.path, ("DROP TRIGGER period_closings_frozen",),
        ("UPDATE period_closings SET snapshot_json = ?, sha256 = ? WHERE id = ?",
         (edited, sha, closing_id)))
    code, out = check(office.path, capsys)
    assert code == 1
    assert f"closing {closing_id}" in out and "does not match its seal" in out
    assert "not the one the audit trail recorded when it was closed" in out
    db2 = open_db(office.path, first_run_setup=False)
    try:                   # and the form PDFs' stars are not printed from it
        with pytest.raises(closing.TamperedClosingError):
            closing.standing_of(db2, form_of(db2, office.ids["B1"]))
    finally:
        db2.close()


def test_a_deleted_closing_is_found_by_check(office, capsys):
    close(office, office.team_b)
    sql(office.path, ("DROP TRIGGER period_closings_no_delete",),
        ("DELETE FROM period_closings",))
    code, out = check(office.path, capsys)
    assert code == 1
    assert "is in the audit trail but missing from the store: it was deleted" in out


# -- reopening ---------------------------------------------------------------------------------
def test_reopening_needs_a_reason_and_keeps_the_closed_revision(office, capsys):
    db = office.db
    first = close(office, office.team_b)
    before = stored(db, first)
    for reason in ("", "   ", None):
        with pytest.raises(ValueError, match="needs its reason"):
            closing.reopen_team_period(db, first, reason=reason, by="test")
    lead = access.UserActor(access.signed_in_user(db, office.lead_user))
    with pytest.raises(access.NotAllowedError):
        closing.reopen_team_period(db, first, reason="复核发现错误", by=lead)
    second = closing.reopen_team_period(db, first, reason="复核发现错误", by="王主任")
    latest = closing.closing_of(db, office.team_b, PERIOD)
    assert (latest["id"], latest["revision"], latest["closed"], latest["reason"]) == (
        second, 2, False, "复核发现错误")
    old = closing.get_closing(db, first)
    assert old["superseded_by"] == second
    assert stored(db, first) == before          # byte for byte what was closed
    with pytest.raises(ValueError, match="reopened already"):
        closing.reopen_team_period(db, first, reason="again", by="test")
    # reopened: no stars print from it, its forms can be corrected, and it closes again
    b1 = form_of(db, office.ids["B1"])
    assert closing.standing_of(db, b1) is None
    assert closing.closing_blockers(db, office.team_b, PERIOD) == []
    third = close(office, office.team_b)
    assert third == second
    document = closing.closing_document(db, second)
    assert (document["revision"], document["previous_id"], document["reason"],
            document["previous_sha256"]) == (2, first, "复核发现错误", old["sha256"])
    assert closing.closing_document(db, first)["reopened"]["reason"] == "复核发现错误"
    assert closing.standing_of(db, b1)["revision"] == 2
    closing.reopen_team_period(db, second, reason="再次更正", by="test")
    revision = forms.revise(db, b1, by="test", reason="更正考核分")
    assert forms.get_form(db, revision)["previous_id"] == b1
    anchors.anchor_now(db, "exit")
    code, out = check(office.path, capsys)
    assert code == 0, out
    assert "3 closings" in out


def test_a_form_whose_closing_was_edited_is_refused_in_the_preview(office, qtbot, monkeypatch):
    """The form dialog's PDF preview says why (a message), never the crash dialog."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from models.people import access
    from ui.form_dialog import FormDialog
    from ui.session import Session

    db = office.db
    closing_id = close(office, office.team_b)
    text = db.execute("SELECT snapshot_json FROM period_closings WHERE id = ?",
                      (closing_id,)).fetchone()[0]
    sql(office.path, ("DROP TRIGGER period_closings_frozen",),
        ("UPDATE period_closings SET snapshot_json = ? WHERE id = ?",
         (text.replace('"amount":"637.50"', '"amount":"937.50"'), closing_id)))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    form_id = db.execute("SELECT a.id FROM assessments a JOIN employees e ON e.id = "
                         "a.employee_id WHERE e.team_id = ?", (office.team_b,)).fetchone()[0]
    session = Session(db, user=access.signed_in_user(db, office.hr), language="en")
    dialog = FormDialog(session, form_id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.actions["pdf"], Qt.LeftButton)
    assert told, "no message"
