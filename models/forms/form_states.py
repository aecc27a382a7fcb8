"""Signing a form, one step at a time (docs/dev/forms-design.md):

draft → submitted (appraiser signs, PIN) → acknowledged (employee signs) or disputed (employee's
reason; a reviewer answers it, PIN) → reviewed (reviewer signs, PIN) → locked (reviewer or HR,
PIN). An upheld or partly upheld dispute is then corrected by a new revision (drafts.revise).

Each step is one transaction with its audit event; a refusal (wrong order, wrong PIN, wrong
role) raises ValueError before anything is written. The database triggers refuse the same.
"""

import json
from datetime import date, timedelta

from models import audit
from models.forms import seals
from models.forms.form_document import canonical, fingerprint
from models.forms.form_view import blockers, draft_document, evaluate_draft, form_period, get_form
from models.people.employees import get_employee
from models.people.users import authenticate
from models.storage import clock
from models.trust import anchors
from models.work import incidents, settings

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
REVIEWERS = ("reviewer", "hr")
# The reviewer's answer to a dispute (migration 7): the first two suggest a correction.
DISPUTE_ANSWERS = ("upheld", "partly_upheld", "rejected")


def due_date(day, working_days):
    """`working_days` Monday–Friday days after `day` (a Saturday submission counts from Monday)."""
    left = working_days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def _strokes_json(strokes):
    """Strokes as drawn: a list of strokes, each a list of [x, y] in the 0..1 box."""
    if strokes is None:
        return "[]"
    if not isinstance(strokes, (list, tuple)):
        raise ValueError("signature: strokes must be a list of strokes")
    out = []
    for n, stroke in enumerate(strokes, start=1):
        if not isinstance(stroke, (list, tuple)) or not stroke:
            raise ValueError(f"signature: stroke {n} must be a non-empty list of [x, y] points")
        points = []
        for point in stroke:
            if not (isinstance(point, (list, tuple)) and len(point) == 2 and all(
                    isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1
                    for v in point)):
                raise ValueError(f"signature: stroke {n} has the point {point!r}; "
                                 "each point is [x, y] with 0 ≤ x, y ≤ 1")
            points.append([round(float(point[0]), 4), round(float(point[1]), 4)])
        out.append(points)
    return json.dumps(out, separators=(",", ":"))


def _png_bytes(png):
    if png is None:
        return None
    if not isinstance(png, (bytes, bytearray, memoryview)) or not bytes(png[:8]) == PNG_MAGIC:
        raise ValueError("signature: the image must be PNG bytes")
    return bytes(png)


def _signature(strokes, png, *, required=True):
    strokes_json, png = _strokes_json(strokes), _png_bytes(png)
    if required and strokes_json == "[]" and png is None:
        raise ValueError("signature: nothing drawn (give the strokes or a PNG image)")
    return strokes_json, png


def _sign(db, form_id, role, name, user_id, drawn, at, *, sha=None):
    """Insert the signature with its seal (models/forms/seals.py) over the form's SHA-256 —
    `sha` when the form is being frozen by this very step. KeyLockedError (nothing written)
    when the organisation key cannot be used."""
    strokes_json, png = drawn
    org_dir = seals.org_dir_for_signing(db, settings.get(db, "organisation"))
    form = get_form(db, form_id)
    row = {"role": role, "signer_name": name, "user_id": user_id, "strokes_json": strokes_json,
           "png": png, "signed_at": at, "pin_verified": int(user_id is not None)}
    seal = seals.seal(org_dir, dict(form, sha256=sha or form["sha256"]), row)
    db.execute("INSERT INTO signatures (assessment_id, role, signer_name, user_id, strokes_json, "
               "png, signed_at, pin_verified, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (form_id, role, name, user_id, strokes_json, png, at, int(user_id is not None),
                seal))


def _open(db, form_id, states, doing):
    """The form, when it is the latest revision and in one of `states`; else ValueError."""
    form = get_form(db, form_id)
    if form["superseded_by"] is not None:
        raise ValueError(f"form {form_id} was corrected by form {form['superseded_by']}: "
                         f"it cannot be {doing}; use the newer revision")
    if form["state"] not in states:
        now = "a draft" if form["state"] == "draft" else form["state"]
        wanted = " or ".join(states)
        article = "an" if wanted[0] in "aeiou" else "a"
        raise ValueError(f"form {form_id} is {now}: only {article} {wanted} form can be {doing}")
    return form


def _move(db, form, state, actor, *, sets=(), after=None, action=None):
    """Move the form to `state` (or keep it there: `action` names the step then) with `sets`;
    one audit event, and the trail's head anchored."""
    action = action or state
    assignments = ", ".join(["state = ?"] + [f"{key} = ?" for key, _ in sets])
    db.execute(f"UPDATE assessments SET {assignments} WHERE id = ?",
               (state, *(value for _, value in sets), form["id"]))
    audit.record(db, actor=actor, action=action, entity="assessment", entity_id=form["id"],
                 before={"state": form["state"]}, after=dict(after or {}, state=state))
    # Each step anchors the trail's head, this step's event included (models/trust/anchors.py);
    # `anchors.publish` copies it outside the file once committed.
    anchors.anchor(db, f"form {form['id']} {action}",
                   organisation=settings.get(db, "organisation"))


def _when(at):
    return clock.stamp() if at is None else clock.to_iso(at, what="signing time")


def submit(db, form_id, *, user_id, pin, strokes, by, png=None, at=None):
    """The appraiser (考核人) signs with their PIN: freezes the snapshot and its SHA-256 and
    starts the employee's deadline. Refused while the form has blockers. Returns the SHA-256."""
    drawn = _signature(strokes, png)
    user = authenticate(db, user_id, pin, doing="sign as appraiser", by=by)
    when = _when(at)
    with db.atomic():
        form = _open(db, form_id, ("draft",), "submitted")
        view, context = evaluate_draft(db, form)
        found = blockers(form, view)
        if found:
            raise ValueError(f"form {form_id} cannot be submitted: {'; '.join(found)}")
        due = due_date(date.fromisoformat(when[:10]), settings.get(db, "ack_working_days"))
        document = draft_document(db, form, get_employee(db, form["employee_id"]), view,
                                  context, submitted_at=when, due_at=due.isoformat())
        text = canonical(document)
        sha = fingerprint(text)
        _sign(db, form_id, "appraiser", user["name"], user["id"], drawn, when, sha=sha)
        _move(db, form, "submitted", user["name"],
              sets=(("snapshot_json", text), ("sha256", sha), ("submitted_at", when),
                    ("due_at", due.isoformat())),
              after={"sha256": sha, "total": document["result"]["total"],
                     "due_at": due.isoformat()})
    anchors.publish(db)
    return sha


def _employee_signer(db, form, name):
    """Nobody signs for the employee (代签): the name must be the employee's own."""
    employee = get_employee(db, form["employee_id"])
    name = (name or "").strip()
    if name != employee["name"]:
        raise ValueError(f"{name or 'an empty name'} cannot sign for {employee['name']}: "
                         "only the employee signs their own form")
    return name


def acknowledge(db, form_id, *, name, strokes, by, png=None, at=None):
    """The employee (被考核人) signs that they have seen the form. `by` is who operated the app
    (the signed-in user): the audit event's actor, with the employee's name in its after."""
    drawn = _signature(strokes, png)
    when = _when(at)
    with db.atomic():
        form = _open(db, form_id, ("submitted",), "acknowledged")
        name = _employee_signer(db, form, name)
        _sign(db, form_id, "employee", name, None, drawn, when)
        _move(db, form, "acknowledged", by, after={"employee": name})
    anchors.publish(db)


def dispute(db, form_id, *, name, reason, by, strokes=None, png=None, at=None):
    """The employee disagrees, with a reason; signing the dispute is optional. `by` is who
    operated the app, as for `acknowledge`."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError(f"form {form_id}: a dispute needs the employee's reason")
    drawn = _signature(strokes, png, required=False)
    when = _when(at)
    with db.atomic():
        form = _open(db, form_id, ("submitted",), "disputed")
        name = _employee_signer(db, form, name)
        if drawn != ("[]", None):
            _sign(db, form_id, "employee", name, None, drawn, when)
        _move(db, form, "disputed", by, sets=(("dispute_reason", reason), ("disputed_at", when)),
              after={"employee": name, "reason": reason})
    anchors.publish(db)


def _not_the_appraiser(db, form_id, user, doing):
    appraiser = db.execute("SELECT user_id FROM signatures WHERE assessment_id = ? AND "
                           "role = 'appraiser'", (form_id,)).fetchone()
    if appraiser is not None and appraiser[0] == user["id"]:
        raise ValueError(f"{user['name']} signed form {form_id} as its appraiser: "
                         f"{doing} must be someone else")


def answer_dispute(db, form_id, *, answer, text, user_id, pin, by, at=None):
    """The reviewer's answer (role reviewer or hr, her own PIN; not the appraiser) to the
    employee's dispute: `answer` one of DISPUTE_ANSWERS, `text` the reasons (required). Given
    once, before the review, and never changed; an upheld or partly upheld dispute is then
    corrected by a new revision (`models.forms.revise`). `by` is who operated the app (the
    actor of a wrong PIN's event; named in the answer's event)."""
    if answer not in DISPUTE_ANSWERS:
        raise ValueError(f"form {form_id}: the answer to a dispute is one of "
                         f"{', '.join(DISPUTE_ANSWERS)}, not {answer!r}")
    text = (text or "").strip()
    if not text:
        raise ValueError(f"form {form_id}: the answer to a dispute needs its reasons")
    user = authenticate(db, user_id, pin, roles=REVIEWERS, doing="answer disputes", by=by)
    when = _when(at)
    with db.atomic():
        form = _open(db, form_id, ("disputed",), "answered")
        if form["dispute_answer"] is not None:
            raise ValueError(f"form {form_id}: the dispute was already answered by "
                             f"{form['dispute_answered_by']} on "
                             f"{form['dispute_answered_at'][:10]}; an answer is never changed")
        _not_the_appraiser(db, form_id, user, "the answer to its dispute")
        _move(db, form, "disputed", user["name"], action="answer_dispute",
              sets=(("dispute_answer", answer), ("dispute_answer_text", text),
                    ("dispute_answered_at", when), ("dispute_answered_by", user["name"])),
              after={"answer": answer, "text": text, "operated_by": str(by)})
    anchors.publish(db)


def review(db, form_id, *, user_id, pin, strokes, by, png=None, at=None):
    """The reviewer (复核人, role reviewer or hr) signs with their PIN; not the appraiser. A
    disputed form is reviewed once its dispute is answered (`answer_dispute`)."""
    drawn = _signature(strokes, png)
    user = authenticate(db, user_id, pin, roles=REVIEWERS, doing="review forms", by=by)
    when = _when(at)
    with db.atomic():
        form = _open(db, form_id, ("acknowledged", "disputed"), "reviewed")
        if form["state"] == "disputed" and form["dispute_answer"] is None:
            raise ValueError(f"form {form_id} is disputed: answer the dispute first "
                             "(upheld, partly upheld or rejected, with the reasons)")
        _not_the_appraiser(db, form_id, user, "the reviewer")
        _sign(db, form_id, "reviewer", user["name"], user["id"], drawn, when)
        _move(db, form, "reviewed", user["name"])
    anchors.publish(db)


def lock(db, form_id, *, user_id, pin, by, at=None):
    """Close the form for good (role reviewer or hr, PIN)."""
    user = authenticate(db, user_id, pin, roles=REVIEWERS, doing="lock forms", by=by)
    when = _when(at)
    with db.atomic():
        form = _open(db, form_id, ("reviewed",), "locked")
        _move(db, form, "locked", user["name"],
              sets=(("locked_at", when), ("locked_by", user["name"])))
    anchors.publish(db)


def approve_form_entry(db, form_id, *, incident_id, user_id, pin, by):
    """A reviewer's approval (role reviewer or hr, PIN) of an entry of this draft's period
    over the rubric's approval threshold; it clears that blocker. The form's own check (the
    entry is this employee's, in this period, not deleted, not approved yet) around
    `models.work.incidents.approve_incident`, which only marks the row."""
    user = authenticate(db, user_id, pin, roles=REVIEWERS, doing="approve entries",
                        by=by)
    with db.atomic():
        form = _open(db, form_id, ("draft",), "changed")
        row = incidents.get_incident(db, incident_id)
        if row["employee_id"] != form["employee_id"] or not form_period(form).contains(row["at"]):
            raise ValueError(f"incident {incident_id} is not an entry of form {form_id} "
                             f"(another employee or outside {form['period_key']})")
        if row["deleted"]:
            raise ValueError(f"incident {incident_id} is deleted: there is nothing to approve")
        if row["approved"]:
            raise ValueError(f"incident {incident_id} is already approved by "
                             f"{row['approved_by']}")
        incidents.approve_incident(db, incident_id, by=user["name"])


def overdue(db, *, today=None):
    """Forms submitted but not acknowledged (nor disputed) past their due day, oldest first."""
    today = today or date.today()
    rows = db.query(
        "SELECT a.id, a.employee_id, e.code, e.name, a.period_key, a.revision, "
        "a.submitted_at, a.due_at FROM assessments a JOIN employees e ON e.id = a.employee_id "
        "WHERE a.state = 'submitted' AND a.due_at < ? AND NOT EXISTS "
        "(SELECT 1 FROM assessments b WHERE b.previous_id = a.id) ORDER BY a.due_at, a.id",
        (today.isoformat(),))
    return [dict(row, days_late=(today - date.fromisoformat(row["due_at"])).days)
            for row in rows]
