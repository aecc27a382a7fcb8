"""What the Results tab's charts show, read from the forms as `period_results` reads them (no
writes, no Qt):

- `history_of(db, employee_id, period=…, periods=12)`: one employee's total in each of the last
  periods up to `period` (None where she had no form, or its figures cannot be read);
- `points_lost_by_item(db, period, team_ids=…)`: where a team's points went this period, item
  by item, largest first, with the cumulative share (a Pareto chart);
- `grade_counts(members)` and `star_counts(teams)`: the grade and star distribution of a
  PeriodResults' members.

Points lost, per item of one form, on the total's scale (a weighted section's factor applied):
a deduction's or shortfall's points deducted (after the item's cap), and a scored item's points
not earned (its points − its score). Bonuses, vetoes and team-derived items (a lead's team mean
repeats her members' results) are left out, as are N/A items and values not entered yet (a
draft's missing value is not a loss yet). Items of one label are one bar, whatever the rubric.
A section's floor is not applied: the bars say where points went, not the total.
"""

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from models.forms import list_forms
from models.forms.form_document import result_json
from models.forms.form_view import evaluate_draft, get_form, verify_form
from models.results.period import _figures
from models.work.periods import resolve

ZERO = Decimal(0)
HUNDRED = Decimal(100)
LEFT_OUT = ("add", "veto", "derived")


@dataclass(frozen=True)
class PeriodTotal:
    period: str
    total: Decimal | None     # as printed; None: no form that period (or no figures)
    state: str | None         # the form's state; None without a form
    grade: str | None = None

    @property
    def provisional(self):
        return self.state == "draft"


@dataclass(frozen=True)
class LostPoints:
    item: str                 # the item's short name on its rubric
    item_en: str
    points: Decimal           # lost by the team, on the totals' scale
    people: int               # how many forms lost points on it
    share: Decimal            # percent of every point lost
    cumulative: Decimal       # percent lost by this item and every larger one


def _decimal(value):
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def history_of(db, employee_id, *, period=None, periods=12):
    """[PeriodTotal] of the `periods` periods ending with `period` (a Period or key; None: the
    current one), oldest first."""
    last = resolve(db, period)
    keys = [last]
    while len(keys) < periods:
        keys.append(keys[-1].previous())
    keys.reverse()
    rows = db.execute(
        "SELECT a.id, a.period_key FROM assessments a WHERE a.employee_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM assessments b WHERE b.previous_id = a.id)", (employee_id,))
    forms = {key: form_id for form_id, key in rows}
    out = []
    for each in keys:
        form_id = forms.get(each.key)
        if form_id is None:
            out.append(PeriodTotal(each.key, None, None))
            continue
        form = get_form(db, form_id)
        figures = _figures(db, form)
        out.append(PeriodTotal(each.key, figures.get("total"), form["state"],
                               figures.get("grade")))
    return out


def _result_items(db, form):
    """The result rows (result_json's items) of one form, or None when unreadable."""
    if form["state"] != "draft":
        try:
            if not verify_form(db, form["id"]):
                return None
            return json.loads(form["snapshot_json"])["result"]["items"]
        except (TypeError, ValueError, KeyError):
            return None
    try:
        view, _context = evaluate_draft(db, form)
    except (ValueError, LookupError):
        return None
    return result_json(view.rubric, view.result)["items"]


def item_loss(row):
    """The points one result row lost, on the total's scale (None: not a loss that counts)."""
    if row.get("kind") in LEFT_OUT or row.get("na") or row.get("missing"):
        return None
    factor = _decimal(row.get("factor")) or Decimal(1)
    if "deducted" in row:
        lost = _decimal(row["deducted"])
    elif "score" in row and row.get("points") is not None:
        score, points = _decimal(row["score"]), _decimal(row["points"])
        lost = None if score is None or points is None else points - score
    else:
        return None
    return None if lost is None else lost * factor


def points_lost_by_item(db, period, *, team_id=None, team_ids=None):
    """[LostPoints] of the period's forms of `team_id` (or of the teams in `team_ids`; neither:
    every team), largest first (ties by name), items that lost nothing left out."""
    period = resolve(db, period)
    wanted = None if team_ids is None else set(team_ids)
    totals, people, english = {}, {}, {}
    for row in list_forms(db, period=period, team_id=team_id):
        if wanted is not None and row["team_id"] not in wanted:
            continue
        items = _result_items(db, get_form(db, row["id"]))
        for item in items or ():
            lost = item_loss(item)
            if not lost or lost < 0:
                continue
            name = item.get("name") or item["id"]
            totals[name] = totals.get(name, ZERO) + lost
            people[name] = people.get(name, 0) + 1
            english.setdefault(name, item.get("name_en") or name)
    whole = sum(totals.values(), ZERO)
    out, running = [], ZERO
    for name, lost in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        running += lost
        out.append(LostPoints(item=name, item_en=english[name], points=lost,
                              people=people[name], share=lost * HUNDRED / whole,
                              cumulative=running * HUNDRED / whole))
    return out


def grade_counts(members):
    """[(grade, count)] of the members with a grade, best first (by their mean total)."""
    found = {}
    for member in members:
        if member.grade is not None and member.total is not None:
            found.setdefault(member.grade, []).append(member.total)
    order = sorted(found.items(), key=lambda kv: (-sum(kv[1]) / len(kv[1]), kv[0]))
    return [(grade, len(totals)) for grade, totals in order]


def star_counts(teams):
    """[(stars, count)] from the most stars any group gives down to 1 (zero counts kept);
    members not ranked (试用期, no stars on their rubric) are not counted."""
    classes = max((len(g.cutoffs) for team in teams for g in team.groups), default=0)
    counts = dict.fromkeys(range(classes, 0, -1), 0)
    for team in teams:
        for member in team.members:
            if member.stars in counts:
                counts[member.stars] += 1
    return list(counts.items())
