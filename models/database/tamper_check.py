"""`main.py check` and the app's check after start: is this file what the app wrote?

Each part looks for a different edit made without the app (docs/reliability.md):
integrity (SQLite's own check) · the schema's triggers (a dropped or rewritten trigger) · the
audit chain · its anchors, in the file and in the log outside · every snapshot's SHA-256 ·
every signature's seal · the forms against the trail (a deleted form, a state or hash that the
trail never recorded) · every closed period's snapshot, seal and trail. One line per
finding; any 'problem' means exit 1.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from models.audit import after_of, verify_chain
from models.forms import seals
from models.forms.form_view import verify_form
from models.trust import anchors, keys
from models.trust.anchors import Finding

REQUIRED_SIGNATURES = {"submitted": ("appraiser",), "acknowledged": ("appraiser", "employee"),
                       "disputed": ("appraiser",), "reviewed": ("appraiser", "reviewer"),
                       "locked": ("appraiser", "reviewer")}
STATE_ACTIONS = ("submitted", "acknowledged", "disputed", "reviewed", "locked")


@dataclass
class CheckReport:
    findings: list = field(default_factory=list)
    checked: dict = field(default_factory=dict)     # what was looked at: "forms": 12, …

    @property
    def problems(self):
        return [f for f in self.findings if f.severity == "problem"]

    @property
    def ok(self):
        return not self.problems

    def lines(self):
        return [f"{'PROBLEM' if f.severity == 'problem' else 'warning'}: {f.text}"
                for f in self.findings]


def check_store(db, *, cert=None, org_dir=None, progress=None, integrity=True):
    """Every check on the open store `db`. `cert`: the organisation certificate to trust
    (default: the one kept in the signing folder beside the store). `progress(step, of)`.
    `integrity=False` leaves SQLite's own check out: the app runs it apart, lightly at start
    for a big file (models.storage.integrity)."""
    report = CheckReport()
    steps = (_integrity,) if integrity else ()
    steps += (_schema, _chain, _certificate, _anchors, _snapshots, _seals, _trail, _disputes,
              _closings)
    context = {"cert": cert, "org_dir": org_dir or keys.store_signing_dir(db)}
    for n, step in enumerate(steps, start=1):
        report.findings += step(db, context, report.checked)
        if progress is not None:
            progress(n, len(steps))
    return report


def _integrity(db, context, checked):
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    checked["integrity"] = True
    return [] if rows == ["ok"] else [Finding("problem", f"SQLite integrity: {r}")
                                      for r in rows[:10]]


@lru_cache(maxsize=1)
def expected_triggers():
    """{name: sql} of a store made by this program (the migrations run in memory)."""
    import sqlite_utils

    from models.database import migrations

    fresh = sqlite_utils.Database(memory=True)
    migrations.migrate(fresh, 0)
    found = {name: _normal(sql) for name, sql in fresh.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    fresh.close()
    return found


def _normal(sql):
    return re.sub(r"\s+", " ", sql or "").strip()


def _schema(db, context, checked):
    found = []
    expected = expected_triggers()
    actual = {name: _normal(sql) for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    for name in sorted(expected):
        if name not in actual:
            found.append(Finding("problem", f"the trigger {name} was dropped: the records it "
                                            "guards could be changed without the app"))
        elif actual[name] != expected[name]:
            found.append(Finding("problem", f"the trigger {name} was rewritten"))
    for name in sorted(set(actual) - set(expected)):
        found.append(Finding("problem", f"an unknown trigger {name} was added"))
    checked["triggers"] = len(expected)
    return found


def _chain(db, context, checked):
    report = verify_chain(db)
    checked["audit events"] = report.checked
    return [] if report.ok else [Finding("problem", f"audit trail: {report.message}")]


def _certificate(db, context, checked):
    """Find the certificate to trust; say so when there is none and something is signed."""
    if context["cert"] is not None:
        return []
    org_dir = context["org_dir"]
    try:
        context["cert"] = keys.certificate(org_dir) if org_dir else None
    except (FileNotFoundError, ValueError):
        context["cert"] = None
    signed = db.execute("SELECT (SELECT count(*) FROM signatures WHERE seal IS NOT NULL) + "
                        "(SELECT count(*) FROM chain_anchors)").fetchone()[0]
    if context["cert"] is None:
        if signed:
            return [Finding("problem", f"no organisation certificate in {org_dir}: the seals "
                                       "and anchors cannot be checked (give it with --cert)")]
        return []
    found = []
    if org_dir is not None and keys.protection(org_dir) == "unprotected":
        found.append(Finding("warning", (
            "the organisation key is not protected by a passphrase: anyone who copies the "
            f"folder {org_dir} can sign as the organisation (HR: Settings → Signing key)")))
    return found


def _anchors(db, context, checked):
    if context["cert"] is None:
        return []
    found = anchors.check(db, context["cert"], org_dir=context["org_dir"])
    checked["anchors"] = db.execute("SELECT count(*) FROM chain_anchors").fetchone()[0]
    return found


def _snapshots(db, context, checked):
    found = []
    ids = [r[0] for r in db.execute("SELECT id FROM assessments WHERE state != 'draft' "
                                    "ORDER BY id")]
    for form_id in ids:
        if not verify_form(db, form_id):
            found.append(Finding("problem", f"form {form_id}: its frozen snapshot was edited "
                                            "(the SHA-256 does not match the stored text)"))
    checked["signed forms"] = len(ids)
    return found


def _seals(db, context, checked):
    if context["cert"] is None:
        unsealed = db.execute("SELECT count(*) FROM signatures WHERE id > ?",
                              (seals.unsealed_up_to(db),)).fetchone()[0]
        return [Finding("problem", f"{unsealed} signature(s) cannot be checked without the "
                                   "organisation certificate")] if unsealed else []
    checked["signatures"] = db.execute("SELECT count(*) FROM signatures").fetchone()[0]
    return seals.check(db, context["cert"])


def _trail(db, context, checked):
    """The forms against what the audit trail recorded of them."""
    found = []
    history = {}
    for event_id, form_id, action, after in db.execute(
            "SELECT id, entity_id, action, after_json FROM audit_events "
            "WHERE entity = 'assessment' ORDER BY id"):
        entry = history.setdefault(form_id, {"state": None, "sha256": None, "event": 0})
        if action in STATE_ACTIONS:
            entry.update(state=action, event=event_id)
            if action == "submitted":
                entry["sha256"] = after_of(after).get("sha256")
    # Before version 5 removing the demo deleted its signed forms too: such a removal explains
    # a missing form signed before it (a warning); any other missing signed form is a problem.
    seals_from = db.execute("SELECT coalesce(min(id), 0) FROM audit_events "
                            "WHERE action = 'introduce_seals'").fetchone()[0]
    old_removals = [row[0] for row in db.execute(
        "SELECT id FROM audit_events WHERE entity = 'demo' AND action = 'remove' AND id < ?",
        (seals_from,))]
    forms = {row[0]: row[1:] for row in db.execute(
        "SELECT id, state, sha256 FROM assessments")}
    signatures = {}
    for form_id, role in db.execute("SELECT assessment_id, role FROM signatures"):
        signatures.setdefault(form_id, set()).add(role)
    for form_id, entry in sorted(history.items(), key=lambda kv: kv[0] or 0):
        if entry["state"] is None:
            continue
        if form_id not in forms:
            if any(removal > entry["event"] for removal in old_removals):
                found.append(Finding("warning", (
                    f"form {form_id} (signed, per the audit trail) went with the demo data, "
                    "removed before this version kept signed forms")))
                continue
            found.append(Finding("problem", (
                f"form {form_id} was signed ({entry['state']}, per the audit trail) but is "
                "missing from the store: it was deleted")))
            continue
        state, sha = forms[form_id]
        if state != entry["state"]:
            found.append(Finding("problem", f"form {form_id} is '{state}' in the store but "
                                            f"'{entry['state']}' in the audit trail"))
        if sha != entry["sha256"]:
            found.append(Finding("problem", f"form {form_id}: its SHA-256 is not the one the "
                                            "audit trail recorded when it was signed"))
    for form_id, (state, _) in sorted(forms.items()):
        if state == "draft":
            continue
        if history.get(form_id, {}).get("state") is None:
            found.append(Finding("problem", f"form {form_id} is '{state}' but the audit trail "
                                            "never recorded it being signed"))
        missing = set(REQUIRED_SIGNATURES[state]) - signatures.get(form_id, set())
        if missing:
            found.append(Finding("problem", f"form {form_id} is '{state}' without the "
                                            f"{', '.join(sorted(missing))} signature"))
    return found


def _disputes(db, context, checked):
    """Each dispute and its answer against the events that recorded them: they move after
    signing, outside the snapshot's hash (models/forms/form_document.py LIFECYCLE), and print."""
    recorded = {}
    for form_id, action, after in db.execute(
            "SELECT entity_id, action, after_json FROM audit_events WHERE entity = 'assessment' "
            "AND action IN ('disputed', 'answer_dispute') ORDER BY id"):
        after = after_of(after)
        entry = recorded.setdefault(form_id, {"reason": None, "answer": (None, None)})
        if action == "disputed":
            entry["reason"] = after.get("reason")
        else:
            entry["answer"] = (after.get("answer"), after.get("text"))
    found = []
    for form_id, reason, answer, text in db.execute(
            "SELECT id, dispute_reason, dispute_answer, dispute_answer_text FROM assessments "
            "WHERE state != 'draft' ORDER BY id"):
        entry = recorded.get(form_id, {"reason": None, "answer": (None, None)})
        if reason != entry["reason"]:
            found.append(Finding("problem", f"form {form_id}: its dispute is not the one the "
                                            "audit trail recorded"))
        if (answer, text) != entry["answer"]:
            found.append(Finding("problem", f"form {form_id}: its answer to the dispute is not "
                                            "the one the audit trail recorded"))
    return found


def _closings(db, context, checked):
    """The closed periods (models/results/closing.py): snapshot, seal and trail."""
    from models.results.closing_check import check_closings

    checked["closings"] = db.execute("SELECT count(*) FROM period_closings").fetchone()[0]
    return check_closings(db, context["cert"], sealed_store=context["org_dir"] is not None)


