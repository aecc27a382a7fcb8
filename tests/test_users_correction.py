"""Users that can be corrected and the first run, in the store (issue 11): migration 8 (a name is
unique among active users; the users' `demo` flag), `set_user_role`, reactivation, the demo's own
users and their removal, and the office's set-up in one transaction."""

import sqlite3

import pytest

from models import forms
from models.audit.chain import verify_chain
from models.audit.query import search_events
from models.database import demo, migrations
from models.database.first_run import set_up_office
from models.database.store import open_db
from models.people import access, users
from models.people.teams import add_team, team_by_name
from models.work import settings
from tests.forms_fixtures import PINS, PNG, STROKES, count, fast_pins


@pytest.fixture
def fast(monkeypatch):
    fast_pins(monkeypatch)


def actor(db, user_id):
    return access.UserActor(access.signed_in_user(db, user_id))


# -- migration 8 ----------------------------------------------------------------------------------
def test_migration_8_rebuilds_users_keeping_ids_and_every_reference(store_path, monkeypatch):
    """A version-7 file with users, a lead's team, a wrong PIN and a signature: after the upgrade
    the same ids, the references intact, names unique among active users only. (Written in
    SQL: today's functions write today's columns.)"""
    fast_pins(monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", [s for s in migrations.MIGRATIONS if s[0] <= 7])
        db = open_db(store_path, first_run_setup=False)
        assert db.execute("PRAGMA user_version").fetchone()[0] == 7
        now = "2026-11-02T09:00:00"
        for user_id, name, role, pin, active in ((1, "李班长", "lead", PINS["lead"], 1),
                                                 (2, "王主任", "reviewer", PINS["reviewer"], 0),
                                                 (5, "孙人事", "hr", PINS["hr"], 1)):
            db.execute("INSERT INTO users (id, name, role, pin_hash, active, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       (user_id, name, role, users.hash_pin(pin), active, now))
        db.execute("INSERT INTO teams (id, name, created_at) VALUES (3, '一班', ?)", (now,))
        db.execute("INSERT INTO user_teams (user_id, team_id) VALUES (1, 3)")
        db.execute("INSERT INTO pin_failures (user_id, failures) VALUES (2, 1)")
        db.execute("INSERT INTO employees (id, code, name, team_id, created_at) "
                   "VALUES (4, 'A1', '张三', 3, ?)", (now,))
        db.execute("INSERT INTO rubric_versions (id, rubric_id, version, name, text, sha256, "
                   "created_at) VALUES (6, 'r', 1, 'r', 'x', 'x', ?)", (now,))
        db.execute("INSERT INTO assessments (id, employee_id, period_key, period_start, "
                   "period_end, rubric_version_id, created_at) "
                   "VALUES (7, 4, '2026-11', '2026-11-01', '2026-11-30', 6, ?)", (now,))
        db.execute("INSERT INTO signatures (assessment_id, role, signer_name, user_id, "
                   "signed_at, pin_verified) VALUES (7, 'appraiser', '李班长', 1, ?, 1)", (now,))
        before = db.execute("SELECT id, name, role, pin_hash, active, created_at FROM users "
                            "ORDER BY id").fetchall()
        with pytest.raises(sqlite3.IntegrityError):          # version 7: unique for ever
            db.execute("INSERT INTO users (name, role, active, created_at) "
                       "VALUES ('王主任', 'lead', 1, 'x')")
        db.close()
    db = open_db(store_path, first_run_setup=False)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1       # back on
        assert db.execute("SELECT id, name, role, pin_hash, active, created_at FROM users "
                          "ORDER BY id").fetchall() == before
        assert db.execute("SELECT count(*) FROM users WHERE demo = 1").fetchone()[0] == 0
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert users.user_team_ids(db, 1) == [3]
        assert users.failure_count(db, 2) == 1
        assert db.execute("SELECT user_id FROM signatures").fetchall() == [(1,)]
        assert users.verify_pin(db, 5, PINS["hr"])
        # The deactivated reviewer's name is free again; two active users never share one.
        new = users.add_user(db, name="王主任", role="reviewer", pin="13572468", by="test")
        assert new not in (1, 2, 5)
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE users SET active = 1 WHERE id = 2")
        # and references to users are still checked
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO user_teams (user_id, team_id) VALUES (999, 3)")
        assert verify_chain(db).ok
    finally:
        db.close()


def test_a_migration_that_would_break_a_reference_changes_nothing(store_path, monkeypatch):
    def dangling(db):
        db.execute("INSERT INTO user_teams (user_id, team_id) VALUES (999, 999)")
    dangling.rebuilds_tables = True
    current = migrations.latest_version()
    open_db(store_path, first_run_setup=False).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(current + 1,
                                                                           dangling)])
    with pytest.raises(Exception, match="foreign key"):
        open_db(store_path, first_run_setup=False)
    monkeypatch.undo()
    db = open_db(store_path, first_run_setup=False)
    assert db.execute("PRAGMA user_version").fetchone()[0] == current
    assert count(db, "user_teams") == 0
    db.close()


# -- roles, names, reactivation -------------------------------------------------------------------
def test_set_user_role_is_hrs_audited_and_keeps_an_hr_admin(office):
    db = office.db
    users.set_user_teams(db, office.lead_user, [office.team_a], by="test")
    with pytest.raises(access.NotAllowedError):
        users.set_user_role(db, office.lead_user, "reviewer", by=actor(db, office.reviewer))
    with pytest.raises(ValueError, match="role must be one of"):
        users.set_user_role(db, office.lead_user, "boss", by=actor(db, office.hr))
    users.set_user_role(db, office.lead_user, "reviewer", by=actor(db, office.hr))
    assert users.get_user(db, office.lead_user)["role"] == "reviewer"
    assert users.user_team_ids(db, office.lead_user) == []
    event = search_events(db, entity="user")[0]
    assert (event["action"], event["actor"], event["entity_id"]) == (
        "set_role", "孙人事", office.lead_user)
    users.set_user_role(db, office.lead_user, "reviewer", by=actor(db, office.hr))   # no-op
    assert search_events(db, entity="user")[0]["id"] == event["id"]
    # The last HR admin keeps her role, whoever asks; with another one she may change it.
    with pytest.raises(access.UserRuleError) as refused:
        users.set_user_role(db, office.hr, "lead", by=actor(db, office.hr))
    assert refused.value.reason == "last_hr"
    other = users.add_user(db, name="周人事", role="hr", pin="13572468", by="test")
    users.set_user_role(db, office.hr, "reviewer", by=actor(db, other))
    with pytest.raises(access.UserRuleError, match="last active HR admin"):
        users.set_user_role(db, other, "lead", by=actor(db, other))


def test_a_name_is_unique_among_active_users_only(office):
    db = office.db
    with pytest.raises(access.UserRuleError, match="already exists") as taken:
        users.add_user(db, name=" 李班长 ", role="lead", pin="864213", by="test")
    assert (taken.value.reason, taken.value.name) == ("name_taken", "李班长")
    users.set_user_active(db, office.lead_user, active=False, by="test")
    new = users.add_user(db, name="李班长", role="lead", pin="864213", by="test")
    with pytest.raises(access.UserRuleError) as refused:
        users.set_user_active(db, office.lead_user, active=True, by="test")
    assert refused.value.reason == "name_taken"
    assert not users.get_user(db, office.lead_user)["active"]
    users.set_user_active(db, new, active=False, by="test")
    users.set_user_active(db, office.lead_user, active=True, by="test")    # free again
    with pytest.raises(access.UserRuleError) as empty:
        users.add_user(db, name="  ", role="lead", pin="864213", by="test")
    assert empty.value.reason == "name_empty"


# -- the demo's own users -------------------------------------------------------------------------
def test_the_demo_users_come_with_looking_around_and_go_with_the_demo(db, fast):
    assert access.open_mode(db) and users.demo_sign_ins(db) == []   # not made at first start
    ids = demo.install_demo_users(db)
    shown = users.demo_sign_ins(db)
    assert [(u["id"], u["name"], u["role"], u["pin"]) for u in shown] == [
        (i, name, role, pin) for i, (name, role, pin) in zip(ids, users.DEMO_USERS, strict=True)]
    for user in shown:                                   # each signs in with the PIN shown
        assert users.authenticate(db, user["id"], user["pin"], by="test")["demo"]
    lead = next(u["id"] for u in shown if u["role"] == "lead")
    assert users.user_team_ids(db, lead) == [team_by_name(db, demo.TEAM)["id"]]
    assert not access.open_mode(db)
    # A known PIN never opens a store in use; a demo user's PIN stays the one shown.
    with pytest.raises(access.UserRuleError) as refused:
        demo.install_demo_users(db)
    assert refused.value.reason == "set_up_done"
    with pytest.raises(access.UserRuleError) as fixed:
        users.set_pin(db, lead, pin="97531024", by=actor(db, ids[0]))
    assert fixed.value.reason == "demo_pin"
    demo.remove_demo(db, by=actor(db, ids[0]))
    assert count(db, "users") == 0 and not demo.has_demo(db) and access.open_mode(db)
    assert search_events(db, entity="demo")[0]["after"]["users"] == 3
    assert verify_chain(db).ok


def test_looking_around_puts_the_demo_team_back_first(store, fast):
    assert not demo.has_demo(store)                       # removed before, or never installed
    demo.install_demo_users(store)
    team = team_by_name(store, demo.TEAM)
    assert team is not None and team["demo"]
    assert count(store, "employees", "demo = 1") == len(demo.PEOPLE)


def test_a_demo_user_who_signed_is_kept_and_the_office_keeps_an_hr_admin(db, fast):
    ids = demo.install_demo_users(db)
    demo_hr, demo_lead = ids[0], ids[2]
    team = team_by_name(db, demo.TEAM)["id"]
    forms.create_forms(db, team_id=team, period=str(forms_period(db)), by="test")
    form = db.execute("SELECT id FROM assessments WHERE state = 'draft' ORDER BY id LIMIT 1"
                      ).fetchone()[0]
    forms.submit(db, form, user_id=demo_lead, pin="333333", strokes=STROKES, png=PNG, by="test")
    lead = users.add_user(db, name="李班长", role="lead", pin="864213",
                          by=actor(db, demo_hr))
    # Only the office's own lead would be left: no HR admin. Refused, nothing removed.
    with pytest.raises(access.UserRuleError) as refused:
        demo.remove_demo(db, by=actor(db, demo_hr))
    assert refused.value.reason == "last_hr" and count(db, "users", "demo = 1") == 3
    hr = users.add_user(db, name="孙人事", role="hr", pin="hr-secret", by=actor(db, demo_hr))
    demo.remove_demo(db, by=actor(db, hr))
    rows = db.execute("SELECT id, active, demo FROM users ORDER BY id").fetchall()
    assert rows == [(demo_lead, 0, 0), (lead, 1, 0), (hr, 1, 0)]    # the signer stays, inactive
    assert db.execute("SELECT user_id FROM signatures WHERE user_id IS NOT NULL").fetchall() == [
        (demo_lead,)]       # the demo's history is signed by the program's own actors
    assert search_events(db, entity="demo")[0]["after"]["kept_signed_users"] == [demo_lead]
    assert users.demo_sign_ins(db) == []


def forms_period(db):
    from models.work.periods import current_period

    return current_period(db).key


# -- the office's set-up --------------------------------------------------------------------------
def test_the_set_up_is_one_transaction_whose_actor_is_the_new_hr_admin(db, fast):
    first_event = db.execute("SELECT max(id) FROM audit_events").fetchone()[0]
    done = set_up_office(db, hr_name=" 孙人事 ", hr_pin="hr-secret", organisation="某客服中心",
                         lead_name="李班长", lead_pin="130524",
                         team_ids=[team_by_name(db, demo.TEAM)["id"]], new_team="夜班")
    assert done.signed_in_id == done.lead_id
    assert users.get_user(db, done.hr_id)["name"] == "孙人事"
    assert users.get_user(db, done.lead_id)["role"] == "lead"
    assert set(users.user_team_ids(db, done.lead_id)) == {team_by_name(db, demo.TEAM)["id"],
                                                         team_by_name(db, "夜班")["id"]}
    assert settings.get(db, "organisation") == "某客服中心"
    actors = {row[0] for row in db.execute("SELECT actor FROM audit_events WHERE id > ?",
                                           (first_event,))}
    assert actors == {"孙人事"}
    with pytest.raises(access.UserRuleError) as again:
        set_up_office(db, hr_name="周人事", hr_pin="hr-secret")
    assert again.value.reason == "set_up_done"


def test_a_refused_set_up_writes_nothing(store, fast):
    add_team(store, name="一班", by="test")
    before = count(store, "audit_events")
    for refused in (
            dict(hr_name="孙人事", hr_pin="12"),                               # PIN rule
            dict(hr_name="孙人事", hr_pin=None),                               # no PIN at all
            dict(hr_name="", hr_pin="hr-secret"),
            dict(hr_name="孙人事", hr_pin="hr-secret", lead_name="孙人事", lead_pin="130524",
                 new_team="二班"),                                            # the same name
            dict(hr_name="孙人事", hr_pin="hr-secret", lead_name="李班长", lead_pin="130524"),
            dict(hr_name="孙人事", hr_pin="hr-secret", lead_pin="130524")):
        with pytest.raises(ValueError):
            set_up_office(store, organisation="某单位", **refused)
    assert count(store, "users") == 0 and count(store, "audit_events") == before
    assert team_by_name(store, "二班") is None and settings.get(store, "organisation") == ""
    # a new team of an existing name is that team
    done = set_up_office(store, hr_name="孙人事", hr_pin="hr-secret", lead_name="李班长",
                         lead_pin="130524", new_team="一班")
    assert done.team_ids == (team_by_name(store, "一班")["id"],)
