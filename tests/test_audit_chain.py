"""The audit trail is a hash chain: every change appends an event; editing or removing a past
event is detected, and the database refuses both outright."""

import sqlite3

import pytest

from models import audit
from models.audit.chain import event_hash, verify_chain
from models.database import migrations
from models.database.store import open_db
from models.people.employees import add_employee, update_employee
from models.people.teams import add_team


@pytest.fixture
def busy(store):
    team = add_team(store, name="一班", by="test")
    people = [add_employee(store, code=f"A{i}", name=f"员工{i}", team_id=team, post="客服",
                           by="test")
              for i in range(5)]
    update_employee(store, people[0], name="改名", by="test")
    return store


def test_every_change_is_a_chained_event(busy):
    events = busy.execute("SELECT id, actor, action, entity, prev_hash, hash FROM audit_events "
                          "ORDER BY id").fetchall()
    assert [e[2] for e in events[-7:]] == ["add"] * 6 + ["update"]
    for before, after in zip(events, events[1:]):
        assert after[4] == before[5]                  # each points at the one before
    report = verify_chain(busy)
    assert report.ok and report.checked == len(events)


def test_the_database_refuses_edits_and_deletions(busy):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        busy.execute("UPDATE audit_events SET actor = 'someone' WHERE id = 3")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        busy.execute("DELETE FROM audit_events WHERE id = 3")


def without_triggers(db):
    db.execute("DROP TRIGGER audit_events_append_only")
    db.execute("DROP TRIGGER audit_events_never_deleted")


def test_an_edited_past_event_is_found(busy):
    without_triggers(busy)         # what someone with a SQLite editor could do
    busy.execute("UPDATE audit_events SET after_json = replace(after_json, '员工2', '别人') "
                 "WHERE entity = 'employee' AND after_json LIKE '%员工2%'")
    edited = busy.execute("SELECT id FROM audit_events WHERE after_json LIKE '%别人%'"
                          ).fetchone()[0]
    report = verify_chain(busy)
    assert not report.ok and report.broken_at == edited
    assert "changed after it was written" in report.message


def test_a_removed_event_is_found(busy):
    without_triggers(busy)
    busy.execute("DELETE FROM audit_events WHERE id = 4")
    report = verify_chain(busy)
    assert not report.ok and report.broken_at == 5
    assert "changed or removed" in report.message


def test_a_rewritten_tail_is_found(busy):
    # recomputing one event's own hash is not enough: the next one still points at the old
    without_triggers(busy)
    busy.row_factory = None
    row = next(busy.query("SELECT * FROM audit_events WHERE id = 3"))
    row["actor"] = "forger"
    busy.execute("UPDATE audit_events SET actor = 'forger', hash = ? WHERE id = 3",
                 (event_hash(row["prev_hash"], row),))
    report = verify_chain(busy)
    assert not report.ok and report.broken_at == 4


def test_a_v2_file_gets_its_events_chained(store_path, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        db = open_db(store_path, first_run_setup=False)
        for i in range(3):
            db.execute("INSERT INTO audit_events (at, actor, action, entity, entity_id) "
                       "VALUES ('2026-11-01T00:00:00', 'x', 'add', 'team', ?)", (i,))
        db.close()
    db = open_db(store_path, first_run_setup=False)
    # Three old events, chained, then migration 5's "introduce_seals".
    assert verify_chain(db).checked == 4 and verify_chain(db).ok
    audit.record(db, actor="y", action="add", entity="team", entity_id=9)
    assert verify_chain(db).ok and verify_chain(db).checked == 5
    db.close()
