"""Every entry behind a period's totals: each counted incident line and each value of every
form (the latest revisions), for payroll to check a total without opening the forms.

A signed form's entries are those frozen in its snapshot; a draft's are the ones its live
evaluation counts (deleted ticks and rows the rubric cannot count are left out, as on the form).
`points` is what one line moves the total before any cap: −deduct × severe_x × count for a
deduction, +add × count for a bonus; None for vetoes and values. A lead's form adds one
`team` entry per team figure it was evaluated with (team_mean_total 88.00 …).
"""

import json
from dataclasses import dataclass
from decimal import Decimal

from models.forms import list_forms
from models.forms.form_document import incident_json, shown_value
from models.forms.form_view import evaluate_draft, get_form, verify_form
from models.people.teams import get_team
from models.rubrics import load_version
from models.work.periods import resolve
from scoring import money

TEAM_FIGURES = {"team_mean_total": "团队平均总分", "team_rank": "团队排名",
                "team_mean_items": "团队平均得分", "team_values": "团队数值"}


@dataclass(frozen=True)
class Entry:
    team: str
    code: str
    name: str
    form_id: int
    state: str
    kind: str                 # "incident", "value" or "team" (a lead's team figure)
    item_id: str
    item: str                 # the item's short name on its rubric
    at: str                   # when it happened (incidents) or was entered (values); may be ""
    count: int | None
    severe: bool
    amount: Decimal | None    # the amount chosen on a range item
    points: Decimal | None
    value: str | None         # a value as printed on the form
    note: str
    by: str
    approved_by: str | None

    def to_json(self):
        data = dict(self.__dict__)
        for key in ("amount", "points"):
            data[key] = None if data[key] is None else f"{money(data[key])}"
        return data


def points(rubric, row):
    """What one incident line moves the total, before caps (None: a veto or unknown item)."""
    item = rubric.item(row["item_id"])
    if item is None or item.kind not in ("deduct", "add"):
        return None
    amount = row["amount"]
    one = Decimal(str(amount)) if amount is not None else item.spec.low
    if row["severe"] and item.severe_x is not None:
        one *= item.severe_x
    total = one * row["count"]
    return total if item.kind == "add" else -total


def _entered(db, employee_id, period_key):
    """{item_id: (entered_at, entered_by)} of the stored values."""
    rows = db.execute("SELECT item_id, entered_at, entered_by FROM kpi_values "
                      "WHERE employee_id = ? AND period = ?", (employee_id, period_key))
    return {item_id: (at, by) for item_id, at, by in rows}


def _figure(value):
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_figure(v)}" for k, v in value.items())
    return f"{money(Decimal(str(value)))}"


def _lines(db, form, rubric):
    """([(rubric, incident_json row)], [(rubric, item_id, printed value)], team figures) of one
    form, its own rubric's lines then those of each rubric it includes (issue 13); None for a
    signed form whose snapshot is not what was signed."""
    if form["state"] != "draft":
        try:
            if not verify_form(db, form["id"]):
                return None
            snapshot = json.loads(form["snapshot_json"])
        except (TypeError, ValueError):
            return None
        parts = [(rubric, snapshot)] + [(_frozen_rubric(db, part["rubric"]), part)
                                        for part in snapshot.get("included") or ()]
        return ([(r, line) for r, part in parts for line in part.get("incidents", [])],
                [(r, i, v) for r, part in parts for i, v in part.get("values", {}).items()],
                snapshot.get("team_context") or {})
    try:
        view, context = evaluate_draft(db, form)
    except (ValueError, LookupError):
        return None
    return ([(v.rubric, incident_json(row)) for v in view.views for row in v.incidents],
            [(v.rubric, item_id, shown_value(v.rubric.item(item_id), value))
             for v in view.views for item_id, value in v.sheet.values.items()], context or {})


def _frozen_rubric(db, frozen):
    """The Rubric of a version frozen in a snapshot (by its SHA-256, as stored)."""
    row = db.execute("SELECT id FROM rubric_versions WHERE sha256 = ?",
                     (frozen["sha256"],)).fetchone()
    if row is not None:
        return load_version(db, row[0])
    from scoring import rubric_from_text

    return rubric_from_text(frozen["text"], file="<form snapshot>")


def period_entries(db, period, team_id=None):
    """Entries of every form of `period` (optionally one team's), by team, 工号 and time."""
    period = resolve(db, period)
    teams, out = {}, []
    for row in list_forms(db, period=period, team_id=team_id):
        form = get_form(db, row["id"])
        rubric = load_version(db, form["rubric_version_id"])
        if row["team_id"] not in teams:
            teams[row["team_id"]] = (get_team(db, row["team_id"])["name"]
                                     if row["team_id"] is not None else "")
        lines = _lines(db, form, rubric)
        if lines is None:
            continue
        incidents, values, context = lines
        common = {"team": teams[row["team_id"]], "code": row["code"], "name": row["name"],
                  "form_id": row["id"], "state": row["state"]}
        for rubric, line in incidents:
            item = rubric.item(line["item_id"])
            amount = line.get("amount")
            out.append(Entry(
                **common, kind="incident", item_id=line["item_id"],
                item=item.label() if item else line["item_id"], at=line.get("at") or "",
                count=line.get("count"), severe=bool(line.get("severe")),
                amount=None if amount is None else Decimal(str(amount)),
                points=points(rubric, line), value=None, note=line.get("note") or "",
                by=line.get("by") or "", approved_by=line.get("approved_by")))
        entered = _entered(db, row["employee_id"], period.key)
        for rubric, item_id, value in values:
            item = rubric.item(item_id)
            at, by = entered.get(item_id, ("", ""))
            out.append(Entry(
                **common, kind="value", item_id=item_id,
                item=item.label() if item else item_id, at=at, count=None, severe=False,
                amount=None, points=None, value=str(value), note="", by=by, approved_by=None))
        for key, value in context.items():
            out.append(Entry(
                **common, kind="team", item_id=key, item=TEAM_FIGURES.get(key, key), at="",
                count=None, severe=False, amount=None, points=None, value=_figure(value),
                note="", by="", approved_by=None))
    order = {"incident": 0, "value": 1, "team": 2}
    out.sort(key=lambda e: (e.team, e.code, order[e.kind], e.at, e.item_id))
    return out
