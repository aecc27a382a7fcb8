"""Which rubric applies to whom: assignments of a rubric version to a post (岗位) or a team,
from a period on (migration 11). Rows are evidence and never change: a new version taking
over, or a rubric no longer applying, is a new row. Which assignment wins for one employee
and period is decided in models/work/applicable.py (this package sits below the people and
the periods, so it reads the teams table by SQL and period keys by their own pattern).

Every write names its actor (`by=`), is audited in the same transaction, and needs
`manage_rubrics` when the actor is a signed-in user (models.people.access.UserActor)."""

import json
import re

from models import audit
from models.storage import clock
from models.storage.errors import NotFoundError

KEY = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def period_month(key):
    """The first month of a period key as one number (year × 12 + month − 1): "2026-12",
    "2026-Q4" and "2026" order by where they start. ValueError naming the key otherwise."""
    match = KEY.match(str(key).strip()) if isinstance(key, str) else None
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
        raise ValueError(f"period {key!r}: expected YYYY-MM, YYYY-Qn or YYYY")
    year = int(match.group(1))
    if match.group(2):
        return year * 12 + int(match.group(2)) - 1
    if match.group(3):
        return year * 12 + 3 * (int(match.group(3)) - 1)
    return year * 12


def _require(by):
    # A signed-in user checks herself (models.people.access.UserActor.require): this package
    # sits below the role rules. Plain-string actors (tools, the tests) are not checked.
    if hasattr(by, "require"):
        by.require("manage_rubrics")


def _target(db, post, team_id):
    """(post, team_id) checked: exactly one of them, the post non-blank, the team existing."""
    if (post is None) == (team_id is None):
        raise ValueError("an assignment is to a post or to a team: give exactly one of "
                         "post= and team_id=")
    if post is not None:
        if not isinstance(post, str) or not post.strip():
            raise ValueError("an assignment's post is empty")
        return post.strip(), None
    if db.execute("SELECT 1 FROM teams WHERE id = ?", (team_id,)).fetchone() is None:
        raise NotFoundError(f"no team with id {team_id}")
    return None, team_id


def _version_of(db, rubric_id, version_id):
    row = db.execute("SELECT rubric_id, version, posts_json FROM rubric_versions WHERE id = ?",
                     (version_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no rubric version with id {version_id}")
    if row[0] != rubric_id:
        raise ValueError(f"rubric version {version_id} is a version of '{row[0]}', not of "
                         f"'{rubric_id}'")
    return row


def _insert(db, *, rubric_id, version_id, from_period, post, team_id, by, action):
    month = period_month(from_period)
    assignment_id = db.execute(
        "INSERT INTO rubric_assignments (rubric_id, version_id, post, team_id, from_period, "
        "from_month, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (rubric_id, version_id, post, team_id, from_period.strip(), month, str(by),
         clock.stamp())).lastrowid
    audit.record(db, actor=by, action=action, entity="rubric_assignment",
                 entity_id=assignment_id, after=get_assignment(db, assignment_id))
    return assignment_id


def assign(db, *, rubric_id, version_id, from_period, post=None, team_id=None, by):
    """This version of the rubric applies to everyone with this post or in this team, from
    `from_period` on, until a later assignment of the same rubric to the same target.
    Returns the new row's id."""
    _require(by)
    period_month(from_period)
    with db.atomic():
        post, team_id = _target(db, post, team_id)
        _version_of(db, rubric_id, version_id)
        return _insert(db, rubric_id=rubric_id, version_id=version_id, from_period=from_period,
                       post=post, team_id=team_id, by=by, action="assign")


def end_assignment(db, *, rubric_id, from_period, post=None, team_id=None, by):
    """The rubric no longer applies to that target from that period on (also a rubric that
    applied only because its file names the post). Returns the new row's id."""
    _require(by)
    month = period_month(from_period)
    with db.atomic():
        post, team_id = _target(db, post, team_id)
        if db.execute("SELECT 1 FROM rubric_versions WHERE rubric_id = ?",
                      (rubric_id,)).fetchone() is None:
            raise NotFoundError(f"no rubric with id {rubric_id!r}")
        current = effective_row(_rows(db, rubric_id=rubric_id, post=post, team_id=team_id),
                                month)
        if current is not None and current["version_id"] is None:
            raise ValueError(f"rubric '{rubric_id}' already ends for "
                             f"{_target_text(db, post, team_id)} from {current['from_period']}")
        return _insert(db, rubric_id=rubric_id, version_id=None, from_period=from_period,
                       post=post, team_id=team_id, by=by, action="end")


def adopt_version(db, *, rubric_id, version_id, from_period, by):
    """A new version takes over, from `from_period`, every target the rubric is assigned to
    there (or, assigned only later, from then on), and the posts its file names when the
    rubric has no assignment yet. Targets already on this version from this period are left
    alone. Returns the ids of the new rows (one transaction)."""
    _require(by)
    month = period_month(from_period)
    created = []
    with db.atomic():
        version = _version_of(db, rubric_id, version_id)
        for post, team_id in adoption_targets(db, rubric_id, month,
                                              posts=json.loads(version[2])):
            current = effective_row(_rows(db, rubric_id=rubric_id, post=post, team_id=team_id),
                                    month)
            if (current is not None and current["version_id"] == version_id
                    and current["from_month"] == month):
                continue
            created.append(_insert(db, rubric_id=rubric_id, version_id=version_id,
                                   from_period=from_period, post=post, team_id=team_id, by=by,
                                   action="adopt"))
    return created


def adoption_targets(db, rubric_id, month, *, posts):
    """The (post, team_id) targets `adopt_version` gives a new version from `month`: those
    the rubric applies to then, or is assigned to later; `posts` (its file's) when the rubric
    has no assignment at all."""
    rows = _rows(db, rubric_id=rubric_id)
    if not rows:
        return [(post, None) for post in posts]
    targets = []
    for target in dict.fromkeys((r["post"], r["team_id"]) for r in rows):
        mine = [r for r in rows if (r["post"], r["team_id"]) == target]
        current = effective_row(mine, month)
        later = [r for r in mine if r["from_month"] > month and r["version_id"] is not None]
        if (current is not None and current["version_id"] is not None) or (
                current is None and later):
            targets.append(target)
    return targets


def effective_row(rows, month):
    """Of one target's rows, the one in force in the period starting at `month`: the latest
    `from_period` not after it, and of equal ones the last made. None before any."""
    found = [r for r in rows if r["from_month"] <= month]
    return max(found, key=lambda r: (r["from_month"], r["id"])) if found else None


def _rows(db, *, rubric_id=None, post=None, team_id=None):
    sql, params = "SELECT * FROM rubric_assignments WHERE 1", []
    for column, value in (("rubric_id", rubric_id), ("post", post), ("team_id", team_id)):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    return [dict(row) for row in db.query(sql + " ORDER BY from_month, id", params)]


def rows_for(db, *, post, team_id, up_to_month):
    """Every assignment to this post or this team starting at or before `up_to_month`."""
    return [dict(row) for row in db.query(
        "SELECT * FROM rubric_assignments WHERE (post = ? OR team_id = ?) "
        "AND from_month <= ? ORDER BY from_month, id", (post, team_id, up_to_month))]


def has_assignments(db, rubric_id):
    return db.execute("SELECT 1 FROM rubric_assignments WHERE rubric_id = ? LIMIT 1",
                      (rubric_id,)).fetchone() is not None


def _target_text(db, post, team_id):
    if post is not None:
        return f"post {post!r}"
    row = db.execute("SELECT name FROM teams WHERE id = ?", (team_id,)).fetchone()
    return f"team {row[0] if row else team_id!r}"


LISTED = ("SELECT a.id, a.rubric_id, a.version_id, v.version, "
          "coalesce(v.name, (SELECT name FROM rubric_versions w WHERE w.rubric_id = a.rubric_id "
          "ORDER BY w.version DESC LIMIT 1)) AS rubric_name, a.post, a.team_id, "
          "t.name AS team_name, a.from_period, a.from_month, a.created_by, a.created_at "
          "FROM rubric_assignments a LEFT JOIN rubric_versions v ON v.id = a.version_id "
          "LEFT JOIN teams t ON t.id = a.team_id")


def _listed(row):
    row = dict(row)
    row.pop("from_month")
    row["ended"] = row["version_id"] is None
    return row


def get_assignment(db, assignment_id):
    rows = list(db.query(LISTED + " WHERE a.id = ?", (assignment_id,)))
    if not rows:
        raise NotFoundError(f"no rubric assignment with id {assignment_id}")
    return _listed(rows[0])


def list_assignments(db, *, rubric_id=None):
    """Every assignment (one rubric's), by rubric, period and order made: dicts with id,
    rubric_id, version_id, version, rubric_name, post, team_id, team_name, from_period,
    ended, created_by, created_at."""
    sql, params = LISTED, ()
    if rubric_id is not None:
        sql, params = sql + " WHERE a.rubric_id = ?", (rubric_id,)
    return [_listed(row) for row in db.query(sql + " ORDER BY a.rubric_id, a.from_month, a.id",
                                             params)]
