"""Bad rubrics and sheets are refused with the file, item, field and line named."""

import pytest

from scoring import RubricError, load_rubric, rubric_from_text, sheet_from_text

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
