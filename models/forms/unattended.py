"""Signing a form through every step in one go, inside the caller's transaction, without the
PIN dialogs: for records the program makes itself (the demo's history of earlier periods,
models/database/demo.py). Nothing here is reachable from a button.

The steps are the ones of models/forms/form_states.py, through the same functions: the snapshot
frozen with its SHA-256 at submission, every signature sealed with the organisation key, each
step an audit event, the triggers watching each move. The steps are not anchored one by one (a
signing step in the app anchors the trail's head each time): the caller anchors the head once
its whole batch is written, which covers every event before it. Who signs is a system actor: a
name, no app user, so no PIN is asked and each signature (and its seal) says it was not
PIN-verified; a user's PIN is only ever checked by models.people.users `authenticate`.
"""

from datetime import date

from models import audit
from models.forms.form_document import canonical, fingerprint
from models.forms.form_states import (
    _employee_signer,
    _open,
    _sign,
    _signature,
    _when,
    due_date,
)
from models.forms.form_view import blockers, draft_document, evaluate_draft
from models.people.employees import get_employee
from models.work import settings


def _signer(signer, doing):
    """The name of a system signer ({"name": …}); an app user signs in the app, with her PIN."""
    if signer.get("user_id") is not None:
        raise ValueError(f"{doing}: an app user signs in the app, with her own PIN")
    name = (signer.get("name") or "").strip()
    if not name:
        raise ValueError(f"{doing}: a system signer needs a name")
    return name


def sign_and_lock(db, form_id, *, appraiser, reviewer, strokes, by, at=None, png=None):
    """Submit (the appraiser), acknowledge (the employee, by name), review and lock (the
    reviewer) the draft `form_id`, in the caller's transaction. `appraiser`, `reviewer`:
    {"name": …} of a system actor (two different names). `at`: the signing time (a datetime
    or ISO text) of every step. Returns the snapshot's SHA-256."""
    drawn = _signature(strokes, png)
    when = _when(at)
    appraiser_name = _signer(appraiser, "sign as appraiser")
    reviewer_name = _signer(reviewer, "review forms")
    if reviewer_name == appraiser_name:
        raise ValueError(f"{reviewer_name} signed form {form_id} as its appraiser: the "
                         "reviewer must be someone else")
    form = _open(db, form_id, ("draft",), "submitted")
    view, context = evaluate_draft(db, form)
    found = blockers(form, view)
    if found:
        raise ValueError(f"form {form_id} cannot be submitted: {'; '.join(found)}")
    due = due_date(date.fromisoformat(when[:10]), settings.get(db, "ack_working_days"))
    document = draft_document(db, form, get_employee(db, form["employee_id"]), view, context,
                              submitted_at=when, due_at=due.isoformat())
    text = canonical(document)
    sha = fingerprint(text)
    _sign(db, form_id, "appraiser", appraiser_name, None, drawn, when, sha=sha)
    _move(db, form, "submitted", by,
          sets=(("snapshot_json", text), ("sha256", sha), ("submitted_at", when),
                ("due_at", due.isoformat())),
          after={"sha256": sha, "total": document["result"]["total"], "due_at": due.isoformat(),
                 "appraiser": appraiser_name})
    form = _open(db, form_id, ("submitted",), "acknowledged")
    employee = _employee_signer(db, form, get_employee(db, form["employee_id"])["name"])
    _sign(db, form_id, "employee", employee, None, drawn, when)
    _move(db, form, "acknowledged", by, after={"employee": employee})
    form = _open(db, form_id, ("acknowledged",), "reviewed")
    _sign(db, form_id, "reviewer", reviewer_name, None, drawn, when)
    _move(db, form, "reviewed", by, after={"reviewer": reviewer_name})
    form = _open(db, form_id, ("reviewed",), "locked")
    _move(db, form, "locked", by, sets=(("locked_at", when), ("locked_by", reviewer_name)))
    return sha


def _move(db, form, state, actor, *, sets=(), after=None):
    """form_states._move without its anchor: the state, `sets` and one audit event."""
    assignments = ", ".join(["state = ?"] + [f"{key} = ?" for key, _ in sets])
    db.execute(f"UPDATE assessments SET {assignments} WHERE id = ?",
               (state, *(value for _, value in sets), form["id"]))
    audit.record(db, actor=actor, action=state, entity="assessment", entity_id=form["id"],
                 before={"state": form["state"]}, after=dict(after or {}, state=state))
