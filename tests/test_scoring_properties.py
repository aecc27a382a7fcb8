"""Property tests of the engine over generated rubrics and sheets."""

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from scoring import evaluate, rubric_from_data, sheet_from_data

pytestmark = pytest.mark.slow   # pytest -m "not slow" for a quick run

amounts = st.decimals(min_value=0, max_value=30, places=1, allow_nan=False, allow_infinity=False)
values = st.decimals(min_value=-50, max_value=250, places=2, allow_nan=False,
                     allow_infinity=False)


@st.composite
def rubric_and_sheet(draw):
    """A points-style rubric with deduction and value items, plus a matching sheet."""
    n_sections = draw(st.integers(1, 4))
    sections, incidents, vals, counter = [], [], {}, iter(range(1000))
    for s in range(n_sections):
        points = Decimal(draw(st.integers(1, 60)))
        items = []
        for _ in range(draw(st.integers(0, 3))):
            iid = f"d{next(counter)}"
            per = draw(amounts)
            item = {"id": iid, "deduct": per}
            if draw(st.booleans()):
                item["severe_x"] = draw(st.integers(1, 3))
            if draw(st.booleans()):
                item["cap"] = draw(amounts)
            items.append(item)
            for _ in range(draw(st.integers(0, 3))):
                inc = {"item": iid, "count": draw(st.integers(1, 5))}
                if "severe_x" in item and draw(st.booleans()):
                    inc["severe"] = True
                incidents.append(inc)
        kinds = draw(st.lists(st.sampled_from(["linear", "rating", "check", "bands"]),
                              max_size=3))
        for kind in kinds:
            iid = f"v{next(counter)}"
            item_points = draw(st.integers(0, 40))
            item = {"id": iid, "points": item_points}
            if kind == "linear":
                a, b = draw(st.integers(0, 100)), draw(st.integers(0, 100))
                b = b if b != a else a + 1
                item["linear"] = {"zero_at": a, "full_at": b}
            elif kind == "rating":
                item["rating"] = {"max": 100}
            elif kind == "check":
                item["check"] = True
            else:
                item["bands"] = {"table": [{"min": 80, "score": item_points},
                                           {"min": 50, "score": item_points // 2}]}
            items.append(item)
            if draw(st.booleans()):  # sometimes missing
                if kind == "check":
                    vals[iid] = draw(st.booleans())
                elif kind == "rating":
                    vals[iid] = draw(st.decimals(min_value=0, max_value=100, places=1))
                else:
                    vals[iid] = draw(values)
        if not items:
            items.append({"id": f"d{next(counter)}", "deduct": 1})
        sections.append({"id": f"s{s}", "name": f"节{s}", "points": int(points), "items": items})
    base = sum(s["points"] for s in sections)
    bonus_id = "b-praise"
    rubric = {"id": "gen", "name": "生成", "base": base,
              "max_total": base + draw(st.integers(0, 10)),
              "bonuses": [{"id": bonus_id, "add": draw(amounts)}], "sections": sections}
    for _ in range(draw(st.integers(0, 2))):
        incidents.append({"item": bonus_id})
    return rubric, {"incidents": incidents, "values": vals}


def run(rubric_data, sheet_data):
    rubric = rubric_from_data(rubric_data)
    return evaluate(rubric, sheet_from_data(sheet_data, rubric))


@settings(max_examples=300, deadline=None)
@given(rubric_and_sheet())
def test_sections_stay_within_their_points_and_total_within_cap(case):
    rubric_data, sheet = case
    result = run(rubric_data, sheet)
    for section, spec in zip(result.sections, rubric_data["sections"]):
        assert Decimal(0) <= section.score <= Decimal(spec["points"])
    assert Decimal(0) <= result.total <= Decimal(rubric_data["max_total"])


@settings(max_examples=300, deadline=None)
@given(rubric_and_sheet(), st.data())
def test_one_more_deduction_never_raises_the_total(case, data):
    rubric_data, sheet = case
    deduct_ids = [i["id"] for s in rubric_data["sections"] for i in s["items"] if "deduct" in i]
    assume(deduct_ids)
    extra = data.draw(st.sampled_from(deduct_ids))
    before = run(rubric_data, sheet).total
    more = dict(sheet, incidents=sheet["incidents"] + [{"item": extra}])
    assert run(rubric_data, more).total <= before


@settings(max_examples=200, deadline=None)
@given(rubric_and_sheet())
def test_evaluation_is_deterministic(case):
    rubric_data, sheet = case
    assert run(rubric_data, sheet).to_json() == run(rubric_data, sheet).to_json()


def _walk(value):
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _walk(getattr(value, f.name))
    elif isinstance(value, dict):
        for v in value.values():
            yield from _walk(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _walk(v)
    else:
        yield value


@settings(max_examples=200, deadline=None)
@given(rubric_and_sheet())
def test_no_float_anywhere_in_a_result(case):
    rubric_data, sheet = case
    result = run(rubric_data, sheet)
    assert not [v for v in _walk(result) if isinstance(v, float)]
