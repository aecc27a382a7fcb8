"""Rules over a group of employees' results: stars, team average cap, streaks."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)


def competition_ranks(totals):
    """'1224' ranking: ties share the better rank. `totals` in any order; returns ranks in order."""
    ordered = sorted(totals, reverse=True)
    first = {}
    for position, total in enumerate(ordered, start=1):
        first.setdefault(total, position)
    return [first[t] for t in totals]


def star_cutoffs(count, shares):
    """Cumulative cut-offs c_k = round-half-up(N × cumulative share_k / 100), best star first."""
    cutoffs, cumulative = [], Decimal(0)
    for share in shares:
        cumulative += Decimal(share)
        cutoffs.append(int((count * cumulative / HUNDRED).to_integral_value(ROUND_HALF_UP)))
    return cutoffs


@dataclass(frozen=True)
class Ranked:
    key: object
    total: Decimal
    excluded: bool = False


def assign_stars(entries, shares):
    """Forced distribution. `entries` are Ranked; returns {key: stars or None}.

    With shares best first (e.g. [5, 10, 25, 45, 15]), the best share earns len(shares) stars.
    Excluded employees (试用期) get None and do not count towards N.
    """
    ranked = [e for e in entries if not e.excluded]
    ranks = competition_ranks([e.total for e in ranked])
    cutoffs = star_cutoffs(len(ranked), shares)
    stars = {e.key: None for e in entries}
    for entry, rank in zip(ranked, ranks):
        k = next((k for k, c in enumerate(cutoffs) if rank <= c), len(cutoffs) - 1)
        stars[entry.key] = len(shares) - k
    return stars


def team_average_over_cap(totals, cap):
    """(average, over?) of a team's totals against a cap such as 102; average None if empty."""
    totals = list(totals)
    if not totals:
        return None, False
    average = sum(totals, Decimal(0)) / len(totals)
    return average, cap is not None and average > cap


def streak_flags(history, consequences):
    """Consequences reached by the latest periods.

    `history`: oldest first, each a dict {"total": Decimal, "rank": int or None}.
    `consequences`: the rubric's rules ({below|rank, periods, label}). Returns matched rules.
    """
    flagged = []
    for rule in consequences:
        recent = history[-rule["periods"]:]
        if len(recent) < rule["periods"]:
            continue
        if rule.get("below") is not None:
            hit = all(p["total"] < rule["below"] for p in recent)
        else:
            hit = all(p.get("rank") is not None and p["rank"] <= rule["rank"] for p in recent)
        if hit:
            flagged.append(rule)
    return flagged
