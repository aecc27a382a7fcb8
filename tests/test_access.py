"""Who may do what (models.people.access), the users' teams (migration 4), the idle-lock setting and
the owner-only store file."""

import os
import stat
import sys

import pytest

from models import audit
from models.database.store import open_db
from models.people import access, users
from models.people.teams import add_team, list_teams
from models.work import settings

LEAD_TEAMS = [1, 2]


def user(role, *, active=True, team_ids=None):
    row = {"id": 7, "name": "x", "role": role, "active": active, "has_pin": True}
    if team_ids is not None:
        row["team_ids"] = team_ids
    return row


# action: (lead on an own team, lead on another team, lead with no team given, reviewer, hr)
TABLE = {
    "tick":           (True,  False, False, False, True),
    "view":           (True,  False, False, True,  True),
    "manage_people":  (True,  False, False, False, True),
    "manage_teams":   (False, False, False, False, True),
    "manage_users":   (False, False, False, False, True),
    "manage_rubrics": (False, False, False, False, True),
    "review":         (False, False, False, True,  True),
    "sign_appraiser": (True,  True,  True,  True,  True),
    "create_forms":   (True,  False, False, False, True),
    "manage_settings": (False, False, False, False, True),
    "manage_backups": (False, False, False, False, True),
}


@pytest.mark.parametrize("action", sorted(TABLE))
def test_the_rules_table(action):
    own, other, anywhere, reviewer, hr = TABLE[action]
    lead = user("lead")
    assert access.can(lead, action, team_id=2, team_ids=LEAD_TEAMS) is own
    assert access.can(lead, action, team_id=3, team_ids=LEAD_TEAMS) is other
    assert access.can(lead, action, team_ids=LEAD_TEAMS) is anywhere
    for team_id in (None, 2, 3):
        assert access.can(user("reviewer"), action, team_id=team_id) is reviewer
        assert access.can(user("hr"), action, team_id=team_id) is hr


def test_every_action_is_in_the_table():
    assert set(TABLE) == set(access.ACTIONS)


@pytest.mark.parametrize("action", access.ACTIONS)
def test_open_mode_allows_everything(action):
    assert access.can(None, action) is True
    assert access.can(None, action, team_id=99) is True


@pytest.mark.parametrize("action", access.ACTIONS)
def test_a_deactivated_user_may_do_nothing(action):
    assert access.can(user("hr", active=False), action) is False
    assert access.can(user("lead", active=False), action, team_id=1, team_ids=[1]) is False


def test_the_users_own_teams_come_from_the_row_when_not_given():
    lead = user("lead", team_ids=[4])
    assert access.can(lead, "tick", team_id=4)
    assert not access.can(lead, "tick", team_id=5)
    assert not access.can(user("lead"), "tick", team_id=4)       # no teams: nothing
    assert access.can(lead, "tick", team_id=5, team_ids=[5])      # given wins


def test_unknown_actions_are_refused_loudly():
    with pytest.raises(ValueError, match="unknown action"):
        access.can(user("hr"), "delete_everything")
    with pytest.raises(ValueError, match="unknown action"):
        access.can(None, "tik")


def test_team_filter():
    assert access.team_filter(None) is None
    assert access.team_filter(user("hr")) is None
    assert access.team_filter(user("reviewer")) is None
    assert access.team_filter(user("lead", team_ids=[3, 1])) == frozenset({1, 3})
    assert access.team_filter(user("lead"), [2]) == frozenset({2})
    assert access.team_filter(user("lead")) == frozenset()


@pytest.fixture
def fast(monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 10)


def test_open_mode_ends_with_the_first_user_who_can_sign_in(store, fast):
    assert access.open_mode(store)
    no_pin = users.add_user(store, name="无码", role="hr", pin=None, by="test")
    assert access.open_mode(store)                  # cannot sign in: still open
    hr = users.add_user(store, name="孙人事", role="hr", pin="hr-secret", by="test")
    assert not access.open_mode(store)
    users.set_user_active(store, hr, active=False, by="test")
    assert access.open_mode(store)
    users.set_pin(store, no_pin, pin="567890", by="test")
    assert not access.open_mode(store)


def test_the_first_user_must_be_an_hr_admin(store, fast):
    with pytest.raises(ValueError, match="first user must be an HR admin"):
        access.check_new_user(store, role="lead")
    access.check_new_user(store, role="hr")
    users.add_user(store, name="孙人事", role="hr", pin="hr-secret", by="test")
    access.check_new_user(store, role="lead")


def test_the_last_hr_admin_stays(store, fast):
    hr = users.add_user(store, name="孙人事", role="hr", pin="hr-secret", by="test")
    lead = users.add_user(store, name="李班长", role="lead", pin="123456", by="test")
    with pytest.raises(ValueError, match="last active HR admin"):
        access.check_deactivate(store, hr)
    with pytest.raises(ValueError, match="yourself"):
        access.check_deactivate(store, hr, by_user_id=hr)
    access.check_deactivate(store, lead, by_user_id=hr)
    hr2 = users.add_user(store, name="周人事", role="hr", pin="hr-secret2", by="test")
    access.check_deactivate(store, hr, by_user_id=hr2)


def test_signed_in_user_carries_the_teams(store, fast):
    team = add_team(store, name="一班", by="test")
    lead = users.add_user(store, name="李班长", role="lead", pin="123456", by="test")
    users.set_user_teams(store, lead, [team], by="孙人事")
    row = access.signed_in_user(store, lead)
    assert row["team_ids"] == [team] and "pin_hash" not in row
    assert access.can(row, "tick", team_id=team)


# -- the users' teams (migration 4) ---------------------------------------------------------------
def test_set_user_teams_replaces_the_set_and_is_audited(store, fast):
    a, b, c = (add_team(store, name=n, by="test") for n in ("一班", "二班", "三班"))
    lead = users.add_user(store, name="李班长", role="lead", pin="123456", by="test")
    assert users.user_team_ids(store, lead) == []
    users.set_user_teams(store, lead, [b, a], by="孙人事")
    assert users.user_team_ids(store, lead) == sorted([a, b])
    users.set_user_teams(store, lead, [c, b], by="孙人事")
    assert users.user_team_ids(store, lead) == sorted([b, c])
    users.set_user_teams(store, lead, [b, c], by="孙人事")          # unchanged: no event
    events = [e for e in audit.events_for(store, entity="user", entity_id=lead)
              if e["action"] == "set_teams"]
    assert [(e["before"], e["after"], e["actor"]) for e in events] == [
        ({"team_ids": []}, {"team_ids": sorted([a, b])}, "孙人事"),
        ({"team_ids": sorted([a, b])}, {"team_ids": sorted([b, c])}, "孙人事")]
    users.set_user_teams(store, lead, [], by="孙人事")
    assert users.user_team_ids(store, lead) == []


def test_set_user_teams_refuses_unknown_teams_and_users(store, fast):
    team = add_team(store, name="一班", by="test")
    lead = users.add_user(store, name="李班长", role="lead", pin="123456", by="test")
    users.set_user_teams(store, lead, [team], by="test")
    for bad in ([team, 999], ["1"], [True]):
        with pytest.raises(ValueError):
            users.set_user_teams(store, lead, bad, by="test")
    assert users.user_team_ids(store, lead) == [team]              # nothing changed
    with pytest.raises(LookupError):
        users.set_user_teams(store, 999, [team], by="test")
    with pytest.raises(Exception):  # noqa: B017 - the foreign key, below the functions
        store.execute("INSERT INTO user_teams (user_id, team_id) VALUES (?, 999)", (lead,))


def test_removing_the_demo_takes_its_team_assignments_along(store_path, fast):
    from models.database import demo

    db = open_db(store_path)                        # a fresh file: with the demo team
    try:
        demo_team = next(t["id"] for t in list_teams(db) if t["demo"])
        lead = users.add_user(db, name="李班长", role="lead", pin="123456", by="test")
        users.set_user_teams(db, lead, [demo_team], by="test")
        demo.remove_demo(db, by="test")
        assert users.user_team_ids(db, lead) == []
    finally:
        db.close()


def test_idle_lock_minutes_setting(store):
    assert settings.get(store, "idle_lock_minutes") == 10
    settings.put(store, "idle_lock_minutes", 0, by="test")
    assert settings.get(store, "idle_lock_minutes") == 0
    for bad in (-1, 481, "5", 2.5):
        with pytest.raises(ValueError):
            settings.put(store, "idle_lock_minutes", bad, by="test")


# -- owner-only files -----------------------------------------------------------------------------
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no mode bits")


@posix_only
def test_a_new_store_file_is_owner_only(tmp_path):
    old = os.umask(0o022)          # a usual umask, which would give 0644
    try:
        path = tmp_path / "new.db"
        db = open_db(path, first_run_setup=False)
        db.execute("CREATE TABLE t (x)")         # the WAL exists now
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        for side in (f"{path}-wal", f"{path}-shm"):
            if os.path.exists(side):
                assert stat.S_IMODE(os.stat(side).st_mode) & 0o077 == 0
        db.close()
    finally:
        os.umask(old)


@posix_only
def test_an_existing_store_keeps_its_permissions(tmp_path):
    path = tmp_path / "shared.db"
    open_db(path, first_run_setup=False).close()
    path.chmod(0o640)
    open_db(path, first_run_setup=False).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_version_3_file_gets_user_teams(store_path, monkeypatch):
    from models.database import migrations

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        open_db(store_path, first_run_setup=False).close()
    db = open_db(store_path, first_run_setup=False)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert "user_teams" in db.table_names()
    finally:
        db.close()


@posix_only
def test_the_copy_before_a_migration_is_owner_only(store_path, monkeypatch):
    from models.database import migrations

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:3])
        open_db(store_path, first_run_setup=False).close()
    store_path.chmod(0o644)
    old = os.umask(0o022)
    try:
        open_db(store_path, first_run_setup=False).close()
    finally:
        os.umask(old)
    copy = store_path.with_name(f"{store_path.name}.pre-v{migrations.latest_version()}.bak")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o644       # the store: as it was
