"""Employee import: CSV (UTF-8, GBK) and XLSX, preview first, all rows or none."""

from datetime import date, datetime

import openpyxl
import pytest

from models.people.employees import add_employee, employee_by_code
from models.people.imports import commit_import, preview_employees
from models.people.teams import add_team, team_by_name

HEADER = ["工号", "姓名", "班组", "岗位", "入职日期", "试用期"]
GOOD = [["A001", "张三", "一班", "客户服务代表", "2024-03-01", "否"],
        ["A002", "李四", "二班", "客服", "2024/4/2", "是"]]


def counts(db):
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("employees", "teams", "audit_events")}


def write_csv(path, rows, encoding="utf-8"):
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_utf8_or_gbk_is_previewed_then_imported(store, tmp_path, encoding):
    add_team(store, name="一班", by="test")
    path = write_csv(tmp_path / "staff.csv", [HEADER] + GOOD, encoding)
    before = counts(store)
    preview = preview_employees(store, path)
    assert counts(store) == before  # a preview writes nothing
    assert preview.errors == [] and [r["name"] for r in preview.rows] == ["张三", "李四"]
    assert preview.new_teams == ["二班"]
    assert commit_import(store, preview, by="test") == 2
    li = employee_by_code(store, "A002")
    assert (li["name"], li["post"], li["hire_date"], li["probation"]) == \
        ("李四", "客服", "2024-04-02", True)
    assert li["team_id"] == team_by_name(store, "二班")["id"]


def test_xlsx_with_numeric_codes_and_real_dates(store, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Code", "Name", "Team", "Post", "Hire_date", "Probation", "备注"])
    sheet.append([1001, "王小明", "三班", "员工", datetime(2023, 5, 6), True, "x"])
    sheet.append([None, None, None, None, None, None, None])           # blank line: skipped
    sheet.append(["1002", "Anna Lee", "三班", "领班", "2023-05-07", "no", ""])
    book.save(tmp_path / "staff.xlsx")
    preview = preview_employees(store, tmp_path / "staff.xlsx")
    assert preview.errors == [] and preview.ignored_columns == ["备注"]
    assert [(r["row"], r["code"], r["hire_date"]) for r in preview.rows] == \
        [(2, "1001", date(2023, 5, 6)), (4, "1002", date(2023, 5, 7))]
    assert commit_import(store, preview, by="test") == 2
    assert employee_by_code(store, "1001")["probation"] is True


def test_bad_rows_are_named_and_nothing_is_written(store, tmp_path):
    add_employee(store, code="OLD1", name="老员工", team_id=None, post="员工", by="test")
    rows = [HEADER,
            ["B001", "赵一", "一班", "客服", "2024-01-01", ""],        # row 2: fine
            ["B001", "钱二", "一班", "客服", "", ""],                  # row 3: duplicate 工号
            ["B003", "", "一班", "客服", "", ""],                      # row 4: missing name
            ["B004", "孙四", "一班", "厨师", "", ""],                  # row 5: unknown post
            ["old1", "周五", "一班", "客服", "", ""],                  # row 6: 工号 taken
            ["B006", "吴六", "一班", "客服", "2024-02-30", "maybe"]]   # row 7: date, probation
    path = write_csv(tmp_path / "bad.csv", rows)
    before = counts(store)
    preview = preview_employees(store, path)
    assert [(e.row, e.column) for e in preview.errors] == [
        (3, "工号"), (4, "姓名"), (5, "岗位"), (6, "工号"), (7, "入职日期"), (7, "试用期")]
    assert "first on row 2" in preview.errors[0].message
    assert "already belongs to 老员工" in preview.errors[3].message
    assert str(preview.errors[2]) == "row 5, 岗位: unknown post '厨师': no rubric is for it"
    with pytest.raises(ValueError, match="6 problem"):
        commit_import(store, preview, by="test")
    assert counts(store) == before


def test_missing_columns_and_unknown_files_are_refused(store, tmp_path):
    preview = preview_employees(store, write_csv(tmp_path / "x.csv", [["姓名", "班组"],
                                                                      ["张三", "一班"]]))
    assert [(e.row, e.column) for e in preview.errors] == [(1, "工号"), (1, "岗位")]
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(ValueError, match="only .csv and .xlsx"):
        preview_employees(store, tmp_path / "x.txt")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="broken.xlsx: not a readable Excel workbook"):
        preview_employees(store, tmp_path / "broken.xlsx")


def test_a_conflict_after_the_preview_rolls_the_whole_import_back(store, tmp_path):
    preview = preview_employees(store, write_csv(tmp_path / "s.csv", [HEADER] + GOOD))
    add_employee(store, code="A002", name="抢先", team_id=None, post="员工", by="test")
    before = counts(store)
    with pytest.raises(ValueError, match="row 3: .*nothing was imported"):
        commit_import(store, preview, by="test")
    assert counts(store) == before and employee_by_code(store, "A001") is None
