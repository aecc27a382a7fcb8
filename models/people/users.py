"""People who operate the app (shift lead, reviewer, HR) and their PINs.

A PIN is never stored: only `scrypt$n$r$p$salt_hex$hash_hex` (hashlib.scrypt, 16-byte salt),
compared in constant time. A PIN is 4–12 digits or a password of at least 6 characters.
"""

import hashlib
import hmac
import os
import re
import sqlite3
import unicodedata

from models import audit
from models.storage import clock
from models.storage.errors import NotFoundError

ROLES = ("lead", "reviewer", "hr")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
SALT_BYTES, KEY_BYTES = 16, 32
DIGITS = re.compile(r"[0-9]{4,12}")
MAX_PIN = 128  # scrypt hashes anything; a limit keeps a pasted novel from being one


class WrongPinError(ValueError):
    """The PIN given is not this user's (nothing was written)."""


def check_pin_rules(pin):
    if not isinstance(pin, str):
        raise ValueError(f"a PIN must be text, not {type(pin).__name__}")
    if len(pin) > MAX_PIN:
        raise ValueError(f"a PIN is at most {MAX_PIN} characters")
    if not (DIGITS.fullmatch(pin) or (len(pin) >= 6 and pin.strip())):
        raise ValueError("a PIN must be 4–12 digits or a password of at least 6 characters")


def _key(pin, salt, n, r, p):
    # NFC: the same password typed through different input methods gives the same bytes.
    data = unicodedata.normalize("NFC", pin).encode("utf-8")
    return hashlib.scrypt(data, salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                          maxmem=256 * r * n)


def hash_pin(pin):
    check_pin_rules(pin)
    salt = os.urandom(SALT_BYTES)
    key = _key(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def pin_matches(stored, pin):
    """Does `pin` give the stored hash? The cost parameters are read from the hash itself."""
    if not stored or not isinstance(pin, str):
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        n, r, p, salt, key = int(n), int(r), int(p), bytes.fromhex(salt), bytes.fromhex(key)
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    return hmac.compare_digest(_key(pin, salt, n, r, p), key)


def _row(row):
    row = dict(row)
    row["has_pin"] = row.pop("pin_hash") is not None
    row["active"] = bool(row["active"])
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


def add_user(db, *, name, role, pin, by):
    """A new user; `pin` may be None (then the user cannot sign until `set_pin`)."""
    name = (name or "").strip()
    if not name:
        raise ValueError("user: the name is empty")
    _check_role(role)
    pin_hash = None if pin is None else hash_pin(pin)
    with db.atomic():
        if db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            raise ValueError(f"user: a user named {name!r} already exists")
        try:
            user_id = db.execute(
                "INSERT INTO users (name, role, pin_hash, active, created_at) "
                "VALUES (?, ?, ?, 1, ?)", (name, role, pin_hash, clock.stamp())).lastrowid
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"user {name!r}: {exc}") from exc
        audit.record(db, actor=by, action="add", entity="user", entity_id=user_id,
                     after=get_user(db, user_id))
    return user_id


def set_pin(db, user_id, *, pin, by):
    pin_hash = hash_pin(pin)
    with db.atomic():
        before = get_user(db, user_id)
        db.execute("UPDATE users SET pin_hash = ? WHERE id = ?", (pin_hash, user_id))
        # The log says the PIN changed; it never holds the PIN or its hash.
        audit.record(db, actor=by, action="set_pin", entity="user", entity_id=user_id,
                     before={"has_pin": before["has_pin"]}, after={"has_pin": True})


def set_user_active(db, user_id, *, active, by):
    with db.atomic():
        before = get_user(db, user_id)
        db.execute("UPDATE users SET active = ? WHERE id = ?", (int(bool(active)), user_id))
        audit.record(db, actor=by, action="activate" if active else "deactivate",
                     entity="user", entity_id=user_id, before=before,
                     after=get_user(db, user_id))


def verify_pin(db, user_id, pin):
    """True when `pin` is this user's PIN (False for a user without one)."""
    row = db.execute("SELECT pin_hash FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no user with id {user_id}")
    return pin_matches(row[0], pin)


def authenticate(db, user_id, pin, *, roles=ROLES, doing="sign"):
    """The user, when active, in one of `roles` and `pin` is their own PIN; else ValueError
    (WrongPinError for a wrong PIN). Reads only: a refusal writes nothing."""
    user = get_user(db, user_id)
    if not user["active"]:
        raise ValueError(f"user {user['name']} is deactivated and cannot {doing}")
    if user["role"] not in roles:
        raise ValueError(f"user {user['name']} is a {user['role']} and cannot {doing} "
                         f"(needs the role {' or '.join(roles)})")
    if not user["has_pin"]:
        raise ValueError(f"user {user['name']} has no PIN yet and cannot {doing}")
    if not verify_pin(db, user_id, pin):
        raise WrongPinError(f"wrong PIN for {user['name']}: nothing was changed")
    return user


def user_team_ids(db, user_id):
    """The ids of the teams the user works on (a shift lead's own teams), in id order."""
    return [row[0] for row in db.execute(
        "SELECT team_id FROM user_teams WHERE user_id = ? ORDER BY team_id", (user_id,))]


def set_user_teams(db, user_id, team_ids, *, by):
    """Make `team_ids` exactly the user's teams; one audit event with the sets before/after."""
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
