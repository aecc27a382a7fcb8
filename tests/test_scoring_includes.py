"""Rubrics included in others (scoring/includes.py, docs/rubric-format.md §10): as form-level
deductions and as a section, nested, refused when missing or in a cycle; `main.py score` finds
them beside the rubric and reads their sheets under `included:`. Totals by hand."""

import io
import json
from decimal import Decimal

import pytest

from scoring import RubricError, rubric_from_text, sheet_from_data
from scoring.cli import score as score_cli
from scoring.evaluate import evaluate
from scoring.includes import evaluate_with_includes
from tests.builtin_helpers import RUBRICS

MAIN = """\
id: main
name: 月度考核
base: 100
max_total: 100
floor: {floor}
sections:
  - id: daily
    name: 日常
    points: 80
    items:
      - {{id: late, name: 迟到, deduct: 5}}
  - id: quality
    name: 质检
    points: 20
    include: qc
bonuses:
  - {{id: praise, name: 表扬, add: 10}}
includes:
  - {{rubric: norms, as: deductions}}
"""
QC = """\
id: qc
name: 质检标准
base: 50
sections:
  - id: s
    name: 质检
    points: 50
    items:
      - {id: error, name: 差错, deduct: 10}
"""
NORMS = """\
id: norms
name: 服务规范
base: 100
sections:
  - id: n
    name: 规范
    points: 100
    items:
      - {id: rude, name: 态度, deduct: 30}
"""


def _rubrics(floor=0):
    return {r.id: r for r in (rubric_from_text(MAIN.format(floor=floor)), rubric_from_text(QC),
                              rubric_from_text(NORMS))}


def _sheets(rubrics, data):
    return {rid: sheet_from_data(sheet, rubrics[rid]) for rid, sheet in data.items()}


def test_a_section_and_deductions_combine_before_the_cap():
    rubrics = _rubrics()
    sheets = _sheets(rubrics, {"main": {"incidents": [{"item": "late"}, {"item": "praise"}]},
                               "qc": {"incidents": [{"item": "error"}]},
                               "norms": {"incidents": [{"item": "rude"}]}})
    result = evaluate_with_includes(rubrics["main"], sheets, rubrics)
    # 日常 80 − 5 = 75; 质检 filled by qc: (50 − 10) × 20 / 50 = 16; 75 + 16 + 表扬 10 = 101;
    # the norms lose 30 before the cap: 101 − 30 = 71 (capping first would give 70)
    assert result.total == Decimal("71")
    assert [(s.id, s.score, s.max) for s in result.sections] == [
        ("daily", Decimal("75"), Decimal("80")), ("quality", Decimal("16"), Decimal("20"))]
    qc, norms = result.included
    assert (qc.mode, qc.section, qc.score, qc.result.total) == ("section", "quality",
                                                                Decimal("16"), Decimal("40"))
    assert (norms.mode, norms.lost, norms.result.total) == ("deductions", Decimal("30"),
                                                            Decimal("70"))
    assert norms.why == "服务规范 70.00/100 → −30"
    assert result.bonus == Decimal("10") and result.deducted == Decimal("0")
    data = result.to_json()
    assert data["total"] == "71.00"
    assert [(p["rubric"], p["as"], p.get("score"), p.get("lost")) for p in data["included"]] == [
        ("qc", "section", "16.00", None), ("norms", "deductions", None, "30.00")]


def test_the_floor_comes_after_the_deductions():
    rubrics = _rubrics(floor=10)
    sheets = _sheets(rubrics, {"main": {"incidents": [{"item": "late", "count": 16}]},
                               "norms": {"incidents": [{"item": "rude", "count": 2}]}})
    result = evaluate_with_includes(rubrics["main"], sheets, rubrics)
    # 日常 80 − 80 = 0; 质检 50 × 20 / 50 = 20; norms 100 − 60 = 40, lost 60: 20 − 60 → floor 10
    assert result.total == Decimal("10") and result.floored
    assert result.included[1].lost == Decimal("60")


def test_alone_an_included_section_is_n_a_and_the_rest_scales():
    rubrics = _rubrics()
    own = evaluate(rubrics["main"], sheet_from_data({}, rubrics["main"]))
    # evaluate is unchanged: 质检 has no items of its own, so it leaves the form: 80 → 100
    assert own.total == Decimal("100") and own.section("quality").na


WEIGHTED = """\
id: weighted
name: 权重考核
base: 100
sections:
  - id: kpi
    name: 业绩
    weight: 60
    items:
      - {id: sales, name: 销售, rating: {max: 100}, points: 100}
  - id: quality
    name: 质检
    weight: 40
    include: qc
"""


def test_a_weighted_section_is_filled_on_its_scale():
    rubrics = {r.id: r for r in (rubric_from_text(WEIGHTED), rubric_from_text(QC))}
    sheets = _sheets(rubrics, {"weighted": {"values": {"sales": 50}},
                               "qc": {"incidents": [{"item": "error"}]}})
    result = evaluate_with_includes(rubrics["weighted"], sheets, rubrics)
    # 业绩 50 × 60% = 30; 质检 qc 40 / 50 → 80 of 100 × 40% = 32; total 62
    assert result.total == Decimal("62")
    assert result.section("quality").raw == Decimal("80")
    assert result.section("quality").score == Decimal("32")


def test_a_nested_include_counts_its_combined_total():
    nested_qc = QC.replace("sections:", "includes:\n  - {rubric: norms, as: deductions}\n"
                                        "sections:")
    rubrics = {r.id: r for r in (rubric_from_text(WEIGHTED), rubric_from_text(nested_qc),
                                 rubric_from_text(NORMS))}
    sheets = _sheets(rubrics, {"weighted": {"values": {"sales": 100}},
                               "norms": {"incidents": [{"item": "rude"}]}})
    result = evaluate_with_includes(rubrics["weighted"], sheets, rubrics)
    # qc: 50 − norms' 30 lost = 20 → 20 / 50 = 40 of 100 × 40% = 16; 业绩 60; total 76
    assert result.total == Decimal("76")
    assert result.included[0].result.included[0].lost == Decimal("30")


def test_missing_and_cyclic_includes_are_refused():
    rubrics = _rubrics()
    del rubrics["norms"]
    with pytest.raises(RubricError, match="includes rubric 'norms', which is not given"):
        evaluate_with_includes(rubrics["main"], {}, rubrics)
    looping = {r.id: r for r in (
        rubric_from_text(QC.replace("sections:", "includes:\n  - {rubric: norms, as: "
                                                 "deductions}\nsections:")),
        rubric_from_text(NORMS.replace("sections:", "includes:\n  - {rubric: qc, as: "
                                                    "deductions}\nsections:")))}
    with pytest.raises(RubricError, match="cycle: qc → norms → qc"):
        evaluate_with_includes(looping["qc"], {}, looping)


@pytest.mark.parametrize("change, message", [
    (("include: qc", "include: main"), "cannot include itself"),
    (("{rubric: norms, as: deductions}", "{rubric: qc, as: deductions}"), "included twice"),
    (("{rubric: norms, as: deductions}", "{rubric: norms, as: section}"), "must be `deductions`"),
    (("    include: qc", "    include: qc\n    items: [{id: y, name: Y, deduct: 1}]"),
     "no `items`"),
    (("include: qc", "include: Q C"), "lowercase letters"),
])
def test_bad_includes_are_refused_with_their_place(change, message):
    with pytest.raises(RubricError, match=message) as refused:
        rubric_from_text(MAIN.format(floor=0).replace(*change), file="main.yaml")
    assert str(refused.value).startswith("main.yaml:")


def score(rubric, sheet, as_json=False):
    """`main.py score` with its output caught: (exit code, out, err)."""
    out, err = io.StringIO(), io.StringIO()
    code = score_cli(rubric, sheet, as_json=as_json, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_score_finds_the_included_rubric_beside_it(tmp_path):
    main = _write(tmp_path, "main.yaml", MAIN.format(floor=0))
    _write(tmp_path, "qc.yaml", QC)
    _write(tmp_path, "norms.yaml", NORMS)
    sheet = _write(tmp_path, "s.yaml", "incidents: [{item: late}]\nincluded:\n"
                   "  norms:\n    incidents: [{item: rude}]\n")
    code, out, _ = score(str(main), str(sheet), as_json=True)
    data = json.loads(out)
    # 75 + 20 (qc full: 50 × 20 / 50) = 95 − 30 = 65
    assert code == 0 and data["total"] == "65.00"
    assert data["included"][1]["result"]["total"] == "70.00"
    code, text, _ = score(str(main), str(sheet))
    assert "服务规范 70.00/100 → −30" in text and "态度 ×1 → −30" in text
    assert "总分 Total: 65.00 / 100.00" in text


def test_score_refuses_a_missing_file_a_cycle_and_an_unknown_sheet(tmp_path):
    main = _write(tmp_path, "main.yaml", MAIN.format(floor=0))
    _write(tmp_path, "qc.yaml", QC)
    sheet = _write(tmp_path, "s.yaml", "incidents: [{item: late}]\n")
    code, _, err = score(str(main), str(sheet))
    assert code == 2 and "includes rubric 'norms': no file norms.yaml beside it" in err
    _write(tmp_path, "norms.yaml", NORMS.replace("sections:", "includes:\n  - {rubric: main, "
                                                               "as: deductions}\nsections:"))
    code, _, err = score(str(main), str(sheet))
    assert code == 2 and "cycle: main → norms → main" in err
    _write(tmp_path, "norms.yaml", NORMS)
    bad = _write(tmp_path, "bad.yaml", "incidents: []\nincluded:\n  other:\n    incidents: []\n")
    code, _, err = score(str(main), str(bad))
    assert code == 2
    assert "bad.yaml:3: field 'included': rubric 'main' includes no rubric 'other'" in err
    wrong = _write(tmp_path, "bad2.yaml", "included:\n  norms:\n    incidents:\n"
                   "      - {item: late}\n")
    code, _, err = score(str(main), str(wrong))
    assert code == 2
    assert "bad2.yaml:4: item 'late', field 'item': unknown item 'late' in rubric 'norms'" in err


def test_the_built_in_monthly_takes_the_norms_off(tmp_path):
    sheet = _write(tmp_path, "month.yaml", """\
rubric: cs-dept-monthly
values: {service-quality-rating: 90, teamwork-rating: 80, efficiency-rating: 85,
         problem-solving-rating: 70, knowledge-rating: 100}
included:
  cs-service-norms:
    incidents:
      - {item: command-tone}
      - {item: early-hangup, severe: true}
""")
    code, out, _ = score(str(RUBRICS / "cs-dept-monthly.yaml"), str(sheet), as_json=True)
    data = json.loads(out)
    # 36 + 16 + 17 + 7 + 10 = 86; norms 10 + 6 × 2 = 22 lost (78); 86 − 22 = 64 → 需改进
    assert code == 0 and (data["total"], data["grade"]) == ("64.00", "需改进")
    [norms] = data["included"]
    assert (norms["rubric"], norms["lost"], norms["total"]) == ("cs-service-norms", "22.00",
                                                                "78.00")


def test_rank_counts_the_included_rubrics_too(tmp_path):
    from scoring.rank_cli import load_group

    main = _write(tmp_path, "main.yaml", MAIN.format(floor=0))
    _write(tmp_path, "qc.yaml", QC)
    _write(tmp_path, "norms.yaml", NORMS)
    one = _write(tmp_path, "a.yaml", "employee: {id: E1}\nincluded:\n  norms:\n"
                 "    incidents: [{item: rude}]\n")
    two = _write(tmp_path, "b.yaml", "employee: {id: E2}\nincidents: [{item: late}]\n")
    _, members = load_group(str(main), [str(one), str(two)])
    # E1: 80 + 20 − 30 = 70; E2: 75 + 20 = 95
    assert [result.total for _, _, result in members] == [Decimal("70"), Decimal("95")]


def test_the_schemas_know_includes():
    import yaml
    from jsonschema import Draft202012Validator

    from tests.test_schema import RUBRIC_SCHEMA, SHEET_SCHEMA

    rubric, sheet = Draft202012Validator(RUBRIC_SCHEMA), Draft202012Validator(SHEET_SCHEMA)
    assert list(rubric.iter_errors(yaml.safe_load(MAIN.format(floor=0)))) == []
    both = yaml.safe_load(MAIN.format(floor=0).replace("    include: qc", "    include: qc\n"
                                                       "    items: [{id: y, name: Y, deduct: 1}]"))
    assert list(rubric.iter_errors(both))       # a section with include and items
    data = {"incidents": [{"item": "late"}],
            "included": {"norms": {"incidents": [{"item": "rude", "count": 2}]}}}
    assert list(sheet.iter_errors(data)) == []
    data["included"]["norms"]["included"] = {}
    assert list(sheet.iter_errors(data))        # no nesting inside an included sheet
