"""month_so_far: the engine's exact figures from stored incidents and KPI values."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.people.employees import add_employee
from models.rubrics import latest_version_id, load_version
from models.work import incidents, kpis
from models.work import settings as app_settings
from models.work.month import month_so_far
from models.work.periods import parse_period
from scoring import evaluate, sheet_from_data

D = Decimal


def test_month_so_far_counts_the_custom_month_exactly(store):
    """cs-service-norms (base 100, deductions only), period 2026-11 = 26 Oct – 25 Nov."""
    app_settings.put(store, "period_start_day", 26, by="test")
    employee = add_employee(store, code="A001", name="张三", team_id=None, post="客户服务代表",
                            by="test")
    version = latest_version_id(store, "cs-service-norms")

    def tick(item, at, **extra):
        return incidents.add_incident(store, employee_id=employee, version_id=version,
                                      item_id=item, at=at, **extra, by="test")

    tick("command-tone", "2026-10-26T00:00", count=2)           # first day: −20
    tick("early-hangup", "2026-11-25T23:59", severe=True)       # last day: −6 × 2
    tick("job-number", "2026-10-25T23:59")                      # period before
    tick("misguidance", "2026-11-26T00:00")                     # period after
    incidents.delete_incident(store, tick("blaming", "2026-11-10T10:00"), by="x", reason="错")

    view = month_so_far(store, employee_id=employee, period="2026-11")
    assert view.period == parse_period("2026-11", start_day=26)
    assert view.version_id == version and view.rubric.id == "cs-service-norms"
    assert view.result.total == D(100) - 20 - 12 == D(68)
    assert [i["item_id"] for i in view.incidents] == ["command-tone", "early-hangup"]

    same = sheet_from_data({"incidents": [{"item": "command-tone", "count": 2},
                                          {"item": "early-hangup", "severe": True}]},
                           load_version(store, version))
    assert evaluate(view.rubric, same).total == view.result.total
    assert view.result.section("norms").score == D(68)


def test_month_so_far_with_kpi_values_weights_and_a_bonus(store):
    """ecommerce-cs-kpi (weights) computed by hand from the rubric's bands."""
    employee = add_employee(store, code="E1", name="张伟", team_id=None, post="客服", by="test")
    version = latest_version_id(store, "ecommerce-cs-kpi")
    values = {
        "conversion-rate": {"num": D(78), "den": D(100)},   # 0.78 ≥ 0.75 → 100 × 35%  = 35
        "payment-rate": {"num": D(88), "den": D(100)},      # 0.88 ≥ 0.85 → 80 × 20%   = 16
        "basket-ratio": {"num": D("1.10"), "den": D(1)},    # 1.10 ≥ 1.08 → 80 × 10%   = 8
        "reply-rate": {"num": D(98), "den": D(100)},        # 0.98 ≥ 0.97 → 80 × 5%    = 4
        "response-time": D(32),                             # 32 ≤ 45     → 80 × 5%    = 4
        "tasks-rating": D(85),                              # 85/100      → 85 × 10%   = 8.5
        "attitude-rating": D("90.5"),                       # 90.5/100    → 90.5 × 5%  = 4.525
    }
    for item, value in values.items():
        kpis.set_value(store, employee_id=employee, period="2026-11", item_id=item, value=value,
                       by="test")
    for item in ("late", "experience"):                     # 考勤 100 − 20 → × 10% = 8; +1
        incidents.add_incident(store, employee_id=employee, version_id=version, item_id=item,
                               at="2026-11-12T08:05", by="test")
    view = month_so_far(store, employee_id=employee, period="2026-11")
    assert view.result.complete and view.result.total == D("89.025")
    assert view.result.total == D(35) + 16 + 8 + 4 + 4 + D("8.5") + D("4.525") + D(8) + 1


def test_a_value_item_without_a_value_leaves_the_form_incomplete(store):
    employee = add_employee(store, code="E1", name="张伟", team_id=None, post="客服", by="test")
    view = month_so_far(store, employee_id=employee, period="2026-11")
    assert not view.result.complete and "conversion-rate" in view.result.missing


def test_kpi_values_round_trip_and_clear(store):
    employee = add_employee(store, code="E1", name="张伟", team_id=None, post="客服", by="test")
    given_values = {"conversion-rate": {"num": D("930"), "den": D("1000.0")},
                    "response-time": D("31.250"), "tasks-rating": 85}
    for item, value in given_values.items():
        kpis.set_value(store, employee_id=employee, period="2026-11", item_id=item, value=value,
                       by="HR", source="excel")
    stored = kpis.values_for(store, employee_id=employee, period="2026-11")
    assert str(stored["response-time"]) == "31.250"            # exact digits, not a float
    assert str(stored["conversion-rate"]["den"]) == "1000.0"
    assert stored["tasks-rating"] == D(85)
    assert store.execute("SELECT count(*) FROM kpi_values WHERE typeof(value_json) != 'text'"
                         ).fetchone()[0] == 0
    kpis.set_value(store, employee_id=employee, period="2026-11", item_id="tasks-rating",
                   value=None, by="test")
    assert "tasks-rating" not in kpis.values_for(store, employee_id=employee, period="2026-11")
    assert kpis.values_for(store, employee_id=employee, period="2026-10") == {}


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.decimals(allow_nan=False, allow_infinity=False))
@pytest.mark.slow
def test_any_decimal_round_trips_exactly(store, value):
    employee = store.execute("SELECT id FROM employees WHERE code = 'X'").fetchone()
    employee = employee[0] if employee else add_employee(
        store, code="X", name="无岗位", team_id=None, post="无此岗位",
        by="test")  # no rubric: shape only
    kpis.set_value(store, employee_id=employee, period="2026-11", item_id="n", value=value,
                   by="test")
    back = kpis.values_for(store, employee_id=employee, period="2026-11")["n"]
    assert back == value and str(back) == str(value)


@pytest.mark.parametrize("item, value, message", [
    ("no-such", D(1), "unknown item 'no-such'"),
    ("tasks-rating", D(101), r"outside \[0, 100\]"),
    ("conversion-rate", True, "must be a number"),
    ("late", D(1), "record it under `incidents`"),
    ("tasks-rating", "abc", "'abc' is not a number"),
])
def test_kpi_values_are_checked_against_the_rubric(store, item, value, message):
    employee = add_employee(store, code="E1", name="张伟", team_id=None, post="客服", by="test")
    with pytest.raises(ValueError, match=message):
        kpis.set_value(store, employee_id=employee, period="2026-11", item_id=item, value=value,
                       by="test")
    assert store.execute("SELECT count(*) FROM kpi_values").fetchone()[0] == 0


def test_items_relative_to_the_team_mean_get_it_from_the_members(store):
    from models.people.teams import add_team

    team = add_team(store, name="处理组", by="test")
    people = [add_employee(store, code=f"P{n}", name=f"处理员{n}", team_id=team,
                           post="10086业务处理员", by="test") for n in range(3)]
    for person, tickets in zip(people, (90, 120, 150)):
        kpis.set_value(store, employee_id=person, period="2026-11", item_id="tickets",
                       value=D(tickets), by="test")
    view = month_so_far(store, employee_id=people[0], period="2026-11")
    assert view.sheet.context["team_mean"] == {"tickets": D(120)}
    assert view.result.item("tickets").value == D(90) / D(120)
