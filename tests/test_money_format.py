"""The money side of the format (docs/rubric-format.md §9): what loading refuses, the JSON Schema,
and `main.py score --money` as a user runs it — while `score --json` keeps the contract's keys."""

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from scoring import RubricError, evaluate, rubric_from_text, sheet_from_data
from scoring.money_side import evaluate_money

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "resources" / "rubric.schema.json").read_text(encoding="utf-8"))
D = Decimal
RUBRIC = """\
id: demo
name: 示例
base: 100
max_total: none
stars: {shares: [50, 50]}
sections:
  - id: s
    name: 日常
    points: 100
    items:
      - {id: score, name: 工作完成情况, rating: {max: 100}, points: 100}
      - {id: breach, name: 违规, deduct: 0}
bonuses:
  - {id: praise, name: 表扬, add: [2, 5]}
money:
  cap: 500
  star_wages: {2: 1300, 1: 500, none: 500}
  lines:
    - {id: tickets, name: 工单提成, per_unit: 0.20, unit: 笔}
    - {id: lateness, name: 考勤扣款, fine_per_unit: 1, unit: 分钟, cap: 30}
    - {id: below-85, name: 完成情况扣款, below_total: {total: 85, per_point: 2}}
    - {id: breach-fine, name: 违规罚款, item: breach, fine: {steps: [10, 30], beyond: 开除}}
"""
SHEET = "values: {score: 80, tickets: 1500, lateness: 35}\nincidents: [{item: praise, amount: 5}]\n"


def main_py(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def _files(tmp_path):
    rubric, sheet = tmp_path / "demo.yaml", tmp_path / "demo.sheet.yaml"
    rubric.write_text(RUBRIC, encoding="utf-8")
    sheet.write_text(SHEET, encoding="utf-8")
    return str(rubric), str(sheet)


def test_score_money_prints_the_lines_and_their_total(tmp_path):
    rubric, sheet = _files(tmp_path)
    run = main_py("score", rubric, sheet, "--money", "--stars", "2")
    assert run.returncode == 0, run.stderr
    # 80 + 表扬 5 = 85.00 (no cap: `max_total: none`), so nothing is taken below 85;
    # 1500 × 0.20 = +300.00; 35 × 1 = 35 → capped at 30 → −30.00; money 270.00; ★★ 1300
    assert run.stdout.splitlines() == [
        "示例 (v1) — 总分 Total 85.00",
        "  工单提成 1500笔 × 0.2 → +300.00",
        "  考勤扣款 35分钟 × 1 → −30.00 (封顶 30)",
        "  完成情况扣款: 总分 85 不低于 85",
        "  违规罚款: 无",
        "金额合计 Money: 270.00 元",
        "星级工资 Star wage (★★): 1300.00 元",
    ]
    data = json.loads(main_py("score", rubric, sheet, "--money", "--json").stdout)
    assert data["total"] == "85.00" and data["money"]["total"] == "270.00"
    assert [line["amount"] for line in data["money"]["lines"]] == [
        "300.00", "-30.00", "0.00", "0.00"]
    assert "star_wage" not in data
    none = json.loads(main_py("score", rubric, sheet, "--money", "--json", "--stars",
                              "none").stdout)
    assert none["star_wage"] == "500.00"


def test_score_json_keeps_exactly_the_contracts_keys(tmp_path):
    rubric, sheet = _files(tmp_path)
    data = json.loads(main_py("score", rubric, sheet, "--json").stdout)
    # docs/rubric-contract.md: these keys and no other (no pay block in this rubric)
    assert sorted(data) == ["approval_needed", "bonus", "complete", "deducted", "grade", "items",
                            "missing", "rubric", "sections", "total", "vetoed"]
    assert [item["id"] for item in data["items"]] == ["score", "breach", "praise"]
    assert data["total"] == "85.00"


def test_score_money_refuses_what_it_cannot_do(tmp_path):
    rubric, sheet = _files(tmp_path)
    bad = main_py("score", rubric, sheet, "--money", "--stars", "many")
    assert bad.returncode == 2 and "--stars" in bad.stderr
    plain = tmp_path / "plain.yaml"
    plain.write_text(RUBRIC.split("money:")[0].replace("max_total: none\n", ""), "utf-8")
    (tmp_path / "plain.sheet.yaml").write_text("values: {score: 80}\n", "utf-8")
    none = main_py("score", str(plain), str(tmp_path / "plain.sheet.yaml"), "--money")
    assert none.returncode == 2 and "has no `money:` block" in none.stderr
    wrong = tmp_path / "wrong.sheet.yaml"
    wrong.write_text("values: {score: 80, tickets: -3}\n", "utf-8")
    run = main_py("score", rubric, str(wrong), "--money")
    assert run.returncode == 2
    assert "item 'tickets', field 'tickets': must not be negative (-3)" in run.stderr


def _with(old, new):
    assert old in RUBRIC, old
    return RUBRIC.replace(old, new)


REFUSED = [
    ("two kinds", _with("per_unit: 0.20,", "per_unit: 0.20, reward: 5,"),
     "field 'reward': two kind keys on one line"),
    ("no kind", _with("per_unit: 0.20,", ""), "has no kind key"),
    ("unknown key", _with("per_unit: 0.20,", "per_unit: 0.20, colour: red,"),
     "field 'colour': unknown key"),
    ("more than fen", _with("cap: 30}", "cap: 30.005}"), "not a whole number of fen"),
    ("unknown item", _with("item: breach,", "item: nothing,"), "unknown item 'nothing'"),
    ("fine on a value", _with("item: breach,", "item: score,"), "counts occurrences"),
    ("range on an item", _with("fine: {steps: [10, 30], beyond: 开除}", "fine: [1, 9]"),
     "needs a fixed amount"),
    ("duplicate id", _with("id: tickets,", "id: score,"), "duplicate id 'score'"),
    ("star level", _with("{2: 1300,", "{3: 1300,"), "unknown star level"),
    ("no stars", _with("stars: {shares: [50, 50]}\n", ""), "needs `stars`"),
    ("floor over cap", _with("cap: 500\n", "cap: 500\n  floor: 600\n"), "above the cap"),
    ("factor side", _with("per_unit: 0.20,", "factor: {},"), "give `below`, `above` or both"),
    ("cap on a factor", _with("fine_per_unit: 1,", "factor: {below: {at: 70, per: 0.05}},"),
     "does not apply to a factor line"),
]


@pytest.mark.parametrize("text,message", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_loading_refuses_a_bad_money_block_naming_the_line(text, message):
    with pytest.raises(RubricError, match=message) as caught:
        rubric_from_text(text, file="m.yaml")
    assert str(caught.value).startswith("m.yaml:")


def _as_json(text):
    """The YAML as an editor's schema check sees it: JSON, whose keys are text (2 → "2")."""
    return json.loads(json.dumps(yaml.safe_load(text)))


def test_the_schema_takes_the_money_block_and_refuses_a_bad_one():
    validator = Draft202012Validator(SCHEMA)
    assert list(validator.iter_errors(_as_json(RUBRIC))) == []
    for bad in (_with("per_unit: 0.20,", "per_unit: 0.20, reward: 5,"),
                _with("per_unit: 0.20,", "per_unit: 0.20, colour: red,"),
                _with("max_total: none", "max_total: never"),
                _with("star_wages: {2: 1300,", "star_wages: {two: 1300,")):
        assert list(validator.iter_errors(_as_json(bad))), bad


def test_a_line_reads_its_items_input_and_n_a_leaves_it_out():
    rubric = rubric_from_text(RUBRIC)
    sheet = sheet_from_data({"values": {"score": 90, "tickets": 10},
                             "incidents": [{"item": "breach", "count": 3}],
                             "na": ["lateness"]}, rubric)
    found = evaluate_money(rubric, sheet, evaluate(rubric, sheet))
    lines = {line.id: line for line in found.lines}
    # 违规 ×3 (a 0-point item): 10 + 30, the third flags 开除; 10 × 0.20 = 2.00; lateness N/A
    assert lines["breach-fine"].amount == D("-40.00")
    assert found.flags == [("开除", "开除")]
    assert lines["lateness"].na and lines["lateness"].amount == 0 and found.missing == []
    assert found.total == D("-38.00")
