"""The period's results in the store (models.results) on the hand-computed office of
tests/results_fixtures.py: totals from snapshots and drafts, ranks and stars per team and rubric
(ties, a tie on a star cut-off, 试用期 left out), pay with 85分以下每少1分扣2元, streaks over
three periods, the team's mean and the lead's team figures, the average cap, provisional/final.

Employees of one team under different rubrics are ranked per rubric: C1 (r-clerk) and the lead
L1 (r-lead) each rank 1 in their own group, beside the r-agent ranking.
"""

import sqlite3
from decimal import Decimal

import pytest

from models import forms
from models.database.store import open_db
from models.results import period_entries, period_results
from models.storage.errors import NotFoundError
from models.work import kpis
from tests.forms_fixtures import PINS, STROKES, fast_pins, form_of, sign_through
from tests.results_fixtures import HOSTILE, PERIOD, make_results_office

D = Decimal


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The office, made once for the module: (path, office); the store stays open."""
    path = tmp_path_factory.mktemp("results") / "store.db"
    db = open_db(path, first_run_setup=False)
    with pytest.MonkeyPatch.context() as patch:
        office = make_results_office(db, patch)
    yield path, office
    db.close()


@pytest.fixture
def copy(built, tmp_path):
    """A private copy of the office's store, to change."""
    path, office = built
    target = tmp_path / "copy.db"
    with sqlite3.connect(path) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    db = open_db(target, first_run_setup=False)
    yield db, office
    db.close()


def _by_code(team):
    return {m.code: m for m in team.members}


def test_the_hand_computed_team(built):
    _path, office = built
    results = period_results(office.db, PERIOD)
    one, two = results.teams
    assert (one.name, two.name) == ("一班", "二班")
    rows = [(m.code, m.total, m.rank, m.stars, m.excluded, m.pay_amount, m.status,
             [c["label"] for c in m.consequences]) for m in one.members]
    assert rows == [
        ("A1", D("95.00"), 1, 4, False, D("712.50"), "final", ["额外奖金"]),
        ("A2", D("90.00"), 2, 3, False, D("675.00"), "final", []),
        ("A3", D("90.00"), 2, 3, False, D("675.00"), "signed", []),
        ("A4", D("80.00"), 4, 2, False, D("590.00"), "provisional", []),   # 600 − 2 × 5
        ("A6", D("80.00"), 4, 2, False, D("590.00"), "provisional", []),
        ("A5", D("70.00"), 6, 1, False, D("495.00"), "provisional", ["淘汰"]),  # 525 − 30
        ("P1", D("99.00"), None, None, True, D("742.50"), "provisional", []),
        ("C1", D("100.00"), 1, None, False, None, "provisional", []),
        ("L1", D("88.00"), 1, None, False, None, "provisional", []),
    ]
    members = _by_code(one)
    assert members["A5"].name == HOSTILE
    assert members["A1"].pay_percent == D("95.00") and members["A1"].grade == "优秀"
    assert members["L1"].lead and not members["A1"].lead
    assert members["P1"].probation and members["A4"].provisional and not members["A3"].provisional
    b1 = two.members[0]
    assert (b1.code, b1.total, b1.rank, b1.stars, b1.pay_amount) == (
        "B1", D("85.00"), 1, 2, D("637.50"))   # N = 1: cut-offs 0/0/0/1/1; no deduction at 85


def test_groups_means_cap_and_the_leads_figures(built):
    _path, office = built
    one, two = period_results(office.db, PERIOD).teams
    agent, clerk, lead = one.groups
    assert (agent.rubric_id, agent.count, agent.cutoffs) == ("r-agent", 6, (0, 1, 2, 5, 6))
    assert agent.mean == D(604) / 7 and agent.average_cap == D(86) and agent.over_cap
    assert (clerk.rubric_id, clerk.count, clerk.cutoffs, clerk.over_cap) == (
        "r-clerk", 1, (), False)
    assert lead.rubric_id == "r-lead"
    assert one.mean == D(88)                                  # 704 / 8, the lead left out
    assert one.lead_context == {"team_mean_total": D(88)}     # what L1's form was scored with
    assert one.over_cap and not one.final and one.provisional
    assert one.without_form == ()
    assert two.final and not two.over_cap and two.mean == D(85)
    assert two.groups[0].cutoffs == (0, 0, 0, 1, 1)


def test_the_json_form(built):
    _path, office = built
    data = period_results(office.db, PERIOD).to_json()
    assert data["period"] == PERIOD and data["final"] is False
    team = data["teams"][0]
    assert team["mean"] == "88.00" and team["lead_context"] == {"team_mean_total": "88.00"}
    assert team["groups"][0]["mean"] == "86.29" and team["groups"][0]["over_cap"] is True
    a1 = team["members"][0]
    assert a1["employee"]["code"] == "A1" and a1["total"] == "95.00"
    assert a1["pay"] == {"percent": "95.00", "amount": "712.50"}
    assert a1["consequences"] == [{"label": "额外奖金", "label_en": "Extra bonus"}]
    p1 = next(m for m in team["members"] if m["employee"]["code"] == "P1")
    assert (p1["rank"], p1["stars"], p1["excluded"]) == (None, None, True)


def test_a_streak_needs_every_period(built):
    """In 2026-10 A1 has been first twice only (09, 10) and A5 below 75 once (72; 80 before)."""
    _path, office = built
    october = {m.code: m for m in period_results(office.db, "2026-10").members}
    assert october["A1"].rank == 1 and october["A1"].consequences == ()
    assert october["A5"].total == D("72.00") and october["A5"].consequences == ()
    assert october["A1"].provisional                             # drafts, live figures


def test_a_period_without_a_form_breaks_the_streak(copy):
    db, office = copy
    forms.delete_draft(db, form_of(db, office.ids["A1"], "2026-10"), by="李班长")
    members = {m.code: m for m in period_results(db, PERIOD).members}
    assert members["A1"].rank == 1 and members["A1"].consequences == ()
    assert [c["label"] for c in members["A5"].consequences] == ["淘汰"]


def test_drafts_move_live_and_a_tie_spans_a_star_cutoff(copy):
    """A4 now 92 − 2 = 90 ties A2 and A3 at rank 2: the 3-star class ends at the cut-off 2,
    yet all three share the better rank and its stars; A6 is 5th → 2 stars. The lead's draft
    keeps the figures it was evaluated with until it is re-evaluated."""
    db, office = copy
    kpis.set_value(db, employee_id=office.ids["A4"], period=PERIOD, item_id="overall",
                   value=D(92), by="录入员")
    one = period_results(db, PERIOD, team_id=office.team_a).teams[0]
    members = _by_code(one)
    assert [(c, members[c].rank, members[c].stars) for c in ("A1", "A2", "A3", "A4", "A6", "A5")
            ] == [("A1", 1, 4), ("A2", 2, 3), ("A3", 2, 3), ("A4", 2, 3), ("A6", 5, 2),
                  ("A5", 6, 1)]
    assert members["A4"].pay_amount == D("675.00")
    assert one.mean == D("89.25")                             # 714 / 8
    assert members["L1"].needs_reevaluation and members["L1"].total == D("88.00")
    forms.reevaluate(db, members["L1"].form_id, by="李班长")
    one = period_results(db, PERIOD, team_id=office.team_a).teams[0]
    assert _by_code(one)["L1"].total == D("89.25") and one.lead_context == {
        "team_mean_total": D("89.25")}


def test_final_once_every_form_is_locked(copy, monkeypatch):
    db, office = copy
    fast_pins(monkeypatch)
    two = period_results(db, PERIOD, team_id=office.team_b)
    assert [t.name for t in two.teams] == ["二班"] and two.final
    employee = office.ids["A3"]
    forms.acknowledge(db, form_of(db, employee), name="王三", strokes=STROKES, by="李班长")
    forms.review(db, form_of(db, employee), user_id=office.reviewer, pin=PINS["reviewer"],
                 strokes=STROKES, by="test")
    forms.lock(db, form_of(db, employee), user_id=office.hr, pin=PINS["hr"], by="test")
    one = period_results(db, PERIOD, team_id=office.team_a).teams[0]
    assert _by_code(one)["A3"].status == "final" and not one.final   # drafts remain
    for code in ("A4", "A5", "A6", "P1", "C1", "L1"):
        if code == "L1":
            forms.reevaluate(db, form_of(db, office.ids[code]), by="李班长")
        sign_through(db, form_of(db, office.ids[code]), office)
    results = period_results(db, PERIOD)
    assert all(t.final for t in results.teams) and results.final
    assert _by_code(results.teams[0])["L1"].total == D("88.00")   # from its snapshot now


def test_an_employee_without_a_form_keeps_the_team_provisional(copy):
    db, office = copy
    from models.people.employees import add_employee

    add_employee(db, code="B2", name="新同事", team_id=office.team_b, post="坐席", by="test")
    two = period_results(db, PERIOD, team_id=office.team_b).teams[0]
    assert two.without_form[0]["code"] == "B2" and not two.final


def test_an_unknown_team_is_refused(built):
    _path, office = built
    with pytest.raises(NotFoundError):
        period_results(office.db, PERIOD, team_id=999)


def test_the_entries_behind_the_totals(built):
    _path, office = built
    entries = period_entries(office.db, PERIOD)
    lates = [(e.code, e.state, e.item, e.at[:10], e.count, e.points, e.note, e.by)
             for e in entries if e.kind == "incident"]
    assert lates == [
        ("A2", "locked", "迟到", "2026-11-05", 1, D(-2), "-迟到10分钟", "李班长"),  # snapshot
        ("A4", "draft", "迟到", "2026-11-05", 1, D(-2), "-迟到10分钟", "李班长"),   # live
    ]
    values = {e.code: (e.value, e.by) for e in entries if e.kind == "value"}
    assert values["A4"] == ("82", "录入员") and values["B1"] == ("85", "录入员")
    assert "L1" not in values
    team = [(e.code, e.item_id, e.value) for e in entries if e.kind == "team"]
    assert team == [("L1", "team_mean_total", "88.00")]
    assert [e.code for e in period_entries(office.db, PERIOD, team_id=office.team_b)] == ["B1"]
    assert entries[1].to_json()["points"] == "-2.00"
