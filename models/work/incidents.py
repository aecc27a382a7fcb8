"""Incidents: one tick on a checklist, one row, one transaction, one audit event.

Deletion is soft: a deleted incident keeps who/when/why and simply stops counting.
"""

from datetime import date, datetime, timedelta

from models import audit
from models.people import access
from models.rubrics import load_version
from models.storage import clock, codec
from models.storage.errors import NotFoundError, refusals
from scoring import sheet_from_data


def _row(row):
    row = dict(row)
    row["version_id"] = row.pop("rubric_version_id")
    row.update(severe=bool(row["severe"]), approved=bool(row["approved"]),
               amount=codec.decimal_or_none(row["amount"]), deleted=row["deleted_at"] is not None)
    return row


def get_incident(db, incident_id):
    rows = list(db.query("SELECT * FROM incidents WHERE id = ?", (incident_id,)))
    if not rows:
        raise NotFoundError(f"no incident with id {incident_id}")
    return _row(rows[0])


def check_incident(rubric, *, item_id, count=1, severe=False, amount=None, where="incident"):
    """The engine's own sheet check for one incident: unknown item, amount outside the range,
    severe without severe_x … raise RubricError (a ValueError) naming the item and field."""
    raw = {"item": item_id, "count": count, "severe": bool(severe)}
    if amount is not None:
        raw["amount"] = codec.require_decimal(amount, what=f"{where}: amount")
    return sheet_from_data({"incidents": [raw]}, rubric, file=where).incidents[0]


def add_incident(db, *, employee_id, version_id, item_id, count=1, severe=False, amount=None,
                 note="", at=None, by, inspection_id=None):
    where = f"incident for employee {employee_id}"
    access.require(by, "tick", team_id=_team_of(db, employee_id))
    rubric = load_version(db, version_id)
    checked = check_incident(rubric, item_id=item_id, count=count, severe=severe, amount=amount,
                             where=where)
    at = clock.stamp() if at is None else clock.to_iso(at, what=f"{where}: at")
    # A signed period's incidents are frozen: that refusal leaves as SignedPeriodError.
    with refusals(), db.atomic():
        if not db.execute("SELECT 1 FROM employees WHERE id = ?", (employee_id,)).fetchone():
            raise NotFoundError(f"{where}: no employee with id {employee_id}")
        if inspection_id is not None and not db.execute(
                "SELECT 1 FROM inspections WHERE id = ?", (inspection_id,)).fetchone():
            raise NotFoundError(f"{where}: no inspection with id {inspection_id}")
        incident_id = db.execute(
            "INSERT INTO incidents (inspection_id, employee_id, rubric_version_id, item_id, "
            "count, severe, amount, note, at, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (inspection_id, employee_id, version_id, item_id, checked.count, int(checked.severe),
             codec.decimal_text(checked.amount), note or "", at, by or "", clock.stamp()),
        ).lastrowid
        audit.record(db, actor=by, action="add", entity="incident", entity_id=incident_id,
                     after=get_incident(db, incident_id))
    return incident_id


def _team_of(db, employee_id):
    """The employee's team (None: none, or no such employee: that is said by the write)."""
    row = db.execute("SELECT team_id FROM employees WHERE id = ?", (employee_id,)).fetchone()
    return row[0] if row else None


def _change(db, incident_id, action, by, check, sql, params, *, right="tick"):
    with refusals(), db.atomic():
        before = get_incident(db, incident_id)
        access.require(by, right, team_id=_team_of(db, before["employee_id"]))
        check(before)
        db.execute(f"UPDATE incidents SET {sql} WHERE id = ?", (*params, incident_id))
        audit.record(db, actor=by, action=action, entity="incident", entity_id=incident_id,
                     before=before, after=get_incident(db, incident_id))


def delete_incident(db, incident_id, *, by, reason):
    def check(row):
        if row["deleted"]:
            raise ValueError(f"incident {incident_id} is already deleted "
                             f"(by {row['deleted_by']} at {row['deleted_at']})")
    _change(db, incident_id, "delete", by, check,
            "deleted_at = ?, deleted_by = ?, deleted_reason = ?", (clock.stamp(), by, reason))


def restore_incident(db, incident_id, *, by):
    """Undo a delete (redo after an undo); the delete and the restore both stay in the log."""
    def check(row):
        if not row["deleted"]:
            raise ValueError(f"incident {incident_id} is not deleted")
    _change(db, incident_id, "restore", by, check,
            "deleted_at = NULL, deleted_by = NULL, deleted_reason = NULL", ())


def set_note(db, incident_id, *, note, by):
    _change(db, incident_id, "set_note", by, lambda row: None, "note = ?", (note or "",))


def approve_incident(db, incident_id, *, by):
    """A reviewer's approval of an entry over the rubric's approval threshold."""
    _change(db, incident_id, "approve", by, lambda row: None,
            "approved = 1, approved_by = ?", (by,), right="review")


def _day_bounds(start, end):
    """Inclusive days (or datetimes) → [start, end) ISO text for the (employee_id, at) index."""
    def text(value, inclusive_end):
        if isinstance(value, datetime):
            return clock.to_iso(value)
        day = value if isinstance(value, date) else clock.to_day(value)
        return (day + timedelta(days=1) if inclusive_end else day).isoformat()
    return text(start, False), text(end, True)


def incidents_for(db, *, employee_id, start, end, include_deleted=False):
    """One employee's incidents with start ≤ day ≤ end (dates, inclusive), in time order."""
    low, high = _day_bounds(start, end)
    sql = "SELECT * FROM incidents WHERE employee_id = ? AND at >= ? AND at < ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    return [_row(row) for row in db.query(sql + " ORDER BY at, id", (employee_id, low, high))]


def incidents_for_team(db, *, team_id, start, end, include_deleted=False):
    """Every incident of a team's employees in the days start..end, by employee then time."""
    low, high = _day_bounds(start, end)
    sql = ("SELECT i.* FROM employees e JOIN incidents i ON i.employee_id = e.id "
           "WHERE e.team_id = ? AND i.at >= ? AND i.at < ?")
    if not include_deleted:
        sql += " AND i.deleted_at IS NULL"
    return [_row(row) for row in db.query(sql + " ORDER BY e.id, i.at, i.id",
                                          (team_id, low, high))]


def history(db, *, employee_id, limit=200):
    """Newest first, deleted ones included: item text, who, when, note, deleted + reason."""
    rows = db.query("SELECT * FROM incidents WHERE employee_id = ? ORDER BY at DESC, id DESC "
                    "LIMIT ?", (employee_id, limit))
    out = []
    for row in map(_row, rows):
        rubric = load_version(db, row["version_id"])
        item = rubric.item(row["item_id"])
        row.update(rubric_id=rubric.id, item=item.label() if item else row["item_id"],
                   item_en=item.label("en") if item else row["item_id"],
                   item_text=item.text if item else "", by=row["created_by"])
        out.append(row)
    return out
