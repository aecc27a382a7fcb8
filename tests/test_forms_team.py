"""Team-derived items: a lead's form takes the members' results; a change to a member's inputs
marks the lead's draft "team results changed: re-evaluate" until it is re-evaluated."""

from decimal import Decimal

import pytest

from models import audit, forms
from models.people.employees import add_employee, set_employee_active, update_employee
from models.people.teams import set_team_lead
from models.work import incidents, kpis
from models.work.month import month_so_far
from models.work.team_results import member_figures, team_context
from tests.forms_fixtures import (
    PERIOD,
    PINS,
    STROKES,
    form_of,
    sign_through,
)

D = Decimal



@pytest.fixture
def teams(office):
    for team in (office.team_a, office.team_b):
        forms.create_forms(office.db, team_id=team, period=PERIOD, by="李班长")
    return office


def _lead_form(office, lead=None):
    return form_of(office.db, lead or office.lead_a)


def test_team_context_is_the_members_mean_and_the_rank_among_teams(teams):
    db = teams.db
    assert team_context(db, employee_id=teams.lead_a, period=PERIOD) == {
        "team_mean_total": D(94), "team_rank": D(1)}           # (92 + 96) / 2; 94 > 88
    assert team_context(db, employee_id=teams.lead_b, period=PERIOD) == {
        "team_mean_total": D(88), "team_rank": D(2)}
    assert team_context(db, employee_id=teams.a1, period=PERIOD) == {}   # leads no team
    view = forms.form_view(db, _lead_form(teams))
    assert view.blockers == []
    assert view.result["total"] == "95.80"                     # 70 × 94 / 100 + 30
    assert forms.form_view(db, _lead_form(teams, teams.lead_b)).result["total"] == "81.60"
    mean = next(i for i in view.result["items"] if i["id"] == "team-mean")
    assert mean["why"] == "团队均分 94 → 65.8分"
    assert mean["standard"] == "团队成员平均总分: ×70/100"
    assert view.document["team_context"] == {"team_mean_total": "94.00", "team_rank": "1"}
    # month_so_far takes the same context directly.
    live = month_so_far(db, employee_id=teams.lead_a, period=PERIOD,
                        context={"team_mean_total": D(94), "team_rank": D(1)})
    assert live.result.total == D("95.8")


def test_with_one_team_on_the_rubric_there_is_no_rank(office):
    db = office.db
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    set_team_lead(db, office.team_b, employee_id=None, by="test")
    assert team_context(db, employee_id=office.lead_a, period=PERIOD) == {
        "team_mean_total": D(94)}
    forms.reevaluate(db, _lead_form(office), by="李班长")
    assert forms.form_view(db, _lead_form(office)).blockers == ["missing inputs: Team rank"]
    # The appraiser may enter it: a value wins over the context.
    kpis.set_value(db, employee_id=office.lead_a, period=PERIOD, item_id="team-rank", value=1,
                   by="test")
    assert forms.form_view(db, _lead_form(office)).blockers == []


def test_a_signed_members_figures_come_from_the_frozen_snapshot(teams):
    db = teams.db
    sign_through(db, form_of(db, teams.a1), teams, until="submitted")
    assert member_figures(db, teams.a1, PERIOD)["total"] == D("92.00")
    assert member_figures(db, teams.a1, PERIOD)["scores"]["kpi"] == D("32.00")
    assert member_figures(db, teams.a2, PERIOD)["total"] == D("96.00")


@pytest.mark.parametrize("change", [
    "incident", "deleted incident", "kpi value", "kpi cleared", "member leaves", "member added",
    "member moved", "new lead"])
def test_a_members_change_marks_the_leads_draft(teams, change):
    db = teams.db
    lead_form = _lead_form(teams)
    tick = incidents.add_incident(db, employee_id=teams.a1, version_id=teams.agent_version,
                                  item_id="late", at="2026-11-05T09:00", by="test")
    forms.reevaluate(db, lead_form, by="李班长")
    assert forms.form_view(db, lead_form).blockers == []
    if change == "incident":
        incidents.add_incident(db, employee_id=teams.a2, version_id=teams.agent_version,
                               item_id="late", at="2026-11-30T18:00", by="test")
    elif change == "deleted incident":
        incidents.delete_incident(db, tick, by="李班长", reason="记错了")
    elif change == "kpi value":
        kpis.set_value(db, employee_id=teams.a2, period=PERIOD, item_id="exam", value=60, by="test")
    elif change == "kpi cleared":
        kpis.set_value(db, employee_id=teams.a2, period=PERIOD, item_id="exam", value=None,
                       by="test")
    elif change == "member leaves":
        set_employee_active(db, teams.a2, active=False, by="test")
    elif change == "member added":
        add_employee(db, code="A3", name="新人", team_id=teams.team_a, post="坐席", by="test")
    elif change == "member moved":
        update_employee(db, teams.b1, team_id=teams.team_a, by="test")
    else:
        set_team_lead(db, teams.team_a, employee_id=teams.a2, by="test")
    view = forms.form_view(db, lead_form)
    assert view.blockers == ["team results changed: re-evaluate"] == [forms.TEAM_CHANGED]
    with pytest.raises(ValueError, match="cannot be submitted: team results changed"):
        forms.submit(db, lead_form, user_id=teams.lead_user, pin=PINS["lead"], strokes=STROKES,
            by="test")
    forms.reevaluate(db, lead_form, by="李班长")
    assert "team results changed: re-evaluate" not in forms.form_view(db, lead_form).blockers


def test_re_evaluation_takes_the_new_figures(teams):
    db = teams.db
    lead_form = _lead_form(teams)
    kpis.set_value(db, employee_id=teams.a2, period=PERIOD, item_id="exam", value=60, by="test")
    # Until re-evaluated the draft shows the figures it was last evaluated with.
    assert forms.form_view(db, lead_form).result["total"] == "95.80"
    context = forms.reevaluate(db, lead_form, by="李班长")
    assert context == {"team_mean_total": D(88), "team_rank": D(1)}  # (92 + 84) / 2 ties B: both 1
    view = forms.form_view(db, lead_form)
    assert (view.blockers, view.result["total"]) == ([], "91.60")   # 61.6 + 30
    event = audit.events_for(db, entity="assessment", entity_id=lead_form)[-1]
    assert event["action"] == "reevaluate" and event["actor"] == "李班长"
    assert event["before"]["team_context"]["team_mean_total"] == "94.00"
    assert event["after"] == {"team_context": {"team_mean_total": "88.00", "team_rank": "1"},
                              "needs_reevaluation": False}
    forms.submit(db, lead_form, user_id=teams.lead_user, pin=PINS["lead"], strokes=STROKES,
        by="test")
    assert forms.document(db, lead_form)["result"]["total"] == "91.60"
    with pytest.raises(ValueError, match="a signed form is never re-evaluated"):
        forms.reevaluate(db, lead_form, by="李班长")


def test_changes_that_do_not_move_the_team_leave_the_lead_alone(teams):
    db = teams.db
    lead_form = _lead_form(teams)
    # The lead's own entries, other periods, and notes or approvals of members.
    tick = incidents.add_incident(db, employee_id=teams.a1, version_id=teams.agent_version,
                                  item_id="complaint", amount=D(12), at="2026-11-03T09:00",
                                  by="test")
    forms.reevaluate(db, lead_form, by="test")
    kpis.set_value(db, employee_id=teams.lead_a, period=PERIOD, item_id="team-rank", value=1,
                   by="test")
    kpis.set_value(db, employee_id=teams.lead_a, period=PERIOD, item_id="team-rank", value=None,
                   by="test")
    incidents.add_incident(db, employee_id=teams.a1, version_id=teams.agent_version,
                           item_id="late", at="2026-12-01T09:00", by="test")
    kpis.set_value(db, employee_id=teams.a1, period="2026-12", item_id="exam", value=99, by="test")
    incidents.set_note(db, tick, note="补充说明", by="李班长")
    forms.approve_form_entry(db, form_of(db, teams.a1), incident_id=tick,
                           user_id=teams.reviewer, pin=PINS["reviewer"], by="test")
    assert forms.get_form(db, lead_form)["needs_reevaluation"] is False


def test_a_change_in_another_team_moves_the_rank(teams):
    db = teams.db
    lead_a = _lead_form(teams)
    kpis.set_value(db, employee_id=teams.b1, period=PERIOD, item_id="exam", value=100, by="test")
    assert forms.form_view(db, lead_a).blockers == [forms.TEAM_CHANGED]
    assert forms.reevaluate(db, lead_a, by="test") == {"team_mean_total": D(94),
                                                       "team_rank": D(2)}   # B: 100 > 94


def test_signed_lead_forms_are_never_marked(teams):
    db = teams.db
    lead_form = _lead_form(teams)
    sign_through(db, lead_form, teams, until="locked")
    kpis.set_value(db, employee_id=teams.a2, period=PERIOD, item_id="exam", value=10, by="test")
    assert forms.get_form(db, lead_form)["needs_reevaluation"] is False
    assert forms.verify_form(db, lead_form)
