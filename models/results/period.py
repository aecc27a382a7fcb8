"""The month's outcome per team: totals, ranks, stars, pay and streak consequences.

`period_results(db, period, team_id=None)` reads the latest revision of every form of the period
(models.forms.list_forms) and returns a PeriodResults; it writes nothing (it runs on a read-only
connection: `main.py results`). Figures:

- A signed form's total, grade and pay are its frozen snapshot's (checked against its SHA-256:
  an altered snapshot gives no figures, only a `problem`); a draft's are the live evaluation
  (models.forms.form_view.evaluate_draft), marked `provisional`.
- Ranks and stars are per team *and per rubric*: employees of one team assessed on different
  rubrics (a lead on the lead's rubric, a clerk on hers) are ranked in separate groups, each
  with its own N, cut-offs, mean and average cap (scoring.ranking: printed totals, ties share
  the better rank, the rubric's `stars.exclude` — 试用期 — not ranked and not counted).
- Pay is the form's own (the rubric's `pay`: table or proportional, `deduct_below`).
- Money (a rubric's `money:` block) is the form's own money plus the star wage, the streaks'
  rewards and a lead's team line, computed with the ranks (models/results/period_money.py).
- Consequences (`consequences:` streaks) look at the employee's results in the periods before,
  ranked the same way with the teams as they are now; a period without a form breaks a streak.
- A team's `mean` is its members' mean total, the lead left out: the figure the lead's form
  takes (models.work.team_results). `lead_context` is the team figures the lead's form was
  evaluated with (stored in the draft, frozen in the snapshot).
- A team is `final` when every form is locked and every active employee with a rubric has one;
  otherwise its results are provisional.
"""

import dataclasses
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from models.forms import list_forms
from models.forms.form_view import evaluate_draft, get_form, verify_form
from models.people.employees import get_employee, list_employees
from models.people.teams import get_team, list_teams
from models.results.period_money import form_money, with_money
from models.rubrics import load_version
from models.work.applicable import main_version
from models.work.periods import resolve
from scoring import money
from scoring.ranking import rank_group
from scoring.team import streak_flags

ZERO = Decimal(0)
NO_TEAM = "(无班组 no team)"


@dataclass(frozen=True)
class MemberResult:
    form_id: int
    employee_id: int
    code: str
    name: str
    team_id: int | None
    probation: bool           # at signing for a signed form, now for a draft
    lead: bool                # the team's lead: her form takes the members' figures
    rubric_id: str
    rubric_name: str
    rubric_version: int
    revision: int
    state: str
    provisional: bool         # a draft: live figures, not signed yet
    total: Decimal | None     # as printed (0.01); None: no figures (see `problem`)
    max_total: Decimal | None
    grade: str | None
    grade_en: str | None
    complete: bool
    pay_percent: Decimal | None    # None when the rubric has no pay
    pay_amount: Decimal | None     # None without a pay amount
    rank: int | None = None        # within the team and rubric; None when excluded
    stars: int | None = None
    excluded: bool = False         # left out of ranks and stars by the rubric (试用期)
    consequences: tuple = ()       # the rubric's streak rules reached: {label, label_en, …}
    needs_reevaluation: bool = False
    team_context: dict | None = None   # a lead's team figures (Decimals)
    problem: str | None = None
    # The money side (rubrics with `money:`, models/results/period_money.py): the form's own
    # money, whether a team_mean line waits for the team, and the whole (scoring TeamMoney:
    # form + star wage + streak rewards + team line).
    money_form: Decimal | None = None
    money_team_open: bool = False
    money: object = None

    @property
    def status(self):
        """provisional (a draft's live figures), signed (frozen, the signing not finished) or
        final (locked)."""
        return ("provisional" if self.state == "draft" else
                "final" if self.state == "locked" else "signed")

    def to_json(self):
        return {
            "form_id": self.form_id,
            "employee": {"id": self.employee_id, "code": self.code, "name": self.name,
                         "probation": self.probation},
            "lead": self.lead, "rubric": self.rubric_id, "rubric_version": self.rubric_version,
            "revision": self.revision, "state": self.state, "status": self.status,
            "provisional": self.provisional,
            "total": _text(self.total), "max": _text(self.max_total), "grade": self.grade,
            "complete": self.complete, "rank": self.rank, "stars": self.stars,
            "excluded": self.excluded,
            "pay": None if self.pay_percent is None else {
                "percent": _text(self.pay_percent), "amount": _text(self.pay_amount)},
            "consequences": [{"label": c["label"], "label_en": c.get("label_en")}
                             for c in self.consequences],
            "needs_reevaluation": self.needs_reevaluation, "problem": self.problem,
            "money": None if self.money is None else self.money.to_json(),
        }


@dataclass(frozen=True)
class RubricGroup:
    rubric_id: str
    rubric_name: str
    count: int                # N: the employees ranked
    cutoffs: tuple            # star cut-offs, best class first; () without stars
    mean: Decimal | None      # every total of the group (the excluded included)
    average_cap: Decimal | None
    over_cap: bool

    def to_json(self):
        return {"rubric": self.rubric_id, "name": self.rubric_name, "count": self.count,
                "cutoffs": list(self.cutoffs), "mean": _text(self.mean),
                "average_cap": _text(self.average_cap), "over_cap": self.over_cap}


@dataclass(frozen=True)
class TeamResult:
    team_id: int | None
    name: str
    lead_employee_id: int | None
    members: tuple            # MemberResult, group by group, each in rank order
    groups: tuple             # RubricGroup
    mean: Decimal | None      # the members' mean total, the lead left out
    lead_context: dict | None
    without_form: tuple       # ({"id", "code", "name"}): a rubric, and no form yet
    final: bool

    @property
    def provisional(self):
        return not self.final

    @property
    def over_cap(self):
        return any(group.over_cap for group in self.groups)

    def to_json(self):
        return {"team": {"id": self.team_id, "name": self.name}, "final": self.final,
                "mean": _text(self.mean), "over_cap": self.over_cap,
                "lead_context": _json_context(self.lead_context),
                "groups": [g.to_json() for g in self.groups],
                "members": [m.to_json() for m in self.members],
                "without_form": list(self.without_form)}


@dataclass(frozen=True)
class PeriodResults:
    period: str
    start: str
    end: str
    teams: tuple              # TeamResult, by name

    @property
    def final(self):
        return bool(self.teams) and all(team.final for team in self.teams)

    @property
    def members(self):
        return [m for team in self.teams for m in team.members]

    def to_json(self):
        return {"period": self.period, "start": self.start, "end": self.end,
                "final": self.final, "teams": [t.to_json() for t in self.teams]}


def _text(value):
    return None if value is None else f"{money(value)}"


def _json_context(context):
    if context is None:
        return None
    return {k: ({i: _text(x) for i, x in v.items()} if isinstance(v, dict) else _text(v))
            for k, v in context.items()}


def _decimal(value):
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def _context(data):
    """A team context as Decimals, from a snapshot (texts) or a draft (Decimals already)."""
    if not data:
        return None
    return {k: ({i: _decimal(x) for i, x in v.items()} if isinstance(v, dict) else _decimal(v))
            for k, v in data.items()}


def _figures(db, form):
    """(fields of a MemberResult) of one form: its snapshot, or a draft's live evaluation."""
    if form["state"] != "draft":
        snapshot = None
        try:
            if verify_form(db, form["id"]):
                snapshot = json.loads(form["snapshot_json"])
        except (TypeError, ValueError):
            pass
        if snapshot is None:
            return {"problem": "its frozen snapshot does not match its SHA-256 (run "
                               "`main.py check`)", "probation": False}
        result = snapshot["result"]
        pay = result.get("pay") or {}
        return {"total": _decimal(result.get("total")),
                "max_total": _decimal(result.get("max_total")),
                "grade": result.get("grade"), "grade_en": result.get("grade_en"),
                "complete": bool(result.get("complete")),
                "pay_percent": _decimal(pay.get("percent")),
                "pay_amount": _decimal(pay.get("amount")),
                "probation": bool(snapshot.get("employee", {}).get("probation")),
                "team_context": _context(snapshot.get("team_context")),
                **_money_fields(form_money(snapshot=snapshot))}
    try:
        view, context = evaluate_draft(db, form)
    except (ValueError, LookupError) as exc:   # a rubric that refuses what is stored
        return {"problem": str(exc), "probation": get_employee(db, form["employee_id"])[
            "probation"]}
    result = view.result
    pay = result.pay or {}
    return {"total": money(result.total), "max_total": money(result.max_total),
            "grade": result.grade, "grade_en": result.grade_en, "complete": result.complete,
            "pay_percent": None if result.pay is None else money(pay["percent"]),
            "pay_amount": None if pay.get("amount") is None else money(pay["amount"]),
            "probation": get_employee(db, form["employee_id"])["probation"],
            "team_context": _context(context), **_money_fields(form_money(view=view))}


def _money_fields(found):
    total, team_open = found
    return {"money_form": total, "money_team_open": team_open}


def _member(db, row, lead_id):
    form = get_form(db, row["id"])
    rubric = load_version(db, form["rubric_version_id"])
    fields = {"total": None, "max_total": None, "grade": None, "grade_en": None,
              "complete": False, "pay_percent": None, "pay_amount": None}
    fields.update(_figures(db, form))
    return MemberResult(
        form_id=row["id"], employee_id=row["employee_id"], code=row["code"], name=row["name"],
        team_id=row["team_id"], lead=row["employee_id"] == lead_id, rubric_id=rubric.id,
        rubric_name=rubric.name, rubric_version=rubric.version, revision=row["revision"],
        state=row["state"], provisional=row["state"] == "draft",
        needs_reevaluation=row["needs_reevaluation"], **fields), rubric


def _mean(numbers):
    numbers = list(numbers)
    return sum(numbers, ZERO) / len(numbers) if numbers else None


def _ranked(members, rubrics):
    """(members in group and rank order, RubricGroups): each rubric of the team ranked alone;
    the group holding the lead (when she is alone in it) last."""
    by_rubric = {}
    for member in members:
        by_rubric.setdefault(member.rubric_id, []).append(member)
    ordered = sorted(by_rubric.items(), key=lambda kv: (all(m.lead for m in kv[1]), kv[0]))
    out, groups = [], []
    for rubric_id, group in ordered:
        rubric = rubrics[rubric_id]
        counted = [m for m in group if m.total is not None]
        ranking = rank_group(rubric, [(m.form_id, m.total, ("probation",) if m.probation
                                       else ()) for m in counted])
        by_form = {m.form_id: m for m in counted}
        for form_id in ranking.order:
            standing = ranking.standings[form_id]
            out.append(dataclasses.replace(by_form[form_id], rank=standing.rank,
                                           stars=standing.stars, excluded=standing.excluded))
        out += [m for m in group if m.total is None]
        groups.append(RubricGroup(rubric_id=rubric.id, rubric_name=rubric.name,
                                  count=ranking.count, cutoffs=ranking.cutoffs,
                                  mean=ranking.mean, average_cap=ranking.average_cap,
                                  over_cap=ranking.over_cap))
    return out, groups


def _without_form(db, team_id, have, period):
    """Active members with a rubric in force (models.work.applicable) and no form."""
    if team_id is None:
        return ()
    return tuple({"id": e["id"], "code": e["code"], "name": e["name"]}
                 for e in list_employees(db, team_id=team_id)
                 if e["id"] not in have and main_version(db, e, period) is not None)


def _teams(db, period, team_id):
    """TeamResults of a period without consequences, and the rubrics met (by id)."""
    rows = list_forms(db, period=period, team_id=team_id)
    if team_id is not None:
        teams = [get_team(db, team_id)]
    else:
        found = {r["team_id"] for r in rows}
        teams = [t for t in list_teams(db, include_inactive=True)
                 if t["active"] or t["id"] in found]
        if None in found:
            teams.append({"id": None, "name": NO_TEAM, "lead_employee_id": None})
    rubrics, out = {}, []
    for team in teams:
        lead_id = team["lead_employee_id"]
        members = []
        for row in (r for r in rows if r["team_id"] == team["id"]):
            member, rubric = _member(db, row, lead_id)
            rubrics.setdefault(rubric.id, rubric)
            members.append(member)
        ordered, groups = _ranked(members, rubrics)
        lead = next((m for m in members if m.lead), None)
        missing = _without_form(db, team["id"], {m.employee_id for m in members}, period)
        out.append(TeamResult(
            team_id=team["id"], name=team["name"], lead_employee_id=lead_id,
            members=tuple(ordered), groups=tuple(groups),
            mean=_mean(m.total for m in members if not m.lead and m.total is not None),
            lead_context=lead.team_context if lead else None, without_form=missing,
            final=bool(members) and not missing and all(m.state == "locked" for m in members)))
    return out, rubrics


def _with_consequences(db, period, team_id, teams, rubrics):
    """The teams with each member's streak consequences, from the periods before."""
    depth = max((rule["periods"] for r in rubrics.values() for rule in r.consequences),
                default=0)
    if depth == 0:
        return teams
    earlier, before = [], period
    for _ in range(depth - 1):
        before = before.previous()
        found, _rubrics = _teams(db, before, team_id)
        earlier.append({m.employee_id: {"total": m.total, "rank": m.rank}
                        for team in found for m in team.members if m.total is not None})
    out = []
    for team in teams:
        members = []
        for member in team.members:
            rules = rubrics[member.rubric_id].consequences
            if member.total is not None and rules:
                history = [{"total": member.total, "rank": member.rank}]
                for results in earlier:          # newest first; a gap ends the streak
                    if member.employee_id not in results:
                        break
                    history.insert(0, results[member.employee_id])
                member = dataclasses.replace(member,
                                             consequences=tuple(streak_flags(history, rules)))
            members.append(member)
        out.append(dataclasses.replace(team, members=tuple(members)))
    return out


def period_results(db, period, team_id=None):
    """The results of `period` (a Period or its key) for every team with forms in it or
    active, or for one team. Raises NotFoundError for an unknown team id."""
    period = resolve(db, period)
    teams, rubrics = _teams(db, period, team_id)
    teams = _with_consequences(db, period, team_id, teams, rubrics)
    teams = with_money(teams, rubrics)
    return PeriodResults(period=period.key, start=period.start.isoformat(),
                         end=period.end.isoformat(), teams=tuple(teams))
