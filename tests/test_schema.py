"""The JSON Schemas in resources/ agree with the engine's loader on rubrics and sheets."""

import copy
import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from scoring import RubricError, load_rubric, load_sheet, rubric_from_data

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
RUBRICS = sorted((RESOURCES / "rubrics").glob("*.yaml"))
SAMPLES = sorted((ROOT / "tests" / "samples").glob("*.sheet.yaml"))


def _schema(name):
    return json.loads((RESOURCES / name).read_text(encoding="utf-8"))


RUBRIC_SCHEMA = _schema("rubric.schema.json")
SHEET_SCHEMA = _schema("sheet.schema.json")
RUBRIC = Draft202012Validator(RUBRIC_SCHEMA)
SHEET = Draft202012Validator(SHEET_SCHEMA)


def as_json(data):
    """YAML data as a JSON document would hold it (keys such as survey answers become text)."""
    return json.loads(json.dumps(data, default=str))


def read_yaml(path):
    return as_json(yaml.safe_load(path.read_text(encoding="utf-8-sig")))


def errors(validator, data):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(as_json(data))]


@pytest.mark.parametrize("schema", [RUBRIC_SCHEMA, SHEET_SCHEMA], ids=["rubric", "sheet"])
def test_schema_itself_is_valid(schema):
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", RUBRICS, ids=[p.stem for p in RUBRICS])
def test_every_loadable_builtin_rubric_validates(path):
    try:
        load_rubric(path)
    except RubricError as exc:
        pytest.skip(f"not loadable (yet): {exc}")
    assert errors(RUBRIC, read_yaml(path)) == []


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_loadable_sample_sheet_validates(path):
    rubric_path = RESOURCES / "rubrics" / path.name.replace(".sheet.yaml", ".yaml")
    try:
        load_sheet(path, load_rubric(rubric_path))
    except RubricError as exc:
        pytest.skip(f"not loadable (yet): {exc}")
    assert errors(SHEET, read_yaml(path)) == []


GOOD = {
    "id": "demo", "name": "示例", "name_en": "Demo", "base": 100, "period": "month",
    "grades": [{"min": 90, "label": "优秀"}, {"min": 0, "label": "合格"}],
    "approval": {"bonus_over": 5, "deduction_over": 10},
    "pay": {"amount": 500, "table": [{"min": 90, "percent": 100}, {"min": 0, "percent": 80}]},
    "sections": [
        {"id": "norms", "name": "规范", "points": 60, "items": [
            {"id": "uniform", "text": "着装规范", "text_en": "Uniform", "deduct": 1,
             "severe_x": 2, "cap": 10},
            {"id": "complaint", "deduct": [5, 20], "approval": "always"},
            {"id": "concealed", "veto": "section"},
        ]},
        {"id": "kpi", "name": "指标", "points": 40, "items": [
            {"id": "exam", "points": 10, "bands": {"table": [{"min": 90, "score": 10},
                                                           {"score": 5}]}},
            {"id": "errors", "points": 10, "scale": 100, "unit": "%",
             "bands": {"lower_better": True, "table": [{"max": 1, "score": 100}]}},
            {"id": "answer-rate", "points": 10, "ratio": True,
             "linear": {"zero_at": 0.8, "full_at": 0.95}},
            {"id": "team", "points": 10, "derived": {"source": "team_value", "item": "errors"}},
        ]},
    ],
    "bonuses": [{"id": "praise", "add": [1, 5], "cap": 8}],
    "vetoes": [{"id": "fraud", "veto": "form"}],
}


def test_a_full_rubric_passes_both_loader_and_schema():
    rubric_from_data(GOOD)
    assert errors(RUBRIC, GOOD) == []


def _set(path, value):
    """A mutation: set GOOD[path...] = value (value None deletes the key)."""
    def apply(data):
        *parents, last = path
        node = data
        for key in parents:
            node = node[key]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return apply


FIRST_ITEM = ("sections", 0, "items", 0)
BAD = {
    "unknown key on an item": _set(FIRST_ITEM + ("colour",), "red"),
    "unknown key at the top": _set(("colour",), "red"),
    "misspelt twin": _set(FIRST_ITEM + ("label_en",), "x"),
    "two kind keys": _set(FIRST_ITEM + ("check",), True),
    "no kind key": _set(FIRST_ITEM + ("deduct",), None),
    "bad item id": _set(FIRST_ITEM + ("id",), "Uniform"),
    "bad section id": _set(("sections", 0, "id"), "-norms"),
    "bad rubric id": _set(("id",), "demo rubric"),
    "bad veto scope": _set(("sections", 0, "items", 2, "veto"), "team"),
    "bad period": _set(("period",), "week"),
    "bad start": _set(("sections", 0, "start"), "half"),
    "add in a section": _set(FIRST_ITEM, {"id": "x", "add": 1}),
    "deduct among bonuses": _set(("bonuses", 0), {"id": "x", "deduct": 1}),
    "points on a deduct item": _set(FIRST_ITEM + ("points",), 5),
    "severe_x on a check item": _set(("sections", 1, "items", 0),
                                     {"id": "x", "check": True, "points": 10, "severe_x": 2}),
    "points missing on a rating": _set(("sections", 1, "items", 0),
                                       {"id": "x", "rating": {"max": 5}}),
    "negative deduction": _set(FIRST_ITEM + ("deduct",), -1),
    "range of three": _set(FIRST_ITEM + ("deduct",), [1, 2, 3]),
    "check false": _set(("sections", 1, "items", 0), {"id": "x", "check": False, "points": 1}),
    "min row in a lower-better table": _set(
        ("sections", 1, "items", 1, "bands", "table", 0), {"min": 1, "score": 100}),
    "derived team_value without item": _set(("sections", 1, "items", 3, "derived", "item"), None),
    "derived with two rules": _set(("sections", 1, "items", 3, "derived"), {
        "source": "team_rank", "linear": {"zero_at": 5, "full_at": 1},
        "bands": {"table": [{"score": 1}]}}),
    "points and weight on a section": _set(("sections", 0, "weight"), 60),
    "mixed styles": _set(("sections", 1), {"id": "kpi", "name": "指标", "weight": 40,
                                           "items": [{"id": "x", "deduct": 1}]}),
    "pay table and proportional": _set(("pay", "proportional"), True),
    "approval sometimes": _set(("sections", 0, "items", 1, "approval"), "sometimes"),
    "relative_to other": _set(("sections", 1, "items", 2, "relative_to"), "team_median"),
    "version zero": _set(("version",), 0),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_rubric_is_refused_by_schema_and_loader(name):
    data = copy.deepcopy(GOOD)
    BAD[name](data)
    with pytest.raises(RubricError):
        rubric_from_data(data)
    assert errors(RUBRIC, data), f"the schema accepts: {name}"


def test_bad_sheets_are_refused_by_the_schema():
    good = {"rubric": "demo", "incidents": [{"item": "uniform", "count": 2, "severe": True}],
            "values": {"exam": 85, "answer-rate": {"num": 93, "den": 100}, "ok": True,
                       "csat": {"5": 3}},
            "na": ["errors"], "context": {"team_mean": {"exam": 80}, "team_rank": 2}}
    assert errors(SHEET, good) == []
    for bad in ({"colour": "red"},
                {"incidents": [{"item": "uniform", "count": 0}]},
                {"incidents": [{"item": "uniform", "severity": True}]},
                {"values": {"Exam": 85}},
                {"values": {"answer-rate": {"num": 93, "den": 0}}},
                {"context": {"team_median": 3}}):
        assert errors(SHEET, {**good, **bad}), bad
