"""People who operate the app (shift lead, reviewer, HR) and their PINs.

A PIN is never stored: only `scrypt$n$r$p$salt_hex$hash_hex` (hashlib.scrypt, 16-byte salt),
compared in constant time. A new PIN is 6–12 digits or a password of at least 8 characters. A
user whose PIN is shorter (set before that rule) still gets in: `authenticate` returns her row
with `pin_too_short` true, and the sign-in then makes her choose a new one (ui/sign_in.py).

PINs that resist guessing (docs/reliability.md):

- Every PIN a person types is checked by `authenticate` (signing in, the idle lock, submit,
  review, lock and approve in models/forms/form_states.py); `verify_pin` and `pin_matches`
  are the unthrottled checks underneath it, for nothing else.
- Wrong PINs in a row are counted per user in the table `pin_failures` (migration 6), so a
  restart or a new lock screen does not reset them. The first FREE_FAILURES (3) are free; each
  further one locks the user for FIRST_LOCK_SECONDS (30 s), doubling per failure, at most
  MAX_LOCK_SECONDS (1 hour). While a user is locked `authenticate` refuses before it looks at
  the PIN (PinLockedError): the right PIN is refused too. A right PIN ends the run (and so does
  a new PIN set with `set_pin`). Each wrong PIN is written in its own committed transaction
  with an audit event (entity "user", action "wrong_pin", after: the count and the lock's end;
  never the PIN), before WrongPinError is raised; hence `authenticate` refuses to run inside a
  transaction, whose rollback would take the count with it.
- The lock runs on `models.storage.clock` (the office PC's time). A failure stamped later than
  now (the clock was put back) does not lock.
- Offline, with a copy of the file: scrypt N=2^16, r=8, p=1 costs ~0.3 s a guess on the office's
  2-core PC, so the 10^6 six-digit PINs take ~42 hours of both cores. A hash with weaker
  parameters (an older PIN) is re-hashed with the current ones at the user's next right PIN
  (audit action "upgrade_pin_hash", with the parameters only).
"""

import hashlib
import hmac
import math
import os
import re
import sqlite3
import unicodedata

from models import audit
from models.people import access
from models.storage import clock
from models.storage.errors import NotFoundError

ROLES = ("lead", "reviewer", "hr")
# ~0.3 s a guess on the office's 2-core PC (docs/reliability.md); tests lower SCRYPT_N
# (tests/forms_fixtures.py fast_pins): every hash carries its own parameters.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 16, 8, 1
MAX_N, MAX_R, MAX_P = 2 ** 20, 32, 16   # a stored hash asking for more is not ours: no match
SALT_BYTES, KEY_BYTES = 16, 32
DIGITS = re.compile(r"[0-9]{6,12}")
MIN_PASSWORD = 8
MAX_PIN = 128  # scrypt hashes anything; a limit keeps a pasted novel from being one
PIN_RULE = "a PIN must be 6–12 digits or a password of at least 8 characters"

# The demo's own users (models.database.demo.install_demo_users): name, role, PIN. The PINs are
# public on purpose: the sign-in screen of the demo store shows them (`demo_sign_ins`).
DEMO_USERS = (("演示人事 Demo HR", "hr", "111111"),
              ("演示复核 Demo reviewer", "reviewer", "222222"),
              ("演示班长 Demo lead", "lead", "333333"))

FREE_FAILURES = 3           # wrong PINs in a row before the first lock
FIRST_LOCK_SECONDS = 30     # the 4th wrong PIN; doubling with each further one
MAX_LOCK_SECONDS = 3600
UNKNOWN_ACTOR = "unknown"   # the actor of a wrong PIN when nobody is signed in


class WrongPinError(ValueError):
    """The PIN given is not this user's: nothing was changed, the failure was counted.
    `failures` wrong PINs in a row so far; `locked_until` (ISO text) when this one locked."""

    def __init__(self, message, *, failures=None, locked_until=None):
        super().__init__(message)
        self.failures = failures
        self.locked_until = locked_until


class PinLockedError(ValueError):
    """The user is locked after too many wrong PINs: refused before the PIN was looked at.
    `until` is the lock's end (ISO text), `seconds_left` the whole seconds to it. `reason`
    lets the UI say it in the user's language (ui/errors.py)."""

    reason = "pin_locked"

    def __init__(self, name, *, until, seconds_left, failures):
        self.name, self.until = name, until
        self.seconds_left, self.failures = seconds_left, failures
        super().__init__(f"{name} is locked after {failures} wrong PINs in a row: try again "
                         f"in {_duration(seconds_left)} (at {until[11:]})")


def _duration(seconds):
    if seconds < 120:
        return f"{seconds} s"
    return f"{math.ceil(seconds / 60)} min"


def meets_pin_rules(pin):
    """Would `pin` be accepted as a new PIN (`check_pin_rules`)?"""
    return isinstance(pin, str) and len(pin) <= MAX_PIN and bool(
        DIGITS.fullmatch(pin) or (len(pin) >= MIN_PASSWORD and pin.strip()))


def check_pin_rules(pin):
    if not isinstance(pin, str):
        raise ValueError(f"a PIN must be text, not {type(pin).__name__}")
    if len(pin) > MAX_PIN:
        raise ValueError(f"a PIN is at most {MAX_PIN} characters")
    if not meets_pin_rules(pin):
        raise ValueError(PIN_RULE)


def _key(pin, salt, n, r, p):
    # NFC: the same password typed through different input methods gives the same bytes.
    data = unicodedata.normalize("NFC", pin).encode("utf-8")
    return hashlib.scrypt(data, salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                          maxmem=256 * r * n)


def hash_pin(pin):
    check_pin_rules(pin)
    return _hash(pin)


def _hash(pin):
    """The stored form of `pin` with the current parameters (no rule check: the upgrade of an
    older, shorter PIN re-hashes it as it is)."""
    salt = os.urandom(SALT_BYTES)
    key = _key(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def _parse(stored):
    """(n, r, p, salt, key) of a stored hash, or None when it is not one of ours."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        n, r, p, salt, key = int(n), int(r), int(p), bytes.fromhex(salt), bytes.fromhex(key)
    except (AttributeError, ValueError):
        return None
    if scheme != "scrypt" or not (1 < n <= MAX_N and 0 < r <= MAX_R and 0 < p <= MAX_P):
        return None
    return n, r, p, salt, key


def pin_matches(stored, pin):
    """Does `pin` give the stored hash? The cost parameters are read from the hash itself.
    Unthrottled: a PIN a person types is checked by `authenticate`."""
    parsed = _parse(stored) if stored else None
    if parsed is None or not isinstance(pin, str):
        return False
    n, r, p, salt, key = parsed
    try:
        return hmac.compare_digest(_key(pin, salt, n, r, p), key)
    except ValueError:      # parameters scrypt itself refuses (n not a power of 2 …)
        return False


def _weaker_than_current(stored):
    """True when the stored hash was made with lower cost parameters than today's."""
    parsed = _parse(stored)
    return parsed is not None and (parsed[0] < SCRYPT_N or parsed[1] < SCRYPT_R
                                   or parsed[2] < SCRYPT_P)


def _row(row):
    row = dict(row)
    row["has_pin"] = row.pop("pin_hash") is not None
    row["active"] = bool(row["active"])
    row["demo"] = bool(row.get("demo", 0))      # the demo's own users (migration 8)
    return row


def get_user(db, user_id):
    """The user's row without the PIN hash (`has_pin` says whether one is set)."""
    rows = list(db.query("SELECT * FROM users WHERE id = ?", (user_id,)))
    if not rows:
        raise NotFoundError(f"no user with id {user_id}")
    return _row(rows[0])


def list_users(db, *, role=None, include_inactive=False):
    where, params = [], []
    if role is not None:
        where.append("role = ?")
        params.append(role)
    if not include_inactive:
        where.append("active = 1")
    sql = "SELECT * FROM users" + (" WHERE " + " AND ".join(where) if where else "")
    return [_row(row) for row in db.query(sql + " ORDER BY name", params)]


def _check_role(role):
    if role not in ROLES:
        raise ValueError(f"user role must be one of {', '.join(ROLES)} (got {role!r})")


def _name_taken(db, name, *, other_than=None):
    """UserRuleError when an active user (other than `other_than`) has this name: a name is
    unique among the active users only (migration 8's partial index)."""
    if db.execute("SELECT 1 FROM users WHERE name = ? AND active = 1 AND id IS NOT ?",
                  (name, other_than)).fetchone():
        raise access.UserRuleError(f"user: an active user named {name!r} already exists",
                                   reason="name_taken", name=name)


def add_user(db, *, name, role, pin, by, demo=False):
    """A new user; `pin` may be None (then the user cannot sign until `set_pin`). Her name may
    be a deactivated user's, never an active one's. `demo`: one of the demo's own users
    (models.database.demo), removed with it."""
    access.require(by, "manage_users")
    name = (name or "").strip()
    if not name:
        raise access.UserRuleError("user: the name is empty", reason="name_empty")
    _check_role(role)
    pin_hash = None if pin is None else hash_pin(pin)
    with db.atomic():
        _name_taken(db, name)
        try:
            user_id = db.execute(
                "INSERT INTO users (name, role, pin_hash, active, created_at, demo) "
                "VALUES (?, ?, ?, 1, ?, ?)",
                (name, role, pin_hash, clock.stamp(), int(bool(demo)))).lastrowid
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"user {name!r}: {exc}") from exc
        audit.record(db, actor=by, action="add", entity="user", entity_id=user_id,
                     after=get_user(db, user_id))
    return user_id


def set_pin(db, user_id, *, pin, by):
    access.require(by, "manage_users", own_user_id=user_id)     # her own PIN: anyone
    pin_hash = hash_pin(pin)
    with db.atomic():
        before = get_user(db, user_id)
        if before["demo"]:
            raise access.UserRuleError(
                f"{before['name']} is a demo user: her PIN is the one shown at the sign-in and "
                "is not changed (add a user of your own instead)", reason="demo_pin",
                name=before["name"])
        db.execute("UPDATE users SET pin_hash = ? WHERE id = ?", (pin_hash, user_id))
        db.execute("DELETE FROM pin_failures WHERE user_id = ?", (user_id,))   # a new PIN
        # The log says the PIN changed; it never holds the PIN or its hash.
        audit.record(db, actor=by, action="set_pin", entity="user", entity_id=user_id,
                     before={"has_pin": before["has_pin"]}, after={"has_pin": True})


def set_user_active(db, user_id, *, active, by):
    """(De)activate a user. Reactivating is refused while another active user has her name
    (UserRuleError "name_taken": names are unique among active users)."""
    access.require(by, "manage_users")
    with db.atomic():
        before = get_user(db, user_id)
        if active and not before["active"]:
            _name_taken(db, before["name"], other_than=user_id)
        db.execute("UPDATE users SET active = ? WHERE id = ?", (int(bool(active)), user_id))
        audit.record(db, actor=by, action="activate" if active else "deactivate",
                     entity="user", entity_id=user_id, before=before,
                     after=get_user(db, user_id))


def demo_sign_ins(db):
    """The demo users who can sign in now, with their PINs, for the sign-in screen: a list of
    {id, name, role, pin}; empty on a store without them. (A demo user's PIN is never changed,
    see `set_pin`, so the PIN shown is hers.)"""
    pins = {name: pin for name, _role, pin in DEMO_USERS}
    return [{"id": row[0], "name": row[1], "role": row[2], "pin": pins[row[1]]}
            for row in db.execute("SELECT id, name, role FROM users WHERE demo = 1 "
                                  "AND active = 1 AND pin_hash IS NOT NULL ORDER BY id")
            if row[1] in pins]


def set_user_role(db, user_id, role, *, by):
    """Give the user another role; one audit event with the role before/after. The last active
    HR admin keeps hers (UserRuleError "last_hr": nobody could manage users any more). Teams
    are a shift lead's: a user who stops being one leaves hers (in the same event)."""
    access.require(by, "manage_users")
    _check_role(role)
    with db.atomic():
        before = get_user(db, user_id)
        if before["role"] == role:
            return
        access.check_role_change(db, user_id, role)
        teams = user_team_ids(db, user_id)
        db.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
        kept = teams if role == "lead" else []
        if kept != teams:
            db.execute("DELETE FROM user_teams WHERE user_id = ?", (user_id,))
        audit.record(db, actor=by, action="set_role", entity="user", entity_id=user_id,
                     before={"role": before["role"], "team_ids": teams},
                     after={"role": role, "team_ids": kept})


def verify_pin(db, user_id, pin):
    """True when `pin` is this user's PIN (False for a user without one). Unthrottled and
    writes nothing: a PIN a person types is checked by `authenticate`."""
    return pin_matches(_stored_hash(db, user_id), pin)


def _stored_hash(db, user_id):
    row = db.execute("SELECT pin_hash FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no user with id {user_id}")
    return row[0]


def user_team_ids(db, user_id):
    """The ids of the teams the user works on (a shift lead's own teams), in id order."""
    return [row[0] for row in db.execute(
        "SELECT team_id FROM user_teams WHERE user_id = ? ORDER BY team_id", (user_id,))]


def set_user_teams(db, user_id, team_ids, *, by):
    """Make `team_ids` exactly the user's teams; one audit event with the sets before/after."""
    access.require(by, "manage_users")
    wanted = set()
    for team_id in team_ids:
        if isinstance(team_id, bool) or not isinstance(team_id, int):
            raise ValueError(f"user teams: {team_id!r} is not a team id")
        wanted.add(team_id)
    with db.atomic():
        user = get_user(db, user_id)
        known = {row[0] for row in db.execute("SELECT id FROM teams")}
        unknown = sorted(wanted - known)
        if unknown:
            raise ValueError(f"user {user['name']}: no team with id "
                             f"{', '.join(str(t) for t in unknown)}")
        before = user_team_ids(db, user_id)
        if set(before) == wanted:
            return
        db.execute("DELETE FROM user_teams WHERE user_id = ?", (user_id,))
        for team_id in sorted(wanted):
            db.execute("INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)",
                       (user_id, team_id))
        audit.record(db, actor=by, action="set_teams", entity="user", entity_id=user_id,
                     before={"team_ids": before}, after={"team_ids": sorted(wanted)})


# The lockout sits in its own module (models/people/pin_lockout.py); callers use it through here.
from models.people.pin_lockout import (  # noqa: E402  (it reads this module's names at call time)
    Lockout,
    authenticate,
    failure_count,
    lock_seconds,
    lockout,
)

__all__ = ["Lockout", "authenticate", "failure_count", "lock_seconds", "lockout"]
