"""`main.py check-rubric` and `main.py score` as a user runs them (a subprocess, no Qt)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = """\
id: demo
name: 演示
base: 100
grades: [{min: 90, label: 优秀}, {min: 0, label: 合格}]
pay: {amount: 500, table: [{min: 95, percent: 100}, {min: 0, percent: 80}]}
sections:
  - id: s
    name: 纪律
    points: 100
    items:
      - {id: uniform, text: 着装规范, deduct: 1, severe_x: 2}
"""


def main_py(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_check_rubric_ok_and_invalid(tmp_path):
    good = write(tmp_path, "good.yaml", RUBRIC)
    bad = write(tmp_path, "bad.yaml", RUBRIC.replace("deduct: 1", "deduct: 1, colour: red"))
    ok = main_py("check-rubric", good)
    assert ok.returncode == 0
    assert ok.stdout.strip() == f"ok: {good} (demo v1, 1 sections, 1 items)"
    both = main_py("check-rubric", good, bad)
    assert both.returncode == 2
    assert both.stdout.splitlines() == [ok.stdout.strip(), f"invalid: {bad}"]
    assert f"{bad}:11: item 'uniform', field 'colour': unknown key" in both.stderr
    assert "Traceback" not in both.stderr


def test_score_json(tmp_path):
    rubric = write(tmp_path, "r.yaml", RUBRIC)
    sheet = write(tmp_path, "s.yaml", "rubric: demo\nincidents:\n"
                  "  - {item: uniform, count: 2}\n  - {item: uniform, severe: true}\n")
    run = main_py("score", rubric, sheet, "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        "rubric": "demo", "total": "96.00", "grade": "优秀", "complete": True, "missing": [],
        "sections": [{"id": "s", "score": "96.00", "max": "100.00"}],
        "items": [{"id": "uniform", "deducted": "4.00", "why": "着装规范 ×3 (1 严重 ×2) → −4"}],
        "bonus": "0.00", "deducted": "0.00", "approval_needed": [], "vetoed": None,
        "pay": {"percent": "100.00", "amount": "500.00"},
    }


def test_score_text_output(tmp_path):
    rubric = write(tmp_path, "r.yaml", RUBRIC)
    sheet = write(tmp_path, "s.yaml", "incidents: [{item: uniform}]\n")
    run = main_py("score", rubric, sheet)
    assert run.returncode == 0
    assert "纪律: 99.00 / 100.00" in run.stdout
    assert "总分 Total: 99.00 / 100.00  等级 Grade: 优秀" in run.stdout


def test_score_bad_sheet_exits_2_with_message(tmp_path):
    rubric = write(tmp_path, "r.yaml", RUBRIC)
    sheet = write(tmp_path, "s.yaml", "incidents:\n  - {item: ghost}\n")
    run = main_py("score", rubric, sheet, "--json")
    assert run.returncode == 2
    assert run.stdout == ""
    assert f"{sheet}:2: item 'ghost', field 'item': unknown item 'ghost'" in run.stderr
    assert "Traceback" not in run.stderr


def test_score_missing_file_exits_2(tmp_path):
    run = main_py("score", str(tmp_path / "none.yaml"), str(tmp_path / "none2.yaml"))
    assert run.returncode == 2
    assert "no such file" in run.stderr


def test_cli_does_not_import_qt(tmp_path):
    rubric = write(tmp_path, "r.yaml", RUBRIC)
    code = (f"import sys, runpy; sys.argv=['main.py','check-rubric',{rubric!r}]\n"
            "try:\n  runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit: pass\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_score_json_keeps_the_contracts_keys_when_a_score_stops_at_zero(tmp_path):
    """The form prints "(stopped at 0)" and a weighted row's effect, but `score --json` keeps
    exactly the keys docs/rubric-contract.md lists: nothing extra where a section floors."""
    rubric = write(tmp_path, "r.yaml", RUBRIC.replace("deduct: 1,", "deduct: 60,"))
    sheet = write(tmp_path, "s.yaml", "incidents: [{item: uniform, count: 2}]\n")
    out = main_py("score", rubric, sheet, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["total"] == "0.00"
    assert "floored" not in data and "floor" not in data
    assert set(data["sections"][0]) == {"id", "score", "max"}
    assert "factor" not in data["items"][0] and "on_total" not in data["items"][0]
