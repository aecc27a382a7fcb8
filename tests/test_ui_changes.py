"""One change hub (ui/changes.py): a change made in one place shows everywhere it is shown,
without a restart. Each test drives the real widgets — menus, buttons, keys — never the method
behind a button."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QToolButton

from models.audit.query import search_events
from models.work import settings
from models.work.periods import current_period
from tests.forms_fixtures import PINS
from tests.test_ui_employees import type_text
from tests.ui_store import count
from ui.changes import EMPLOYEES, TEAMS, ChangeHub
from ui.employee_dialog import EmployeeDialog
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.team_dialog import TeamDialog


def make_window(qtbot, db, **kwargs):
    window = MainWindow(db, language="zh", **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_action(window, menu, text):
    """The action `text` of the menu bar's `menu`, as a click on it would trigger it."""
    found = next(a.menu() for a in window.menuBar().actions() if a.text() == menu)
    return next(a for a in found.actions() if a.text() == text)


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok),
                     Qt.LeftButton)


def click_tab(qtbot, window, widget):
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(window.tabs.indexOf(widget)).center())
    assert window.tabs.currentWidget() is widget


def choose(qtbot, window, code):
    panel = window.employees
    qtbot.keyClicks(panel.search, code)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton,
                     pos=panel.table.visualRect(panel.proxy.index(0, 1)).center())
    qtbot.waitUntil(lambda: window.checklist_widget is not None)
    return window.checklist_widget


def test_the_hub_says_what_changed_and_refuses_unknown_kinds(qtbot):
    hub = ChangeHub()
    with qtbot.waitSignal(hub.changed) as blocker:
        hub.report([TEAMS, EMPLOYEES])
    assert blocker.args == [frozenset({TEAMS, EMPLOYEES})]
    with qtbot.assertNotEmitted(hub.changed):
        hub.report(())                              # nothing changed: nobody re-reads
    with pytest.raises(ValueError, match="teamz"):
        hub.report({"teamz"})


def test_a_team_added_in_the_team_dialog_is_offered_in_the_forms_tab(qtbot, db):
    window = make_window(qtbot, db)
    click_tab(qtbot, window, window.forms)
    before = [window.forms.team.itemText(i) for i in range(window.forms.team.count())]
    menu_action(window, "&Employees", "Add team").trigger()
    dialog = window.findChild(TeamDialog)
    qtbot.keyClicks(dialog.name, "Night shift")
    click_ok(qtbot, dialog)
    teams = [window.forms.team.itemText(i) for i in range(window.forms.team.count())]
    assert sorted(teams) == sorted(before + ["Night shift"])
    picker = window.employees.team_picker.combo       # and the employee list's team filter
    assert picker.currentText() == "Night shift"
    assert window.forms.team.currentText() == before[0]     # the forms tab kept its choice


def test_an_edited_employee_shows_in_the_list_and_the_open_checklist(qtbot, db):
    window = make_window(qtbot, db)
    widget = choose(qtbot, window, "DEMO-02")
    assert "李娜" in widget.heading.text()
    panel = window.employees
    edit = next(b for b in panel.findChildren(QToolButton)
                if b.defaultAction() is panel.edit_employee_action)
    qtbot.mouseClick(edit, Qt.LeftButton)
    dialog = window.findChild(EmployeeDialog)
    dialog.name.selectAll()
    type_text(dialog.name, "李娜娜")
    click_ok(qtbot, dialog)
    assert "李娜娜" in window.checklist_widget.heading.text()
    assert window.employees.proxy.index(0, 1).data() == "李娜娜"


def test_a_tick_shows_in_the_month_and_a_deletion_in_the_history_everywhere(
        qtbot, db, monkeypatch):
    window = make_window(qtbot, db)
    widget = choose(qtbot, window, "DEMO-02")
    employee = widget.checklist.employee["id"]
    before = widget.checklist.result.total
    click_tab(qtbot, window, window.month)
    assert window.month.total.text().startswith(f"{before:.2f}")
    click_tab(qtbot, window, window.tabs.widget(0))
    qtbot.mouseClick(widget.rows["blaming"].plus, Qt.LeftButton)
    click_tab(qtbot, window, window.month)
    assert window.month.total.text().startswith(f"{before - 10:.2f}")
    click_tab(qtbot, window, window.history)
    history = window.history
    rows = count(db, "incidents", "employee_id = ?", (employee,))
    assert history.table.rowCount() == rows
    history.table.selectRow(0)                        # newest first: the tick just made
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("看错了人", True))
    qtbot.mouseClick(history.delete_button, Qt.LeftButton)
    assert "看错了人" in history.table.item(0, 5).text()
    click_tab(qtbot, window, window.month)
    assert window.month.total.text().startswith(f"{before:.2f}")
    click_tab(qtbot, window, window.tabs.widget(0))
    assert widget.checklist.result.total == before
    assert widget.rows["blaming"].count.text() == "0"


def test_saved_settings_show_in_the_period_picker_and_sign_the_next_ticks(qtbot, db):
    settings.put(db, "inspector_name", "Old Name", by="test")
    # someone without the demo's signed history: this quarter's checklist is not frozen
    from models.database import demo
    from models.people.employees import add_employee
    from models.people.teams import team_by_name

    add_employee(db, code="NEW-1", name="新人", team_id=team_by_name(db, demo.TEAM)["id"],
                 post="客户服务代表", by="test")
    window = make_window(qtbot, db)
    widget = choose(qtbot, window, "NEW-1")
    assert window.period_picker.combo.currentText().startswith(current_period(db).key)
    window.settings_action.trigger()                  # File → Settings…
    dialog = window.findChild(SettingsDialog)
    dialog.period_kind.setCurrentIndex(dialog.period_kind.findData("quarter"))
    dialog.inspector.clear()
    qtbot.keyClicks(dialog.inspector, "Wang Li")
    click_ok(qtbot, dialog)
    quarter = current_period(db)
    assert "Q" in quarter.key
    assert window.period_picker.combo.currentText().startswith(quarter.key)
    assert window.checklist_widget.checklist.period == quarter      # reopened in it
    # Who saved is the actor of the save, not the name being saved …
    saved = [e for e in search_events(db, entity="setting") if "inspector_name" in e["after"]]
    assert saved[0]["actor"] == "Old Name"
    # … and the new name signs what comes next.
    widget = window.checklist_widget
    qtbot.mouseClick(widget.rows["blaming"].plus, Qt.LeftButton)
    assert db.execute("SELECT created_by FROM incidents ORDER BY id DESC").fetchone()[0] == \
        "Wang Li"


def test_a_removed_demo_leaves_the_list_and_closes_its_checklist(qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window = make_window(qtbot, db)
    choose(qtbot, window, "DEMO-02")
    window.employees.search.clear()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.mouseClick(dialog.remove_demo_button, Qt.LeftButton)
    assert window.checklist_widget is None and window.placeholder.isVisible()
    assert window.employees.proxy.rowCount() == 0
    assert window.forms.team.count() == 0


def test_a_form_signed_in_its_dialog_shows_its_state_in_the_forms_tab(qtbot, office,
                                                                       monkeypatch):
    from models.work.periods import parse_period
    from tests.test_ui_forms import signer
    from ui.form_dialog import FormDialog
    from ui.form_state_names import state_name
    from ui.forms_panel import FormsPanel
    from ui.session import Session

    panel = FormsPanel(Session(office.db))
    qtbot.addWidget(panel)
    panel.show()
    panel.set_period(parse_period("2026-11"))
    panel.team.setCurrentIndex(panel.team.findText("一班"))
    qtbot.mouseClick(panel.create, Qt.LeftButton)
    state = panel.table.column("state")
    assert panel.table.item(0, state).text() == state_name("draft")
    where = panel.table.visualItemRect(panel.table.item(0, 0)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.LeftButton, pos=where)   # as a real double
    qtbot.mouseDClick(panel.table.viewport(), Qt.LeftButton, pos=where)  # click: press first
    dialog = panel.findChild(FormDialog)
    assert dialog is not None and dialog.isVisible()
    signer(monkeypatch, user="李班长", pin=PINS["lead"])
    qtbot.mouseClick(dialog.actions["submit"], Qt.LeftButton)
    assert dialog.view.form["state"] == "submitted"
    assert panel.table.item(0, state).text() == state_name("submitted")


def test_the_users_dialog_lists_a_team_added_meanwhile(qtbot, office):
    from ui.session import Session
    from ui.users_dialog import UsersDialog

    session = Session(office.db)
    users_dialog = UsersDialog(session)
    qtbot.addWidget(users_dialog)
    users_dialog.show()
    teams = TeamDialog(session)
    qtbot.addWidget(teams)
    teams.show()
    type_text(teams.name, "三班")
    click_ok(qtbot, teams)
    users_dialog.select_user(office.lead_user)
    listed = [users_dialog.teams.item(i).text() for i in range(users_dialog.teams.count())]
    assert "三班" in listed


def test_the_idle_lock_saved_in_the_users_dialog_applies_at_once(qtbot, office):
    from models.people import access

    hr = access.signed_in_user(office.db, office.hr)
    window = make_window(qtbot, office.db, user=hr)       # minutes from the settings
    dialog = window.open_users()
    dialog.idle_minutes.setValue(7)
    qtbot.mouseClick(dialog.idle_button, Qt.LeftButton)
    assert dialog.isVisible()                             # not only when it closes
    assert window.window_lock.watcher.timeout_ms == 7 * 60_000
    dialog.reject()
