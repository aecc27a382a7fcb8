"""Users and their PINs: scrypt hashes, never the PIN in clear, constant-time checks."""

import hashlib

import pytest

from models import audit
from models.people import users
from models.storage.errors import NotFoundError
from tests.forms_fixtures import fast_pins

REAL_COST = (users.SCRYPT_N, users.SCRYPT_R, users.SCRYPT_P)   # read before any test lowers it


@pytest.fixture(autouse=True)
def fast(monkeypatch):
    """Cheap hashes (the test of the real parameters puts them back)."""
    fast_pins(monkeypatch)


def test_the_pin_is_stored_only_as_an_scrypt_hash(store, monkeypatch):
    assert REAL_COST == (2 ** 16, 8, 1)        # ~0.3 s a guess here (docs/reliability.md)
    monkeypatch.setattr(users, "SCRYPT_N", REAL_COST[0])
    user = users.add_user(store, name="李班长", role="lead", pin="482913", by="test")
    stored = store.execute("SELECT pin_hash FROM users WHERE id = ?", (user,)).fetchone()[0]
    assert "482913" not in stored
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2 ** 16), "8", "1")
    assert len(bytes.fromhex(salt)) == 16
    # The documented parameters reproduce the stored key.
    assert hashlib.scrypt(b"482913", salt=bytes.fromhex(salt), n=2 ** 16, r=8, p=1,
                          dklen=len(key) // 2, maxmem=256 * 8 * 2 ** 16).hex() == key
    # Nothing else in the file holds the PIN either: not the row as read, not the log.
    assert "pin_hash" not in users.get_user(store, user)
    assert users.get_user(store, user)["has_pin"] is True
    for table in ("users", "audit_events"):
        for row in store.execute(f"SELECT * FROM {table}"):
            assert not any("482913" in str(value) for value in row)
    assert all("scrypt$" not in str(e["after"]) for e in audit.events_for(
        store, entity="user", entity_id=user))


def test_verify_accepts_the_pin_and_refuses_others(store):
    user = users.add_user(store, name="王主任", role="reviewer", pin="123456", by="test")
    assert users.verify_pin(store, user, "123456") is True
    for wrong in ("123457", "1234567", "12345", "", " 123456", "１２３４５６"):
        assert users.verify_pin(store, user, wrong) is False
    assert users.verify_pin(store, user, None) is False


def test_two_users_with_the_same_pin_have_different_hashes(store):
    a = users.add_user(store, name="甲", role="lead", pin="123456", by="test")
    b = users.add_user(store, name="乙", role="lead", pin="123456", by="test")
    rows = dict(store.execute("SELECT id, pin_hash FROM users"))
    assert rows[a] != rows[b]  # salted
    assert users.verify_pin(store, a, "123456") and users.verify_pin(store, b, "123456")


@pytest.mark.parametrize("pin", ["123456", "1234567", "123456789012", "abcdefgh",
                                 "密码是八个汉字啊", "pass word", "1234567890123"])
def test_valid_pins(pin):
    users.check_pin_rules(pin)
    assert users.meets_pin_rules(pin)
    assert users.pin_matches(users.hash_pin(pin), pin)


@pytest.mark.parametrize("pin", ["123", "1234", "12345", "abcde", "abcdefg", "密码是六个字",
                                 "      ", "        ", "12a", 1234, 123456, "x" * 129])
def test_invalid_pins_are_refused_with_the_rule(store, pin):
    with pytest.raises(ValueError, match="PIN"):
        users.add_user(store, name="新人", role="lead", pin=pin, by="test")
    assert store.execute("SELECT count(*) FROM users").fetchone()[0] == 0
    assert not users.meets_pin_rules(pin)


@pytest.mark.parametrize("pin", ["1234", "12345", "abcdefg"])
def test_set_pin_refuses_a_short_pin_and_keeps_the_old_one(store, pin):
    user = users.add_user(store, name="李班长", role="lead", pin="482913", by="test")
    with pytest.raises(ValueError, match="6–12 digits or a password of at least 8"):
        users.set_pin(store, user, pin=pin, by="admin")
    assert users.verify_pin(store, user, "482913") and not users.verify_pin(store, user, pin)
    assert [e["action"] for e in audit.events_for(store, entity="user", entity_id=user)] == [
        "add"]


def test_set_pin_replaces_the_old_one_and_logs_no_secret(store):
    user = users.add_user(store, name="李班长", role="lead", pin=None, by="test")
    assert users.get_user(store, user)["has_pin"] is False
    assert users.verify_pin(store, user, "123456") is False
    users.set_pin(store, user, pin="123456", by="admin")
    users.set_pin(store, user, pin="987654", by="admin")
    assert users.verify_pin(store, user, "987654")
    assert not users.verify_pin(store, user, "123456")
    events = audit.events_for(store, entity="user", entity_id=user)
    assert [e["action"] for e in events] == ["add", "set_pin", "set_pin"]
    assert events[-1]["after"] == {"has_pin": True}


def test_names_roles_and_lookups(store):
    users.add_user(store, name="王主任", role="reviewer", pin="123456", by="test")
    with pytest.raises(ValueError, match="already exists"):
        users.add_user(store, name=" 王主任 ", role="lead", pin="123456", by="test")
    with pytest.raises(ValueError, match="role must be one of lead, reviewer, hr"):
        users.add_user(store, name="某人", role="boss", pin="123456", by="test")
    with pytest.raises(ValueError, match="name is empty"):
        users.add_user(store, name="  ", role="lead", pin="123456", by="test")
    with pytest.raises(NotFoundError, match="no user with id 99"):
        users.get_user(store, 99)
    with pytest.raises(NotFoundError):
        users.verify_pin(store, 99, "123456")
    hr = users.add_user(store, name="孙人事", role="hr", pin="123456", by="test")
    users.set_user_active(store, hr, active=False, by="test")
    assert [u["name"] for u in users.list_users(store)] == ["王主任"]
    everyone = users.list_users(store, include_inactive=True)
    assert [u["name"] for u in everyone] == ["孙人事", "王主任"]
    assert users.list_users(store, role="hr", include_inactive=True)[0]["active"] is False


def test_authenticate_checks_role_activity_and_the_users_own_pin(store):
    lead = users.add_user(store, name="李班长", role="lead", pin="111111", by="test")
    reviewer = users.add_user(store, name="王主任", role="reviewer", pin="222222", by="test")
    assert users.authenticate(store, reviewer, "222222", roles=("reviewer", "hr"),
        by="test")["name"] == \
        "王主任"
    with pytest.raises(users.WrongPinError, match="wrong PIN for 王主任"):
        users.authenticate(store, reviewer, "111111",
            by="test")  # the lead's PIN is not the reviewer's
    with pytest.raises(ValueError, match="李班长 is a lead and cannot review"):
        users.authenticate(store, lead, "111111", roles=("reviewer", "hr"), doing="review",
            by="test")
    users.set_user_active(store, reviewer, active=False, by="test")
    with pytest.raises(ValueError, match="deactivated"):
        users.authenticate(store, reviewer, "222222", by="test")
    nopin = users.add_user(store, name="新人", role="lead", pin=None, by="test")
    with pytest.raises(ValueError, match="no PIN yet"):
        users.authenticate(store, nopin, "", by="test")


def test_a_malformed_stored_hash_never_matches():
    assert not users.pin_matches("plain-123456", "plain-123456")
    assert not users.pin_matches("bcrypt$1$2$3$00$00", "123456")
    assert not users.pin_matches(None, "123456")
    good = users.hash_pin("123456")
    _, n, r, p, salt, key = good.split("$")
    for bad_cost in (f"{2 ** 30}${r}${p}", f"{n}$1000${p}", f"1000${r}${p}", f"0${r}${p}"):
        assert not users.pin_matches(f"scrypt${bad_cost}${salt}${key}", "123456")
