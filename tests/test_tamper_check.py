"""`main.py check` against edits made with plain sqlite3, as someone holding the file would
(issue 10): each attack must give exit 1 and a line naming what was done."""

import json
import shutil
import sqlite3

import pytest

import main
from models import forms
from models.audit.chain import event_hash
from models.database import backups
from models.forms import form_document
from models.trust import anchors
from tests.forms_fixtures import form_of, make_office, sign_through


@pytest.fixture
def signed(store, store_path, monkeypatch):
    """A store with one locked form (张三's) and one submitted (李四's), anchored at exit."""
    office = make_office(store, monkeypatch)
    forms.create_forms(store, team_id=office.team_a, period="2026-11", by="test")
    locked, submitted = form_of(store, office.a1), form_of(store, office.a2)
    sign_through(store, locked, office)
    sign_through(store, submitted, office, until="submitted")
    anchors.anchor_now(store, "exit")
    return {"db": store, "path": store_path, "locked": locked, "submitted": submitted}


def check(path, capsys, *extra):
    code = main.main(["--db", str(path), "check", *extra])
    out = capsys.readouterr().out
    return code, out


def sql(path, *statements):
    """Plain sqlite3, as an attacker with the file would."""
    conn = sqlite3.connect(path)
    try:
        for statement, *params in statements:
            conn.execute(statement, *params)
        conn.commit()
    finally:
        conn.close()


def test_an_untouched_store_passes(signed, capsys):
    code, out = check(signed["path"], capsys)
    assert code == 0, out
    assert "no problem found" in out and "2 signed forms" in out
    # every signature is sealed and every step anchored
    db = signed["db"]
    assert db.execute("SELECT count(*) FROM signatures WHERE seal IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM chain_anchors").fetchone()[0] >= 6


def test_an_edited_snapshot_is_found(signed, capsys):
    form = signed["locked"]
    text = signed["db"].execute("SELECT snapshot_json FROM assessments WHERE id = ?",
                                (form,)).fetchone()[0]
    total = json.loads(text)["result"]["total"]
    edited = text.replace(f'"total":"{total}"', '"total":"12.00"')
    assert edited != text
    sql(signed["path"], ("DROP TRIGGER assessments_frozen",),
        ("UPDATE assessments SET snapshot_json = ? WHERE id = ?", (edited, form)))
    code, out = check(signed["path"], capsys)
    assert code == 1
    assert f"form {form}: its frozen snapshot was edited" in out
    assert "the trigger assessments_frozen was dropped" in out


def test_a_snapshot_edited_with_its_hash_recomputed_breaks_the_seals(signed, capsys):
    form = signed["locked"]
    text = signed["db"].execute("SELECT snapshot_json FROM assessments WHERE id = ?",
                                (form,)).fetchone()[0]
    document = json.loads(text)
    document["result"]["total"] = "12.00"
    edited = form_document.canonical(document)
    sql(signed["path"], ("DROP TRIGGER assessments_frozen",),
        ("UPDATE assessments SET snapshot_json = ?, sha256 = ? WHERE id = ?",
         (edited, form_document.fingerprint(edited), form)),
        ("CREATE TRIGGER assessments_frozen BEFORE UPDATE ON assessments "
         "BEGIN SELECT 1; END",))
    code, out = check(signed["path"], capsys)
    assert code == 1
    assert "snapshot was edited" not in out          # the hash fits the text now…
    assert f"form {form}: the appraiser's signature (李班长) does not match its seal" in out
    assert f"form {form}: its SHA-256 is not the one the audit trail recorded" in out
    assert "the trigger assessments_frozen was rewritten" in out


def test_a_dropped_trigger_and_an_edited_signature_are_found(signed, capsys):
    form = signed["locked"]
    sql(signed["path"], ("DROP TRIGGER signatures_immutable",),
        ("UPDATE signatures SET signer_name = '王主任', user_id = ? "
         "WHERE assessment_id = ? AND role = 'appraiser'", (3, form)))
    code, out = check(signed["path"], capsys)
    assert code == 1
    assert "the trigger signatures_immutable was dropped" in out
    assert f"form {form}: the appraiser's signature (王主任) does not match its seal" in out


def test_a_deleted_form_is_found(signed, capsys):
    form = signed["locked"]
    sql(signed["path"], ("DROP TRIGGER assessments_no_delete",),
        ("DROP TRIGGER signatures_no_delete",),
        ("DELETE FROM signatures WHERE assessment_id = ?", (form,)),
        ("DELETE FROM assessments WHERE id = ?", (form,)))
    code, out = check(signed["path"], capsys)
    assert code == 1
    assert f"form {form} was signed (locked, per the audit trail) but is missing" in out


def test_the_last_audit_event_deleted_is_found(signed, capsys):
    last = signed["db"].execute("SELECT max(id) FROM audit_events").fetchone()[0]
    sql(signed["path"], ("DROP TRIGGER audit_events_never_deleted",),
        ("DELETE FROM audit_events WHERE id = ?", (last,)))
    code, out = check(signed["path"], capsys)
    assert code == 1
    assert f"audit event {last}, anchored on" in out and "is missing" in out


def test_a_rehashed_chain_is_found(signed, capsys):
    """An event edited, then every hash after it computed again: the chain alone is happy."""
    conn = sqlite3.connect(signed["path"])
    conn.row_factory = sqlite3.Row
    conn.execute("DROP TRIGGER audit_events_append_only")
    conn.execute("UPDATE audit_events SET actor = 'nobody' WHERE action = 'locked'")
    prev = ""
    for row in conn.execute("SELECT * FROM audit_events ORDER BY id").fetchall():
        digest = event_hash(prev, row)
        conn.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?",
                     (prev, digest, row["id"]))
        prev = digest
    conn.execute("""CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END""")
    conn.commit()
    conn.close()
    code, out = check(signed["path"], capsys)
    assert code == 1
    assert "audit trail:" not in out                      # the chain itself verifies…
    assert "no longer has the hash anchored on" in out    # …but not against its anchors


def test_the_file_replaced_by_an_older_backup_of_itself_is_found(signed, capsys):
    db, path = signed["db"], signed["path"]
    copy = backups.backup_now(db, folder=path.parent / "backups", by="test")
    forms.acknowledge(db, signed["submitted"], name="李四", strokes=[[[0.1, 0.1], [0.2, 0.2]]],
                      by="李班长")
    anchors.anchor_now(db, "exit")
    db.close()
    shutil.copyfile(copy, path)
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    code, out = check(path, capsys)
    assert code == 1
    assert "events were deleted, or the file was replaced by an older copy" in out


def test_a_stranger_certificate_is_not_trusted(signed, capsys, tmp_path):
    from models.trust import keys

    other = keys.ensure(tmp_path / "other", "Appraisal Desk")
    code, out = check(signed["path"], capsys, "--cert", str(other / keys.CERT_FILE))
    assert code == 1
    assert "its signature is not the organisation key's" in out
    assert "does not match its seal" in out


def test_a_restore_made_by_the_app_is_not_taken_for_a_rollback(signed, capsys):
    from models.database.backup_restore import restore

    db, path = signed["db"], signed["path"]
    copy = backups.backup_now(db, folder=path.parent / "backups", by="test")
    anchors.anchor_now(db, "exit")                    # the log now names a later head
    db.close()
    restore(copy, path, by="test")
    code, out = check(path, capsys)
    assert code == 0, out


def test_a_line_cut_by_a_crash_at_the_end_of_the_anchor_log_is_no_alarm(signed, capsys):
    from models.trust import keys

    log = anchors.log_path(keys.store_signing_dir(signed["db"]), anchors.store_id(signed["db"]))
    with open(log, "a", encoding="utf-8") as out:
        out.write('{"kind": "anchor", "id": 99, "event_')       # killed mid-write
    code, out = check(signed["path"], capsys)
    assert code == 0, out
    with open(log, "a", encoding="utf-8") as out:
        out.write('\n{"forged": true}\n')                       # but a whole bad line is
    code, out = check(signed["path"], capsys)
    assert code == 1 and "is not an anchor of this store" in out


def test_signed_demo_forms_removed_before_version_5_are_explained_not_alarms(store_path,
                                                                          monkeypatch,
                                                                          capsys):
    """Old stores: removing the demo used to delete its signed forms. The trail shows them
    signed, the table lacks them — a warning naming why, not a tampering problem."""
    from models import audit
    from models.database import migrations
    from models.database.store import open_db

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        db = open_db(store_path, first_run_setup=False)
        audit.record(db, actor="李班长", action="submitted", entity="assessment", entity_id=7,
                     after={"sha256": "ab" * 32, "state": "submitted"})
        audit.record(db, actor="hr", action="remove", entity="demo", entity_id=None,
                     after={"employees": 6})
        audit.record(db, actor="李班长", action="submitted", entity="assessment", entity_id=8,
                     after={"sha256": "cd" * 32, "state": "submitted"})
        db.close()
    open_db(store_path, first_run_setup=False).close()
    code, out = check(store_path, capsys)
    assert "warning: form 7 (signed, per the audit trail) went with the demo data" in out
    assert "PROBLEM: form 8 was signed (submitted, per the audit trail) but is missing" in out
    assert code == 1
