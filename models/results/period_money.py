"""The money column of the period's results (models/results/period.py): each employee's money
as the rubric's `money:` block says — the form's own (pay lines, fines, rewards: frozen in a
signed form's snapshot, live for a draft), then what only the team's results can give, computed
here like ranks and stars: the star wage of her star level, the rewards of the streaks she
reached (连续两个月排名第一 → 200元), and a team_mean line left open on her form (组长 = 组员考核
工资平均值 × 1.2: the mean of the other members' money, the lead left out).
"""

import dataclasses
from decimal import Decimal, InvalidOperation

from scoring.money_side import evaluate_money, team_money


def form_money(snapshot=None, view=None):
    """(the form's money total or None, a team_mean line left open?) from a signed form's
    snapshot or a draft's live evaluation (a MonthView)."""
    if view is not None:
        found = evaluate_money(view.rubric, view.sheet, view.result)
        if found is None:
            return None, False
        return found.total, any(line.from_team for line in found.lines)
    data = (snapshot or {}).get("money")
    if not data:
        return None, False
    try:
        total = Decimal(str(data["total"]))
    except (KeyError, InvalidOperation):
        return None, False
    return total, any(line.get("from_team") for line in data.get("lines", []))


def with_money(teams, rubrics):
    """The teams with each member's TeamMoney (`money`), for rubrics with a `money:` block."""
    out = []
    for team in teams:
        # Members first, then forms whose team_mean line takes the members' mean money.
        done = {m.form_id: _money(m, rubrics[m.rubric_id]) for m in team.members
                if not m.money_team_open}
        members_money = [money.total for form_id, money in done.items()
                         if money is not None and money.total is not None
                         and not _by_form(team, form_id).lead]
        mean = sum(members_money, Decimal(0)) / len(members_money) if members_money else None
        for member in team.members:
            if member.money_team_open:
                done[member.form_id] = _money(member, rubrics[member.rubric_id], mean)
        members = tuple(dataclasses.replace(m, money=done[m.form_id]) for m in team.members)
        out.append(dataclasses.replace(team, members=members))
    return out


def _by_form(team, form_id):
    return next(m for m in team.members if m.form_id == form_id)


def _money(member, rubric, team_mean=None):
    if rubric.money is None:
        return None
    return team_money(rubric, member.money_form, stars=member.stars,
                      consequences=member.consequences, team_mean=team_mean,
                      team_line_open=member.money_team_open)
