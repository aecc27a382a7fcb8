"""Wrong PINs in a row and the lock they earn (docs/reliability.md; the rules are described in
models/people/users.py, which re-exports this API). Split from users.py: the PIN's hashing and the
users' rows stay there; the counting, the lock and `authenticate` live here. Names of users.py are
read at call time, so a test lowering `users.SCRYPT_N` changes the cost here too."""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from models import audit
from models.people import users
from models.storage import clock


@dataclass(frozen=True)
class Lockout:
    """A user locked after too many wrong PINs: until `until` (ISO text), `seconds_left`."""

    user_id: int
    name: str
    failures: int
    until: str
    seconds_left: int


def lock_seconds(failures):
    """How long the `failures`-th wrong PIN in a row locks the user: 0 for the free ones, then
    30 s, 60 s, 120 s … at most an hour."""
    if failures <= users.FREE_FAILURES:
        return 0
    doublings = min(failures - users.FREE_FAILURES - 1, 20)
    return min(users.MAX_LOCK_SECONDS, users.FIRST_LOCK_SECONDS * 2 ** doublings)


def failure_count(db, user_id):
    """The wrong PINs in a row the user has given so far (0 after a right one)."""
    row = db.execute("SELECT failures FROM pin_failures WHERE user_id = ?",
                     (user_id,)).fetchone()
    return row[0] if row else 0


def lockout(db, user_id):
    """The user's Lockout while she is locked out, else None. Reads only."""
    row = db.execute("SELECT p.failures, p.last_failure_at, p.locked_until, u.name "
                     "FROM pin_failures p JOIN users u ON u.id = p.user_id "
                     "WHERE p.user_id = ?", (user_id,)).fetchone()
    if row is None or row[2] is None:
        return None
    count, last, until, name = row
    now = clock.now()
    left = math.ceil((datetime.fromisoformat(until) - now).total_seconds())
    # A failure stamped after now: the clock was put back (a wrong clock corrected). The lock
    # would otherwise last until the clock caught up; it ends instead.
    if left <= 0 or (last is not None and datetime.fromisoformat(last) > now):
        return None
    return Lockout(user_id, name, count, until, left)


def _record_failure(db, user, *, by, doing):
    """Count one wrong PIN, in its own committed transaction with its audit event (no PIN in
    it); lock the user when it is past the free ones. Returns (failures, locked_until)."""
    now = clock.now()
    with db.atomic():
        count = failure_count(db, user["id"]) + 1
        seconds = lock_seconds(count)
        until = clock.to_iso(now + timedelta(seconds=seconds)) if seconds else None
        db.execute("INSERT INTO pin_failures (user_id, failures, last_failure_at, locked_until) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
                   "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
                   "locked_until = excluded.locked_until",
                   (user["id"], count, clock.to_iso(now), until))
        audit.record(db, actor=by or users.UNKNOWN_ACTOR, action="wrong_pin", entity="user",
                     entity_id=user["id"],
                     after={"failures": count, "locked_until": until, "doing": doing})
    return count, until


def _right_pin(db, user, pin, stored):
    """A right PIN: the run of wrong ones ends; a hash with weaker parameters than today's is
    re-hashed (the same PIN) with the current ones."""
    weak = users._weaker_than_current(stored)
    if not weak and not failure_count(db, user["id"]):
        return
    new_hash = users._hash(pin) if weak else None
    with db.atomic():
        db.execute("DELETE FROM pin_failures WHERE user_id = ?", (user["id"],))
        # (a PIN set meanwhile is left as it is)
        if weak and db.execute("UPDATE users SET pin_hash = ? WHERE id = ? AND pin_hash = ?",
                               (new_hash, user["id"], stored)).rowcount:
            old = users._parse(stored)
            audit.record(db, actor=user["name"], action="upgrade_pin_hash", entity="user",
                         entity_id=user["id"],
                         before={"scrypt": {"n": old[0], "r": old[1], "p": old[2]}},
                         after={"scrypt": {"n": users.SCRYPT_N, "r": users.SCRYPT_R,
                                           "p": users.SCRYPT_P}})


def authenticate(db, user_id, pin, *, by, roles=users.ROLES, doing="sign"):
    """The user, when active, in one of `roles`, not locked out, and `pin` is her own PIN; else
    ValueError: PinLockedError while she is locked out (the PIN is not looked at), WrongPinError
    for a wrong PIN. The row has `pin_too_short` true when the PIN would not be accepted as a
    new one (the sign-in then asks for a new PIN).

    `by` is who operates the app (the signed-in user's name), the actor of a wrong PIN's audit
    event ("unknown" when nobody is signed in). A wrong PIN is counted in its own committed
    transaction, a right one ends the count and upgrades a weak hash: so this is called outside
    any transaction (ValueError inside one, before anything is checked)."""
    if db.conn.in_transaction:
        raise ValueError("a PIN is checked outside any transaction: a wrong PIN's count must "
                         "be committed even though the step is refused")
    user = users.get_user(db, user_id)
    if not user["active"]:
        raise ValueError(f"user {user['name']} is deactivated and cannot {doing}")
    if user["role"] not in roles:
        raise ValueError(f"user {user['name']} is a {user['role']} and cannot {doing} "
                         f"(needs the role {' or '.join(roles)})")
    if not user["has_pin"]:
        raise ValueError(f"user {user['name']} has no PIN yet and cannot {doing}")
    locked = lockout(db, user_id)
    if locked is not None:
        raise users.PinLockedError(user["name"], until=locked.until,
                                   seconds_left=locked.seconds_left, failures=locked.failures)
    stored = users._stored_hash(db, user_id)
    if not users.pin_matches(stored, pin):
        count, until = _record_failure(db, user, by=by, doing=doing)
        note = f"; {count} wrong PINs in a row: locked until {until[11:]}" if until else ""
        raise users.WrongPinError(f"wrong PIN for {user['name']}: nothing was changed{note}",
                            failures=count, locked_until=until)
    _right_pin(db, user, pin, stored)
    user["pin_too_short"] = not users.meets_pin_rules(pin)
    return user
