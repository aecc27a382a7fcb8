"""Drafts of the monthly forms: made for a team's employees, listed, re-evaluated when team
figures change, deleted, and revised (a correction of a signed form is a new draft revision)."""

from models import audit
from models.forms.form_view import form_period, get_form
from models.people import access
from models.people.employees import get_employee, list_employees
from models.people.teams import get_team
from models.rubrics import load_version
from models.storage import clock, codec
from models.work.applicable import main_version
from models.work.periods import resolve
from models.work.team_results import decode_context, team_context


def team_scope(rubric):
    """'rank' when the rubric ranks teams, 'team' when it has other team-derived items."""
    sources = {item.spec.source for item in rubric.items() if item.kind == "derived"}
    return "rank" if "team_rank" in sources else "team" if sources else "none"


def _store_context(db, form):
    """Compute and store a draft's team figures; the draft stops needing re-evaluation."""
    context = {}
    if form["team_scope"] != "none":
        context = team_context(db, employee_id=form["employee_id"], period=form_period(form),
                               rubric=load_version(db, form["rubric_version_id"]))
    db.execute("UPDATE assessments SET team_context_json = ?, needs_reevaluation = 0 "
               "WHERE id = ?", (codec.dumps(context) if form["team_scope"] != "none" else None,
                                form["id"]))
    return context


def _require_forms(by, db, form):
    """Making, correcting, re-evaluating or deleting a draft is `create_forms` on the
    employee's team (models.people.access)."""
    access.require(by, "create_forms", team_id=get_employee(db, form["employee_id"])["team_id"])


def _insert_draft(db, *, employee_id, period, version_id, by, revision=1, previous=None,
                  reason=None):
    scope = team_scope(load_version(db, version_id))
    form_id = db.execute(
        "INSERT INTO assessments (employee_id, period_key, period_start, period_end, "
        "rubric_version_id, revision, previous_id, team_scope, created_at, created_by, "
        "correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (employee_id, period.key, period.start.isoformat(), period.end.isoformat(), version_id,
         revision, previous and previous["id"], scope, clock.stamp(), by or "",
         reason)).lastrowid
    context = _store_context(db, get_form(db, form_id))
    after = {"employee_id": employee_id, "period": period.key, "revision": revision,
             "previous_id": previous and previous["id"], "version_id": version_id,
             "team_context": context or None}
    if reason is not None:
        after["correction_reason"] = reason
    audit.record(db, actor=by, action="create", entity="assessment", entity_id=form_id,
                 after=after)
    return form_id


def create_forms(db, *, team_id, period, by):
    """One draft per active employee of the team who has a rubric and no form for the period
    yet (idempotent). The lead's comes last, after the members' it is derived from. Returns the
    ids of the drafts made (in one transaction)."""
    access.require(by, "create_forms", team_id=team_id)
    period = resolve(db, period)
    created = []
    with db.atomic():
        team = get_team(db, team_id)
        people = sorted(list_employees(db, team_id=team_id),
                        key=lambda e: (e["id"] == team["lead_employee_id"], e["code"]))
        for employee in people:
            if db.execute("SELECT 1 FROM assessments WHERE employee_id = ? AND period_key = ?",
                          (employee["id"], period.key)).fetchone():
                continue
            # Her main rubric in force for the period (models.work.applicable); the form
            # keeps this version, the rubrics it includes are frozen with it when signed.
            version_id = main_version(db, employee, period)
            if version_id is None:
                continue
            created.append(_insert_draft(db, employee_id=employee["id"], period=period,
                                         version_id=version_id, by=by))
    return created


def reevaluate(db, form_id, *, by):
    """Take the team's current results into a lead's draft; clears "team results changed".
    Returns the team figures now used."""
    with db.atomic():
        form = get_form(db, form_id)
        _require_forms(by, db, form)
        if form["state"] != "draft":
            raise ValueError(f"form {form_id} is {form['state']}: a signed form is never "
                             "re-evaluated; make a revision to correct it")
        context = _store_context(db, form)
        audit.record(db, actor=by, action="reevaluate", entity="assessment", entity_id=form_id,
                     before={"team_context": decode_context(form["team_context_json"]),
                             "needs_reevaluation": form["needs_reevaluation"]},
                     after={"team_context": context, "needs_reevaluation": False})
    return context


def revise(db, form_id, *, by, reason):
    """A correction of a signed form: revision n+1 as a draft pointing to it, with `reason`
    (required: why it is corrected; stored, audited and printed on the new revision). Both
    stay; the old one keeps its snapshot and signatures, and the period opens for the
    correction."""
    reason = reason.strip() if isinstance(reason, str) else ""
    with db.atomic():
        form = get_form(db, form_id)
        _require_forms(by, db, form)
        if not reason:
            raise ValueError(f"form {form_id}: a correction needs its reason (why the signed "
                             "form is corrected)")
        if form["state"] == "draft":
            raise ValueError(f"form {form_id} is a draft: correct it directly")
        if form["superseded_by"] is not None:
            raise ValueError(f"form {form_id} was already corrected by form "
                             f"{form['superseded_by']}: revise that one")
        closed = _closed_by(db, form_id)
        if closed is not None:      # migration 10's trigger refuses it too
            raise ValueError(f"form {form_id}: the team's results of {form['period_key']} were "
                             f"closed by {closed[0]} on {closed[1][:10]}: reopen the period "
                             "(with a reason) before correcting its forms")
        return _insert_draft(db, employee_id=form["employee_id"], period=form_period(form),
                             version_id=form["rubric_version_id"], by=by,
                             revision=form["revision"] + 1, previous=form, reason=reason)


def _closed_by(db, form_id):
    """(who, when) of the standing closing of a team's period that froze this form, or None
    (models/results/closing.py)."""
    return db.execute(
        "SELECT c.closed_by, c.closed_at FROM period_closings c, json_each(CASE WHEN "
        "json_valid(c.snapshot_json) THEN c.snapshot_json END, '$.form_ids') f "
        "WHERE c.state = 'closed' AND f.value = ? AND NOT EXISTS "
        "(SELECT 1 FROM period_closings d WHERE d.previous_id = c.id)", (form_id,)).fetchone()


def delete_draft(db, form_id, *, by):
    """Drop a draft made by mistake (a cancelled correction re-closes the period)."""
    with db.atomic():
        form = get_form(db, form_id)
        _require_forms(by, db, form)
        if form["state"] != "draft":
            raise ValueError(f"form {form_id} is {form['state']}: a signed form is never "
                             "deleted")
        db.execute("DELETE FROM assessments WHERE id = ?", (form_id,))
        audit.record(db, actor=by, action="delete", entity="assessment", entity_id=form_id,
                     before={k: v for k, v in form.items() if k != "snapshot_json"})


def list_forms(db, *, period, team_id=None):
    """The latest revision of every form of the period (optionally one team's), by 工号."""
    period = resolve(db, period)
    sql = ("SELECT a.id, a.employee_id, e.code, e.name, e.team_id, a.period_key, a.revision, "
           "a.previous_id, a.state, a.submitted_at, a.due_at, a.needs_reevaluation, a.sha256 "
           "FROM assessments a JOIN employees e ON e.id = a.employee_id "
           "WHERE a.period_key = ? AND NOT EXISTS "
           "(SELECT 1 FROM assessments b WHERE b.previous_id = a.id)")
    params = [period.key]
    if team_id is not None:
        sql += " AND e.team_id = ?"
        params.append(team_id)
    return [dict(row, needs_reevaluation=bool(row["needs_reevaluation"]))
            for row in db.query(sql + " ORDER BY e.code", params)]


def signed_form_covering(db, *, employee_id, day):
    """The id of the signed, uncorrected form whose period holds `day`, or None: its
    incidents and KPI values are frozen (the checklist should say so before a tick)."""
    day = clock.to_day(day, what="day").isoformat()
    row = db.execute("SELECT a.id FROM assessments a WHERE a.employee_id = ? "
                     "AND a.state != 'draft' AND ? BETWEEN a.period_start AND a.period_end "
                     "AND NOT EXISTS (SELECT 1 FROM assessments b WHERE b.previous_id = a.id)",
                     (employee_id, day)).fetchone()
    return row[0] if row else None
