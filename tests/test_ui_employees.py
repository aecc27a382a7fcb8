"""The employee list panel, the employee dialog and the team dialog, driven like a person would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QToolButton

from models.people import employees, teams
from tests.ui_store import count
from ui.employee_dialog import EmployeeDialog
from ui.employee_list import (
    CODE,
    EMPLOYEE_ID_ROLE,
    NAME,
    POST,
    STATUS,
    TEAM,
    EmployeeListModel,
    EmployeePanel,
)
from ui.team_dialog import TeamDialog

ROWS = [
    {"id": 7, "code": "A01", "name": "张三", "name_initials": "zs", "team_id": 1,
     "post": "客服", "probation": False, "active": True},
    {"id": 9, "code": "A02", "name": "李四", "name_initials": "ls", "team_id": 2,
     "post": "领班", "probation": True, "active": True},
    {"id": 11, "code": "A03", "name": "王五", "name_initials": "ww", "team_id": 1,
     "post": "客服", "probation": False, "active": False},
]


def type_text(widget, text):
    """Chinese arrives through the input method, as on a real machine (QTest's keyClicks is
    ASCII-only: it aborts the process on 王)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def shown_names(panel):
    return [panel.proxy.index(row, NAME).data() for row in range(panel.proxy.rowCount())]


def select(panel, code):
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, CODE).data() == code:
            panel.table.selectRow(row)
            return
    raise AssertionError(f"{code} is not listed")


def click_ok(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
    qtbot.mouseClick(button, Qt.LeftButton)


@pytest.fixture
def panel(qtbot, db, session_for):
    widget = EmployeePanel(session_for(db))
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def yes(monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args) or QMessageBox.Yes)
    return asked


# -- the table model, without a window ---------------------------------------------------------
def test_model_rows_columns_and_id_role():
    model = EmployeeListModel()
    model.set_rows(ROWS, team_names={1: "早班", 2: "晚班"})
    assert model.rowCount() == 3
    assert model.columnCount() == 6      # and the coverage (ui/coverage.py)
    first = [model.index(0, column).data() for column in (CODE, NAME, TEAM, POST, STATUS)]
    assert first == ["A01", "张三", "早班", "客服", "Active"]
    assert model.index(1, STATUS).data() == "Probation"
    assert model.index(2, STATUS).data() == "Inactive"
    assert model.index(2, NAME).data(Qt.ForegroundRole) is not None   # greyed
    assert model.index(0, NAME).data(Qt.ForegroundRole) is None
    assert [model.index(row, CODE).data(EMPLOYEE_ID_ROLE) for row in range(3)] == [7, 9, 11]
    assert model.headerData(NAME, Qt.Horizontal) == "Name"
    assert model.row_of(9) == 1
    assert model.row_of(99) == -1
    model.set_rows([])
    assert model.rowCount() == 0


def test_model_team_name_from_the_row_wins():
    model = EmployeeListModel()
    model.set_rows([dict(ROWS[0], team_name="夜班")], team_names={1: "早班"})
    assert model.index(0, TEAM).data() == "夜班"


# -- the panel -------------------------------------------------------------------------------
def test_lists_the_demo_team_sorted_by_number(panel):
    assert panel.proxy.rowCount() == 6
    codes = [panel.proxy.index(row, CODE).data() for row in range(6)]
    assert codes == sorted(codes)
    assert panel.table.verticalHeader().defaultSectionSize() >= 36


def test_typing_a_name_filters_the_rows(qtbot, panel):
    type_text(panel.search, "王")
    assert shown_names(panel) == ["王丽"]
    panel.search.clear()
    assert panel.proxy.rowCount() == 6


def test_typing_pinyin_initials_or_number_filters_the_rows(qtbot, panel):
    qtbot.keyClicks(panel.search, "zw")
    assert shown_names(panel) == ["张伟"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "DEMO-05")
    assert shown_names(panel) == ["陈静"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nobody")
    assert panel.proxy.rowCount() == 0


def test_team_filter(qtbot, db, panel):
    other = teams.add_team(db, name="晚班", by="test")
    employees.add_employee(db, code="N01", name="周七", team_id=other, post="客服", by="test")
    panel.reload()     # written behind the UI's back: no hub heard it
    assert panel.proxy.rowCount() == 7
    panel.team_picker.set_current_team(other)
    assert shown_names(panel) == ["周七"]
    qtbot.keyClicks(panel.search, "z")    # search stays inside the chosen team
    assert shown_names(panel) == ["周七"]


def test_choosing_a_row_emits_the_employee(qtbot, panel):
    with qtbot.waitSignal(panel.employee_chosen) as blocker:
        select(panel, "DEMO-03")
    assert blocker.args == [3]
    with qtbot.waitSignal(panel.employee_opened) as blocker:
        qtbot.keyClick(panel.table, Qt.Key_Return)
    assert blocker.args == [3]
    with qtbot.waitSignal(panel.employee_chosen) as blocker:
        panel.select_next(1)
    assert blocker.args == [4]


def test_ctrl_f_focuses_the_search_box(qtbot, panel):
    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(panel.search.hasFocus)


def test_add_employee_through_the_dialog(qtbot, db, panel):
    button = next(b for b in panel.findChildren(QToolButton)
                  if b.defaultAction() is panel.add_employee_action)
    qtbot.mouseClick(button, Qt.LeftButton)
    dialog = panel._dialog
    assert isinstance(dialog, EmployeeDialog)
    qtbot.keyClicks(dialog.code, "1024")
    type_text(dialog.name, "张三")
    dialog.post.setCurrentIndex(dialog.post.findText("客服"))
    dialog.probation.setChecked(True)
    click_ok(qtbot, dialog)
    row = db.execute("SELECT name, post, team_id, probation, name_initials FROM employees "
                     "WHERE code = '1024'").fetchone()
    assert row == ("张三", "客服", 1, 1, "zs")
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: "张三" in shown_names(panel))


def test_duplicate_number_shows_the_error_and_writes_nothing(qtbot, db, session_for):
    dialog = EmployeeDialog(session_for(db))
    qtbot.addWidget(dialog)
    dialog.show()
    before = count(db, "employees")
    qtbot.keyClicks(dialog.code, "DEMO-01")
    type_text(dialog.name, "张三")
    dialog.post.setCurrentIndex(dialog.post.findText("客服"))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "DEMO-01" in dialog.error.text() and "already used" in dialog.error.text()
    assert count(db, "employees") == before


def test_empty_name_is_refused_inline(qtbot, db, session_for):
    dialog = EmployeeDialog(session_for(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "2000")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.text() == "Enter the name."
    assert count(db, "employees", "code = '2000'") == 0


def test_edit_employee_changes_the_row(qtbot, db, panel):
    select(panel, "DEMO-02")
    panel.edit_employee_action.trigger()
    dialog = panel._dialog
    assert dialog.code.text() == "DEMO-02" and dialog.post.currentText() == "客户服务代表"
    assert dialog.hire_date.date().toString("yyyy-MM-dd") == "2024-03-02"
    dialog.name.clear()
    type_text(dialog.name, "李娜娜")
    click_ok(qtbot, dialog)
    assert employees.get_employee(db, 2)["name"] == "李娜娜"
    assert employees.get_employee(db, 2)["hire_date"] == "2024-03-02"
    qtbot.waitUntil(lambda: "李娜娜" in shown_names(panel))


def test_delete_key_deactivates_after_confirmation(qtbot, db, panel, yes):
    select(panel, "DEMO-02")
    panel.activateWindow()
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key_Delete)
    assert len(yes) == 1
    assert employees.get_employee(db, 2)["active"] is False
    assert "李娜" not in shown_names(panel)
    qtbot.mouseClick(panel.show_inactive, Qt.LeftButton)
    assert "李娜" in shown_names(panel)
    select(panel, "DEMO-02")
    assert panel.toggle_employee_action.text() == "Reactivate employee"
    panel.toggle_employee_action.trigger()
    assert employees.get_employee(db, 2)["active"] is True


def test_deactivate_needs_a_yes(qtbot, db, panel, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    select(panel, "DEMO-04")
    panel.toggle_employee_action.trigger()
    assert employees.get_employee(db, 4)["active"] is True
    assert "刘洋" in shown_names(panel)


def test_add_rename_and_deactivate_a_team(qtbot, db, panel, yes):
    panel.add_team_action.trigger()
    dialog = panel.team_picker._dialog
    type_text(dialog.name, "晚班")
    click_ok(qtbot, dialog)
    team = teams.team_by_name(db, "晚班")
    assert team is not None and panel.team_picker.current_team_id() == team["id"]
    panel.rename_team_action.trigger()
    dialog = panel.team_picker._dialog
    dialog.name.clear()
    type_text(dialog.name, "演示班组 Demo team")     # taken: refused inline
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "already exists" in dialog.error.text()
    dialog.name.clear()
    type_text(dialog.name, "夜班")
    click_ok(qtbot, dialog)
    assert teams.get_team(db, team["id"])["name"] == "夜班"
    panel.toggle_team_action.trigger()
    assert yes and teams.get_team(db, team["id"])["active"] is False
    combo = panel.team_picker.combo
    assert "夜班" not in [combo.itemText(i) for i in range(combo.count())]


def test_empty_team_name_is_refused(qtbot, db, session_for):
    dialog = TeamDialog(session_for(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    assert count(db, "teams") == 1


def test_import_from_the_panel_lists_the_new_employees(qtbot, panel, tmp_path):
    from ui.import_dialog import ImportDialog
    path = tmp_path / "list.csv"
    path.write_text("工号,姓名,班组,岗位\nB01,孙八,早班,客服\n", encoding="utf-8")
    panel.import_action.trigger()
    dialog = panel._dialog
    assert isinstance(dialog, ImportDialog)
    dialog.load(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)     # the preview is in
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert "孙八" in shown_names(panel)
    combo = panel.team_picker.combo
    assert "早班" in [combo.itemText(i) for i in range(combo.count())]
