"""The engine keeps its last answer per item and section (scoring/remembered.py): a tick scores
again only what it touched, and a kept answer is never handed out for other inputs."""

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import evaluate, rubric_from_data, sheet_from_data
from scoring.remembered import set_aside
from scoring.sheet import Incident
from tests.test_scoring_properties import rubric_and_sheet

d = Decimal

TWO_SECTIONS = {"id": "m", "name": "两节", "base": 20, "sections": [
    {"id": "a", "name": "甲", "points": 10, "items": [{"id": "x", "deduct": 2},
                                                        {"id": "r", "deduct": [1, 3]}]},
    {"id": "b", "name": "乙", "points": 10, "items": [{"id": "y", "deduct": 1}]}]}


def with_incident(sheet, item, **fields):
    """The sheet after a tick: the same incident objects, one more at the end (what
    models.work.month.month_with_incident hands the engine)."""
    return dataclasses.replace(sheet, incidents=[*sheet.incidents, Incident(item, **fields)])


def test_a_tick_scores_again_only_the_item_it_touched():
    rubric = rubric_from_data(TWO_SECTIONS)
    sheet = sheet_from_data({"incidents": [{"item": "x"}, {"item": "y", "count": 2}]}, rubric)
    before = evaluate(rubric, sheet)
    after = evaluate(rubric, with_incident(sheet, "x"))
    # x: 2 × 2 = 4 lost → 甲 10 − 4 = 6; 乙 10 − 2 = 8; total 14 (before: 8 + 8 = 16)
    assert (after.item("x").deducted, after.section("a").score, after.total) == (d(4), d(6),
                                                                               d(14))
    assert after.item("x").why == "x ×2 → −4"
    assert before.item("x").deducted == d(2) and before.total == d(16)    # not written over
    assert after.item("y") is before.item("y")          # its very answer, not scored again
    assert after.section("b") is before.section("b")
    again = evaluate(rubric, sheet)                      # the first sheet again: its figures
    assert (again.item("x").deducted, again.total) == (d(2), d(16))


def test_equal_inputs_that_are_other_objects_are_scored_anew():
    """A kept answer goes with the very input objects: an equal amount written otherwise
    (1.0, 1) is its own input, and its figure keeps its own digits."""
    rubric = rubric_from_data(TWO_SECTIONS)
    tenths = sheet_from_data({"incidents": [{"item": "r", "amount": d("1.0")}]}, rubric)
    whole = sheet_from_data({"incidents": [{"item": "r", "amount": d("1")}]}, rubric)
    first = evaluate(rubric, tenths)
    assert evaluate(rubric, tenths).item("r") is first.item("r")     # kept …
    assert str(evaluate(rubric, whole).item("r").deducted) == "1"    # … for those objects only
    assert str(evaluate(rubric, tenths).item("r").deducted) == "1.0"


WEIGHTED = {"id": "w", "name": "权重", "base": 100, "sections": [
    {"id": "kpi", "name": "业绩", "weight": 70, "items": [
        {"id": "sales", "points": 50, "rating": {"max": 100}},
        {"id": "quality", "points": 50, "rating": {"max": 100}}]},
    {"id": "conduct", "name": "行为", "weight": 30, "items": [{"id": "late", "deduct": 5}]}],
    "max_total": 110, "bonuses": [{"id": "praise", "add": 2}]}


def test_weighted_figures_are_written_on_copies_never_on_a_kept_answer():
    rubric = rubric_from_data(WEIGHTED)
    full = sheet_from_data({"values": {"sales": 80, "quality": 60},
                            "incidents": [{"item": "late", "count": 2}, {"item": "praise"}]},
                           rubric)
    # 业绩: 40 + 30 = 70 → × 0.7 = 49 (sales 28, quality 21); 行为: 100 − 10 = 90 → 27
    # (late −3); + 2 praise = 78
    first = evaluate(rubric, full)
    assert (first.item("sales").on_total, first.item("late").on_total, first.total) == (
        d("28.0"), d("-3.0"), d(78))
    # quality N/A, sales the same value object: 40 of the 50 that apply, rescaled to 80 of 100
    # → 56 (sales 56 on the total); 56 + 27 + 2 = 85
    na = dataclasses.replace(full, na=frozenset({"quality"}),
                             values={"sales": full.values["sales"]})
    second = evaluate(rubric, na)
    assert (second.item("sales").on_total, second.total) == (d("56.0"), d(85))
    assert first.item("sales").on_total == d("28.0")               # the first result unchanged
    assert evaluate(rubric, full).item("sales").on_total == d("28.0")
    assert second.item("praise") is first.item("praise")           # form-level: kept as is


def test_set_aside_evaluates_from_scratch_and_keeps_the_answers():
    rubric = rubric_from_data(TWO_SECTIONS)
    sheet = sheet_from_data({"incidents": [{"item": "y"}]}, rubric)
    kept = evaluate(rubric, sheet)
    with set_aside(rubric):
        fresh = evaluate(rubric, sheet)
    assert fresh.item("y") is not kept.item("y") and fresh == kept
    assert evaluate(rubric, sheet).item("y") is kept.item("y")


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(rubric_and_sheet(), st.data())
def test_ticks_and_unticks_give_what_an_evaluation_from_scratch_gives(case, data):
    """Any rubric and sheet, then ticks (one incident more, at the end or not), unticks and the
    first sheet again: each result is, to the last digit (repr), the one worked out with no
    kept answers."""
    rubric_data, sheet_data = case
    rubric = rubric_from_data(rubric_data)
    sheet = sheet_from_data(sheet_data, rubric)
    ids = [i.id for i in rubric.items() if i.takes_incidents]
    sheets = [sheet]
    for _ in range(data.draw(st.integers(1, 6))):
        current = sheets[-1]
        incidents = list(current.incidents)
        if incidents and data.draw(st.booleans()):
            del incidents[data.draw(st.integers(0, len(incidents) - 1))]
        else:
            at = data.draw(st.integers(0, len(incidents)))
            incidents.insert(at, Incident(data.draw(st.sampled_from(ids)),
                                          count=data.draw(st.integers(1, 3))))
        sheets.append(dataclasses.replace(current, incidents=incidents))
    sheets.append(sheet)
    for each in sheets:
        kept = evaluate(rubric, each)
        with set_aside(rubric):
            fresh = evaluate(rubric, each)
        assert repr(kept) == repr(fresh)
