"""Team figures for team-derived items (团队业绩): what a lead's form takes from the members'.

A team's members are its active employees except its lead (the lead's own form never counts
towards the lead's team figures). A member's figures come from their signed form's frozen result
when there is one, else from the live month so far (`models.work.month.month_so_far`). Totals and
scores are taken as printed (to 0.01), so the lead's form agrees with the members' forms.
"""

import json
from decimal import Decimal

from models.people.employees import get_employee, list_employees
from models.rubrics import load_version
from models.storage import codec
from models.work import kpis
from models.work.applicable import main_version
from models.work.month import month_so_far
from models.work.periods import resolve
from scoring import money
from scoring.team import competition_ranks

ZERO = Decimal(0)


def led_team(db, employee_id):
    """The active team this employee leads: their own team if they lead it, else the first."""
    rows = list(db.query(
        "SELECT t.* FROM teams t LEFT JOIN employees e ON e.id = :e "
        "WHERE t.lead_employee_id = :e AND t.active = 1 "
        "ORDER BY (t.id IS e.team_id) DESC, t.id LIMIT 1", {"e": employee_id}))
    return rows[0] if rows else None


def decode_context(text):
    """A stored context (JSON, Decimals as text) as the engine's sheet context."""
    data = codec.loads(text) or {}
    return {key: ({k: Decimal(v) for k, v in value.items()} if isinstance(value, dict)
                  else Decimal(value)) for key, value in data.items()}


def _latest_form(db, employee_id, period_key):
    return db.execute("SELECT state, rubric_version_id, snapshot_json, team_context_json "
                      "FROM assessments WHERE employee_id = ? AND period_key = ? "
                      "ORDER BY revision DESC LIMIT 1", (employee_id, period_key)).fetchone()


def _rubric_of(db, employee_id, period):
    """The rubric of the employee's form for the period, else her main rubric then
    (models.work.applicable)."""
    form = _latest_form(db, employee_id, period.key)
    if form is not None:
        return load_version(db, form[1])
    version_id = main_version(db, get_employee(db, employee_id), period)
    return load_version(db, version_id) if version_id else None


def member_figures(db, employee_id, period):
    """{"total": Decimal, "scores": {item or section id: Decimal}}, None without a rubric."""
    period = resolve(db, period)
    form = _latest_form(db, employee_id, period.key)
    if form is not None and form[0] != "draft":
        result = json.loads(form[2])["result"]
        scores = {row["id"]: Decimal(row["score"]) for row in result["items"] + result["sections"]
                  if row.get("score") is not None}
        return {"total": Decimal(result["total"]), "scores": scores}
    try:
        # A member who leads a team of their own keeps their stored team figures: no recursion.
        view = month_so_far(db, employee_id=employee_id, period=period,
                            version_id=form[1] if form else None,
                            context=decode_context(form[3]) if form else None)
    except ValueError:  # no rubric for the post: not assessed, not counted
        return None
    scores = {row.id: money(row.score) for row in view.result.items if row.score is not None}
    scores.update((s.id, money(s.score)) for s in view.result.sections)
    return {"total": money(view.result.total), "scores": scores}


def members(db, team):
    return [e for e in list_employees(db, team_id=team["id"])
            if e["id"] != team["lead_employee_id"]]


def _mean(numbers):
    numbers = list(numbers)
    return sum(numbers, ZERO) / len(numbers) if numbers else None


def _team_figures(db, team, period):
    found = {e["id"]: member_figures(db, e["id"], period) for e in members(db, team)}
    return {k: v for k, v in found.items() if v is not None}


def _team_value(db, team, period, item_id):
    """A team-level figure from the members' values of `item_id`: pooled when they are ratios
    (Σ num / Σ den, e.g. an error rate), else their mean."""
    values = [v for k, v in kpis.team_values(db, team_id=team["id"], period=period.key,
                                             item_id=item_id).items()
              if k != team["lead_employee_id"] and isinstance(v, (Decimal, dict))]
    ratios = [v for v in values if isinstance(v, dict) and set(v) == {"num", "den"}]
    if values and len(ratios) == len(values):
        return sum((v["num"] for v in ratios), ZERO) / sum((v["den"] for v in ratios), ZERO)
    return _mean(v for v in values if isinstance(v, Decimal))


def _team_rank(db, team, period, rubric_id, own_mean):
    """Rank (1 = best, ties share) of the team's mean total among the active teams whose lead
    is assessed on the same rubric; None unless at least two such teams have a mean."""
    if own_mean is None:
        return None
    means = {team["id"]: own_mean}
    others = db.query("SELECT * FROM teams WHERE active = 1 AND lead_employee_id IS NOT NULL "
                      "AND id != ?", (team["id"],))
    for other in others:
        rubric = _rubric_of(db, other["lead_employee_id"], period)
        if rubric is None or rubric.id != rubric_id:
            continue
        mean = _mean(f["total"] for f in _team_figures(db, other, period).values())
        if mean is not None:
            means[other["id"]] = mean
    if len(means) < 2:
        return None
    ids = list(means)
    return Decimal(competition_ranks([means[i] for i in ids])[ids.index(team["id"])])


def team_context(db, *, employee_id, period, rubric=None):
    """The sheet context a lead's derived items need (team_mean_total, team_rank,
    team_mean_items, team_values), computed from the members of the team the employee leads.
    Empty when the employee leads no team or the rubric has no derived items; an entry that
    cannot be computed is left out, so its item shows as missing."""
    period = resolve(db, period)
    team = led_team(db, employee_id)
    rubric = rubric or _rubric_of(db, employee_id, period)
    derived = [i.spec for i in rubric.items() if i.kind == "derived"] if rubric else []
    if team is None or not derived:
        return {}
    figures = list(_team_figures(db, team, period).values())
    context = {}
    mean = _mean(f["total"] for f in figures)
    if mean is not None:
        context["team_mean_total"] = mean
    item_means = {}
    for item_id in {d.item for d in derived if d.source == "team_mean_item"}:
        value = _mean(f["scores"][item_id] for f in figures if item_id in f["scores"])
        if value is not None:
            item_means[item_id] = value
    if item_means:
        context["team_mean_items"] = item_means
    values = {}
    for item_id in {d.item for d in derived if d.source == "team_value"}:
        value = _team_value(db, team, period, item_id)
        if value is not None:
            values[item_id] = value
    if values:
        context["team_values"] = values
    if any(d.source == "team_rank" for d in derived):
        rank = _team_rank(db, team, period, rubric.id, mean)
        if rank is not None:
            context["team_rank"] = rank
    return context
