"""Reading a form: the live evaluation of a draft or the frozen snapshot of a signed one, what
still stops a draft from being signed, and the check of a snapshot's SHA-256."""

import json
from dataclasses import dataclass, field
from datetime import date

from models.forms import form_document
from models.people.employees import get_employee
from models.rubrics import load_version
from models.storage.errors import NotFoundError
from models.work.month import MonthView, month_so_far
from models.work.periods import Period
from models.work.team_results import decode_context, team_context

TEAM_CHANGED = "team results changed: re-evaluate"


@dataclass
class FormView:
    form: dict            # the assessments row (without the snapshot text)
    employee: dict
    rubric: object        # scoring Rubric of the form's version
    result: dict          # the document's result (Result.to_json() and more), draft or signed
    incidents: list       # the document's incidents
    values: dict          # the document's values, as printed
    signatures: list
    blockers: list        # why a draft cannot be submitted yet; empty: it can
    document: dict
    live: MonthView | None = None    # the engine's own objects, for a draft
    unapproved: list = field(default_factory=list)  # incident rows waiting for approval
    tampered: list = field(default_factory=list)    # why a signed form is not what was signed

    @property
    def signed(self):
        return self.form["state"] != "draft"

    @property
    def correction_suggested(self):
        """A dispute upheld (or partly) and the form reviewed: its next step is a correction
        (`revise`, a new revision), until one is made."""
        form = self.form
        return (form.get("dispute_answer") in ("upheld", "partly_upheld")
                and form["state"] in ("reviewed", "locked") and not form.get("superseded_by"))


def get_form(db, form_id):
    rows = list(db.query(
        "SELECT a.*, (SELECT b.id FROM assessments b WHERE b.previous_id = a.id) "
        "AS superseded_by FROM assessments a WHERE a.id = ?", (form_id,)))
    if not rows:
        raise NotFoundError(f"no assessment form with id {form_id}")
    row = rows[0]
    row["needs_reevaluation"] = bool(row["needs_reevaluation"])
    return row


def form_period(form):
    """The stored period of a form (never re-derived from today's settings)."""
    key = form["period_key"]
    kind = "year" if len(key) == 4 else "quarter" if "Q" in key else "month"
    start = date.fromisoformat(form["period_start"])
    return Period(key, start, date.fromisoformat(form["period_end"]), kind, start.day)


def stored_context(db, form):
    """The team figures a draft is evaluated with: the stored ones (refreshed by
    `reevaluate`), or live ones when none were stored yet."""
    if form["team_scope"] == "none":
        return None
    if form["team_context_json"] is not None:
        return decode_context(form["team_context_json"])
    return team_context(db, employee_id=form["employee_id"], period=form_period(form),
                        rubric=load_version(db, form["rubric_version_id"]))


def evaluate_draft(db, form):
    """(MonthView, team context) of a draft, from the store as it is now."""
    context = stored_context(db, form)
    view = month_so_far(db, employee_id=form["employee_id"], period=form_period(form),
                        version_id=form["rubric_version_id"], context=context)
    return view, context


def _needs_approval(rubric, row):
    """Does this incident still need a reviewer? The engine's rule (scoring.item_scores) per
    row: `approval: always`, or one occurrence over the rubric's threshold."""
    item = rubric.item(row["item_id"])
    if row["approved"] or item is None or item.kind not in ("add", "deduct"):
        return False
    over = rubric.approval_bonus_over if item.kind == "add" else rubric.approval_deduction_over
    one = row["amount"] if row["amount"] is not None else item.spec.low
    if row["severe"]:
        one *= item.severe_x
    return item.always_approve or (over is not None and one > over)


def _names(rubric, item_ids):
    return ", ".join(rubric.item(i).label("en") for i in item_ids)


def blockers(form, view):
    """Why this draft cannot be submitted, one English sentence per reason (for the form's
    rubric and each rubric it includes)."""
    found = []
    for part in view.views:
        result, rubric = part.result, part.rubric
        if result.missing:
            found.append(f"missing inputs: {_names(rubric, result.missing)}")
        if result.approval_needed:
            waiting = [row for row in part.incidents if _needs_approval(rubric, row)]
            parts = []
            for item_id in result.approval_needed:
                n = sum(1 for row in waiting if row["item_id"] == item_id)
                parts.append(f"{_names(rubric, [item_id])} "
                             f"({n} {'entry' if n == 1 else 'entries'})")
            found.append(f"entries need a reviewer's approval: {', '.join(parts)}")
    if form["team_scope"] != "none" and (form["needs_reevaluation"]
                                         or form["team_context_json"] is None):
        found.append(TEAM_CHANGED)
    return found


def form_view(db, form_id):
    form = get_form(db, form_id)
    employee = get_employee(db, form["employee_id"])
    rubric = load_version(db, form["rubric_version_id"])
    if form["state"] != "draft":
        found = tampering(db, form)
        document = signed_document(db, form) if not found else _unreadable(db, form)
        return _view(form, employee, rubric, document, [], tampered=found)
    view, context = evaluate_draft(db, form)
    document = draft_document(db, form, employee, view, context)
    found = blockers(form, view)
    return _view(form, employee, rubric, document, found, live=view,
                 unapproved=[row for part in view.views for row in part.incidents
                             if _needs_approval(part.rubric, row)])


def draft_document(db, form, employee, view, context, **frozen):
    """The document of a draft as it stands; `frozen` (submitted_at, due_at) when submitting.
    A revision names the fingerprint of the form it corrects, so the chain is in the hash."""
    document = form_document.build(db, form, employee, view, team_context=context, **frozen)
    document.update({key: form.get(key) for key in form_document.LIFECYCLE})
    if form["previous_id"] is not None:
        previous = get_form(db, form["previous_id"])
        document["previous_sha256"] = previous["sha256"]
        # why it corrects that revision (migration 7; None for a revision made before), printed
        document.update(previous_revision=previous["revision"],
                        correction_reason=form.get("correction_reason"))
    return document


def _view(form, employee, rubric, document, found, **extra):
    row = {k: v for k, v in form.items() if k != "snapshot_json"}
    return FormView(form=row, employee=employee, rubric=rubric, result=document["result"],
                    incidents=document["incidents"], values=document["values"],
                    signatures=document["signatures"], blockers=found, document=document,
                    **extra)


def signed_document(db, form):
    """The frozen snapshot plus the signatures and where the form stands now."""
    document = json.loads(form["snapshot_json"])
    document.update({key: form[key] for key in form_document.LIFECYCLE})
    document["sha256"] = form["sha256"]
    document["signatures"] = form_document.signatures_of(db, form["id"])
    return document


def document(db, form_id):
    """The plain, JSON-able document the PDF is printed from: for a signed form exactly its
    frozen snapshot plus the signatures; for a draft the same, built live (no sha256).
    TamperedFormError for a signed form that is not what was signed: it is never printed."""
    view = form_view(db, form_id)
    if view.tampered:
        employee = view.employee
        raise TamperedFormError(
            f"form {form_id} ({employee['code']} {employee['name']}, {view.form['period_key']} "
            f"revision {view.form['revision']}) was changed outside the app and is not "
            f"printed: {'; '.join(view.tampered)}. Run `main.py check` for the whole store",
            form_id=form_id, problems=view.tampered)
    return view.document


class TamperedFormError(ValueError):
    """A signed form whose snapshot, hash or signatures were changed in the file."""

    reason = "tampered"

    def __init__(self, message, *, form_id, problems):
        super().__init__(message)
        self.form_id, self.problems = form_id, list(problems)


def tampering(db, form):
    """Why this signed form is not what was signed (snapshot, seals, signatures), or []."""
    from models.forms import seals
    from models.trust import keys

    found = [] if verify_form(db, form["id"]) else [
        "its frozen snapshot does not match its SHA-256"]
    org_dir = keys.store_signing_dir(db)
    sealed = db.execute("SELECT count(*) FROM signatures WHERE assessment_id = ? AND seal IS "
                        "NOT NULL", (form["id"],)).fetchone()[0]
    try:
        cert = keys.certificate(org_dir) if org_dir else None
    except (FileNotFoundError, ValueError):
        cert = None
    if cert is None:
        if sealed:
            found.append("the organisation certificate its seals are checked with is missing")
    else:
        found += [f.text for f in seals.check(db, cert, [form["id"]])]
    return found


def _unreadable(db, form):
    """What can be shown of a tampered form: the stored row and signatures, no snapshot."""
    try:
        document = signed_document(db, form)
    except (TypeError, ValueError):
        document = {"result": {}, "incidents": [], "values": {},
                    "signatures": form_document.signatures_of(db, form["id"])}
    return document


def verify_form(db, form_id):
    """Recompute the SHA-256 of a signed form's snapshot: False when the stored text, the hash,
    or the rubric text inside it was altered (even with the triggers dropped)."""
    form = get_form(db, form_id)
    if form["state"] == "draft":
        raise ValueError(f"form {form_id} is a draft: it has no snapshot to verify yet")
    text = form["snapshot_json"]
    try:
        snapshot = json.loads(text)
    except (TypeError, ValueError):
        return False
    if not isinstance(snapshot, dict) or not isinstance(snapshot.get("rubric"), dict):
        return False
    rubrics = [snapshot["rubric"]] + [part.get("rubric") for part in
                                      snapshot.get("included") or ()]   # issue 13
    return (form_document.canonical(snapshot) == text
            and form_document.fingerprint(text) == form["sha256"]
            and snapshot.get("form_id") == form["id"]
            and snapshot.get("revision") == form["revision"]
            and all(isinstance(rubric, dict) and form_document.fingerprint(
                rubric.get("text", "")) == rubric.get("sha256") for rubric in rubrics))
