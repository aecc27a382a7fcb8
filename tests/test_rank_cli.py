"""`main.py rank RUBRIC SHEET... [--json]`: sheets outside any store, ranked under one rubric.

The contract (docs/rubric-contract.md) does not specify `rank`; where it is silent the seeds
decide, and these are the choices (scoring/ranking.py):
- ranks are competition ranks on the printed total (0.01, half up): ties share the better rank
  ("1224"), and tied members keep the order their sheets were given in;
- 试用期员工不参与星级考核,为无星级: a sheet whose `employee.status` the rubric's `stars.exclude`
  names (probation and 试用期 are the same word) gets `excluded: true`, `rank` and `stars` null,
  and does not count in N; the excluded come last, best total first;
- `team_mean` is the mean of every sheet's total, the excluded included (the team's 平均分 of
  每月绩效考核平均分不得高于102分 counts everyone assessed);
- `cutoffs` are round-half-up(N × cumulative share / 100), best class first ([] without stars).

Hand-computed group (shares 5/10/25/45/15): totals 95, 90, 90, 80, 80, 70 and a probationer's
99. N = 6 → cut-offs 0/1/2/5/6; ranks 1, 2, 2, 4, 4, 6 → stars 4, 3, 3, 2, 2, 1 (the tie at rank 2
sits on the cut-off 2; the tie at rank 4 is inside the 2-star class); mean 604 / 7 = 86.29.
"""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from scoring.rank_cli import rank

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = """\
id: demo
name: 演示
base: 100
grades: [{min: 90, label: 优秀}, {min: 0, label: 合格}]
stars: {shares: [5, 10, 25, 45, 15], exclude: [probation]}
team_average_cap: 86
sections:
  - id: s
    name: 综合
    points: 100
    items:
      - {id: overall, name: 综合评分, rating: {max: 100}, points: 100}
"""
GROUP = [("a", "E01", "王丽", 95), ("b", "E02", "李四", 90), ("c", "E03", "张三", 90),
         ("d", "E04", "赵六", 80), ("e", "E05", "钱七", 80), ("f", "E06", "孙八", 70)]


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def group(tmp_path):
    rubric = write(tmp_path, "r.yaml", RUBRIC)
    sheets = [write(tmp_path, f"{n}.yaml", f"employee: {{id: {code}, name: {name}}}\n"
                    f"values: {{overall: {total}}}\n") for n, code, name, total in GROUP]
    sheets.append(write(tmp_path, "p.yaml", "employee: {id: P01, name: 新人, status: 试用期}\n"
                        "values: {overall: 99}\n"))
    return tmp_path, rubric, sheets


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    code = rank(*args, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_rank_json_by_hand(group):
    _folder, rubric, sheets = group
    code, out, err = run(rubric, sheets, True)
    assert code == 0, err
    data = json.loads(out)
    assert (data["rubric"], data["team_mean"], data["cutoffs"]) == ("demo", "86.29",
                                                                    [0, 1, 2, 5, 6])
    assert [(m["employee"]["id"], m["total"], m["grade"], m["rank"], m["stars"], m["excluded"])
            for m in data["members"]] == [
        ("E01", "95.00", "优秀", 1, 4, False),
        ("E02", "90.00", "优秀", 2, 3, False),
        ("E03", "90.00", "优秀", 2, 3, False),
        ("E04", "80.00", "合格", 4, 2, False),
        ("E05", "80.00", "合格", 4, 2, False),
        ("E06", "70.00", "合格", 6, 1, False),
        ("P01", "99.00", "优秀", None, None, True),
    ]
    first = data["members"][0]
    assert first == {"sheet": sheets[0], "employee": {"id": "E01", "name": "王丽", "status": None},
                     "total": "95.00", "grade": "优秀", "rank": 1, "stars": 4, "excluded": False}
    assert data["members"][-1]["employee"]["status"] == "试用期"


def test_rank_orders_by_total_whatever_the_order_given(group):
    _folder, rubric, sheets = group
    code, out, _ = run(rubric, list(reversed(sheets)), True)
    assert code == 0
    ids = [m["employee"]["id"] for m in json.loads(out)["members"]]
    assert ids == ["E01", "E03", "E02", "E05", "E04", "E06", "P01"]   # ties: as given


def test_without_stars_nobody_is_excluded(group):
    folder, _rubric, sheets = group
    plain = write(folder, "plain.yaml", RUBRIC.replace(
        "stars: {shares: [5, 10, 25, 45, 15], exclude: [probation]}\n", ""))
    code, out, _ = run(plain, sheets[:2] + sheets[-1:], True)
    data = json.loads(out)
    assert code == 0 and data["cutoffs"] == []
    assert [(m["employee"]["id"], m["rank"], m["stars"], m["excluded"])
            for m in data["members"]] == [("P01", 1, None, False), ("E01", 2, None, False),
                                          ("E02", 3, None, False)]


def test_rank_text_table(group):
    _folder, rubric, sheets = group
    code, out, _ = run(rubric, sheets)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "演示 (v1): 6 ranked, 平均分 Mean 86.29, 星级分界 Star cut-offs 0/1/2/5/6"
    assert lines[1] == "平均分超过上限 Mean above the cap of 86.00"
    assert lines[2].split() == ["名次", "Rank", "星级", "Stars", "总分", "Total", "等级", "Grade",
                                "工号", "Code", "姓名", "Name", "表", "Sheet"]
    assert lines[3].split()[:6] == ["1", "★★★★", "95.00", "优秀", "E01", "王丽"]
    assert lines[-1].split()[:4] == ["—", "不参评", "excluded", "99.00"]


@pytest.mark.parametrize("employee, where", [
    ("employee: {id: E9, colour: red}", ":1: field 'employee.colour': unknown key"),
    ("employee: {id: E9, status: [probation]}", ":1: field 'employee.status': must be text"),
    ("employee: [E9]", ":1: field 'employee': must be an id or a mapping"),
    ("employee: {id: E01}", ":1: field 'employee.id': employee E01 is also the one of"),
])
def test_bad_employee_exits_2_naming_file_and_field(group, employee, where):
    folder, rubric, sheets = group
    bad = write(folder, "bad.yaml", f"{employee}\nvalues: {{overall: 50}}\n")
    code, out, err = run(rubric, [sheets[0], bad], True)
    assert code == 2 and out == ""
    assert err.startswith(f"error: {bad}{where}"), err


def test_bad_sheet_or_rubric_exits_2_as_score_does(group):
    folder, rubric, sheets = group
    bad = write(folder, "bad.yaml", "values: {overall: 150}\n")
    code, _out, err = run(rubric, [sheets[0], bad], True)
    assert code == 2 and f"{bad}:1: item 'overall', field 'overall': 150 is outside" in err
    code, _out, err = run(rubric, [str(folder / "missing.yaml")], True)
    assert code == 2 and "missing.yaml: no such file" in err
    broken = write(folder, "broken.yaml", RUBRIC.replace("points: 100\n    items", "points: 90\n"
                                                          "    items"))
    code, _out, err = run(broken, sheets, True)
    assert code == 2 and err.startswith(f"error: {broken}:")


def test_main_py_rank_as_a_user_runs_it(group):
    _folder, rubric, sheets = group
    run_ = subprocess.run([sys.executable, str(ROOT / "main.py"), "rank", rubric, *sheets,
                           "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run_.returncode == 0, run_.stderr
    assert json.loads(run_.stdout)["members"][0]["employee"]["name"] == "王丽"
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "rank", rubric],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert bad.returncode == 2 and "SHEET" in bad.stderr      # at least one sheet
