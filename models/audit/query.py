"""Reading the audit trail with filters, newest first (the viewer's query)."""

import json

from models.storage import codec


def search_events(db, *, entity=None, actor=None, text=None, since=None, until=None,
                  limit=500):
    where, params = [], []
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if actor:
        where.append("actor LIKE ?")
        params.append(f"%{actor}%")
    if text:
        where.append("(before_json LIKE ? OR after_json LIKE ? OR action LIKE ?)")
        params += [f"%{text}%"] * 3
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < ?")
        params.append(until)
    sql = "SELECT id, at, actor, action, entity, entity_id, before_json, after_json " \
          "FROM audit_events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.execute(sql + f" ORDER BY id DESC LIMIT {int(limit)}", params).fetchall()
    keys = ("id", "at", "actor", "action", "entity", "entity_id", "before", "after")
    return [dict(zip(keys, (*row[:6], codec.loads(row[6]), codec.loads(row[7])), strict=True))
            for row in rows]


def entities(db):
    return [row[0] for row in db.execute("SELECT DISTINCT entity FROM audit_events ORDER BY 1")]


def after_of(text):
    """An event's stored `after` JSON as a dict: {} when empty, not JSON or not an object (the
    checks read events a hand edit may have mangled, and must not raise on them)."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
