"""Any number-like text in any numeric field of a real rubric or sample sheet either loads and
scores, or is refused with a RubricError naming the file and line — never a Decimal traceback."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import RubricError, cli, evaluate, rubric_from_text, sheet_from_text

pytestmark = pytest.mark.slow   # hypothesis: pytest -m "not slow" skips it

ROOT = Path(__file__).resolve().parent.parent
RUBRICS = {p.stem: p.read_text(encoding="utf-8")
           for p in sorted((ROOT / "resources" / "rubrics").glob("*.yaml"))}
SHEETS = {p.name.removesuffix(".sheet.yaml"): p.read_text(encoding="utf-8")
          for p in sorted((ROOT / "tests" / "samples").glob("*.sheet.yaml"))}
PARSED = {name: rubric_from_text(text) for name, text in RUBRICS.items()}
# A number standing as a value: after "key: ", "[" or ", "; before ",", "]", "}" or a space.
NUMBER = re.compile(r"(?:(?<=: )|(?<=\[)|(?<=, ))-?\d+(?:\.\d+)?(?=[,\]}\s]|$)", re.MULTILINE)
# Refusals of the number itself (not of a sum or an order it upsets elsewhere).
OF_THE_NUMBER = ("too large", "too small", "significant digits", "must be a number",
                 "not valid YAML")


def spots(text):
    """(start, end, line) of every number in value position."""
    return [(m.start(), m.end(), text.count("\n", 0, m.start()) + 1)
            for m in NUMBER.finditer(text)]


SHEET_SPOTS = {name: spots(text) for name, text in SHEETS.items()}
RUBRIC_SPOTS = {name: spots(text) for name, text in RUBRICS.items()}

digits = st.text(alphabet="0123456789", min_size=1, max_size=45)
number_text = st.one_of(
    st.decimals().map(str),                 # NaN, sNaN, -Infinity, 1E+999999 (text in YAML)
    st.floats().map(repr),                  # inf, nan, 1e+300, 5e-324
    st.integers(min_value=-10 ** 40, max_value=10 ** 40).map(str),
    st.builds(lambda sign, whole, part, e: f"{sign}{whole}.{part}{e}",
              st.sampled_from(["", "-", "+"]), digits, digits,
              st.one_of(st.just(""), st.integers(-9999999, 9999999).map(
                  lambda n: f"e{'+' if n >= 0 else '-'}{abs(n)}"))),
    st.sampled_from(["1" * 5000, "9" * 4301, "0" * 200, "1.0e+999999", "-1.0e+999999",
                     "1.0e-999999", ".nan", ".NaN", ".inf", "-.inf", "1e999999", "0", "-0",
                     "0.0", "999999999999", "1000000000000", "0.000000000001",
                     "0.0000000000001", "1_000.5", "0x" + "f" * 200]),
)


def scores_or_is_refused(rubric, text, file, line, strict):
    try:
        sheet = sheet_from_text(text, rubric, file=file)
    except RubricError as error:
        assert error.file == file and error.line is not None
        if strict or any(words in str(error) for words in OF_THE_NUMBER):
            assert error.line == line, str(error)
        assert len(str(error)) < 300
        return
    result = evaluate(rubric, sheet)
    result.to_json()
    cli.render_text(rubric, result)


@settings(max_examples=300)
@given(data=st.data(), number=number_text)
def test_any_number_in_a_sample_sheet_loads_or_is_refused_on_its_line(data, number):
    name = data.draw(st.sampled_from(sorted(n for n in SHEETS if SHEET_SPOTS[n])))
    start, end, line = data.draw(st.sampled_from(SHEET_SPOTS[name]))
    text = SHEETS[name][:start] + number + SHEETS[name][end:]
    scores_or_is_refused(PARSED[name], text, "s.yaml", line, strict=True)


@settings(max_examples=300)
@given(data=st.data(), number=number_text)
def test_any_number_in_a_real_rubric_loads_or_is_refused_on_its_line(data, number):
    name = data.draw(st.sampled_from(sorted(RUBRICS)))
    start, end, line = data.draw(st.sampled_from(RUBRIC_SPOTS[name]))
    text = RUBRICS[name][:start] + number + RUBRICS[name][end:]
    try:
        rubric = rubric_from_text(text, file="r.yaml")
    except RubricError as error:
        assert error.file == "r.yaml" and error.line is not None
        if any(words in str(error) for words in OF_THE_NUMBER):
            assert error.line == line, str(error)
        assert len(str(error)) < 300
        return
    if name in SHEETS:  # the rubric changed: its sample may now be refused, never crash
        scores_or_is_refused(rubric, SHEETS[name], "s.yaml", None, strict=False)


def test_every_sample_has_numbers_to_change():
    assert all(RUBRIC_SPOTS.values()) and sum(map(len, SHEET_SPOTS.values())) > 50
