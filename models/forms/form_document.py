"""The form document: one plain, JSON-able dict per form, the PDF's only input.

Built the same way for a live draft and at submission, when it is frozen: the snapshot is stored
as its canonical JSON and the SHA-256 is over exactly that text. The hash covers everything
except `sha256`, `signatures` and the LIFECYCLE fields (the state and what comes with its later
steps), which still move after signing and are guarded by the database triggers instead.
"""

import base64
import hashlib
import json

from models.forms.rule_text import number, standard, value_text
from models.people.teams import get_team
from models.rubrics import version_row
from models.storage import codec
from models.work import settings
from scoring import Ratio, money
from scoring.money_side import evaluate_money

# The reviewer's answer to a dispute (migration 7) moves after signing, so it is lifecycle:
# outside the hash like the dispute it answers, written once by its trigger and recorded (with
# an anchor) in the audit trail. A revision's `correction_reason` is not: it is known when the
# draft is made, so it goes into the snapshot and under its SHA-256 (form_view.draft_document).
LIFECYCLE = ("state", "dispute_reason", "disputed_at", "locked_at", "locked_by",
             "superseded_by", "dispute_answer", "dispute_answer_text", "dispute_answered_at",
             "dispute_answered_by")
UNHASHED = ("sha256", "signatures") + LIFECYCLE
ROLES = ("appraiser", "employee", "reviewer")


def canonical(document):
    """The text the SHA-256 is taken over (sorted keys, no spaces, UTF-8 kept)."""
    frozen = {key: value for key, value in document.items() if key not in UNHASHED}
    return json.dumps(frozen, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build(db, form, employee, view, *, team_context=None, submitted_at=None, due_at=None):
    """The document of `form` (a row of assessments) from its evaluation `view` (a MonthView)."""
    version = version_row(db, form["rubric_version_id"])
    team = get_team(db, employee["team_id"])["name"] if employee["team_id"] else ""
    return {
        "form_id": form["id"],
        "revision": form["revision"],
        "previous_id": form["previous_id"],
        "state": form["state"],
        "organisation": settings.get(db, "organisation"),
        "period": {"key": form["period_key"], "start": form["period_start"],
                   "end": form["period_end"]},
        "employee": {"id": employee["id"], "code": employee["code"], "name": employee["name"],
                     "post": employee["post"], "team": team,
                     "probation": employee["probation"]},
        "rubric": {"id": version["rubric_id"], "version": version["version"],
                   "name": version["name"], "name_en": version["name_en"],
                   "sha256": version["sha256"], "text": version["text"]},
        "result": result_json(view.rubric, view.result),
        **money_part(view),
        **included_part(db, view),
        "incidents": [incident_json(row) for row in view.incidents],
        "values": {item_id: shown_value(view.rubric.item(item_id), value)
                   for item_id, value in view.sheet.values.items()},
        "skipped": [{"item_id": row["item_id"], "at": row.get("at"), "why": row["why"]}
                    for row in view.skipped],
        "team_context": json.loads(codec.dumps(team_context)) if team_context else None,
        "submitted_at": submitted_at,
        "due_at": due_at,
        "frozen_at": submitted_at,
        "sha256": None,
        "signatures": [],
    }


def included_part(db, view):
    """{"included": […]}: each rubric the form's rubric includes (issue 13), with its frozen
    text, how it counts (`as`, `section`, `into`: the rubric it counts in), its own result,
    incidents, values and skipped rows; nothing for a rubric without includes, so those
    documents stay as they were."""
    if not view.included:
        return {}
    effects, stack = {}, [(view.rubric.id, view.result)]
    while stack:                # every include's effect, nested ones too
        into, result = stack.pop()
        for part in result.included:
            effects[part.rubric.id] = (into, part)
            stack.append((part.rubric.id, part.result))
    found = []
    for part in view.included:
        version = version_row(db, part.version_id)
        into, effect = effects[part.rubric.id]
        found.append({
            "rubric": {"id": version["rubric_id"], "version": version["version"],
                       "name": version["name"], "name_en": version["name_en"],
                       "sha256": version["sha256"], "text": version["text"]},
            **{k: v for k, v in effect.to_json().items() if k in ("as", "section", "lost",
                                                                   "score", "why")},
            "into": into,
            "result": result_json(part.rubric, part.result),
            "incidents": [incident_json(row) for row in part.incidents],
            "values": {item_id: shown_value(part.rubric.item(item_id), value)
                       for item_id, value in part.sheet.values.items()},
            "skipped": [{"item_id": row["item_id"], "at": row.get("at"), "why": row["why"]}
                        for row in part.skipped]})
    return {"included": found}


def result_json(rubric, result):
    """Result.to_json() with what the printed form needs beside each figure."""
    data = result.to_json()
    for row in data.get("included", ()):    # each one's whole result is in `included_part`
        row.pop("result", None)
    data.update(max_total=f"{money(result.max_total)}", grade_en=result.grade_en,
                notes=list(result.notes))
    add_floor_facts(data, result)
    sections = {s.id: s for s in rubric.sections}
    for row, figures in zip(data["sections"], result.sections):
        section = sections[row["id"]]
        row.update(name=section.name, name_en=section.texts.get("name_en"),
                   method=section.texts.get("method"), method_en=section.texts.get("method_en"),
                   points=number(section.points), raw=f"{money(figures.raw)}",
                   weight=None if section.weight is None else number(section.weight),
                   vetoed=figures.vetoed)
    for row, figures in zip(data["items"], result.items):
        item = rubric.item(row["id"])
        section = sections.get(item.section)
        texts = section.texts if section else {}
        rule_zh, rule_en = standard(item)
        row.update(
            why_en=figures.why_en, kind=item.kind, section=item.section, place=item.place,
            name=item.texts.get("name") or item.label(),
            name_en=item.texts.get("name_en") or item.label("en"),
            text=item.text, text_en=item.texts.get("text_en"),
            # 检查方法: the item's own, else its section's
            method=item.texts.get("method") or texts.get("method"),
            method_en=item.texts.get("method_en") or texts.get("method_en"),
            standard=rule_zh, standard_en=rule_en,
            points=None if item.points is None else number(item.points),
            missing=figures.missing, na=figures.na, needs_approval=figures.needs_approval)
    return data


def money_part(view):
    """{"money": …} — the form's money side (scoring/money_side.py) — for a rubric with a
    `money:` block; nothing for the others, so their documents stay as they were."""
    found = evaluate_money(view.rubric, view.sheet, view.result)
    return {} if found is None else {"money": found.to_json()}


def add_floor_facts(data, result):
    """What stopped at a floor and what a weighted row moved on the total, into `data` (the
    result's JSON): printed on the form, kept out of `score`'s JSON (the contract's shape)."""
    if result.floored:
        data.update(floored=True, floor=f"{money(result.floor)}")
    for row, figures in zip(data["sections"], result.sections):
        if figures.floored:
            row["floored"] = True
    for row, figures in zip(data["items"], result.items):
        row.update(figures.weight_json())


def incident_json(row):
    return {"id": row["id"], "item_id": row["item_id"], "at": row["at"], "count": row["count"],
            "severe": row["severe"], "amount": codec.decimal_text(row["amount"]),
            "note": row["note"], "by": row["created_by"], "approved": row["approved"],
            "approved_by": row["approved_by"]}


def shown_value(item, value):
    """A KPI value as printed: "143 s", "930/1000", "93.5%", "✓", "5: 30, 4: 10"."""
    if isinstance(value, Ratio):
        return f"{number(value.num)}/{number(value.den)}"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, dict):
        return ", ".join(f"{answer}: {count}" for answer, count in value.items())
    return value_text(item, value)


def signature_json(row):
    png = row["png"]
    return {"role": row["role"], "name": row["signer_name"], "user_id": row["user_id"],
            "signed_at": row["signed_at"], "pin_verified": bool(row["pin_verified"]),
            "png_base64": base64.b64encode(png).decode("ascii") if png else None,
            "strokes": json.loads(row["strokes_json"])}


def signatures_of(db, form_id):
    rows = db.query("SELECT * FROM signatures WHERE assessment_id = ?", (form_id,))
    return sorted((signature_json(row) for row in rows), key=lambda s: ROLES.index(s["role"]))
