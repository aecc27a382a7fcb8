"""Property tests of the money side (scoring/money_side.py) over generated money blocks and
sheets: the cap and floor always hold, the printed lines add up to the printed total, a per-unit
line is linear in its count, a factor never falls below 0 and grows with its value, an
escalating fine charges its first steps and flags the rest, and below_total never earns."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoring import evaluate, rubric_from_data, sheet_from_data
from scoring.money_rules import Factor
from scoring.money_side import evaluate_money, factor_of

pytestmark = pytest.mark.slow   # pytest -m "not slow" for a quick run

CENT = Decimal("0.01")
fen_amounts = st.decimals(min_value=0, max_value=500, places=2, allow_nan=False,
                          allow_infinity=False)
rates = st.decimals(min_value=0, max_value=5, places=3, allow_nan=False, allow_infinity=False)
counts = st.integers(0, 5000)


def _rubric(lines, cap=None, floor=None, pay=None):
    money = {"lines": lines}
    if cap is not None:
        money["cap"] = cap
    if floor is not None:
        money["floor"] = floor
    data = {"id": "m", "name": "金额", "base": 100, "money": money,
            "sections": [{"id": "s", "name": "节", "points": 100, "items": [
                {"id": "score", "rating": {"max": 100}, "points": 100},
                {"id": "breach", "deduct": 1}]}]}
    if pay is not None:
        data["pay"] = {"amount": pay, "proportional": True}
    return rubric_from_data(data)


def _money(rubric, values=None, incidents=()):
    sheet = sheet_from_data({"values": values or {}, "incidents": list(incidents)}, rubric)
    return evaluate_money(rubric, sheet, evaluate(rubric, sheet))


@st.composite
def blocks(draw):
    """A money block of up to six lines of every kind, and a sheet for it."""
    lines, values, incidents = [], {"score": draw(st.integers(0, 100))}, []
    for n in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["per_unit", "fine_per_unit", "reward", "fine", "steps",
                                     "below_total", "permille", "factor"]))
        line = {"id": f"l{n}"}
        if kind in ("per_unit", "fine_per_unit"):
            line[kind] = draw(rates)
            values[line["id"]] = draw(counts)
        elif kind in ("reward", "fine"):
            line[kind] = draw(fen_amounts)
            incidents.append({"item": line["id"], "count": draw(st.integers(1, 9))})
        elif kind == "steps":
            line["fine"] = {"steps": draw(st.lists(fen_amounts, min_size=1, max_size=3)),
                            "beyond": "开除"}
            incidents.append({"item": line["id"], "count": draw(st.integers(1, 6))})
        elif kind == "below_total":
            line[kind] = {"total": draw(st.integers(0, 100)), "per_point": draw(rates)}
        elif kind == "permille":
            line[kind] = {"table": [{"min": 100000, "rate": 2.5}, {"min": 0, "rate": 1}]}
            values[line["id"]] = draw(st.integers(0, 10 ** 7))
        else:
            line[kind] = {"below": {"at": 70, "per": 0.05}, "above": {"at": 80, "per": 0.05}}
            line["item"] = "score"
        if kind not in ("factor",) and draw(st.booleans()):
            line["cap"] = draw(fen_amounts)
        lines.append(line)
    cap = draw(st.one_of(st.none(), fen_amounts))
    floor = draw(st.one_of(st.none(), st.decimals(min_value=-500, max_value=0, places=2,
                                                  allow_nan=False, allow_infinity=False)))
    pay = draw(st.one_of(st.none(), fen_amounts))
    return _rubric(lines, cap, floor, pay), values, incidents


@given(blocks())
def test_the_cap_and_floor_always_hold_and_the_lines_add_up(block):
    rubric, values, incidents = block
    found = _money(rubric, values, incidents)
    # Every line is in fen, and pay + Σ lines is the subtotal exactly (nothing lost to rounding).
    for line in found.lines:
        assert line.amount == line.amount.quantize(CENT)
    assert (found.pay or 0) + sum(line.amount for line in found.lines) == found.subtotal
    if rubric.money.cap is not None:
        assert found.total <= rubric.money.cap
    if rubric.money.floor is not None:
        assert found.total >= rubric.money.floor
    # A line's cap holds in size.
    for line, rule in zip(found.lines, rubric.money.lines):
        if rule.cap is not None:
            assert abs(line.amount) <= rule.cap


@given(rates.filter(lambda r: r == r.quantize(CENT)), counts, counts)
def test_a_per_unit_line_is_linear_in_its_count(rate, n, m):
    rubric = _rubric([{"id": "tickets", "per_unit": rate}])
    # With a rate in fen, n + m tickets earn exactly what n and m earn apart.
    both = _money(rubric, {"tickets": n + m}).total
    assert both == _money(rubric, {"tickets": n}).total + _money(rubric, {"tickets": m}).total
    assert both == rate * (n + m)


@given(rates, counts, counts)
def test_any_rate_is_linear_to_the_fen(rate, n, m):
    rubric = _rubric([{"id": "tickets", "per_unit": rate}])
    apart = _money(rubric, {"tickets": n}).total + _money(rubric, {"tickets": m}).total
    assert abs(_money(rubric, {"tickets": n + m}).total - apart) <= CENT


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
       st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False))
def test_a_factor_is_never_negative_and_grows_with_its_value(a, b):
    spec = Factor(below_at=Decimal(70), below_per=Decimal("0.05"), above_at=Decimal(80),
                  above_per=Decimal("0.05"))
    low, high = sorted((a, b))
    assert 0 <= factor_of(spec, low) <= factor_of(spec, high)
    if 70 <= low <= 80:
        assert factor_of(spec, low) == 1


@given(st.lists(fen_amounts, min_size=1, max_size=4), st.integers(1, 8))
def test_an_escalating_fine_charges_its_steps_then_flags(steps, count):
    rubric = _rubric([{"id": "off-task", "fine": {"steps": steps, "beyond": "开除"}}])
    found = _money(rubric, incidents=[{"item": "off-task", "count": count}])
    assert found.total == -sum(steps[:count], Decimal(0))
    assert found.flags == ([("开除", "开除")] if count > len(steps) else [])


@given(st.integers(0, 100), st.integers(0, 100))
def test_below_total_never_earns_and_takes_less_for_a_better_total(a, b):
    rubric = _rubric([{"id": "below", "below_total": {"total": 85, "per_point": 2}}])
    low, high = sorted((a, b))
    worse, better = (_money(rubric, {"score": v}).total for v in (low, high))
    assert worse <= better <= 0
    assert better == -2 * max(0, 85 - high)
