"""Migration 2 and the database's own refusals: a signed form, its signatures and the inputs of
its period cannot be changed with raw SQL; a revision leaves the original intact."""

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from models import forms
from models.database import demo, migrations
from models.database.store import open_db
from models.people.employees import employee_by_code
from models.people.teams import team_by_name
from models.work import incidents, kpis
from tests.forms_fixtures import (
    PERIOD,
    PINS,
    STROKES,
    count,
    fast_pins,
    form_of,
    sign_through,
)

FROZEN = "signed assessment is frozen"
PERIOD_SIGNED = "period is signed; make a revision"



def test_a_v1_file_is_upgraded_to_forms_after_a_copy(store_path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        db = open_db(store_path, first_run_setup=False)
        db.execute("INSERT INTO settings (key, value_json) VALUES ('organisation', '\"客服中心\"')")
        assert "assessments" not in db.table_names()
        db.close()
    db = open_db(store_path, first_run_setup=False)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() >= 2
    assert {"assessments", "signatures"} <= set(db.table_names())
    assert db.execute("SELECT value_json FROM settings").fetchone()[0] == '"客服中心"'
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"assessments_frozen", "signatures_immutable", "incidents_signed_insert",
            "kpi_values_signed_delete", "incidents_team_insert"} <= triggers
    db.close()
    backup = f"{store_path.name}.pre-v{migrations.latest_version()}.bak"
    copy = sqlite3.connect(store_path.with_name(backup))
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()


@pytest.fixture
def signed(office):
    """A1's form, signed by all three and locked."""
    forms.create_forms(office.db, team_id=office.team_a, period=PERIOD, by="李班长")
    form_id = form_of(office.db, office.a1)
    sign_through(office.db, form_id, office, until="locked")
    return form_id


def _row(db, form_id):
    return db.execute("SELECT snapshot_json, sha256, state FROM assessments WHERE id = ?",
                      (form_id,)).fetchone()


@pytest.mark.parametrize("sql", [
    "UPDATE assessments SET snapshot_json = replace(snapshot_json, '92.00', '99.00') WHERE id = ?",
    "UPDATE assessments SET sha256 = 'abc' WHERE id = ?",
    "UPDATE assessments SET rubric_version_id = rubric_version_id + 1 WHERE id = ?",
    "UPDATE assessments SET employee_id = employee_id + 1 WHERE id = ?",
    "UPDATE assessments SET period_key = '2026-10' WHERE id = ?",
    "UPDATE assessments SET revision = 7 WHERE id = ?",
    "UPDATE assessments SET due_at = '2099-01-01' WHERE id = ?",
    "UPDATE assessments SET dispute_reason = 'late objection' WHERE id = ?",
])
def test_a_signed_form_is_frozen_in_the_database(office, signed, sql):
    before = _row(office.db, signed)
    with pytest.raises(sqlite3.IntegrityError, match=FROZEN):
        office.db.execute(sql, (signed,))
    assert _row(office.db, signed) == before
    assert forms.verify_form(office.db, signed)


@pytest.mark.parametrize("state", ["draft", "submitted", "acknowledged", "reviewed"])
def test_the_state_never_goes_back(office, signed, state):
    with pytest.raises(sqlite3.IntegrityError, match="only move forward"):
        office.db.execute("UPDATE assessments SET state = ? WHERE id = ?", (state, signed))
    assert _row(office.db, signed)[2] == "locked"


def test_a_signed_form_cannot_be_deleted(office, signed):
    with pytest.raises(sqlite3.IntegrityError, match=FROZEN):
        office.db.execute("DELETE FROM assessments WHERE id = ?", (signed,))
    assert count(office.db, "assessments", "id = ?", (signed,)) == 1


def test_signatures_are_never_changed_or_deleted(office, signed):
    rows = list(office.db.execute("SELECT * FROM signatures WHERE assessment_id = ?", (signed,)))
    assert len(rows) == 3
    with pytest.raises(sqlite3.IntegrityError, match="signatures can never be changed"):
        office.db.execute("UPDATE signatures SET signer_name = '别人' WHERE assessment_id = ?",
                          (signed,))
    with pytest.raises(sqlite3.IntegrityError, match="signatures can never be changed"):
        office.db.execute("UPDATE signatures SET png = NULL WHERE assessment_id = ?", (signed,))
    with pytest.raises(sqlite3.IntegrityError, match="signatures can never be deleted"):
        office.db.execute("DELETE FROM signatures WHERE assessment_id = ?", (signed,))
    assert list(office.db.execute("SELECT * FROM signatures WHERE assessment_id = ?",
                                  (signed,))) == rows


def test_no_signature_can_be_added_out_of_order(office, signed):
    with pytest.raises(sqlite3.IntegrityError, match="signature out of order"):
        office.db.execute("INSERT INTO signatures (assessment_id, role, signer_name, signed_at) "
                          "VALUES (?, 'reviewer', '冒名', '2026-12-05T10:00:00')", (signed,))


def test_a_form_cannot_be_inserted_signed_nor_pushed_without_its_signature(office):
    db = office.db
    with pytest.raises(sqlite3.IntegrityError, match="starts as a draft"):
        db.execute("INSERT INTO assessments (employee_id, period_key, period_start, period_end, "
                   "rubric_version_id, state, snapshot_json, sha256, created_at) VALUES "
                   "(?, '2026-11', '2026-11-01', '2026-11-30', ?, 'locked', '{}', 'x', 'now')",
                   (office.a1, office.agent_version))
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    draft = form_of(db, office.a1)
    with pytest.raises(sqlite3.IntegrityError, match="needs its signature first"):
        db.execute("UPDATE assessments SET state = 'submitted', snapshot_json = '{}', "
                   "sha256 = 'x' WHERE id = ?", (draft,))
    with pytest.raises(sqlite3.IntegrityError, match="only move forward"):
        db.execute("UPDATE assessments SET state = 'locked', snapshot_json = '{}', "
                   "sha256 = 'x' WHERE id = ?", (draft,))


def _tick(office, employee, at, item="late"):
    return incidents.add_incident(office.db, employee_id=employee,
                                  version_id=office.agent_version, item_id=item, at=at, by="test")


def test_the_incidents_of_a_signed_period_are_frozen(office):
    db = office.db
    inside = _tick(office, office.a1, "2026-11-10T09:00")
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    sign_through(db, form_of(db, office.a1), office, until="submitted")

    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):  # raw insert
        db.execute("INSERT INTO incidents (employee_id, rubric_version_id, item_id, at, "
                   "created_at) VALUES (?, ?, 'late', '2026-11-30T23:59:59', 'now')",
                   (office.a1, office.agent_version))
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):  # through the model
        _tick(office, office.a1, "2026-11-01T00:00")
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):  # soft delete
        db.execute("UPDATE incidents SET deleted_at = 'now', deleted_by = 'x' WHERE id = ?",
                   (inside,))
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        incidents.delete_incident(db, inside, by="x", reason="改")
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):  # moved out of the period
        db.execute("UPDATE incidents SET at = '2026-12-01T09:00:00' WHERE id = ?", (inside,))
    with pytest.raises(sqlite3.IntegrityError):  # a real delete (also refused as not soft)
        db.execute("DELETE FROM incidents WHERE id = ?", (inside,))
    assert incidents.get_incident(db, inside)["deleted"] is False

    # Other periods and other employees are untouched by the lock.
    _tick(office, office.a1, "2026-12-01T09:00")
    _tick(office, office.a1, "2026-10-31T18:00")
    _tick(office, office.a2, "2026-11-10T09:00")
    assert forms.signed_form_covering(db, employee_id=office.a1, day="2026-11-15") == \
        form_of(db, office.a1)
    assert forms.signed_form_covering(db, employee_id=office.a2, day="2026-11-15") is None


def test_the_kpi_values_of_a_signed_period_are_frozen(office):
    db = office.db
    kpis.set_value(db, employee_id=office.a1, period="2026-12", item_id="exam", value=50, by="test")
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    sign_through(db, form_of(db, office.a1), office, until="acknowledged")
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        kpis.set_value(db, employee_id=office.a1, period=PERIOD, item_id="exam", value=100,
                       by="test")
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        db.execute("UPDATE kpi_values SET value_json = '{\"decimal\": \"100\"}' "
                   "WHERE employee_id = ? AND period = ?", (office.a1, PERIOD))
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        db.execute("DELETE FROM kpi_values WHERE employee_id = ? AND period = ?",
                   (office.a1, PERIOD))
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        db.execute("INSERT INTO kpi_values (employee_id, period, item_id, value_json, "
                   "entered_at) VALUES (?, ?, 'other', '{}', 'now')", (office.a1, PERIOD))
    assert kpis.values_for(db, employee_id=office.a1, period=PERIOD) == {"exam": Decimal(80)}
    kpis.set_value(db, employee_id=office.a1, period="2026-12", item_id="exam", value=60, by="test")
    kpis.set_value(db, employee_id=office.a2, period=PERIOD, item_id="exam", value=91, by="test")


def test_a_revision_keeps_the_original_intact_and_reopens_the_period(office, signed):
    db = office.db
    before = _row(db, signed)
    signatures_before = list(db.execute("SELECT * FROM signatures WHERE assessment_id = ?",
                                        (signed,)))
    revision = forms.revise(db, signed, by="孙人事", reason="考试成绩录错")
    new = forms.get_form(db, revision)
    assert (new["revision"], new["previous_id"], new["state"]) == (2, signed, "draft")
    assert forms.get_form(db, signed)["superseded_by"] == revision

    # The correction: the period is open again for A1 while revision 2 is a draft.
    _tick(office, office.a1, "2026-11-20T09:00")
    assert forms.form_view(db, revision).result["total"] == "90.00"
    assert forms.document(db, revision)["previous_sha256"] == before[1]
    sign_through(db, revision, office, until="submitted", at="2026-12-08T09:00")
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        _tick(office, office.a1, "2026-11-21T09:00")

    # The original: same snapshot, same hash, same signatures, still verifiable.
    assert _row(db, signed) == before
    assert list(db.execute("SELECT * FROM signatures WHERE assessment_id = ?",
                           (signed,))) == signatures_before
    assert forms.verify_form(db, signed) and forms.verify_form(db, revision)
    assert forms.document(db, signed)["result"]["total"] == "92.00"
    assert forms.document(db, revision)["result"]["total"] == "90.00"
    assert [f["id"] for f in forms.list_forms(db, period=PERIOD, team_id=office.team_a)
            if f["employee_id"] == office.a1] == [revision]

    with pytest.raises(ValueError, match=f"already corrected by form {revision}"):
        forms.revise(db, signed, by="x", reason="再次更正")
    with pytest.raises(ValueError, match=f"corrected by form {revision}"):
        forms.lock(db, signed, user_id=office.hr, pin=PINS["hr"], by="test")
    draft = form_of(db, office.a2)
    with pytest.raises(ValueError, match="is a draft: correct it directly"):
        forms.revise(db, draft, by="x", reason="更正")


def test_a_draft_can_be_dropped_and_a_cancelled_correction_closes_the_period(office, signed):
    db = office.db
    revision = forms.revise(db, signed, by="孙人事", reason="考试成绩录错")
    forms.delete_draft(db, revision, by="孙人事")
    with pytest.raises(sqlite3.IntegrityError, match=PERIOD_SIGNED):
        _tick(office, office.a1, "2026-11-20T09:00")
    with pytest.raises(ValueError, match="is locked: a signed form is never deleted"):
        forms.delete_draft(db, signed, by="x")
    assert [e["action"] for e in db.query(
        "SELECT action FROM audit_events WHERE entity = 'assessment' AND entity_id = ?",
        (revision,))] == ["create", "delete"]


def test_removing_the_demo_keeps_a_signed_form_and_its_employee(store, monkeypatch):
    from models.people import users

    fast_pins(monkeypatch)
    demo.install_demo(store, today=date(2026, 11, 20), history=False)
    team = team_by_name(store, demo.TEAM)
    made = forms.create_forms(store, team_id=team["id"], period=PERIOD, by="(demo)")
    assert len(made) == 6
    lead = users.add_user(store, name="李班长", role="lead", pin="123456", by="test")
    demo_form = form_of(store, employee_by_code(store, "DEMO-02")["id"])
    assert forms.form_view(store, demo_form).blockers == []
    forms.submit(store, demo_form, user_id=lead, pin="123456", strokes=STROKES, by="test")
    assert demo.remove_demo(store, by="test") == 1
    assert count(store, "assessments") == count(store, "signatures") == 1
    kept = store.execute("SELECT code, demo, active FROM employees").fetchall()
    assert kept == [("DEMO-02", 0, 0)]
    # Neither the flag nor a plain DELETE can take a signed record away afterwards.
    with pytest.raises(sqlite3.IntegrityError, match="never demo"):
        store.execute("UPDATE employees SET demo = 1")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        store.execute("DELETE FROM assessments")
    with pytest.raises(sqlite3.IntegrityError, match="never be deleted"):
        store.execute("DELETE FROM signatures")
