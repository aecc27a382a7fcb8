"""Anchors of the audit trail: the chain's head (event id and hash) signed with the organisation
key, kept in the file (`chain_anchors`) and appended to a log outside it
(`signing/anchors-<store id>.jsonl`).

The hash chain alone shows an edit in the middle; an anchor also shows the end cut off (the
anchored event is gone), the whole chain re-hashed (the anchored hash differs and nobody without
the key can sign a new one) and the file replaced by an older copy of itself (the log outside
names an event the older copy never had). Anchors are made at each form freeze, each clean exit,
each backup and each signed PDF.
"""

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from models.audit.chain import last_hash
from models.storage import clock
from models.trust import keys

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Finding:
    """One result of a check: a 'problem' (evidence of tampering or damage: exit 1) or a
    'warning' (something a person should know, which proves nothing)."""

    severity: str
    text: str


def store_id(db):
    row = db.execute("SELECT store_id FROM store_identity WHERE id = 1").fetchone()
    return row[0] if row else None


def log_path(org_dir, store):
    return Path(org_dir) / f"anchors-{store}.jsonl"


def payload(anchor):
    """The bytes an anchor's signature covers."""
    fields = {k: anchor[k] for k in ("store", "event_id", "hash", "at", "why")}
    if anchor.get("kind", "anchor") != "anchor":
        fields["kind"] = anchor["kind"]
    return json.dumps(fields, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def anchor(db, why, *, org_dir=None, organisation=None):
    """Sign the chain's head into `chain_anchors` (inside the caller's transaction, if any);
    `publish` copies it to the log outside once committed. Returns the anchor, or None when
    the store has no file (in memory) or the trail is empty. Raises keys.KeyLockedError when
    the key cannot be used."""
    org_dir = org_dir or keys.store_signing_dir(db)
    store = store_id(db)
    if org_dir is None or store is None:
        return None
    keys.ensure(org_dir, organisation)
    with db.atomic():
        event_id, head = last_hash(db)
        if not event_id:
            return None
        row = {"store": store, "event_id": event_id, "hash": head, "at": clock.stamp(),
               "why": why}
        row["signature"] = keys.sign(org_dir, payload(row))
        row["id"] = db.execute(
            "INSERT INTO chain_anchors (at, event_id, hash, why, signature) "
            "VALUES (?, ?, ?, ?, ?)",
            (row["at"], event_id, head, why, row["signature"])).lastrowid
    return row


def publish(db, *, org_dir=None):
    """Append the committed anchors the log outside does not hold yet (fsync'd). Call after the
    transaction that made them. Never raises: an anchor kept only inside the file is still one."""
    org_dir = org_dir or keys.store_signing_dir(db)
    store = store_id(db)
    if org_dir is None or store is None or db.conn.in_transaction:
        return 0
    path = log_path(org_dir, store)
    try:
        done = max((line["id"] for line in read_log(path) if line.get("kind") == "anchor"),
                   default=0)
        rows = db.execute("SELECT id, at, event_id, hash, why, signature FROM chain_anchors "
                          "WHERE id > ? ORDER BY id", (done,)).fetchall()
        if rows:
            _append(path, [dict(zip(("id", "at", "event_id", "hash", "why", "signature"), r,
                                    strict=True), kind="anchor", store=store) for r in rows])
        return len(rows)
    except OSError as exc:
        log.warning("anchor log %s not written: %s", path, exc)
        return 0


def anchor_now(db, why, **where):
    """An anchor and its copy outside, as one step (a clean exit, a backup, a printed PDF).
    Best effort: returns the anchor or None, and logs why not."""
    try:
        made = anchor(db, why, **where)
    except (OSError, ValueError) as exc:
        log.warning("audit trail not anchored (%s): %s", why, exc)
        return None
    publish(db, org_dir=where.get("org_dir"))
    return made


def record_restore(org_dir, store, event_id, head):
    """After the app restored a backup on purpose: a signed line in the log saying the store
    goes on from the restored copy's head (`event_id`, `head`), so its older head is not taken
    for a rollback."""
    line = {"kind": "restore", "store": store, "event_id": event_id, "hash": head,
            "at": clock.stamp(), "why": "restored from a backup"}
    line["signature"] = keys.sign(org_dir, payload(line))
    _append(log_path(org_dir, store), [line])
    return line


def read_log(path):
    """The log's lines as dicts; a line that is not JSON comes back as {"bad": text}. A last
    line without its newline was cut by a crash while being written: it is left out."""
    path = Path(path)
    if not path.is_file():
        return []
    lines = []
    content = path.read_text("utf-8", errors="replace")
    whole = content if content.endswith("\n") else content[:content.rfind("\n") + 1]
    for text in whole.splitlines():
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        lines.append(value if isinstance(value, dict) else {"bad": text})
    return lines


def _append(path, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        out.flush()
        os.fsync(out.fileno())


# -- the check ----------------------------------------------------------------------------------
def check(db, cert, *, org_dir=None):
    """Findings about the anchors: each signed by `cert`, each anchored event still in the
    trail with the same hash, and the log outside not ahead of the file."""
    found = []
    store = store_id(db)
    if store is None:
        return [Finding("problem", "the store's identity row is missing (store_identity)")]
    last_event = db.execute("SELECT coalesce(max(id), 0) FROM audit_events").fetchone()[0]
    rows = db.execute("SELECT id, at, event_id, hash, why, signature FROM chain_anchors "
                      "ORDER BY id").fetchall()
    inside = [dict(zip(("id", "at", "event_id", "hash", "why", "signature"), r, strict=True),
                   store=store) for r in rows]
    for a in inside:
        found += _check_one(db, cert, a, f"anchor {a['id']} in the file", last_event)
    org_dir = org_dir or keys.store_signing_dir(db)
    if org_dir is None:
        return found
    path = log_path(org_dir, store)
    lines = read_log(path)
    if not lines:
        if inside:
            found.append(Finding("warning", f"the anchor log {path} is missing: whether this is "
                                            "the newest copy of the store cannot be told"))
        return found
    start = max((n for n, line in enumerate(lines) if line.get("kind") == "restore"
                 and keys.verify(cert, payload(line), line.get("signature", ""))), default=0)
    for n, line in enumerate(lines[start:], start=start + 1):
        if "bad" in line or line.get("store") != store:
            found.append(Finding("problem", f"{path.name} line {n} is not an anchor of this "
                                            "store (edited or damaged)"))
            continue
        found += _check_one(db, cert, line, f"{path.name} line {n}", last_event)
    return found


def _check_one(db, cert, anchor_, where, last_event):
    when = str(anchor_.get("at", "?")).replace("T", " ")[:16]
    try:
        signed = keys.verify(cert, payload(anchor_), anchor_["signature"])
    except (KeyError, TypeError):
        signed = False
    if not signed:
        return [Finding("problem", f"{where}: its signature is not the organisation key's "
                                   "(forged or edited)")]
    event_id = anchor_["event_id"]
    row = db.execute("SELECT hash FROM audit_events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return [Finding("problem", (
            f"{where}: audit event {event_id}, anchored on {when}, is missing (the trail "
            f"ends at event {last_event}): events were deleted, or the file was replaced by "
            "an older copy"))]
    if row[0] != anchor_["hash"]:
        return [Finding("problem", (
            f"{where}: audit event {event_id} no longer has the hash anchored on {when}: the "
            "trail was changed and its hashes computed again"))]
    return []


def paper_anchor_problem(db, anchor):
    """Why the store is not the one a paper anchored at `anchor` (event id, hash) was printed
    from, or None (also for a paper without an anchor)."""
    if not anchor:
        return None
    event_id, head = anchor
    last_event = db.execute("SELECT coalesce(max(id), 0) FROM audit_events").fetchone()[0]
    row = db.execute("SELECT hash FROM audit_events WHERE id = ?", (event_id,)).fetchone()
    if row is not None and row[0] == head:
        return None
    holds = "does not have" if event_id > last_event or row is None else "holds with another hash"
    return (f"the store is not the one this paper was printed from: the paper anchors audit "
            f"event {event_id}, which the store {holds} (an older copy, or an edited trail)")
