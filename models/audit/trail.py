"""The evidence log: who did what, when, with the record before and after."""

from models.audit.chain import event_hash, last_hash
from models.storage import clock, codec


def record(db, *, actor, action, entity, entity_id, before=None, after=None):
    """Append one event, chained to the one before. Called inside the change's own
    transaction, so both land or neither (and writers are serialised, so the id is ours).
    Every event names who acted: an empty or blank `actor` is refused (ValueError), nothing is
    written."""
    if not isinstance(actor, str) or not actor.strip():
        raise ValueError(f"audit event {entity} {action}: the actor is empty; every write "
                         "must say who acts")
    actor = str(actor)      # a signed-in user (models.people.access.UserActor) as plain text
    with db.atomic():
        last_id, prev = last_hash(db)
        row = {"id": last_id + 1, "at": clock.stamp(), "actor": actor, "action": action,
               "entity": entity, "entity_id": entity_id,
               "before_json": None if before is None else codec.dumps(before),
               "after_json": None if after is None else codec.dumps(after)}
        db.execute(
            "INSERT INTO audit_events (id, at, actor, action, entity, entity_id, before_json, "
            "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*row.values(), prev, event_hash(prev, row)))
    return row["id"]


def events_for(db, *, entity, entity_id):
    """Oldest first, with before/after decoded."""
    rows = db.query("SELECT * FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id",
                    (entity, entity_id))
    return [dict(row, before=codec.loads(row.pop("before_json")),
                 after=codec.loads(row.pop("after_json"))) for row in rows]
