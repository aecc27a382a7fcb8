"""Teams (班组) and their leads."""

import sqlite3

from models import audit
from models.people import access
from models.storage import clock
from models.storage.errors import NotFoundError


def _row(row):
    return dict(row, active=bool(row["active"]), demo=bool(row["demo"]))


def get_team(db, team_id):
    rows = list(db.query("SELECT * FROM teams WHERE id = ?", (team_id,)))
    if not rows:
        raise NotFoundError(f"no team with id {team_id}")
    return _row(rows[0])


def team_by_name(db, name):
    rows = list(db.query("SELECT * FROM teams WHERE name = ?", (name.strip(),)))
    return _row(rows[0]) if rows else None


def _clean_name(name):
    name = (name or "").strip()
    if not name:
        raise ValueError("team: the name is empty")
    return name


def add_team(db, *, name, demo=False, by):
    access.require(by, "manage_teams")
    name = _clean_name(name)
    with db.atomic():
        if team_by_name(db, name) is not None:
            raise ValueError(f"team: a team named {name!r} already exists")
        team_id = db.execute("INSERT INTO teams (name, demo, created_at) VALUES (?, ?, ?)",
                             (name, int(demo), clock.stamp())).lastrowid
        audit.record(db, actor=by, action="add", entity="team", entity_id=team_id,
                     after=get_team(db, team_id))
    return team_id


def _update(db, team_id, action, by, **fields):
    access.require(by, "manage_teams")
    with db.atomic():
        before = get_team(db, team_id)
        sets = ", ".join(f"{key} = ?" for key in fields)
        try:
            db.execute(f"UPDATE teams SET {sets} WHERE id = ?", (*fields.values(), team_id))
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"team {team_id}: {exc}") from exc
        audit.record(db, actor=by, action=action, entity="team", entity_id=team_id,
                     before=before, after=get_team(db, team_id))


def rename_team(db, team_id, *, name, by):
    access.require(by, "manage_teams")
    name = _clean_name(name)
    other = team_by_name(db, name)
    if other is not None and other["id"] != team_id:
        raise ValueError(f"team {team_id}: a team named {name!r} already exists")
    _update(db, team_id, "rename", by, name=name)


def set_team_active(db, team_id, *, active, by):
    _update(db, team_id, "activate" if active else "deactivate", by, active=int(bool(active)))


def set_team_lead(db, team_id, *, employee_id, by):
    """The employee whose form is derived from this team's (None: no lead)."""
    access.require(by, "manage_teams")
    if employee_id is not None and not db.execute(
            "SELECT 1 FROM employees WHERE id = ?", (employee_id,)).fetchone():
        raise NotFoundError(f"team {team_id}: no employee with id {employee_id}")
    _update(db, team_id, "set_lead", by, lead_employee_id=employee_id)


def list_teams(db, *, include_inactive=False):
    """Teams by name, each with `members`: its active employees."""
    sql = ("SELECT t.*, (SELECT count(*) FROM employees e WHERE e.team_id = t.id "
           "AND e.active = 1) AS members FROM teams t")
    if not include_inactive:
        sql += " WHERE t.active = 1"
    return [_row(row) for row in db.query(sql + " ORDER BY t.name")]
