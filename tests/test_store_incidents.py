"""Incidents: one tick = one committed row + one audit event; soft delete, restore, history."""

import sqlite3
from datetime import date, datetime
from decimal import Decimal

import pytest

from models import audit
from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import latest_version_id
from models.storage.errors import NotFoundError
from models.work import incidents


@pytest.fixture
def setup(store):
    team = add_team(store, name="一班", by="test")
    employee = add_employee(store, code="A001", name="张三", team_id=team, post="客户服务代表",
                            by="test")
    return store, employee, latest_version_id(store, "cs-service-norms")


def test_add_writes_one_committed_row_and_an_audit_event(setup, store_path):
    db, employee, version = setup
    incident = incidents.add_incident(db, employee_id=employee, version_id=version,
                                      item_id="early-hangup", severe=True, note="客户投诉",
                                      at=datetime(2026, 11, 3, 9, 12), by="王丽")
    other = sqlite3.connect(store_path)  # durable: another connection sees it at once
    assert other.execute("SELECT item_id, severe, note FROM incidents WHERE id = ?",
                         (incident,)).fetchone() == ("early-hangup", 1, "客户投诉")
    other.close()
    row = incidents.get_incident(db, incident)
    assert row["at"] == "2026-11-03T09:12:00" and row["created_by"] == "王丽"
    (event,) = audit.events_for(db, entity="incident", entity_id=incident)
    assert (event["action"], event["actor"], event["after"]["item_id"]) == \
        ("add", "王丽", "early-hangup")


def test_delete_and_restore_keep_the_row_and_log_both(setup):
    db, employee, version = setup
    incident = incidents.add_incident(db, employee_id=employee, version_id=version,
                                      item_id="blaming", by="王丽")
    incidents.delete_incident(db, incident, by="王丽", reason="记错了人")
    row = incidents.get_incident(db, incident)
    assert row["deleted"] and (row["deleted_by"], row["deleted_reason"]) == ("王丽", "记错了人")
    today = date.today()
    assert incidents.incidents_for(db, employee_id=employee, start=today, end=today) == []
    assert len(incidents.incidents_for(db, employee_id=employee, start=today, end=today,
                                       include_deleted=True)) == 1
    with pytest.raises(ValueError, match="already deleted"):
        incidents.delete_incident(db, incident, by="王丽", reason="again")
    incidents.restore_incident(db, incident, by="王丽")
    assert not incidents.get_incident(db, incident)["deleted"]
    with pytest.raises(ValueError, match="is not deleted"):
        incidents.restore_incident(db, incident, by="王丽")
    actions = [e["action"] for e in audit.events_for(db, entity="incident", entity_id=incident)]
    assert actions == ["add", "delete", "restore"]
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM incidents WHERE id = ?", (incident,))


def test_set_note_and_approve_are_logged_with_before_and_after(setup):
    db, employee, version = setup
    incident = incidents.add_incident(db, employee_id=employee, version_id=version,
                                      item_id="blaming", note="旧", by="王丽")
    incidents.set_note(db, incident, note="新的说明", by="李主管")
    incidents.approve_incident(db, incident, by="李主管")
    row = incidents.get_incident(db, incident)
    assert row["note"] == "新的说明" and row["approved"] and row["approved_by"] == "李主管"
    note_event = audit.events_for(db, entity="incident", entity_id=incident)[1]
    assert (note_event["before"]["note"], note_event["after"]["note"]) == ("旧", "新的说明")


@pytest.mark.parametrize("fields, message", [
    ({"item_id": "no-such-item"}, "unknown item 'no-such-item'"),
    ({"item_id": "blaming", "severe": True}, "field 'severe'.*no severe_x"),
    ({"item_id": "blaming", "count": 0}, "field 'count'"),
    ({"item_id": "blaming", "amount": 5}, "field 'amount'.*fixed amount"),
])
def test_incidents_are_checked_against_the_rubric(setup, fields, message):
    db, employee, version = setup
    with pytest.raises(ValueError, match=message):
        incidents.add_incident(db, employee_id=employee, version_id=version, **fields, by="test")
    assert db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_range_amounts_must_lie_in_the_range_and_are_stored_as_text(store):
    employee = add_employee(store, code="B1", name="赵磊", team_id=None, post="客服专员", by="test")
    version = latest_version_id(store, "chengdu-agent-monthly")
    with pytest.raises(ValueError, match=r"outside \[10, 20\]"):
        incidents.add_incident(store, employee_id=employee, version_id=version,
                               item_id="complaint-major", amount=25, by="test")
    with pytest.raises(ValueError, match="needs an amount"):
        incidents.add_incident(store, employee_id=employee, version_id=version,
                               item_id="complaint-major", by="test")
    incident = incidents.add_incident(store, employee_id=employee, version_id=version,
                                      item_id="excellent-recording", amount=Decimal("2.5"),
                                      by="test")
    assert incidents.get_incident(store, incident)["amount"] == Decimal("2.5")
    assert store.execute("SELECT typeof(amount), amount FROM incidents").fetchone() == \
        ("text", "2.5")


def test_unknown_employee_version_or_time_is_refused(setup):
    db, employee, version = setup
    with pytest.raises(NotFoundError, match="no employee with id 999"):
        incidents.add_incident(db, employee_id=999, version_id=version, item_id="blaming",
                               by="test")
    with pytest.raises(NotFoundError, match="no rubric version with id 999"):
        incidents.add_incident(db, employee_id=employee, version_id=999, item_id="blaming",
                               by="test")
    with pytest.raises(ValueError, match="not an ISO date"):
        incidents.add_incident(db, employee_id=employee, version_id=version,
                               item_id="blaming", at="yesterday", by="test")


def test_history_is_newest_first_with_item_text_who_and_deletions(setup):
    db, employee, version = setup
    first = incidents.add_incident(db, employee_id=employee, version_id=version,
                                   item_id="command-tone", at="2026-11-01T09:00", by="王丽")
    second = incidents.add_incident(db, employee_id=employee, version_id=version,
                                    item_id="blaming", at="2026-11-02T10:00", by="李主管",
                                    note="埋怨后台")
    incidents.delete_incident(db, first, by="王丽", reason="重复记录")
    rows = incidents.history(db, employee_id=employee)
    assert [r["id"] for r in rows] == [second, first]
    assert rows[0]["item"] == "埋怨其他部门" and rows[0]["by"] == "李主管"
    assert rows[0]["note"] == "埋怨后台" and not rows[0]["deleted"]
    assert rows[1]["deleted"] and rows[1]["deleted_reason"] == "重复记录"
    assert "命令语气" in rows[1]["item_text"]
    assert len(incidents.history(db, employee_id=employee, limit=1)) == 1


def test_incidents_for_a_team_and_day_range(setup):
    db, employee, version = setup
    team = db.execute("SELECT team_id FROM employees WHERE id = ?", (employee,)).fetchone()[0]
    other = add_employee(db, code="A002", name="李四", team_id=None, post="客户服务代表", by="test")
    for who, day in ((employee, "2026-11-01T00:00"), (employee, "2026-11-30T23:59"),
                     (employee, "2026-12-01T00:00"), (other, "2026-11-05T09:00")):
        incidents.add_incident(db, employee_id=who, version_id=version, item_id="blaming",
                               at=day, by="test")
    rows = incidents.incidents_for_team(db, team_id=team, start=date(2026, 11, 1),
                                        end=date(2026, 11, 30))
    assert [r["at"] for r in rows] == ["2026-11-01T00:00:00", "2026-11-30T23:59:00"]


def test_the_screens_queries_use_the_indexes(setup):
    """Every SELECT the history / month / team screens run, checked with EXPLAIN QUERY PLAN."""
    from models.work import kpis
    from models.work.month import month_so_far

    db, employee, version = setup
    team = db.execute("SELECT team_id FROM employees WHERE id = ?", (employee,)).fetchone()[0]
    incidents.add_incident(db, employee_id=employee, version_id=version, item_id="blaming",
                           at="2026-11-02T10:00", by="test")
    seen = []
    with db.tracer(lambda sql, params: seen.append((sql, params))):
        incidents.history(db, employee_id=employee)
        incidents.incidents_for_team(db, team_id=team, start=date(2026, 11, 1),
                                     end=date(2026, 11, 30))
        month_so_far(db, employee_id=employee, period="2026-11")
        kpis.values_for(db, employee_id=employee, period="2026-11")
    checked = 0
    for sql, params in seen:
        if sql.lstrip().upper().startswith("SELECT") and ("incidents" in sql or "kpi_" in sql):
            plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params or ())]
            assert not [p for p in plan if p.startswith("SCAN")], (sql, plan)
            checked += 1
    assert checked >= 5
