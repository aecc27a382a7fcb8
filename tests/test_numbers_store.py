"""Numbers beyond the engine, typed into the app or a rubric file, are refused before they are
stored: never an OverflowError from SQLite nor an InvalidOperation when the month is scored."""

from decimal import Decimal

import pytest

from models.people.employees import add_employee
from models.rubrics import latest_version_id, save_rubric_text
from models.work import incidents, kpis
from models.work.month import month_so_far
from scoring import RubricError

RUBRIC = """\
id: big
name: 大数
version: {version}
base: 10
sections:
  - {{id: s, name: S, points: 10, items: [{{id: late, deduct: 1}}]}}
"""


def test_a_rubric_version_sqlite_cannot_hold_is_refused(store):
    with pytest.raises(RubricError) as info:
        save_rubric_text(store, RUBRIC.format(version=10 ** 20), file="big.yaml", by="test")
    assert (info.value.field, info.value.line) == ("version", 3)
    assert "too large" in str(info.value)
    assert save_rubric_text(store, RUBRIC.format(version=999999999999), file="big.yaml", by="test")


def test_an_incident_count_sqlite_cannot_hold_is_refused(store):
    employee = add_employee(store, code="A1", name="张三", team_id=None, post="客户服务代表",
                            by="test")
    version = latest_version_id(store, "cs-service-norms")
    with pytest.raises(RubricError, match="count.*too large"):
        incidents.add_incident(store, employee_id=employee, version_id=version,
                               item_id="command-tone", count=10 ** 20, by="test")
    assert store.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


@pytest.mark.parametrize("value", [Decimal("1E+30"), "1e999999", "-1E-999999",
                                   "0." + "3" * 40])
def test_a_kpi_value_beyond_the_engine_is_refused_and_the_month_still_scores(store, value):
    employee = add_employee(store, code="K1", name="李四", team_id=None, post="客服", by="test")
    with pytest.raises(RubricError, match="response-time"):
        kpis.set_value(store, employee_id=employee, period="2026-11", item_id="response-time",
                       value=value, by="test")
    assert kpis.values_for(store, employee_id=employee, period="2026-11") == {}
    month_so_far(store, employee_id=employee, period="2026-11").result.to_json()
