"""The evidence log: who did what, when, with the record before and after."""

from models import clock, codec


def record(db, *, actor, action, entity, entity_id, before=None, after=None):
    """Append one event. Called inside the change's own transaction, so both land or neither."""
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO audit_events (at, actor, action, entity, entity_id, before_json, "
            "after_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (clock.stamp(), actor or "", action, entity, entity_id,
             None if before is None else codec.dumps(before),
             None if after is None else codec.dumps(after)))
    return cursor.lastrowid


def events_for(db, *, entity, entity_id):
    """Oldest first, with before/after decoded."""
    rows = db.query("SELECT * FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY id",
                    (entity, entity_id))
    return [dict(row, before=codec.loads(row.pop("before_json")),
                 after=codec.loads(row.pop("after_json"))) for row in rows]
