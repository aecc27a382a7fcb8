"""`main.py rubric import` and `main.py rubric export` as a user runs them (a subprocess)."""

import subprocess
import sys
from pathlib import Path

import yaml

from models.rubrics.tables import preview_rubric_file

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tests" / "samples" / "tables"
NORMS = ROOT / "resources" / "rubrics" / "cs-service-norms.yaml"


def main_py(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)


def test_import_prints_the_yaml_and_writes_it_with_o(tmp_path):
    shown = main_py("rubric", "import", str(TABLES / "cs-operation-table.csv"))
    assert shown.returncode == 0, shown.stderr
    data = yaml.safe_load(shown.stdout)
    assert (data["id"], data["base"], [s["weight"] for s in data["sections"]]) == (
        "cs-operation-table", 100, [30, 30, 20, 20])
    out = tmp_path / "op.yaml"
    written = main_py("rubric", "import", str(TABLES / "cs-operation-table.csv"), "-o", str(out))
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == (f"wrote {out}: rubric cs-operation-table version 1, "
                                      "4 section(s), 4 item(s)")
    assert out.read_text(encoding="utf-8") == shown.stdout
    checked = main_py("check-rubric", str(out))
    assert checked.returncode == 0 and checked.stdout.startswith("ok:")


def test_import_of_a_bad_file_exits_2_naming_sheet_row_and_column(tmp_path):
    bad = tmp_path / "bad.csv"
    text = (TABLES / "cs-operation-table.csv").read_text(encoding="utf-8-sig")
    bad.write_text(text.replace("解决客户的问题。\n- 员工能够熟练使用相关的客户服务系统和工具。\n"
                                "- 员工对公司产品和服务有深入的了解。\",100,100",
                                "解决客户的问题。\",一百,100"), encoding="utf-8-sig")
    out = tmp_path / "never.yaml"
    run = main_py("rubric", "import", str(bad), "-o", str(out))
    assert run.returncode == 2
    assert f"error: {bad}: 评分标准, row 12, 分值: '一百' is not a number" in run.stderr
    assert "1 problem(s); nothing was written" in run.stderr
    assert run.stdout == "" and not out.exists()


def test_export_of_a_file_to_excel_imports_back(tmp_path):
    out = tmp_path / "norms.xlsx"
    run = main_py("rubric", "export", str(NORMS), "-o", str(out))
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"wrote {out}"
    preview = preview_rubric_file(out)
    assert preview.valid and preview.data == yaml.safe_load(NORMS.read_text(encoding="utf-8"))


def test_export_by_id_from_the_store(tmp_path, store, store_path):
    out = tmp_path / "from-store.yaml"
    run = main_py("--db", str(store_path), "rubric", "export", "cs-service-norms", "-o",
                  str(out))
    assert run.returncode == 0, run.stderr
    stored = store.execute("SELECT text FROM rubric_versions WHERE rubric_id = "
                           "'cs-service-norms'").fetchone()[0]
    assert out.read_text(encoding="utf-8") == stored
    missing = main_py("rubric", "export", "cs-service-norms", "--rubric-version", "9",
                      "--db", str(store_path), "-o", str(tmp_path / "x.xlsx"))
    assert missing.returncode == 2
    assert "error: no rubric 'cs-service-norms' version 9" in missing.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_export_of_a_bad_rubric_file_exits_2_with_its_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(NORMS.read_text(encoding="utf-8").replace("deduct: 5", "deduct: -5", 1),
                   encoding="utf-8")
    run = main_py("rubric", "export", str(bad), "-o", str(tmp_path / "bad.xlsx"))
    assert run.returncode == 2
    assert run.stderr.startswith(f"error: {bad}:") and "field 'deduct'" in run.stderr
    assert not (tmp_path / "bad.xlsx").exists()
