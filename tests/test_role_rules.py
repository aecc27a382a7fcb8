"""The role rules in models/: a write whose actor is the signed-in user (access.UserActor) is
refused when her role does not allow it, before anything is written; plain-string actors (tools,
start-up jobs, tests) are not checked; every audit event names someone.

The office of tests/forms_fixtures.py, its lead assigned to 一班 (the `led_office` fixture):
teams 一班 (A1 张三, A2 李四, LA) and 二班 (B1 王五, LB); users 李班长 (shift lead, of 一班),
王主任 (reviewer), 孙人事 (HR admin).
"""

import pickle
from decimal import Decimal

import pytest

from models import audit, forms
from models.database import backup_restore, backups, demo
from models.people import access, employees, imports, teams, users
from models.rubrics import save_rubric_text
from models.work import incidents, inspections, kpis, settings
from tests.forms_fixtures import AGENT, PERIOD, form_of, sign_through
from tests.test_store_imports import GOOD, HEADER, write_csv

NotAllowed = access.NotAllowedError


def actor(office, who, **changes):
    user_id = {"lead": office.lead_user, "reviewer": office.reviewer, "hr": office.hr}[who]
    return access.UserActor(dict(access.signed_in_user(office.db, user_id), **changes))


def everything(db):
    """Every row of every table (audit events included): what a refusal must leave as it was."""
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {t: sorted(repr(tuple(row)) for row in db.execute(f"SELECT * FROM {t}"))
            for t in tables}


def refused(db, write, match=None):
    """`write()` raises NotAllowedError and the store is unchanged."""
    before = everything(db)
    with pytest.raises(NotAllowed, match=match) as info:
        write()
    assert info.value.reason == "not_allowed"
    assert everything(db) == before
    return info.value


def agent_version(db):
    return db.execute("SELECT id FROM rubric_versions WHERE rubric_id = 't-agent'").fetchone()[0]


# -- the actor -------------------------------------------------------------------------------------
def test_a_user_actor_is_her_name_and_carries_her_row(led_office):
    lead = actor(led_office, "lead")
    assert lead == "李班长" and isinstance(lead, str) and f"{lead}" == "李班长"
    assert (lead.user["id"], lead.user["role"], lead.user["active"], lead.user["team_ids"]) == \
        (led_office.lead_user, "lead", True, (led_office.team_a,))
    copy = pickle.loads(pickle.dumps(lead))
    assert copy == lead and copy.user == lead.user
    # sqlite3 binds it as the name; the audit trail stores plain text
    incident = incidents.add_incident(led_office.db, employee_id=led_office.a1,
                                      version_id=agent_version(led_office.db), item_id="late",
                                      at="2026-11-03T09:00", by=lead)
    row = led_office.db.execute("SELECT created_by, typeof(created_by) FROM incidents "
                                "WHERE id = ?", (incident,)).fetchone()
    assert tuple(row) == ("李班长", "text")
    event = audit.events_for(led_office.db, entity="incident", entity_id=incident)[-1]
    assert event["actor"] == "李班长" and type(event["actor"]) is str


def test_plain_string_actors_are_not_checked(led_office):
    for by in ("system", "main.py print", "start-up check", access.NO_SIGN_IN):
        assert access.allows(by, "manage_backups")
        access.require(by, "create_forms", team_id=led_office.team_b)
    with pytest.raises(ValueError, match="unknown action"):
        access.require("system", "delete_everything")


def test_the_session_acts_as_the_signed_in_user_or_names_open_mode(led_office):
    from ui.session import Session

    db = led_office.db
    signed = Session(db, user=access.signed_in_user(db, led_office.reviewer)).actor
    assert isinstance(signed, access.UserActor) and signed == "王主任"
    assert signed.user["role"] == "reviewer"
    assert Session(db).actor == access.NO_SIGN_IN == "(no sign-in)"
    settings.put(db, "inspector_name", "王丽", by="test")
    assert Session(db).actor == "王丽" and not isinstance(Session(db).actor, access.UserActor)


# -- every audit event names someone --------------------------------------------------------------
@pytest.mark.parametrize("nobody", ["", "   ", None])
def test_an_audit_event_without_an_actor_is_refused(store, nobody):
    before = everything(store)
    with pytest.raises(ValueError, match="the actor is empty"):
        audit.record(store, actor=nobody, action="add", entity="team", entity_id=1)
    with pytest.raises(ValueError, match="the actor is empty"):
        teams.add_team(store, name="三班", by=nobody)
    assert everything(store) == before


# -- forms: create_forms on the employee's team ---------------------------------------------------
def test_a_reviewer_makes_no_draft_by_any_path(led_office):
    db, office = led_office.db, led_office
    reviewer = actor(office, "reviewer")
    refused(db, lambda: forms.create_forms(db, team_id=office.team_a, period=PERIOD,
                                           by=reviewer), match="王主任 .*reviewer.* create forms")
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by=actor(office, "hr"))
    draft = form_of(db, office.a1)
    sign_through(db, draft, office)
    refused(db, lambda: forms.revise(db, draft, by=reviewer, reason="更正"))
    refused(db, lambda: forms.reevaluate(db, form_of(db, office.lead_a), by=reviewer))
    refused(db, lambda: forms.delete_draft(db, form_of(db, office.a2), by=reviewer))
    revision = forms.revise(db, draft, by=actor(office, "hr"), reason="更正")
    assert forms.get_form(db, revision)["revision"] == 2


def test_a_lead_makes_and_corrects_forms_of_her_own_team_only(led_office):
    db, office = led_office.db, led_office
    lead = actor(office, "lead")
    refused(db, lambda: forms.create_forms(db, team_id=office.team_b, period=PERIOD, by=lead),
            match=f"on team {office.team_b}")
    made = forms.create_forms(db, team_id=office.team_a, period=PERIOD, by=lead)
    assert len(made) == 3
    forms.create_forms(db, team_id=office.team_b, period=PERIOD, by="test")
    other = form_of(db, office.b1)
    refused(db, lambda: forms.delete_draft(db, other, by=lead))
    refused(db, lambda: forms.reevaluate(db, form_of(db, office.lead_b), by=lead))
    sign_through(db, other, office)
    refused(db, lambda: forms.revise(db, other, by=lead, reason="更正"))
    forms.reevaluate(db, form_of(db, office.lead_a), by=lead)
    forms.delete_draft(db, form_of(db, office.a2), by=lead)
    own = form_of(db, office.a1)
    sign_through(db, own, office)
    assert forms.get_form(db, forms.revise(db, own, by=lead, reason="更正"))["previous_id"] == own


def test_a_reviewer_printing_a_period_prints_what_there_is(led_office, tmp_path, monkeypatch):
    from reports import batch

    db, office = led_office.db, led_office
    printed = []
    monkeypatch.setattr(batch, "render_batch",
                        lambda loaders, out_dir, **kw: printed.extend(f() for f in loaders))
    batch.print_period(db, period=PERIOD, out_dir=tmp_path, team="一班",
                       by=actor(office, "reviewer"))
    assert printed == [] and forms.list_forms(db, period=PERIOD) == []
    batch.print_period(db, period=PERIOD, out_dir=tmp_path, team="一班", by=actor(office, "lead"))
    assert len(printed) == 3


def test_the_employees_steps_name_the_operator(led_office):
    db, office = led_office.db, led_office
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    draft = form_of(db, office.a1)
    sign_through(db, draft, office, until="submitted")
    forms.acknowledge(db, draft, name="张三", strokes=[[[0.1, 0.1], [0.2, 0.2]]],
                      by=actor(office, "lead"))
    event = audit.events_for(db, entity="assessment", entity_id=draft)[-1]
    assert (event["actor"], event["after"]) == (
        "李班长", {"employee": "张三", "state": "acknowledged"})
    other = form_of(db, office.a2)
    sign_through(db, other, office, until="submitted")
    with pytest.raises(ValueError, match="the actor is empty"):
        forms.dispute(db, other, name="李四", reason="不同意", by="")
    assert forms.get_form(db, other)["state"] == "submitted"


# -- ticks, KPI values, inspections: tick on the employee's team; approval: review -----------------
def test_ticks_and_values_on_her_own_team_only(led_office):
    db, office = led_office.db, led_office
    lead, reviewer, version = actor(office, "lead"), actor(office, "reviewer"), agent_version(db)

    def tick(employee_id, by):
        return incidents.add_incident(db, employee_id=employee_id, version_id=version,
                                      item_id="late", at="2026-11-03T09:00", by=by)

    refused(db, lambda: tick(office.a1, reviewer))
    refused(db, lambda: tick(office.b1, lead))
    own, other = tick(office.a1, lead), tick(office.b1, actor(office, "hr"))
    refused(db, lambda: incidents.delete_incident(db, other, by=lead, reason="mistake"))
    refused(db, lambda: incidents.set_note(db, other, note="x", by=lead))
    incidents.delete_incident(db, own, by=lead, reason="mistake")
    incidents.restore_incident(db, own, by=lead)
    incidents.delete_incident(db, other, by="test", reason="mistake")
    refused(db, lambda: incidents.restore_incident(db, other, by=lead))
    incidents.set_note(db, own, note="迟到", by=lead)

    def value(employee_id, by):
        kpis.set_value(db, employee_id=employee_id, period=PERIOD, item_id="exam",
                       value=Decimal(75), by=by)

    refused(db, lambda: value(office.b1, lead))
    refused(db, lambda: value(office.a1, reviewer))
    value(office.a1, lead)
    refused(db, lambda: inspections.start_inspection(db, employee_id=office.b1,
                                                     version_id=version, inspector=lead))
    inspections.start_inspection(db, employee_id=office.a1, version_id=version, inspector=lead)

    refused(db, lambda: incidents.approve_incident(db, own, by=lead), match="may not review")
    incidents.approve_incident(db, own, by=reviewer)
    assert incidents.get_incident(db, own)["approved_by"] == "王主任"


# -- people and teams -----------------------------------------------------------------------------
def test_people_on_her_own_teams_only_and_teams_by_hr(led_office, tmp_path):
    db, office = led_office.db, led_office
    lead, reviewer, hr = actor(office, "lead"), actor(office, "reviewer"), actor(office, "hr")

    def add(team_id, by, code):
        return employees.add_employee(db, code=code, name="新人", team_id=team_id, post="坐席",
                                      by=by)

    refused(db, lambda: add(office.team_a, reviewer, "N1"))
    refused(db, lambda: add(office.team_b, lead, "N1"))
    new = add(office.team_a, lead, "N1")
    employees.update_employee(db, new, name="新同事", by=lead)
    refused(db, lambda: employees.update_employee(db, new, team_id=office.team_b, by=lead))
    refused(db, lambda: employees.update_employee(db, office.b1, name="x", by=lead))
    refused(db, lambda: employees.set_employee_active(db, office.b1, active=False, by=lead))
    employees.set_employee_active(db, new, active=False, by=lead)

    refused(db, lambda: teams.add_team(db, name="三班", by=lead), match="manage teams")
    refused(db, lambda: teams.rename_team(db, office.team_a, name="甲班", by=lead))
    refused(db, lambda: teams.set_team_active(db, office.team_b, active=False, by=lead))
    refused(db, lambda: teams.set_team_lead(db, office.team_a, employee_id=None, by=lead))
    preview = imports.preview_employees(db, write_csv(tmp_path / "staff.csv", [HEADER] + GOOD))
    refused(db, lambda: imports.commit_import(db, preview, by=lead))
    teams.rename_team(db, office.team_a, name="甲班", by=hr)
    assert imports.commit_import(db, preview, by=hr) == 2


# -- users, settings, backups, rubrics ------------------------------------------------------------
def test_users_are_hrs_but_her_own_pin_is_hers(led_office):
    db, office = led_office.db, led_office
    lead, reviewer, hr = actor(office, "lead"), actor(office, "reviewer"), actor(office, "hr")
    for who in (lead, reviewer):
        refused(db, lambda who=who: users.add_user(db, name="新用户", role="lead", pin=None,
                                                   by=who), match="manage users")
        refused(db, lambda who=who: users.set_user_active(db, office.hr, active=False, by=who))
        refused(db, lambda who=who: users.set_user_teams(db, office.lead_user,
                                                         [office.team_b], by=who))
    refused(db, lambda: users.set_pin(db, office.reviewer, pin="97531864", by=lead))
    users.set_pin(db, office.lead_user, pin="97531864", by=lead)          # her own
    assert users.verify_pin(db, office.lead_user, "97531864")
    gone = actor(office, "lead", active=False)      # deactivated meanwhile: not even her own
    refused(db, lambda: users.set_pin(db, office.lead_user, pin="86420975", by=gone))
    added = users.add_user(db, name="新用户", role="lead", pin=None, by=hr)
    users.set_user_teams(db, added, [office.team_b], by=hr)


def test_settings_backups_and_rubrics_are_hrs(led_office, store_path, tmp_path):
    db, office = led_office.db, led_office
    lead, hr = actor(office, "lead"), actor(office, "hr")
    refused(db, lambda: settings.put(db, "organisation", "某公司", by=lead),
            match="manage settings")
    refused(db, lambda: settings.put_many(db, {"organisation": "某公司"}, by=lead))
    refused(db, lambda: demo.remove_demo(db, by=lead))
    assert settings.put_many(db, {"organisation": "某公司"}, by=hr) == {"organisation": "某公司"}
    demo.remove_demo(db, by=hr)

    folder = tmp_path / "backups"
    refused(db, lambda: backups.backup_now(db, folder=folder, by=lead),
            match="manage backups")
    assert not folder.exists()
    taken = backups.backup_now(db, folder=folder, by=hr)
    files = sorted(p.name for p in store_path.parent.iterdir())
    with pytest.raises(NotAllowed):
        backup_restore.restore(taken, store_path, by=lead)
    assert sorted(p.name for p in store_path.parent.iterdir()) == files     # nothing set aside

    edited = AGENT.replace("version: 1", "version: 2")
    refused(db, lambda: save_rubric_text(db, edited, by=lead), match="manage rubrics")
    assert save_rubric_text(db, edited, by=hr)


def test_a_deactivated_hr_admin_may_write_nothing(led_office):
    db = led_office.db
    refused(db, lambda: teams.add_team(db, name="三班", by=actor(led_office, "hr", active=False)),
            match="deactivated user")


def test_the_refusal_is_told_in_the_users_language(led_office):
    from ui import errors

    error = refused(led_office.db, lambda: teams.add_team(
        led_office.db, name="三班", by=actor(led_office, "reviewer")))
    assert errors.is_user_error(error)
    assert errors.message(error) == ("Your role does not allow this: nothing was saved. Ask the "
                                     "HR admin if it needs doing.")
