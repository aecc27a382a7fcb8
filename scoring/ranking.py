"""One group ranked under one rubric: competition ranks, forced-distribution stars, the group's
mean and its average cap (docs/rubric-format.md, "Team rules"). Used by `main.py rank` (sheets on
disk) and by the store's period results (models.results), so both rank the same way.

Choices where the contract is silent (the seeds decide):
- Ranks and stars are taken on the printed total (0.01, half up), as grades and pay tables are:
  two totals that print alike are a tie, and a signed form's frozen total is that figure.
- Only the employees the rubric's `stars.exclude` leaves out (试用期员工不参与星级考核, 为无星级)
  are left out of the ranking: no rank, no star, not counted in N. A rubric without `stars`
  excludes nobody.
- The group's mean is over every total given, those excluded from the stars included (a
  probationer's form still counts in 每月绩效考核平均分不得高于102分).
"""

from dataclasses import dataclass
from decimal import Decimal

from scoring.result import money
from scoring.team import Ranked, assign_stars, competition_ranks, star_cutoffs

# Words that mean the same status: an `exclude: [probation]` rubric leaves out a sheet marked
# 试用期 too, and the other way round.
SYNONYMS = {"试用期": "probation", "试用": "probation"}


def status_word(word):
    word = str(word).strip()
    return SYNONYMS.get(word, word.lower())


def excluded_by(rubric, statuses):
    """Does the rubric's `stars.exclude` leave out an employee with these status words?"""
    if not rubric.star_shares or not rubric.star_exclude:
        return False
    have = {status_word(s) for s in statuses}
    return any(status_word(word) in have for word in rubric.star_exclude)


@dataclass(frozen=True)
class Standing:
    rank: int | None          # 1 = best; ties share the better rank; None when excluded
    stars: int | None         # None without `stars` in the rubric, or when excluded
    excluded: bool


@dataclass(frozen=True)
class Ranking:
    standings: dict           # key → Standing
    order: tuple              # keys: ranked best first (ties in the order given), then excluded
    count: int                # N: the employees ranked (the excluded do not count)
    cutoffs: tuple            # star cut-offs c_k, best class first; () without stars
    mean: Decimal | None      # mean printed total of every entry, the excluded included
    average_cap: Decimal | None
    over_cap: bool            # the mean is above the rubric's team_average_cap


def rank_group(rubric, entries):
    """`entries`: (key, total, statuses) of one group under `rubric`; totals are Decimals."""
    entries = [(key, money(total), tuple(statuses)) for key, total, statuses in entries]
    ranked = [(key, total) for key, total, statuses in entries
              if not excluded_by(rubric, statuses)]
    ranks = dict(zip((k for k, _ in ranked), competition_ranks([t for _, t in ranked])))
    stars = {}
    if rubric.star_shares:
        stars = assign_stars([Ranked(k, t) for k, t in ranked], list(rubric.star_shares))
    standings = {}
    for key, _total, _statuses in entries:
        excluded = key not in ranks
        standings[key] = Standing(rank=ranks.get(key), stars=stars.get(key), excluded=excluded)
    position = {key: i for i, (key, _t, _s) in enumerate(entries)}
    totals = {key: total for key, total, _s in entries}
    order = sorted(ranks, key=lambda k: (ranks[k], position[k]))
    order += sorted((k for k in standings if k not in ranks),
                    key=lambda k: (-totals[k], position[k]))
    mean = (sum((t for _k, t, _s in entries), Decimal(0)) / len(entries)) if entries else None
    cap = rubric.team_average_cap
    cutoffs = tuple(star_cutoffs(len(ranked), rubric.star_shares)) if rubric.star_shares else ()
    return Ranking(standings=standings, order=tuple(order), count=len(ranked), cutoffs=cutoffs,
                   mean=mean, average_cap=cap,
                   over_cap=cap is not None and mean is not None and mean > cap)
