"""The period's forms at a glance (the Forms tab): for each employee's latest form its score and
grade, where it stands, who signs next and by when.

A draft's figures are the live evaluation (one per draft: they move with every tick until the
appraiser signs, so they are *provisional*); a signed form's are read from its frozen snapshot
(SQLite's JSON functions: the snapshot is neither parsed nor re-evaluated in Python). The
snapshot is not checked here: `main.py check` and the form's own dialog do that.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from models.forms.form_view import evaluate_draft
from models.storage import clock
from models.work.periods import resolve

# Where a form stands, for the dashboard's filter: every state falls in exactly one stage.
STAGES = ("open", "employee", "disputed", "reviewer", "done")
STAGE = {"draft": "open", "submitted": "employee", "disputed": "disputed",
         "acknowledged": "reviewer", "reviewed": "reviewer", "locked": "done"}
# Who must act next: appraiser (signs the draft), employee (acknowledges or disputes),
# reviewer (reviews), lock (the reviewer, or HR, locks it); None once locked.
NEXT_STEP = {"draft": "appraiser", "submitted": "employee", "acknowledged": "reviewer",
             "disputed": "reviewer", "reviewed": "lock", "locked": None}
STATE_ORDER = ("draft", "submitted", "disputed", "acknowledged", "reviewed", "locked")


@dataclass(frozen=True)
class DashboardRow:
    id: int
    employee_id: int
    code: str
    name: str
    team_id: int | None
    revision: int
    state: str
    stage: str                    # one of STAGES
    total: Decimal | None         # None: a draft the engine could not evaluate (see `problem`)
    max_total: Decimal | None
    grade: str | None
    grade_en: str | None
    provisional: bool             # a draft's live figures, not signed yet
    next_step: str | None         # a key of NEXT_STEP's values
    next_names: tuple             # who that is, by name, where known (may be empty)
    due: date | None              # the employee's deadline (set when the appraiser signs)
    days_overdue: int | None      # past the deadline and still not acknowledged nor disputed
    needs_reevaluation: bool      # a lead's draft whose team figures changed
    dispute_reason: str | None
    sha256: str | None
    problem: str | None = None    # why a draft's figures are missing


SQL = (
    "SELECT a.id, a.employee_id, e.code, e.name, e.team_id, a.period_key, a.period_start, "
    "a.period_end, a.rubric_version_id, a.revision, a.previous_id, a.state, a.due_at, "
    "a.dispute_reason, a.team_scope, a.team_context_json, a.needs_reevaluation, a.sha256, "
    "CASE WHEN json_valid(a.snapshot_json) THEN json_extract(a.snapshot_json, '$.result.total')"
    " END AS s_total, "
    "CASE WHEN json_valid(a.snapshot_json) THEN "
    "json_extract(a.snapshot_json, '$.result.max_total') END AS s_max, "
    "CASE WHEN json_valid(a.snapshot_json) THEN json_extract(a.snapshot_json, '$.result.grade')"
    " END AS s_grade, "
    "CASE WHEN json_valid(a.snapshot_json) THEN "
    "json_extract(a.snapshot_json, '$.result.grade_en') END AS s_grade_en, "
    "(SELECT s.user_id FROM signatures s WHERE s.assessment_id = a.id "
    " AND s.role = 'appraiser') AS appraiser_id, "
    "(SELECT s.signer_name FROM signatures s WHERE s.assessment_id = a.id "
    " AND s.role = 'reviewer') AS reviewer_name "
    "FROM assessments a JOIN employees e ON e.id = a.employee_id "
    "WHERE a.period_key = ? AND NOT EXISTS "
    "(SELECT 1 FROM assessments b WHERE b.previous_id = a.id)")


def _decimal(text):
    try:
        return None if text is None else Decimal(str(text))
    except InvalidOperation:
        return None


def _signers(db):
    """(leads' names by team id, reviewers as (id, name), HR as (id, name)): the active users
    who can sign (they have a PIN), read once for the whole list."""
    leads = {}
    for team_id, name in db.execute(
            "SELECT ut.team_id, u.name FROM user_teams ut JOIN users u ON u.id = ut.user_id "
            "WHERE u.role = 'lead' AND u.active = 1 AND u.pin_hash IS NOT NULL "
            "ORDER BY u.name"):
        leads.setdefault(team_id, []).append(name)
    by_role = {"reviewer": [], "hr": []}
    for user_id, name, role in db.execute(
            "SELECT id, name, role FROM users WHERE role IN ('reviewer', 'hr') AND active = 1 "
            "AND pin_hash IS NOT NULL ORDER BY name"):
        by_role[role].append((user_id, name))
    return leads, by_role["reviewer"], by_role["hr"]


def _next_names(row, step, signers):
    leads, reviewers, hr = signers
    if step == "appraiser":
        return tuple(leads.get(row["team_id"], ()))
    if step == "employee":
        return (row["name"],)
    if step == "reviewer":      # never the one who signed as the appraiser
        for people in (reviewers, hr):
            names = tuple(name for user_id, name in people if user_id != row["appraiser_id"])
            if names:
                return names
        return ()
    if step == "lock":
        return (row["reviewer_name"],) if row["reviewer_name"] else ()
    return ()


def _figures(db, row):
    """(total, max, grade, grade_en, problem) of a form: a draft's live evaluation, a signed
    form's snapshot."""
    if row["state"] != "draft":
        return (_decimal(row["s_total"]), _decimal(row["s_max"]), row["s_grade"],
                row["s_grade_en"], None)
    try:
        view, _context = evaluate_draft(db, row)
    except (ValueError, LookupError) as exc:   # a rubric that refuses what is stored
        return None, None, None, None, str(exc)
    result = view.result
    return result.total, result.max_total, result.grade, result.grade_en, None


def dashboard_rows(db, period, team_id=None, *, today=None):
    """The latest revision of every form of `period` (a Period or its key), optionally of one
    team, as DashboardRows by 工号. `today` (default: today) decides what is overdue."""
    period = resolve(db, period)
    today = clock.to_day(today, what="today") if today is not None else date.today()
    sql, params = SQL, [period.key]
    if team_id is not None:
        sql += " AND e.team_id = ?"
        params.append(team_id)
    signers = _signers(db)
    rows = []
    for row in db.query(sql + " ORDER BY e.code", params):
        state = row["state"]
        step = NEXT_STEP[state]
        total, max_total, grade, grade_en, problem = _figures(db, row)
        # The deadline is the employee's: shown only while her signature is awaited.
        due = (date.fromisoformat(row["due_at"][:10])
               if row["due_at"] and state == "submitted" else None)
        late = (today - due).days if due is not None and state == "submitted" else None
        rows.append(DashboardRow(
            id=row["id"], employee_id=row["employee_id"], code=row["code"], name=row["name"],
            team_id=row["team_id"], revision=row["revision"], state=state, stage=STAGE[state],
            total=total, max_total=max_total, grade=grade, grade_en=grade_en,
            provisional=state == "draft", next_step=step,
            next_names=_next_names(row, step, signers), due=due,
            days_overdue=late if late is not None and late > 0 else None,
            needs_reevaluation=bool(row["needs_reevaluation"]),
            dispute_reason=row["dispute_reason"], sha256=row["sha256"], problem=problem))
    return rows


def form_makers(db, team_id=None):
    """The names of the active users who may create the team's forms (its shift leads, the HR
    admins), for the empty Forms tab of someone who may not; [] in open mode."""
    rows = db.execute(
        "SELECT DISTINCT u.name FROM users u LEFT JOIN user_teams ut ON ut.user_id = u.id "
        "WHERE u.active = 1 AND (u.role = 'hr' OR (u.role = 'lead' AND ut.team_id = ?)) "
        "ORDER BY u.role = 'hr', u.name", (team_id,))
    return [name for (name,) in rows]
