"""The signing steps: every state in order, refusals that write nothing, the PIN is the
signer's own, and the employee's deadline in working days."""

import base64
from datetime import date

import pytest

from models import audit, forms
from models.work import settings as app_settings
from tests.forms_fixtures import (
    PERIOD,
    PINS,
    PNG,
    STROKES,
    count,
    form_of,
)


def _state(db, form_id):
    return forms.get_form(db, form_id)["state"]


def _snapshot(db):
    """Everything a refused step must leave as it was (a wrong PIN's own count and audit
    event aside: models/people/users.py, tests/test_pin_throttle.py)."""
    return [list(db.execute(f"SELECT * FROM {t} ORDER BY id")) for t in
            ("assessments", "signatures", "incidents")] + [list(db.execute(
                "SELECT * FROM audit_events WHERE action != 'wrong_pin' ORDER BY id"))]


def _submit(office, form_id, **kw):
    args = dict(by="test", user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES, png=PNG,
                at="2026-12-01T10:00")
    args.update(kw)
    return forms.submit(office.db, form_id, **args)


def test_the_acknowledged_path_walks_every_state(office, draft):
    db = office.db
    assert _state(db, draft) == "draft"
    sha = _submit(office, draft)
    assert _state(db, draft) == "submitted" and forms.get_form(db, draft)["sha256"] == sha
    forms.acknowledge(db, draft, name="张三", strokes=STROKES, png=PNG, by="李班长")
    assert _state(db, draft) == "acknowledged"
    forms.review(db, draft, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    assert _state(db, draft) == "reviewed"
    forms.lock(db, draft, user_id=office.hr, pin=PINS["hr"], at="2026-12-05T16:00", by="test")
    form = forms.get_form(db, draft)
    assert (form["state"], form["locked_by"], form["locked_at"]) == (
        "locked", "孙人事", "2026-12-05T16:00:00")

    signatures = forms.form_view(db, draft).signatures
    assert [(s["role"], s["name"], s["pin_verified"]) for s in signatures] == [
        ("appraiser", "李班长", True), ("employee", "张三", False), ("reviewer", "王主任", True)]
    assert signatures[0]["strokes"] == STROKES
    events = audit.events_for(db, entity="assessment", entity_id=draft)
    assert [(e["action"], e["actor"]) for e in events] == [
        ("create", "李班长"), ("submitted", "李班长"), ("acknowledged", "李班长"),
        ("reviewed", "王主任"), ("locked", "孙人事")]
    assert events[1]["after"]["sha256"] == sha and events[1]["after"]["total"] == "92.00"
    # The employee signs; the signed-in user who operated the app is the event's actor.
    assert events[2]["after"] == {"employee": "张三", "state": "acknowledged"}


def test_the_disputed_path_walks_every_state(office, draft):
    db = office.db
    _submit(office, draft)
    with pytest.raises(ValueError, match="needs the employee's reason"):
        forms.dispute(db, draft, name="张三", reason="  ", by="李班长")
    forms.dispute(db, draft, name="张三", reason="迟到当天系统故障 The clock was wrong",
                  by="李班长")
    form = forms.get_form(db, draft)
    assert form["state"] == "disputed"
    assert form["dispute_reason"] == "迟到当天系统故障 The clock was wrong"
    assert forms.document(db, draft)["dispute_reason"] == form["dispute_reason"]
    event = audit.events_for(db, entity="assessment", entity_id=draft)[-1]
    assert (event["action"], event["actor"], event["after"]) == (
        "disputed", "李班长", {"employee": "张三", "reason": form["dispute_reason"],
                             "state": "disputed"})
    with pytest.raises(ValueError, match="answer the dispute first"):
        forms.review(db, draft, user_id=office.hr, pin=PINS["hr"], strokes=STROKES, by="test")
    forms.answer_dispute(db, draft, answer="rejected", text="打卡记录无误", user_id=office.hr,
                         pin=PINS["hr"], by="孙人事")
    forms.review(db, draft, user_id=office.hr, pin=PINS["hr"], strokes=STROKES, by="test")
    forms.lock(db, draft, user_id=office.reviewer, pin=PINS["reviewer"], by="test")
    assert _state(db, draft) == "locked"
    assert [s["role"] for s in forms.form_view(db, draft).signatures] == ["appraiser",
                                                                         "reviewer"]
    assert forms.verify_form(db, draft)


def test_a_dispute_may_carry_the_employees_signature(office, draft):
    _submit(office, draft)
    forms.dispute(office.db, draft, name="张三", reason="不同意", strokes=STROKES, by="李班长")
    assert [s["role"] for s in forms.form_view(office.db, draft).signatures] == [
        "appraiser", "employee"]


@pytest.mark.parametrize("step", ["acknowledge", "dispute", "review", "lock", "submit_again"])
def test_steps_out_of_order_are_refused_and_write_nothing(office, draft, step):
    db = office.db
    calls = {
        "acknowledge": lambda: forms.acknowledge(db, draft, name="张三", strokes=STROKES,
                                                 by="李班长"),
        "dispute": lambda: forms.dispute(db, draft, name="张三", reason="不同意", by="李班长"),
        "review": lambda: forms.review(db, draft, user_id=office.reviewer,
                                       pin=PINS["reviewer"], strokes=STROKES, by="test"),
        "lock": lambda: forms.lock(db, draft, user_id=office.hr, pin=PINS["hr"], by="test"),
        "submit_again": lambda: _submit(office, draft),
    }
    if step == "submit_again":
        _submit(office, draft)
    before = _snapshot(db)
    with pytest.raises(ValueError, match=r"form \d+ is (a draft|submitted): only a"):
        calls[step]()
    assert _snapshot(db) == before


def test_review_and_lock_need_their_turn(office, draft):
    db = office.db
    _submit(office, draft)
    with pytest.raises(ValueError, match="is submitted: only an acknowledged or disputed form"):
        forms.review(db, draft, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
            by="test")
    forms.acknowledge(db, draft, name="张三", strokes=STROKES, by="李班长")
    with pytest.raises(ValueError, match="is acknowledged: only a reviewed form can be locked"):
        forms.lock(db, draft, user_id=office.hr, pin=PINS["hr"], by="test")
    with pytest.raises(ValueError, match="only a submitted form can be acknowledged"):
        forms.acknowledge(db, draft, name="张三", strokes=STROKES, by="李班长")


def test_a_wrong_pin_is_refused_and_writes_nothing(office, draft):
    db = office.db
    before = _snapshot(db)
    with pytest.raises(ValueError, match="wrong PIN for 李班长"):
        _submit(office, draft, pin="9999")
    assert _snapshot(db) == before and _state(db, draft) == "draft"
    _submit(office, draft)
    forms.acknowledge(db, draft, name="张三", strokes=STROKES, by="李班长")
    before = _snapshot(db)
    with pytest.raises(ValueError, match="wrong PIN for 王主任"):
        forms.review(db, draft, user_id=office.reviewer, pin="123456", strokes=STROKES, by="test")
    assert _snapshot(db) == before


def test_nobody_signs_as_someone_else(office, draft):
    db = office.db
    # The reviewer's user with the lead's PIN: the PIN checked is always the signer's own.
    with pytest.raises(ValueError, match="wrong PIN for 王主任"):
        forms.review(db, draft, user_id=office.reviewer, pin=PINS["lead"], strokes=STROKES,
            by="test")
    with pytest.raises(ValueError, match="wrong PIN for 李班长"):
        _submit(office, draft, pin=PINS["reviewer"])
    _submit(office, draft)
    before = _snapshot(db)
    with pytest.raises(ValueError, match="李四 cannot sign for 张三"):
        forms.acknowledge(db, draft, name="李四", strokes=STROKES, by="李班长")   # 代签
    with pytest.raises(ValueError, match="cannot sign for 张三"):
        forms.dispute(db, draft, name="", reason="不同意", by="李班长")
    assert _snapshot(db) == before
    forms.acknowledge(db, draft, name=" 张三 ", strokes=STROKES, by="李班长")
    # The appraiser cannot review their own form even with a reviewer's role.
    from models.people import users

    both = users.add_user(db, name="周双岗", role="reviewer", pin="135790", by="test")
    other = form_of(db, office.a2)
    forms.submit(db, other, user_id=both, pin="135790", strokes=STROKES, by="test")
    forms.acknowledge(db, other, name="李四", strokes=STROKES, by="李班长")
    with pytest.raises(ValueError, match="周双岗 signed form .* as its appraiser"):
        forms.review(db, other, user_id=both, pin="135790", strokes=STROKES, by="test")


def test_a_lead_cannot_review_or_lock(office, draft):
    db = office.db
    _submit(office, draft)
    forms.acknowledge(db, draft, name="张三", strokes=STROKES, by="李班长")
    before = _snapshot(db)
    with pytest.raises(ValueError, match="李班长 is a lead and cannot review forms"):
        forms.review(db, draft, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
            by="test")
    assert _snapshot(db) == before
    forms.review(db, draft, user_id=office.reviewer, pin=PINS["reviewer"], strokes=STROKES,
        by="test")
    with pytest.raises(ValueError, match="李班长 is a lead and cannot lock forms"):
        forms.lock(db, draft, user_id=office.lead_user, pin=PINS["lead"], by="test")


def test_a_deactivated_user_cannot_sign(office, draft):
    from models.people import users

    users.set_user_active(office.db, office.lead_user, active=False, by="test")
    with pytest.raises(ValueError, match="deactivated"):
        _submit(office, draft)


@pytest.mark.parametrize("strokes, png, message", [
    (None, None, "nothing drawn"),
    ([], None, "nothing drawn"),
    ([[[0.1, 1.5]]], None, "0 ≤ x, y ≤ 1"),
    ([[]], None, "non-empty list"),
    ("a scribble", None, "must be a list"),
    (None, b"GIF89a....", "must be PNG"),
])
def test_a_signature_must_be_drawn(office, draft, strokes, png, message):
    before = _snapshot(office.db)
    with pytest.raises(ValueError, match=message):
        _submit(office, draft, strokes=strokes, png=png)
    assert _snapshot(office.db) == before


def test_a_png_alone_is_a_signature(office, draft):
    _submit(office, draft, strokes=None, png=PNG)
    document = forms.document(office.db, draft)
    assert base64.b64decode(document["signatures"][0]["png_base64"]) == PNG
    assert document["signatures"][0]["strokes"] == []


@pytest.mark.parametrize("submitted, days, due", [
    ("2026-11-26T17:00", 5, "2026-12-03"),   # Thursday → Fri, Mon, Tue, Wed, Thu
    ("2026-11-27T09:00", 5, "2026-12-04"),   # Friday → the next Friday
    ("2026-11-28T11:00", 5, "2026-12-04"),   # Saturday → counts from Monday
    ("2026-11-27T09:00", 1, "2026-11-30"),   # Friday + 1 working day → Monday
    ("2026-11-23T09:00", 3, "2026-11-26"),   # Monday + 3, no weekend
])
def test_the_deadline_counts_working_days(office, draft, submitted, days, due):
    app_settings.put(office.db, "ack_working_days", days, by="test")
    _submit(office, draft, at=submitted)
    assert forms.get_form(office.db, draft)["due_at"] == due
    assert forms.document(office.db, draft)["due_at"] == due


def test_overdue_lists_forms_past_due_and_not_acknowledged(office, draft):
    db = office.db
    _submit(office, draft, at="2026-11-27T09:00")            # Friday: due Friday 4 December
    other = form_of(db, office.a2)
    _submit(office, other, at="2026-11-27T09:00")
    forms.acknowledge(db, other, name="李四", strokes=STROKES, by="李班长")
    assert forms.overdue(db, today=date(2026, 12, 4)) == []  # the due day itself is in time
    late = forms.overdue(db, today=date(2026, 12, 7))        # Monday after
    assert [(f["id"], f["code"], f["due_at"], f["days_late"]) for f in late] == [
        (draft, "A1", "2026-12-04", 3)]
    forms.dispute(db, draft, name="张三", reason="不同意", by="李班长")     # answered, even if late
    assert forms.overdue(db, today=date(2026, 12, 7)) == []


def test_ack_working_days_is_a_declared_setting(store):
    assert app_settings.get(store, "ack_working_days") == 5
    assert app_settings.get(store, "organisation") == ""
    with pytest.raises(ValueError, match="outside 1–30"):
        app_settings.put(store, "ack_working_days", 0, by="test")


def test_forms_are_made_once_per_employee_with_a_rubric(office):
    db = office.db
    from models.people.employees import add_employee

    add_employee(db, code="A9", name="无岗位", team_id=office.team_a, post="没有的岗位", by="test")
    made = forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="李班长")
    assert len(made) == 3                                     # A1, A2 and the lead, not A9
    assert forms.get_form(db, made[-1])["employee_id"] == office.lead_a  # the lead comes last
    assert forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="李班长") == []
    assert count(db, "assessments") == 3
    listed = forms.list_forms(db, period=PERIOD, team_id=office.team_a)
    assert [f["code"] for f in listed] == ["A1", "A2", "LA"]
    assert {f["state"] for f in listed} == {"draft"}
    with pytest.raises(ValueError, match="no team with id 99"):
        forms.create_forms(db, team_id=99, period=PERIOD, by="")
    with pytest.raises(ValueError, match="no assessment form with id 99"):
        forms.form_view(db, 99)
