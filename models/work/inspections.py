"""Inspections: one walk past one employee (who inspected whom, when, where, which shift)."""

from models import audit
from models.people import access
from models.rubrics import version_row
from models.storage import clock
from models.storage.errors import NotFoundError


def start_inspection(db, *, employee_id, version_id, inspector, place="", shift="", at=None):
    """`inspector` is the actor (no default: the audit event names who inspected)."""
    team = db.execute("SELECT team_id FROM employees WHERE id = ?", (employee_id,)).fetchone()
    access.require(inspector, "tick", team_id=team[0] if team else None)
    version_row(db, version_id)  # NotFoundError naming the version
    started = clock.stamp() if at is None else clock.to_iso(at, what="inspection: at")
    with db.atomic():
        if not db.execute("SELECT 1 FROM employees WHERE id = ?", (employee_id,)).fetchone():
            raise NotFoundError(f"inspection: no employee with id {employee_id}")
        inspection_id = db.execute(
            "INSERT INTO inspections (employee_id, inspector, started_at, place, shift, "
            "rubric_version_id) VALUES (?, ?, ?, ?, ?, ?)",
            (employee_id, inspector, started, place, shift, version_id)).lastrowid
        audit.record(db, actor=inspector, action="add", entity="inspection",
                     entity_id=inspection_id,
                     after={"employee_id": employee_id, "version_id": version_id,
                            "started_at": started, "place": place, "shift": shift})
    return inspection_id


def inspections_for(db, *, employee_id, limit=50):
    return list(db.query("SELECT * FROM inspections WHERE employee_id = ? "
                         "ORDER BY started_at DESC, id DESC LIMIT ?", (employee_id, limit)))
