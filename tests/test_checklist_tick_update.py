"""A tick re-reads only its own incident (models.work.month.month_with_incident), and the
checklist's figures stay exactly what a full re-read of the period gives."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import yaml

from models.people.employees import add_employee
from models.rubrics import save_rubric_text
from models.work.checklist import Checklist
from models.work.incidents import add_incident
from models.work.month import month_so_far, month_with_incident
from models.work.periods import current_period

RUBRIC = {
    "id": "tick-update", "name": "逐项更新", "post": "更新岗", "base": 30, "max_total": 40,
    "sections": [{"id": "floor", "name": "现场", "points": 30, "start": "full", "items": [
        {"id": "late", "text": "迟到", "deduct": 2, "severe_x": 3},
        {"id": "wrong", "text": "操作错误", "deduct": [1, 5]},
    ]}],
    "bonuses": [{"id": "praise", "name": "表扬", "add": 2}],
}


@pytest.fixture
def checklist(store):
    save_rubric_text(store, yaml.safe_dump(RUBRIC, allow_unicode=True), by="test")
    employee = add_employee(store, code="U1", name="张三", team_id=None, post="更新岗",
                            by="test")
    return Checklist(store, employee_id=employee, period=current_period(store),
                     inspector="李班长")


def full_read(checklist):
    return month_so_far(checklist.db, employee_id=checklist.employee["id"],
                        period=checklist.period, context=checklist.context or None)


def same_as_full_read(checklist):
    full = full_read(checklist)
    view = checklist.view
    assert view.incidents == full.incidents
    assert view.sheet == full.sheet
    assert view.result == full.result
    assert view.skipped == full.skipped
    for item in checklist.rubric.items():       # the counts kept up to date, tick by tick
        assert checklist.occurrences(item.id) == sum(
            r["count"] for r in full.incidents if r["item_id"] == item.id)
    return view.result


def test_ticks_unticks_and_restores_give_what_a_full_re_read_gives(checklist):
    late = checklist.tick("late")                               # −2
    late_severe = checklist.tick("late", severe=True)           # −2 × 3 = −6
    same_as_full_read(checklist)
    wrong = checklist.tick("wrong", amount=Decimal("3.5"))      # −3.5
    checklist.tick("praise")                                    # +2
    assert same_as_full_read(checklist).total == 30 - 2 - 6 - Decimal("3.5") + 2
    checklist.untick(late, reason="记错")
    assert same_as_full_read(checklist).total == 30 - 6 - Decimal("3.5") + 2
    checklist.restore(late)
    checklist.untick(wrong, reason="记错")
    result = same_as_full_read(checklist)
    assert result.total == 30 - 2 - 6 + 2 == 24
    assert checklist.occurrences("late") == 2 and checklist.occurrences("wrong") == 0
    assert [r["id"] for r in checklist.view.incidents][:2] == [late, late_severe]


def test_an_entry_dated_earlier_goes_in_time_order(checklist):
    checklist.tick("late")
    # written elsewhere (the history's catch-up), dated at the start of the period
    start = datetime.combine(checklist.period.start, datetime.min.time())
    earlier = add_incident(checklist.db, employee_id=checklist.employee["id"],
                           version_id=checklist.view.version_id, item_id="wrong",
                           amount=Decimal(1), at=start + timedelta(hours=1), by="李班长")
    checklist.view = month_with_incident(checklist.db, checklist.view, earlier,
                                         employee=checklist.employee)
    assert checklist.view.incidents[0]["id"] == earlier
    assert same_as_full_read(checklist).total == 30 - 2 - 1 == 27


def test_an_entry_outside_the_period_is_not_counted(checklist):
    before = checklist.period.start - timedelta(days=3)
    other = add_incident(checklist.db, employee_id=checklist.employee["id"],
                         version_id=checklist.view.version_id, item_id="late",
                         at=datetime.combine(before, datetime.min.time()), by="李班长")
    view = month_with_incident(checklist.db, checklist.view, other,
                               employee=checklist.employee)
    assert view.incidents == [] and view.result.total == 30


def test_another_employees_incident_is_refused(checklist, store):
    other = add_employee(store, code="U2", name="李四", team_id=None, post="更新岗", by="test")
    theirs = add_incident(store, employee_id=other, version_id=checklist.view.version_id,
                          item_id="late", by="李班长")
    with pytest.raises(ValueError, match="not one of employee U1"):
        month_with_incident(store, checklist.view, theirs, employee=checklist.employee)
