"""Closing a team's period (issue 12): its ranks, stars and pay frozen like a signed form.

When every form of the team is locked and nobody lacks one (`period_results`' `final`), a
reviewer (or the HR admin) closes the period with her own PIN and her drawn signature. One
transaction writes, like a form's freeze (models/forms/form_states.py):

- the snapshot: the team's period_results as canonical JSON (models/forms/form_document.py
  `canonical`), with the forms it was read from (id, revision, SHA-256), the grade and star
  distribution and the points lost per item (models/results/trends.py), and its SHA-256;
- her signature (strokes or PNG, PIN-verified) sealed with the organisation key over the
  closing's id, revision, team, period and SHA-256 (`seal_payload`, the sibling of
  models/forms/seals.py);
- an audit event (entity `period_closing`, action `close`) and an anchor of the trail's head.

Migration 10's triggers refuse any change of a closed row, its deletion, and a correction of any
form it froze. Reopening (`reopen_team_period`, a reason required) is the next revision of the
closing: an open row pointing to the closed one, which stays byte-identical; closing again
closes that revision. `check_closings` is what `main.py check` runs over them (snapshot hash,
seal, trail); `standing_of` gives a form's rank and stars as the closing froze them, for the
printed form (reports/batch.py).
"""

import base64
import hashlib
import json

from models import audit
from models.forms import get_form, seals
from models.forms.form_document import canonical, fingerprint
from models.forms.form_states import REVIEWERS, _signature
from models.people import access
from models.people.teams import get_team
from models.people.users import authenticate
from models.results.period import period_results
from models.results.trends import grade_counts, points_lost_by_item, star_counts
from models.storage import clock
from models.storage.errors import NotFoundError
from models.trust import anchors, keys
from models.work import settings
from models.work.periods import resolve

ENTITY = "period_closing"
KIND = "period_closing"
# A snapshot's fields outside its hash: none. The signature and the lifecycle (reopened by the
# next revision) live in their own columns and rows: the seal and the triggers guard them.


class TamperedClosingError(ValueError):
    """A closing whose snapshot, hash or seal was changed in the file: never printed."""

    reason = "tampered"

    def __init__(self, message, *, closing_id, problems):
        super().__init__(message)
        self.closing_id, self.problems = closing_id, list(problems)


# -- reading ------------------------------------------------------------------------------------
def closing_rows(db, sql, params):
    rows = list(db.query(
        "SELECT c.*, (SELECT d.id FROM period_closings d WHERE d.previous_id = c.id) "
        f"AS superseded_by FROM period_closings c WHERE {sql}", params))
    return rows


def get_closing(db, closing_id):
    """The closing row (with `superseded_by`, `closed`), or NotFoundError."""
    rows = closing_rows(db, "c.id = ?", (closing_id,))
    if not rows:
        raise NotFoundError(f"no closing with id {closing_id}")
    return shaped_closing(rows[0])


def shaped_closing(row):
    row = dict(row)
    row["closed"] = row["state"] == "closed"
    row["pin_verified"] = bool(row["pin_verified"])
    return row


def closing_of(db, team_id, period):
    """The latest revision of the team's closing of `period` (a Period or key), or None when
    the period was never closed. `closed` is False for a reopened one (its open revision, with
    the reason); `superseded_by` is always None for the latest."""
    key = resolve(db, period).key
    rows = closing_rows(db, "c.team_id = ? AND c.period_key = ? ORDER BY c.revision DESC LIMIT 1",
                (team_id, key))
    return shaped_closing(rows[0]) if rows else None


def closings_of(db, team_id, period):
    """Every revision of the team's closing of `period`, oldest first."""
    key = resolve(db, period).key
    return [shaped_closing(r) for r in closing_rows(db, "c.team_id = ? AND c.period_key = ? "
                                         "ORDER BY c.revision", (team_id, key))]


class Blocker(str):
    """Why a period cannot be closed: an English sentence (joined into refusals) that also
    carries `code` and `names` ("A1 张三 (submitted)", …), for the dialog to say it in the
    interface language."""

    def __new__(cls, text, code, names=(), states=()):
        blocker = super().__new__(cls, text)
        blocker.code, blocker.names, blocker.states = code, tuple(names), tuple(states)
        return blocker


def closing_blockers(db, team_id, period, *, results=None):
    """Why the team's period cannot be closed now, one Blocker each; [] when it can: every
    form of the team locked, every active employee with a rubric has one, no figures that
    cannot be read, and no closing standing already."""
    period = resolve(db, period)
    team = (results or period_results(db, period, team_id=team_id)).teams[0]
    found = []
    if not team.members:
        found.append(Blocker(f"team {team.name} has no forms for {period.key}", "no_forms"))
    open_forms = [m for m in team.members if m.state != "locked"]
    if open_forms:
        found.append(Blocker(
            "forms not locked yet: " + ", ".join(f"{m.code} {m.name} ({m.state})"
                                                 for m in open_forms), "not_locked",
            [f"{m.code} {m.name}" for m in open_forms], [m.state for m in open_forms]))
    missing = [f"{e['code']} {e['name']}" for e in team.without_form]
    if missing:
        found.append(Blocker("without a form: " + ", ".join(missing), "without_form", missing))
    unreadable = [f"{m.code} {m.name}: {m.problem or 'no total'}" for m in team.members
                  if m.problem or m.total is None]
    if unreadable:
        found.append(Blocker("figures that cannot be read: " + ", ".join(unreadable),
                             "unreadable", unreadable))
    latest = closing_of(db, team_id, period)
    if latest is not None and latest["closed"]:
        found.append(Blocker(
            f"already closed by {latest['closed_by']} on {latest['closed_at'][:10]} "
            f"(revision {latest['revision']}): reopen it to close it again", "closed",
            [latest["closed_by"], latest["closed_at"][:10]]))
    return found


# -- the frozen document -----------------------------------------------------------------------
def _member_json(member):
    data = member.to_json()
    data.update(rubric_name=member.rubric_name, grade_en=member.grade_en,
                consequences=[{"label": c["label"], "label_en": c.get("label_en")}
                              for c in member.consequences])
    return data


def _text(value):
    from scoring import money

    return None if value is None else f"{money(value)}"


def _snapshot(db, row, team, results, *, previous, closed_at, closed_by):
    """The document frozen by the closing: everything its PDF prints but the signature."""
    losses = points_lost_by_item(db, results.period, team_id=team.team_id)
    forms = [get_form(db, m.form_id) for m in team.members]
    return {
        "kind": KIND,
        "closing_id": row["id"],
        "revision": row["revision"],
        "previous_id": row["previous_id"],
        "previous_sha256": previous["sha256"] if previous else None,
        "reason": row["reason"],
        "organisation": settings.get(db, "organisation"),
        "team": {"id": team.team_id, "name": team.name},
        "period": {"key": results.period, "start": results.start, "end": results.end},
        "form_ids": [m.form_id for m in team.members],
        "forms": [{"form_id": f["id"], "revision": f["revision"], "sha256": f["sha256"]}
                  for f in forms],
        "mean": _text(team.mean),
        "groups": [g.to_json() for g in team.groups],
        "members": [_member_json(m) for m in team.members],
        "grades": [[grade, count] for grade, count in grade_counts(team.members)],
        "stars": [[stars, count] for stars, count in star_counts([team])],
        "losses": [{"item": lost.item, "item_en": lost.item_en, "points": _text(lost.points),
                    "people": lost.people, "share": _text(lost.share),
                    "cumulative": _text(lost.cumulative)} for lost in losses],
        "closed_at": closed_at,
        "closed_by": closed_by,
    }


def seal_payload(row):
    """The bytes a closing's seal covers: the closing (id, revision, team, period, SHA-256)
    and the whole signature (who, when, PIN-verified, the strokes' and image's SHA-256)."""
    png = row["png"]
    fields = {
        "closing_id": row["id"], "revision": row["revision"], "team_id": row["team_id"],
        "period": row["period_key"], "sha256": row["sha256"], "name": row["closed_by"],
        "user_id": row["user_id"], "closed_at": row["closed_at"],
        "pin_verified": int(bool(row["pin_verified"])),
        "strokes_sha256": hashlib.sha256(row["strokes_json"].encode("utf-8")).hexdigest(),
        "png_sha256": hashlib.sha256(bytes(png)).hexdigest() if png else None,
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def verify_closing(db, closing_id):
    """Recompute a closed closing's SHA-256 over its stored snapshot: False when the text, the
    hash, or the snapshot's own id, revision, team or period were altered."""
    row = get_closing(db, closing_id)
    if not row["closed"]:
        raise ValueError(f"closing {closing_id} is open (reopened): it has no snapshot")
    text = row["snapshot_json"]
    try:
        snapshot = json.loads(text)
    except (TypeError, ValueError):
        return False
    return (isinstance(snapshot, dict) and canonical(snapshot) == text
            and fingerprint(text) == row["sha256"]
            and snapshot.get("closing_id") == row["id"]
            and snapshot.get("revision") == row["revision"]
            and (snapshot.get("team") or {}).get("id") == row["team_id"]
            and (snapshot.get("period") or {}).get("key") == row["period_key"])


def _certificate(db):
    org_dir = keys.store_signing_dir(db)
    try:
        return keys.certificate(org_dir) if org_dir else None
    except (FileNotFoundError, ValueError):
        return None


def tampering(db, row):
    """Why this closed closing is not what was closed (snapshot, seal), or []."""
    found = [] if verify_closing(db, row["id"]) else [
        "its frozen snapshot does not match its SHA-256"]
    cert = _certificate(db)
    if row["seal"] is not None and cert is None:
        found.append("the organisation certificate its seal is checked with is missing")
    elif row["seal"] is not None and not keys.verify(cert, seal_payload(row), row["seal"]):
        found.append("its signature or snapshot hash does not match its seal")
    elif row["seal"] is None and keys.store_signing_dir(db) is not None:
        found.append("its signature has no seal")
    return found


def closing_document(db, closing_id):
    """The plain document the results PDF is printed from: exactly the frozen snapshot, plus
    the SHA-256, the signature and where the closing stands now (reopened or not).
    TamperedClosingError when it is not what was closed; ValueError for an open revision."""
    row = get_closing(db, closing_id)
    if not row["closed"]:
        raise ValueError(f"closing {closing_id} (revision {row['revision']}) is open: it was "
                         "reopened and is not closed again yet")
    found = tampering(db, row)
    if found:
        raise TamperedClosingError(
            f"the closing #{closing_id} of {row['period_key']} (revision {row['revision']}) was "
            f"changed outside the app and is not printed: {'; '.join(found)}. Run "
            "`main.py check` for the whole store", closing_id=closing_id, problems=found)
    document = json.loads(row["snapshot_json"])
    png = row["png"]
    document.update(
        sha256=row["sha256"], state=row["state"], superseded_by=row["superseded_by"],
        signature={"name": row["closed_by"], "user_id": row["user_id"],
                   "signed_at": row["closed_at"], "pin_verified": row["pin_verified"],
                   "strokes": json.loads(row["strokes_json"]),
                   "png_base64": base64.b64encode(png).decode("ascii") if png else None})
    if row["superseded_by"] is not None:
        later = get_closing(db, row["superseded_by"])
        document["reopened"] = {"by": later["created_by"], "at": later["created_at"],
                                "reason": later["reason"], "revision": later["revision"]}
    return document


def standing_of(db, form_id):
    """A form's rank and stars as the standing closing of its team's period froze them:
    {rank, stars, excluded, count, closing_id, revision, sha256, closed_at}; None while no
    closing covers the form (before closing, or reopened). TamperedClosingError when that
    closing was changed in the file."""
    row = db.execute(
        "SELECT c.id FROM period_closings c, json_each(CASE WHEN json_valid(c.snapshot_json) "
        "THEN c.snapshot_json END, '$.form_ids') f "
        "WHERE c.state = 'closed' AND f.value = ? AND NOT EXISTS "
        "(SELECT 1 FROM period_closings d WHERE d.previous_id = c.id)", (form_id,)).fetchone()
    if row is None:
        return None
    document = closing_document(db, row[0])
    member = next(m for m in document["members"] if m["form_id"] == form_id)
    group = next((g for g in document["groups"] if g["rubric"] == member["rubric"]), {})
    return {"rank": member["rank"], "stars": member["stars"], "excluded": member["excluded"],
            "count": group.get("count"), "closing_id": document["closing_id"],
            "revision": document["revision"], "sha256": document["sha256"],
            "closed_at": document["closed_at"]}


def with_standing(db, document):
    """The form `document` with its `standing` (`standing_of`, None before closing) for the
    printed form. Outside the form's SHA-256: the closing's own hash and seal cover it."""
    form_id = document.get("form_id")
    if form_id is None:
        return document
    return dict(document, standing=standing_of(db, form_id))


# -- closing and reopening ---------------------------------------------------------------------
def close_team_period(db, team_id, period, *, user_id, pin, strokes, by, png=None, at=None):
    """The reviewer (role reviewer or hr, her own PIN and drawn signature) closes the team's
    period: ranks, stars and pay frozen. `by` is who operates the app (role rules; the actor of
    a wrong PIN's event). Refused (ValueError, nothing written) while `closing_blockers` has
    anything to say. Returns the closing's id."""
    access.require(by, "review", team_id=team_id)
    drawn = _signature(strokes, png)
    period = resolve(db, period)
    get_team(db, team_id)
    found = closing_blockers(db, team_id, period)
    if found:
        raise ValueError(f"the period {period.key} of team {team_id} cannot be closed: "
                         f"{'; '.join(found)}")
    user = authenticate(db, user_id, pin, roles=REVIEWERS, doing="close a team's period", by=by)
    with db.atomic():
        closing_id = _close(db, team_id, period, name=user["name"], user_id=user["id"],
                            drawn=drawn, at=at, by=by)
    anchors.publish(db)
    return closing_id


def close_unattended(db, team_id, period, *, name, strokes, by, png=None, at=None):
    """A closing made by the program itself inside the caller's transaction (the demo's history,
    models/database/demo.py), signed by `name`: a system actor, not an app user, so no PIN is
    asked and the seal says it was not PIN-verified (a user's PIN is only ever checked by
    models.people.users `authenticate`). Returns the closing's id."""
    drawn = _signature(strokes, png)
    period = resolve(db, period)
    name = (name or "").strip()
    if not name:
        raise ValueError("a closing made by the program needs the name it is signed with")
    with db.atomic():
        return _close(db, team_id, period, name=name, user_id=None, drawn=drawn, at=at, by=by)


def _close(db, team_id, period, *, name, user_id, drawn, at, by):
    results = period_results(db, period, team_id=team_id)
    found = closing_blockers(db, team_id, period, results=results)
    if found:       # the store moved since the first look
        raise ValueError(f"the period {period.key} of team {team_id} cannot be closed: "
                         f"{'; '.join(found)}")
    team = results.teams[0]
    organisation = settings.get(db, "organisation")
    org_dir = seals.org_dir_for_signing(db, organisation)     # KeyLockedError: nothing written
    when = clock.stamp() if at is None else clock.to_iso(at, what="closing time")
    latest = closing_of(db, team_id, period)
    if latest is None:
        closing_id = db.execute(
            "INSERT INTO period_closings (team_id, period_key, revision, created_at, "
            "created_by) VALUES (?, ?, 1, ?, ?)",
            (team_id, period.key, clock.stamp(), str(by))).lastrowid
        row = get_closing(db, closing_id)
    else:
        row = latest        # a reopened revision, closed now
    previous = get_closing(db, row["previous_id"]) if row["previous_id"] else None
    document = _snapshot(db, row, team, results, previous=previous, closed_at=when,
                         closed_by=name)
    text = canonical(document)
    strokes_json, png = drawn
    row.update(snapshot_json=text, sha256=fingerprint(text), closed_at=when, closed_by=name,
               user_id=user_id, pin_verified=int(user_id is not None),
               strokes_json=strokes_json, png=png)
    seal = None if org_dir is None else keys.sign(org_dir, seal_payload(row))
    db.execute(
        "UPDATE period_closings SET state = 'closed', snapshot_json = ?, sha256 = ?, "
        "closed_at = ?, closed_by = ?, user_id = ?, pin_verified = ?, strokes_json = ?, "
        "png = ?, seal = ? WHERE id = ?",
        (text, row["sha256"], when, name, user_id, row["pin_verified"], strokes_json, png, seal,
         row["id"]))
    audit.record(db, actor=name, action="close", entity=ENTITY, entity_id=row["id"],
                 after={"team_id": team_id, "period": period.key, "revision": row["revision"],
                        "sha256": row["sha256"], "forms": document["form_ids"],
                        "operated_by": str(by)})
    anchors.anchor(db, f"closing {row['id']} close", organisation=organisation)
    return row["id"]


def reopen_team_period(db, closing_id, *, reason, by):
    """Reopen a closed period (role reviewer or hr): the next revision of the closing, open,
    with `reason` (required). The closed revision stays as it was, superseded; the forms it
    froze can be corrected again, and closing again closes the new revision. Returns its id."""
    reason = reason.strip() if isinstance(reason, str) else ""
    row = get_closing(db, closing_id)
    access.require(by, "review", team_id=row["team_id"])
    if not reason:
        raise ValueError(f"closing {closing_id}: reopening needs its reason (why the closed "
                         "results are opened again)")
    with db.atomic():
        row = get_closing(db, closing_id)
        if row["superseded_by"] is not None:
            raise ValueError(f"closing {closing_id} was reopened already (closing "
                             f"{row['superseded_by']})")
        if not row["closed"]:
            raise ValueError(f"closing {closing_id} is open: only a closed period is reopened")
        new_id = db.execute(
            "INSERT INTO period_closings (team_id, period_key, revision, previous_id, reason, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row["team_id"], row["period_key"], row["revision"] + 1, closing_id, reason,
             clock.stamp(), str(by))).lastrowid
        audit.record(db, actor=by, action="reopen", entity=ENTITY, entity_id=new_id,
                     before={"closing_id": closing_id, "revision": row["revision"],
                             "sha256": row["sha256"]},
                     after={"team_id": row["team_id"], "period": row["period_key"],
                            "revision": row["revision"] + 1, "previous_id": closing_id,
                            "reason": reason})
        anchors.anchor(db, f"closing {closing_id} reopen",
                       organisation=settings.get(db, "organisation"))
    anchors.publish(db)
    return new_id
