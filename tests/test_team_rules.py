"""Stars by forced distribution, team average cap and streaks."""

from decimal import Decimal

from scoring.team import (
    Ranked,
    assign_stars,
    competition_ranks,
    star_cutoffs,
    streak_flags,
    team_average_over_cap,
)

SHARES = [5, 10, 25, 45, 15]


def test_competition_ranking_1224():
    assert competition_ranks([90, 95, 90, 80]) == [2, 1, 2, 4]


def test_cutoffs_round_half_up():
    # N = 10: 0.5 → 1, 1.5 → 2, 4, 8.5 → 9, 10
    assert star_cutoffs(10, SHARES) == [1, 2, 4, 9, 10]
    assert star_cutoffs(20, SHARES) == [1, 3, 8, 17, 20]


def test_stars_for_ten_people_with_a_tie_and_a_probationer():
    totals = [99, 97, 95, 95, 90, 88, 85, 80, 75, 60]
    entries = [Ranked(f"e{i}", Decimal(t)) for i, t in enumerate(totals)]
    entries.append(Ranked("new", Decimal(100), excluded=True))
    stars = assign_stars(entries, SHARES)
    # ranks 1,2,3,3,5,6,7,8,9,10 against cut-offs 1,2,4,9,10
    assert [stars[f"e{i}"] for i in range(10)] == [5, 4, 3, 3, 2, 2, 2, 2, 2, 1]
    assert stars["new"] is None


def test_tie_across_a_cutoff_shares_the_better_star():
    entries = [Ranked(k, Decimal(90)) for k in "abc"] + [Ranked("d", Decimal(50))]
    # N = 4: cut-offs [0, 1, 2, 3, 4] → all three at rank 1 get 4 stars; rank 4 gets 1
    stars = assign_stars(entries, SHARES)
    assert stars == {"a": 4, "b": 4, "c": 4, "d": 1}


def test_team_average_cap():
    average, over = team_average_over_cap([Decimal(110), Decimal(100)], Decimal(102))
    assert average == Decimal(105) and over
    assert team_average_over_cap([], Decimal(102)) == (None, False)


def test_streaks():
    rules = [{"below": Decimal(35), "periods": 2, "label": "淘汰"},
             {"rank": Decimal(1), "periods": 3, "label": "额外奖金"}]
    low = [{"total": Decimal(50), "rank": 3}, {"total": Decimal(30), "rank": 9},
           {"total": Decimal(34), "rank": 9}]
    assert [r["label"] for r in streak_flags(low, rules)] == ["淘汰"]
    top = [{"total": Decimal(99), "rank": 1}] * 3
    assert [r["label"] for r in streak_flags(top, rules)] == ["额外奖金"]
    assert streak_flags(top[:2], rules) == []
