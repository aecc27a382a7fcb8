"""The import dialog (preview in the background, all or nothing).

The background helper itself is tested in test_ui_work.py."""

import pytest
from PySide6.QtCore import Qt

from models.people import teams
from tests.ui_store import count
from ui.changes import EMPLOYEES, TEAMS
from ui.import_dialog import ERROR_COLOUR, ImportDialog
from ui.session import Session

GOOD = """工号,姓名,班组,岗位,入职日期,试用期
1001,张三,早班,客服,2024-03-01,否
1002,李四,早班,客服专员,2024/05/06,是
1003,王五,演示班组 Demo team,领班,,
"""
BAD = """工号,姓名,班组,岗位,入职日期,试用期
2001,赵六,早班,客服,2024-03-01,否
2002,,早班,客服,2024-03-01,否
DEMO-01,钱七,早班,没有这个岗位,2024-13-01,否
"""


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def open_dialog(qtbot, db, path):
    dialog = ImportDialog(Session(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)       # read in the background: "Choose file…" is back when it is done
    qtbot.waitUntil(dialog.choose_button.isEnabled, timeout=10_000)
    return dialog


def cells(dialog, row):
    return [dialog.table.item(row, column).text() for column in range(dialog.table.columnCount())]


def test_a_bad_row_keeps_import_disabled_and_writes_nothing(qtbot, db, tmp_path):
    before = count(db, "employees"), count(db, "teams")
    dialog = open_dialog(qtbot, db, write(tmp_path, "bad.csv", BAD))
    assert not dialog.import_button.isEnabled()
    rows = [cells(dialog, row) for row in range(dialog.table.rowCount())]
    assert rows[0][:3] == ["2", "2001", "赵六"] and rows[0][-1] == ""      # a good row
    problems = [row for row in rows if row[-1]]
    assert [row[0] for row in problems] == ["3", "4", "4", "4"]            # row numbers
    assert problems[0][-1].startswith("姓名: missing name")                # column + message
    assert any("工号" in row[-1] and "already belongs" in row[-1] for row in problems)
    assert any("unknown post" in row[-1] for row in problems)
    assert dialog.table.item(1, 0).foreground().color() == ERROR_COLOUR      # in red
    assert "problem" in dialog.status.text()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)                  # disabled: no-op
    dialog.commit()                                                        # refused too
    assert (count(db, "employees"), count(db, "teams")) == before


def test_a_good_csv_imports_every_row(qtbot, db, tmp_path):
    before = count(db, "employees")
    dialog = open_dialog(qtbot, db, write(tmp_path, "good.csv", GOOD, encoding="gbk"))
    assert dialog.table.rowCount() == 3
    assert dialog.import_button.isEnabled()
    assert "3 employee(s) ready" in dialog.status.text() and "早班" in dialog.status.text()
    with qtbot.waitSignal(dialog.session.changes.changed) as blocker:   # the hub hears it
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert blocker.args == [frozenset({EMPLOYEES, TEAMS})]
    assert dialog.status.text() == "Imported 3 employees."
    assert not dialog.import_button.isEnabled()
    assert count(db, "employees") == before + 3
    assert db.execute("SELECT post, probation, hire_date FROM employees WHERE code = '1002'"
                      ).fetchone() == ("客服专员", 1, "2024-05-06")
    assert teams.team_by_name(db, "早班") is not None


def test_an_xlsx_file_imports(qtbot, db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for line in GOOD.strip().splitlines():
        book.active.append(line.split(","))
    path = tmp_path / "good.xlsx"
    book.save(path)
    dialog = open_dialog(qtbot, db, path)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert count(db, "employees", "code IN ('1001', '1002', '1003')") == 3


def test_a_change_since_the_preview_imports_nothing(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot, db, write(tmp_path, "good.csv", GOOD))
    db.execute("INSERT INTO employees (code, name, name_initials, post, active, demo, "
               "probation, created_at) VALUES ('1003', '抢先', 'qx', '客服', 1, 0, 0, '')")
    before = count(db, "employees"), count(db, "teams")
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert "Nothing was imported" in dialog.status.text()
    assert (count(db, "employees"), count(db, "teams")) == before


def test_an_unreadable_file_is_explained(qtbot, db, tmp_path):
    dialog = open_dialog(qtbot, db, write(tmp_path, "list.txt", "hello"))
    assert "cannot be read" in dialog.status.text() and "only .csv and .xlsx" in \
        dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_the_dialog_previews_a_path_given_to_it(qtbot, db, tmp_path):
    dialog = ImportDialog(Session(db), write(tmp_path, "good.csv", GOOD))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.import_button.isEnabled()
