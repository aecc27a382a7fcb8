"""The Forms tab's figures (models.forms.dashboard_rows): score, grade, state, who signs next and
the deadline of each form of a period, from the office of tests/forms_fixtures.py (figures by
hand in its docstring)."""

import time
from datetime import date
from decimal import Decimal

import pytest

from models import forms
from models.forms import dashboard
from models.people.employees import add_employee
from models.work import kpis
from tests.forms_fixtures import PERIOD, PINS, STROKES, form_of, sign_through

TODAY = date(2026, 12, 10)


def by_code(db, team_id=None, today=TODAY):
    return {row.code: row for row in forms.dashboard_rows(db, PERIOD, team_id, today=today)}


def test_drafts_are_scored_live_and_provisional(led_office):
    db = led_office.db
    forms.create_forms(db, team_id=led_office.team_a, period=PERIOD, by="test")
    rows = by_code(db, led_office.team_a)
    assert list(rows) == ["A1", "A2", "LA"]
    a1 = rows["A1"]
    # 服务规范 60 + exam 80 × 40 / 100 = 92, evaluated now: provisional
    assert (a1.total, a1.max_total, a1.provisional) == (Decimal(92), Decimal(100), True)
    assert (a1.state, a1.stage, a1.next_step) == ("draft", "open", "appraiser")
    assert a1.next_names == ("李班长",)          # the shift lead of 一班
    assert a1.due is None and a1.days_overdue is None
    assert rows["LA"].total == Decimal("95.8")   # 70 × 94 / 100 + 30
    # a tick moves a draft's figure at once
    from models.work.incidents import add_incident
    add_incident(db, employee_id=led_office.a1, version_id=led_office.agent_version,
                 item_id="late", at="2026-11-05T09:00", by="test")
    assert by_code(db, led_office.team_a)["A1"].total == Decimal(90)


def test_signed_forms_come_from_the_snapshot_with_the_next_signer(led_office):
    db = led_office.db
    forms.create_forms(db, team_id=led_office.team_a, period=PERIOD, by="test")
    a1, a2, la = (form_of(db, e) for e in (led_office.a1, led_office.a2, led_office.lead_a))
    sign_through(db, a1, led_office, until="submitted", at="2026-12-01T10:00")
    sign_through(db, a2, led_office, until="reviewed")
    rows = by_code(db)
    assert (rows["A1"].total, rows["A1"].provisional, rows["A1"].state) == (
        Decimal(92), False, "submitted")
    assert (rows["A1"].next_step, rows["A1"].next_names) == ("employee", ("张三",))
    # submitted Tuesday 1 Dec, 5 working days → due Tuesday 8 Dec; on the 10th: 2 days late
    assert rows["A1"].due == date(2026, 12, 8) and rows["A1"].days_overdue == 2
    assert by_code(db, today=date(2026, 12, 8))["A1"].days_overdue is None
    assert (rows["A2"].total, rows["A2"].stage, rows["A2"].next_step) == (
        Decimal(96), "reviewer", "lock")
    assert rows["A2"].next_names == ("王主任",)    # who reviewed it locks it
    assert rows["A2"].days_overdue is None        # acknowledged: no longer waiting
    assert rows["A2"].due is None                 # nor is her deadline shown any more
    forms.lock(db, a2, user_id=led_office.hr, pin=PINS["hr"], by="test")
    done = by_code(db)["A2"]
    assert (done.stage, done.next_step, done.next_names) == ("done", None, ())
    assert by_code(db)["LA"].id == la and by_code(db)["LA"].state == "draft"


def test_acknowledged_and_disputed_wait_for_a_reviewer_who_did_not_appraise(led_office):
    db = led_office.db
    forms.create_forms(db, team_id=led_office.team_a, period=PERIOD, by="test")
    a1, a2 = form_of(db, led_office.a1), form_of(db, led_office.a2)
    sign_through(db, a1, led_office, until="acknowledged")
    forms.submit(db, a2, user_id=led_office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    forms.dispute(db, a2, name="李四", reason="考试成绩录错了", by="test")
    rows = by_code(db)
    assert (rows["A1"].stage, rows["A1"].next_step, rows["A1"].next_names) == (
        "reviewer", "reviewer", ("王主任",))
    assert (rows["A2"].stage, rows["A2"].dispute_reason) == ("disputed", "考试成绩录错了")
    assert rows["A2"].next_names == ("孙人事",)    # 王主任 appraised it: HR reviews


def test_every_team_or_the_team_asked_for(led_office):
    db = led_office.db
    for team in (led_office.team_a, led_office.team_b):
        forms.create_forms(db, team_id=team, period=PERIOD, by="test")
    assert list(by_code(db)) == ["A1", "A2", "B1", "LA", "LB"]
    assert forms.dashboard_rows(db, "2026-10") == []
    assert list(by_code(db, led_office.team_b)) == ["B1", "LB"]
    assert by_code(db, led_office.team_b)["B1"].next_names == ()   # 二班 has no shift lead


def test_who_may_create_the_forms(led_office):
    assert forms.form_makers(led_office.db, led_office.team_a) == ["李班长", "孙人事"]
    assert forms.form_makers(led_office.db, led_office.team_b) == ["孙人事"]


def test_a_team_of_sixty_takes_one_evaluation_per_draft(office, monkeypatch):
    db = office.db
    for n in range(57):
        employee = add_employee(db, code=f"A{n + 10:02d}", name=f"员工{n}",
                                team_id=office.team_a, post="坐席", by="test")
        kpis.set_value(db, employee_id=employee, period=PERIOD, item_id="exam",
                       value=Decimal(70 + n % 30), by="test")
    made = forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    assert len(made) == 60
    for form_id in made[:20]:       # a third signed: read from their snapshots
        sign_through(db, form_id, office, until="submitted")
    calls = []
    real = dashboard.evaluate_draft
    monkeypatch.setattr(dashboard, "evaluate_draft",
                        lambda db, form: calls.append(form["id"]) or real(db, form))
    started = time.perf_counter()
    rows = forms.dashboard_rows(db, PERIOD, office.team_a)
    took = time.perf_counter() - started
    assert len(rows) == 60 and sorted(calls) == sorted(made[20:])
    assert all(row.total is not None for row in rows)
    assert took < 5, f"{took:.2f} s for 60 forms"     # ~0.3 s measured on a laptop


@pytest.mark.parametrize("state", dashboard.STATE_ORDER)
def test_every_state_has_a_stage_and_a_next_step(state):
    assert dashboard.STAGE[state] in dashboard.STAGES
    assert state in dashboard.NEXT_STEP
