"""The audit trail as a hash chain: each event carries the SHA-256 of the one before, so editing
or removing a past event breaks every hash after it — and `verify_chain` says where."""

import hashlib
from dataclasses import dataclass

FIELDS = ("id", "at", "actor", "action", "entity", "entity_id", "before_json", "after_json")


def event_hash(prev_hash, row):
    """SHA-256 over the previous hash and every field of the event, unambiguously joined."""
    parts = [prev_hash or ""] + ["" if row[f] is None else str(row[f]) for f in FIELDS]
    joined = "\x1f".join(f"{len(p)}:{p}" for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def last_hash(db):
    row = db.execute("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, "")


@dataclass
class ChainReport:
    ok: bool
    checked: int
    broken_at: int | None = None      # id of the first event that does not fit
    message: str = ""


def verify_chain(db, *, progress=None, batch=5000):
    """Walk the whole chain in id order. Constant memory; `progress(checked)` every batch."""
    expected_prev, checked, last_id = "", 0, 0
    columns = ", ".join(FIELDS + ("prev_hash", "hash"))
    while True:
        rows = db.execute(f"SELECT {columns} FROM audit_events WHERE id > ? ORDER BY id "
                          f"LIMIT {int(batch)}", (last_id,)).fetchall()
        if not rows:
            return ChainReport(True, checked, message=f"{checked} audit events intact")
        for values in rows:
            row = dict(zip(FIELDS + ("prev_hash", "hash"), values, strict=True))
            if row["prev_hash"] != expected_prev:
                return ChainReport(False, checked, row["id"],
                                   f"audit event {row['id']}: the event before it was changed "
                                   "or removed")
            if row["hash"] != event_hash(expected_prev, row):
                return ChainReport(False, checked, row["id"],
                                   f"audit event {row['id']} was changed after it was written")
            expected_prev, last_id = row["hash"], row["id"]
            checked += 1
        if progress is not None:
            progress(checked)


def chain_existing(db):
    """Migration 3: give the events written before the chain existed their hashes."""
    prev = ""
    columns = ", ".join(FIELDS)
    for values in db.execute(f"SELECT {columns} FROM audit_events ORDER BY id").fetchall():
        row = dict(zip(FIELDS, values, strict=True))
        digest = event_hash(prev, row)
        db.execute("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?",
                   (prev, digest, row["id"]))
        prev = digest
