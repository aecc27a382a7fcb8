"""Bad rubrics and sheets are refused with the file, item, field and line named."""

import io
from decimal import Decimal

import pytest

from scoring import (
    RubricError,
    cli,
    evaluate,
    load_rubric,
    rubric_from_text,
    sheet_from_data,
    sheet_from_text,
)

GOOD = """\
id: r
name: 测试
base: 100
sections:
  - id: s
    name: 节
    points: 100
    items:
      - id: uniform
        text: 着装
        deduct: 1
        severe_x: 2
      - id: media
        deduct: [10, 20]
      - id: exam
        points: 0
        linear: {zero_at: 70, full_at: 90}
      - id: desk
        points: 0
        check: true
"""


def refused(text):
    with pytest.raises(RubricError) as info:
        rubric_from_text(text, file="bad.yaml")
    return info.value


def test_good_rubric_loads():
    assert rubric_from_text(GOOD).item("media").spec.high == 20


@pytest.mark.parametrize("old, new, item, field, line, words", [
    ("        deduct: 1\n", "        deduct: 1\n        colour: red\n", "uniform", "colour", 12,
     "unknown key"),
    ("        deduct: 1\n", "        deduct: 1\n        check: true\n", "uniform", "check", 12,
     "two kind keys"),
    ("      - id: media\n", "      - id: uniform\n", "uniform", "id", 13, "duplicate id"),
    ("    points: 100\n", "    points: 90\n", None, "sections", 4, "sum to 90"),
    ("        deduct: [10, 20]\n", "        deduct: [-10, 20]\n", "media", "deduct", 14,
     "must not be negative"),
    ("        deduct: 1\n", "        deduct: -1\n", "uniform", "deduct", 11,
     "must not be negative"),
    ("{zero_at: 70, full_at: 90}", "{zero_at: 70, full_at: 70}", "exam", "full_at", 17,
     "both 70"),
    ("        deduct: [10, 20]\n", "        deduct: [20, 10]\n", "media", "deduct", 14,
     "upside down"),
    ("      - id: media\n", "      - id: Media!\n", "Media!", "id", 13, "lowercase"),
])
def test_refusals_name_item_field_and_line(old, new, item, field, line, words):
    assert old in GOOD
    error = refused(GOOD.replace(old, new, 1))
    assert error.item == item
    assert error.field == field
    assert error.line == line
    assert words in str(error)
    assert str(error).startswith(f"bad.yaml:{line}:")


def test_weights_must_sum_to_100():
    text = """\
id: w
name: 权重
base: 100
sections:
  - {id: a, name: A, weight: 40, items: [{id: x, points: 100, rating: {max: 100}}]}
  - {id: b, name: B, weight: 50, items: [{id: y, points: 100, rating: {max: 100}}]}
"""
    error = refused(text)
    assert "weights sum to 90" in str(error) and error.line == 4


def test_mixed_styles_refused():
    text = """\
id: w
name: 权重
base: 100
sections:
  - {id: a, name: A, weight: 40, items: [{id: x, deduct: 1}]}
  - {id: b, name: B, points: 60, items: [{id: y, deduct: 1}]}
"""
    assert "one style per rubric" in str(refused(text))


@pytest.mark.parametrize("table, words", [
    ("[{min: 50, score: 60}, {min: 75, score: 100}]", "bands out of order"),
    ("[{score: 0}, {min: 75, score: 100}]", "after the catch-all"),
    ("[{max: 75, score: 100}]", "use `min`"),
    ("[{min: 75, score: 120}]", "more than the item's 100"),
])
def test_bad_bands(table, words):
    text = f"""\
id: b
name: 档
base: 100
sections:
  - id: s
    name: S
    points: 100
    items:
      - id: conv
        points: 100
        bands: {{table: {table}}}
"""
    error = refused(text)
    assert words in str(error)
    assert error.item == "conv"
    assert error.line == 11


@pytest.mark.parametrize("text, words", [
    ("", "must be a mapping"),
    ("- just a list", "must be a mapping"),
    ("id: x\nname: [unclosed", "not valid YAML"),
    ("id: x\nname: n\nbase: 100\n", "sections"),
])
def test_broken_files(text, words):
    assert words in str(refused(text))


def test_missing_file_and_not_utf8(tmp_path):
    with pytest.raises(RubricError, match="no such file"):
        load_rubric(tmp_path / "nope.yaml")
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes("名称: 考核".encode("gbk"))
    with pytest.raises(RubricError, match="not UTF-8"):
        load_rubric(bad)


def test_json_rubric_is_accepted(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('{"id": "j", "name": "J", "base": 10, "sections": [{"id": "s", "name": "S",'
                    ' "points": 10, "items": [{"id": "a", "deduct": 1}]}]}', encoding="utf-8")
    assert load_rubric(path).id == "j"


RUBRIC = rubric_from_text(GOOD)


def sheet_refused(text):
    with pytest.raises(RubricError) as info:
        sheet_from_text(text, RUBRIC, file="sheet.yaml")
    return info.value


@pytest.mark.parametrize("text, item, field, words", [
    ("incidents:\n  - {item: ghost}\n", "ghost", "item", "unknown item 'ghost'"),
    ("incidents:\n  - {item: media, amount: 25}\n", "media", "amount", "outside [10, 20]"),
    ("incidents:\n  - {item: media}\n", "media", "amount", "needs an amount"),
    ("incidents:\n  - {item: uniform, amount: 3}\n", "uniform", "amount", "fixed amount"),
    ("incidents:\n  - {item: media, amount: 15, severe: true}\n", "media", "severe",
     "cannot be marked severe"),
    ("incidents:\n  - {item: uniform, count: 0}\n", "uniform", "count", "whole number"),
    ("incidents:\n  - {item: exam}\n", "exam", "item", "under `values`"),
    ("values:\n  exam: eighty\n", "exam", "exam", "must be a number"),
    ("values:\n  desk: 1\n", "desk", "desk", "true or false"),
    ("values:\n  uniform: 3\n", "uniform", "uniform", "under `incidents`"),
    ("values:\n  ghost: 3\n", "ghost", "ghost", "unknown item"),
    ("rubric: other\n", None, "rubric", "not 'r'"),
    ("na: [ghost]\n", "ghost", "na", "unknown item"),
])
def test_sheet_refusals(text, item, field, words):
    error = sheet_refused(text)
    assert error.item == item
    assert error.field == field
    assert words in str(error)
    assert str(error).startswith("sheet.yaml:2:") or str(error).startswith("sheet.yaml:1:")


@pytest.mark.parametrize("item_yaml, field, words", [
    ("{id: r1, points: 10, rating: }", "rating", "is required"),
    ("{id: r1, points: 10, linear: }", "linear", "is required"),
    ("{id: r1, points: 10, survey: {scores: {a: 120}}}", "a", "at most 100"),
    ("{id: r1, points: 10, check: true, ratio: true}", "ratio", "does not apply"),
])
def test_item_shapes_refused_not_crashed(item_yaml, field, words):
    text = f"""\
id: x
name: X
base: 10
sections:
  - {{id: s, name: S, points: 10, items: [{item_yaml}]}}
"""
    error = refused(text)
    assert error.field == field and words in str(error) and error.line == 5


def test_post_must_be_text_and_form_veto_scope():
    assert "post name" in str(refused(GOOD.replace("base: 100", "base: 100\npost: 5")))
    text = GOOD + "vetoes:\n  - {id: hide, veto: section}\n"
    error = refused(text)
    assert error.item == "hide" and error.field == "veto" and "not a section" in str(error)


# -- numbers the engine cannot take: refused where they stand, never a Decimal traceback --------

BEYOND = [
    ("123456789012345678901234567890", "too large"), ("1" * 5000, "too large"),
    ("1.0e+999999", "too large"), ("-1.0e+400", "too large"), ("1.0e-400", "too small"),
    (".nan", "must be"), (".inf", "must be"), ("-.inf", "must be"), ("1e999999", "must be"),
]


@pytest.mark.parametrize("number, words", BEYOND)
@pytest.mark.parametrize("old, new, item, field, line", [
    ("base: 100\n", "base: {}\n", None, "base", 3),
    ("name: 测试\n", "name: 测试\nversion: {}\n", None, "version", 3),
    ("deduct: 1\n", "deduct: {}\n", "uniform", "deduct", 11),
    ("severe_x: 2", "severe_x: {}", "uniform", "severe_x", 12),
    ("[10, 20]", "[10, {}]", "media", "deduct", 14),
    ("zero_at: 70", "zero_at: {}", "exam", "zero_at", 17),
])
def test_rubric_numbers_beyond_the_engine_are_refused(old, new, item, field, line, number,
                                                       words):
    error = refused(GOOD.replace(old, new.format(number), 1))
    assert (error.item, error.field, error.line) == (item, field, line)
    assert words in str(error) and len(str(error)) < 200


SHEET = "incidents:\n  - {item: uniform, count: 1}\n  - {item: media, amount: 15}\nvalues:\n" \
        "  exam: 80\n"


@pytest.mark.parametrize("number, words", BEYOND)
@pytest.mark.parametrize("old, item, field, line", [
    ("count: 1", "uniform", "count", 2),
    ("amount: 15", "media", "amount", 3),
    ("exam: 80", "exam", "exam", 5),
])
def test_sheet_numbers_beyond_the_engine_are_refused(old, item, field, line, number, words):
    key = old.split(":")[0]
    error = sheet_refused(SHEET.replace(old, f"{key}: {number}"))
    assert (error.item, error.field, error.line) == (item, field, line)
    assert words in str(error) and len(str(error)) < 200


@pytest.mark.parametrize("number", [
    Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), Decimal("1E+999999"),
    Decimal("1E-999999"), Decimal("0." + "1" * 40), Decimal(10) ** 12,
])
@pytest.mark.parametrize("place", ["amount", "value", "num", "den", "context"])
def test_decimals_from_the_app_are_checked_too(place, number):
    data = {"amount": {"incidents": [{"item": "media", "amount": number}]},
            "value": {"values": {"exam": number}},
            "context": {"context": {"team_mean_total": number}},
            }.get(place) or {"values": {"rate": {"num": 1, "den": 2} | {place: number}}}
    rubric = RUBRIC if place in ("amount", "value", "context") else rubric_from_text(
        GOOD.replace("      - id: desk", "      - {id: rate, points: 0, ratio: true, "
                     "rating: {max: 1}}\n      - id: desk"))
    with pytest.raises(RubricError) as info:
        sheet_from_data(data, rubric, file="app")
    assert info.value.field in ("amount", "exam", "team_mean_total", place)
    assert len(str(info.value)) < 200


def test_a_30_digit_count_is_refused_by_the_command_line(tmp_path):
    rubric, sheet = tmp_path / "r.yaml", tmp_path / "s.yaml"
    rubric.write_text(GOOD, encoding="utf-8")
    sheet.write_text("incidents:\n  - {item: uniform, count: 123456789012345678901234567890}\n",
                     encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.score(rubric, sheet, out=out, err=err) == 2
    assert err.getvalue().startswith(f"error: {sheet}:2: item 'uniform', field 'count': is too "
                                     "large")


def test_the_largest_numbers_still_score_and_print():
    top = "999999999999"
    rubric = rubric_from_text(GOOD.replace("deduct: 1\n", f"deduct: {top}\n").replace(
        "severe_x: 2", f"severe_x: {top}").replace("base: 100", "base: 100\nmax_total: 100"))
    sheet = sheet_from_text(f"incidents:\n  - {{item: uniform, count: {top}, severe: true}}\n"
                            "values: {exam: 0.000000000001}\n", rubric)
    result = evaluate(rubric, sheet)   # a 36-digit deduction: beyond quantize's 28 digits
    assert result.total == 0 and result.item("uniform").deducted > Decimal(10) ** 35
    assert result.to_json()["items"][0]["deducted"].startswith("99999999999")
    assert "×999999999999" in cli.render_text(rubric, result)
