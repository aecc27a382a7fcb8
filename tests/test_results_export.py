"""Payroll exports of the period's results (reports/results_export.py) and `main.py results`,
on the hand-computed office of tests/results_fixtures.py: Excel read back with openpyxl holds
the same two-decimal numbers as numbers, the saved XML has no formula, CSV starts with the BOM,
and an employee named =SUM(A1:A9) comes back as text in both."""

import csv
import io
import json
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from main import main
from models.database.store import open_db
from models.results import period_entries, period_results
from reports import results_export
from tests.results_fixtures import HOSTILE, PERIOD, make_results_office

ROOT = Path(__file__).resolve().parent.parent
D = Decimal


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("results-export") / "store.db"
    db = open_db(path, first_run_setup=False)
    with pytest.MonkeyPatch.context() as patch:
        office = make_results_office(db, patch)
    yield path, office
    db.close()


def _exact(cell):
    """A number cell's value back as the two-decimal Decimal it was written as."""
    assert cell.data_type == "n" and isinstance(cell.value, (int, float)), cell
    return D(str(cell.value)).quantize(D("0.01"))


def _rows(sheet):
    header = [c.value for c in sheet[1]]
    return header, {row[2].value: dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)}


def _no_formula(path):
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                text = archive.read(name).decode("utf-8")
                assert "<f>" not in text and "<f " not in text, name
                yield name, text


def test_the_workbook_holds_the_figures_as_numbers(built, tmp_path):
    _path, office = built
    target = results_export.results_xlsx(period_results(office.db, PERIOD), tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["汇总 Summary", "一班", "二班"]
    team = book["一班"]
    header, rows = _rows(team)
    assert header[:4] == ["期间 Period", "班组 Team", "工号 Code", "姓名 Name"]
    assert "绩效工资 Pay" in header and "总分 Total" in header and "星级 Stars" in header
    assert team.freeze_panes == "A2"
    assert all(team.column_dimensions[c].width >= 8 for c in "ABCDEFGHIJ")
    a1, p1, a5 = rows["A1"], rows["P1"], rows["A5"]
    assert _exact(a1["总分 Total"]) == D("95.00") and _exact(a1["绩效工资 Pay"]) == D("712.50")
    assert a1["绩效工资 Pay"].number_format == "#,##0.00"
    assert a1["总分 Total"].number_format == "0.00"
    assert a1["名次 Rank"].value == 1 and a1["星级 Stars"].value == 4
    assert a1["后果 Consequences"].value == "额外奖金 Extra bonus"
    assert a1["结果 Status"].value == "最终 final"
    assert rows["A4"]["结果 Status"].value == "暂定 provisional"
    assert _exact(rows["A4"]["绩效工资 Pay"]) == D("590.00")
    assert p1["名次 Rank"].value is None and p1["不参评 Excluded"].value == "是 yes"
    assert a5["姓名 Name"].value == HOSTILE and a5["姓名 Name"].data_type == "s"
    assert book["二班"]["D2"].value == "@王" and book["二班"]["D2"].data_type == "s"
    header = [c.value for c in book["汇总 Summary"][1]]
    assert header[:3] == ["期间 Period", "班组 Team", "结果 Status"]
    first = [r for r in book["汇总 Summary"].iter_rows(min_row=2, values_only=True)]
    agent = dict(zip(header, first[0]))
    assert (agent["班组 Team"], agent["考核标准 Rubric"], agent["表数 Forms"]) == (
        "一班", "r-agent", 7)
    assert agent["平均分 Mean"] == 86.29 and agent["超上限 Over cap"] == "是 yes"
    assert agent["绩效工资合计 Pay total"] == 4480            # 712.5 + 2 × 675 + 2 × 590 + …
    assert agent["班组均分(不含组长) Team mean"] == 88
    assert dict(zip(header, first[-1]))["结果 Status"] == "最终 final"     # 二班
    texts = dict(_no_formula(target))
    # the exact decimal text, never a float's 712.5000000000001
    assert re.search(r"<v>712\.50</v>", "".join(texts.values()))


def test_a_decimal_is_written_as_its_own_text(tmp_path):
    """573.94 goes through a float as 573.9400000000001: the cell holds "573.94" itself."""
    book = openpyxl.Workbook()
    sheet = book.active
    results_export.put(sheet["A1"], "money", D("573.94"))
    results_export.put(sheet["A2"], "figure", D("-2"))
    results_export.put(sheet["A3"], "text", "=1+1")
    results_export.put(sheet["A4"], "text", "-迟到")
    results_export.put(sheet["A5"], "text", "bell\x07")
    book.save(tmp_path / "n.xlsx")
    xml = dict(_no_formula(tmp_path / "n.xlsx"))["xl/worksheets/sheet1.xml"]
    assert "<v>573.94</v>" in xml
    assert "<v>-2.00</v>" in xml
    back = openpyxl.load_workbook(tmp_path / "n.xlsx").active
    assert _exact(back["A1"]) == D("573.94") and _exact(back["A2"]) == D("-2.00")
    assert [(back[c].value, back[c].data_type) for c in ("A3", "A4")] == [
        ("=1+1", "s"), ("-迟到", "s")]
    assert back["A5"].value == "bell\ufffd"


def test_the_csv_has_a_bom_and_no_formula(built, tmp_path):
    _path, office = built
    target = results_export.results_csv(period_results(office.db, PERIOD), tmp_path / "r.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header = rows[0]
    assert header[2:4] == ["工号 Code", "姓名 Name"]
    by_code = {row[2]: dict(zip(header, row)) for row in rows[1:]}
    assert by_code["A5"]["姓名 Name"] == "'" + HOSTILE
    assert by_code["B1"]["姓名 Name"] == "'@王"
    assert by_code["A1"]["绩效工资 Pay"] == "712.50" and by_code["A4"]["总分 Total"] == "80.00"
    assert by_code["P1"]["名次 Rank"] == "" and by_code["A6"]["名次 Rank"] == "4"
    assert len(rows) == 1 + 10


def test_the_entries_export(built, tmp_path):
    _path, office = built
    entries = period_entries(office.db, PERIOD)
    book = openpyxl.load_workbook(results_export.entries_xlsx(entries, PERIOD,
                                                              tmp_path / "e.xlsx"))
    sheet = book["明细 Entries"]
    header = [c.value for c in sheet[1]]
    assert {"工号 Code", "项目 Item", "日期 Date", "分值 Points", "备注 Note", "录入人 By"} <= set(
        header)
    lates = [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2)
             if row[header.index("项目代码 Item ID")].value == "late"]
    assert [_exact(r["分值 Points"]) for r in lates] == [D("-2.00"), D("-2.00")]
    assert lates[0]["备注 Note"].value == "-迟到10分钟" and lates[0]["备注 Note"].data_type == "s"
    list(_no_formula(tmp_path / "e.xlsx"))
    text = results_export.entries_csv(entries, PERIOD, tmp_path / "e.csv").read_bytes()
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    late = next(r for r in rows if "late" in r)
    assert "-2.00" in late and "'-迟到10分钟" in late and "李班长" in late


def _run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_results_command_json_and_text(built, capsys):
    path, office = built
    code, out, err = _run(capsys, "--db", str(path), "results", "--period", PERIOD, "--json")
    assert code == 0, err
    assert json.loads(out) == json.loads(json.dumps(
        period_results(office.db, PERIOD).to_json(), ensure_ascii=False))
    code, out, _ = _run(capsys, "--db", str(path), "results", "--period", PERIOD,
                        "--team", "二班")
    assert code == 0 and "二班: 最终 final" in out and "637.50" in out and "一班" not in out
    code, out, _ = _run(capsys, "--db", str(path), "results", "--period", PERIOD, "--entries",
                        "--json")
    assert code == 0 and {e["kind"] for e in json.loads(out)} == {"incident", "value", "team"}


@pytest.mark.parametrize("args, message", [
    (["--period", "2026-13"], "--period: period '2026-13'"),
    (["--period", "2026-08"], "no forms for the period 2026-08"),
    (["--period", PERIOD, "--team", "三班"], "--team: no team named '三班'"),
])
def test_results_command_refuses_bad_arguments(built, capsys, args, message):
    path, _office = built
    code, out, err = _run(capsys, "--db", str(path), "results", *args)
    assert code == 2 and out == "" and message in err


def test_results_command_without_a_store(tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", str(tmp_path / "none.db"), "results", "--period",
                           PERIOD)
    assert code == 2 and "no database" in err


def test_results_command_writes_excel_and_csv_read_only(built, tmp_path):
    """As a user runs it (a subprocess), while the app's connection is open; the store file
    is not written."""
    path, _office = built
    before = path.stat().st_mtime_ns
    target = tmp_path / "payroll.xlsx"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "results",
                          "--period", PERIOD, "--xlsx", str(target)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "10 form(s) of 2 team(s), provisional" in run.stdout
    assert openpyxl.load_workbook(target).sheetnames == ["汇总 Summary", "一班", "二班"]
    assert path.stat().st_mtime_ns == before
    assert not list(tmp_path.glob("*.part"))
