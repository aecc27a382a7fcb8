"""Periods: calendar and 26th→25th months, quarters, years; keys, neighbours, settings."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.work import settings
from models.work.periods import current_period, make_period, parse_period, period_of, resolve


def test_calendar_months_quarters_and_years():
    assert period_of(date(2024, 2, 29)) == parse_period("2024-02")
    assert parse_period("2024-02").end == date(2024, 2, 29)
    q4 = parse_period("2026-Q4")
    assert (q4.kind, q4.start, q4.end) == ("quarter", date(2026, 10, 1), date(2026, 12, 31))
    assert period_of(date(2026, 11, 15), kind="quarter") == q4
    year = period_of(date(2026, 7, 1), kind="year")
    assert (year.key, year.start, year.end) == ("2026", date(2026, 1, 1), date(2026, 12, 31))


def test_a_26th_to_25th_month_is_named_after_the_month_it_ends_in():
    november = parse_period("2026-11", start_day=26)
    assert (november.start, november.end) == (date(2026, 10, 26), date(2026, 11, 25))
    assert period_of(date(2026, 10, 26), start_day=26) == november
    assert period_of(date(2026, 11, 25), start_day=26) == november
    assert period_of(date(2026, 11, 26), start_day=26).key == "2026-12"
    assert period_of(date(2026, 12, 26), start_day=26).key == "2027-01"
    assert november.contains(datetime(2026, 11, 25, 23, 59)) and not november.contains(
        "2026-11-26T00:00:00")
    assert november.previous().key == "2026-10" and november.next().key == "2026-12"
    assert november.bounds == ("2026-10-26", "2026-11-26")


def test_custom_quarters_and_years_are_made_of_custom_months():
    q1 = parse_period("2027-Q1", start_day=26)
    assert (q1.start, q1.end) == (date(2026, 12, 26), date(2027, 3, 25))
    assert q1.previous().key == "2026-Q4" and q1.next().key == "2027-Q2"
    year = parse_period("2027", start_day=26)
    assert (year.start, year.end) == (date(2026, 12, 26), date(2027, 12, 25))
    early = parse_period("2026-02", start_day=5)  # start day ≤ 15: named after its start
    assert (early.start, early.end) == (date(2026, 2, 5), date(2026, 3, 4))


@pytest.mark.parametrize("key", ["2026-13", "2026-Q5", "26-11", "2026/11", ""])
def test_bad_keys_are_refused_by_name(key):
    with pytest.raises(ValueError, match="expected YYYY-MM"):
        parse_period(key)


def test_start_days_that_not_every_month_has_are_refused():
    with pytest.raises(ValueError, match="1–28"):
        period_of(date(2026, 1, 1), start_day=31)
    with pytest.raises(ValueError, match="period kind"):
        make_period("week", 2026)


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
       start_day=st.integers(1, 28), kind=st.sampled_from(["month", "quarter", "year"]))
def test_periods_tile_the_calendar(day, start_day, kind):
    period = period_of(day, kind=kind, start_day=start_day)
    assert period.contains(day)
    assert period.next().start == period.end + timedelta(days=1)
    assert period.previous().end == period.start - timedelta(days=1)
    assert parse_period(period.key, start_day=start_day) == period


def test_the_stored_settings_decide_the_current_period(store):
    settings.put(store, "period_start_day", 26, by="test")
    settings.put(store, "period_kind", "quarter", by="test")
    assert current_period(store, date(2026, 9, 26)).key == "2026-Q4"
    assert resolve(store, "2026-11").start == date(2026, 10, 26)
