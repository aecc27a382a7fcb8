"""The Results tab's chart figures (models/results/trends.py) on the hand-computed office of
tests/results_fixtures.py, and coverage during the month (models/work/coverage.py).

Points lost in 2026-11, team 一班 (a rating's points not earned, a deduction's points):
  综合评分 (rating out of 100, r-agent and r-clerk alike): A1 5 + A2 8 + A3 10 + A4 18 + A6 20
  + A5 30 + P1 1 + C1 0 = 92 over 7 people; 迟到: A2 2 + A4 2 = 4 over 2 people; the lead's
  团队均分 (derived) left out. Total 96: 综合评分 95.83 %, then 100 %. 二班 adds B1's 15.
Grades (一班): 优秀 A1 95, A2 90, A3 90, P1 99 = 4; 合格 A4 80, A6 80, A5 70 = 3 (C1 and L1's
rubrics have no grades). Stars: 5★ 0, 4★ A1, 3★ A2 A3, 2★ A4 A6, 1★ A5 (P1 not ranked).
"""

from datetime import date
from decimal import Decimal

import pytest

from models.database.store import open_db
from models.people.employees import add_employee
from models.results import (
    grade_counts,
    history_of,
    period_results,
    points_lost_by_item,
    star_counts,
)
from models.results.trends import item_loss
from models.work import incidents, inspections
from models.work.coverage import as_of_day, period_coverage
from models.work.periods import parse_period
from tests.results_fixtures import PERIOD, make_results_office

D = Decimal


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("trends") / "store.db"
    db = open_db(path, first_run_setup=False)
    with pytest.MonkeyPatch.context() as patch:
        office = make_results_office(db, patch)
    yield office
    db.close()


def test_an_employees_total_over_the_last_periods(built):
    history = history_of(built.db, built.ids["A1"], period=PERIOD)
    assert len(history) == 12 and history[0].period == "2025-12" and history[-1].period == PERIOD
    assert [(h.period, h.total, h.state) for h in history if h.total is not None] == [
        ("2026-09", D("96.00"), "draft"), ("2026-10", D("97.00"), "draft"),
        (PERIOD, D("95.00"), "locked")]
    assert history[-2].provisional and not history[-1].provisional
    assert history[0].total is None and history[0].state is None        # no form: a gap
    a5 = history_of(built.db, built.ids["A5"], period=PERIOD, periods=3)
    assert [h.total for h in a5] == [D("80.00"), D("72.00"), D("70.00")]
    b1 = history_of(built.db, built.ids["B1"], period=PERIOD, periods=2)
    assert [h.total for h in b1] == [None, D("85.00")]


def test_points_lost_per_item_largest_first_with_the_cumulative_share(built):
    lost = points_lost_by_item(built.db, PERIOD, team_id=built.team_a)
    assert [(x.item, x.points, x.people) for x in lost] == [
        ("综合评分", D(92), 7), ("迟到", D(4), 2)]
    assert lost[0].item_en == "Overall"
    assert lost[0].cumulative.quantize(D("0.01")) == D("95.83") and lost[1].cumulative == 100
    assert lost[1].share.quantize(D("0.01")) == D("4.17")
    everyone = points_lost_by_item(built.db, PERIOD)
    assert [(x.item, x.points) for x in everyone] == [("综合评分", D(107)), ("迟到", D(4))]
    assert points_lost_by_item(built.db, PERIOD, team_ids=[built.team_b])[0].points == D(15)
    assert points_lost_by_item(built.db, "2026-08") == []


def test_what_counts_as_a_loss():
    assert item_loss({"kind": "deduct", "deducted": "4.00"}) == D(4)
    assert item_loss({"kind": "shortfall", "deducted": "3.00", "factor": "0.1"}) == D("0.3")
    assert item_loss({"kind": "rating", "score": "28.00", "points": "40"}) == D(12)
    assert item_loss({"kind": "rating", "score": "0.00", "points": "40", "missing": True}) is None
    assert item_loss({"kind": "check", "score": "0.00", "points": "5", "na": True}) is None
    for kind in ("add", "veto", "derived"):
        assert item_loss({"kind": kind, "score": "0.00", "points": "40"}) is None


def test_grade_and_star_counts(built):
    results = period_results(built.db, PERIOD, team_id=built.team_a)
    assert grade_counts(results.members) == [("优秀", 4), ("合格", 3)]
    assert star_counts(results.teams) == [(5, 0), (4, 1), (3, 2), (2, 2), (1, 1)]
    everyone = period_results(built.db, PERIOD)
    assert dict(star_counts(everyone.teams))[2] == 3                   # B1 too
    assert star_counts(()) == [] and grade_counts([]) == []


# -- coverage during the month ------------------------------------------------------------------

def test_coverage_counts_entries_values_and_days_since_in_one_read(store):
    from models.people.teams import add_team
    from models.rubrics import rubric_for_post
    from models.work import kpis

    team = add_team(store, name="一班", by="test")
    ids = {code: add_employee(store, code=code, name=name, team_id=team, post="客服",
                              by="test") for code, name in (("K1", "甲"), ("K2", "乙"),
                                                            ("K3", "丙"), ("K4", "丁"))}
    version, rubric = rubric_for_post(store, "客服")
    item = next(i.id for i in rubric.items() if i.kind == "deduct")
    value_item = next(i.id for i in rubric.items() if i.kind == "rating")

    def tick(code, at, count=1):
        return incidents.add_incident(store, employee_id=ids[code], version_id=version,
                                      item_id=item, count=count, at=at, by="李班长")

    tick("K1", "2025-03-03T09:00", count=2)
    tick("K1", "2025-03-20T15:30")
    gone = tick("K2", "2025-03-10T10:00")
    incidents.delete_incident(store, gone, by="李班长", reason="点错了")
    tick("K2", "2025-02-25T08:00")                                   # last month
    inspections.start_inspection(store, employee_id=ids["K3"], version_id=version,
                                 inspector="李班长", at="2025-03-28T11:00")
    kpis.set_value(store, employee_id=ids["K4"], period="2025-03", item_id=value_item,
                   value=D(80), by="录入员")
    march = parse_period("2025-03")
    found = period_coverage(store, march, today="2026-11-29")      # over: to its last day
    k1, k2, k3, k4 = (found[ids[c]] for c in ("K1", "K2", "K3", "K4"))
    assert (k1.entries, k1.occurrences, k1.last_at[:10], k1.days_since) == (
        2, 3, "2025-03-20", 11)
    assert k2.none_yet and k2.last_at.startswith("2025-02-25") and k2.days_since == 34
    assert k3.none_yet and k3.days_since == 3                       # an inspection counts
    assert k4.none_yet and k4.values == 1 and k4.last_at is None and k4.days_since is None
    # While the period runs the days count to today; before it, to its first day.
    assert period_coverage(store, march, today="2025-03-21")[ids["K1"]].days_since == 1
    assert period_coverage(store, march, today="2025-03-10")[ids["K1"]].entries == 2
    assert as_of_day(march, date(2025, 1, 1)) == date(2025, 3, 1)
    assert set(period_coverage(store, march, employee_ids=[ids["K1"]])) == {ids["K1"]}


def test_coverage_is_one_query_for_the_whole_list(store):
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        period_coverage(store, parse_period("2025-03"), today="2025-03-15")
    finally:
        store.conn.set_trace_callback(None)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 2
