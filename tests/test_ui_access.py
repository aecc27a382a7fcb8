"""Access in the app: sign-in, what each role sees and may do, the idle lock, the users dialog.

The office of tests/forms_fixtures.py, its lead assigned to 一班 (the `led_office` fixture):
teams 一班 (A1 张三, A2 李四, LA) and 二班 (B1 王五, LB); users 李班长 (shift lead, of 一班),
王主任 (reviewer), 孙人事 (HR admin), PINs in PINS.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from models.people import access, users
from models.work import settings
from tests.forms_fixtures import PINS, count
from ui import app as app_module
from ui import sign_in as sign_in_module
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog
from ui.users_dialog import UsersDialog

NEVER = 0           # idle_lock_ms: no lock during the test
SHORT = 150         # ms: the idle lock in the lock tests


def signed_in(office, who):
    user_id = {"lead": office.lead_user, "reviewer": office.reviewer, "hr": office.hr}[who]
    return access.signed_in_user(office.db, user_id)


def window_for(qtbot, db, user=None, *, idle_lock_ms=NEVER):
    window = MainWindow(db, language="zh", user=user, idle_lock_ms=idle_lock_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def shown_codes(window):
    panel = window.employees
    return sorted(panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount()))


def type_pin(qtbot, form, pin, *, user=None):
    if user is not None:
        form.user.setCurrentIndex(form.user.findData(user))
    form.pin.clear()
    qtbot.keyClicks(form.pin, pin)
    qtbot.mouseClick(form.button, Qt.LeftButton)


# -- signing in -----------------------------------------------------------------------------------
def test_sign_in_with_a_wrong_then_the_right_pin(qtbot, led_office):
    dialog = SignInDialog(led_office.db)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.user.count() == 3                                 # active users with a PIN
    type_pin(qtbot, form, "9999", user=led_office.lead_user)
    assert dialog.user is None and dialog.isVisible()            # stays, says why
    assert dialog.result() != QDialog.Accepted
    assert form.message.text() and form.pin.text() == ""
    type_pin(qtbot, form, PINS["lead"], user=led_office.lead_user)
    assert dialog.result() == QDialog.Accepted
    assert dialog.user["id"] == led_office.lead_user
    assert dialog.user["team_ids"] == [led_office.team_a]


def test_a_pin_is_only_good_for_its_own_user(qtbot, led_office):
    dialog = SignInDialog(led_office.db)
    qtbot.addWidget(dialog)
    type_pin(qtbot, dialog.form, PINS["hr"], user=led_office.lead_user)
    assert dialog.user is None


def test_too_many_wrong_pins_make_the_form_wait(qtbot, led_office):
    # The count is the database's (models.people.users; tests/test_pin_throttle.py).
    dialog = SignInDialog(led_office.db)
    qtbot.addWidget(dialog)
    for _ in range(users.FREE_FAILURES + 1):
        type_pin(qtbot, dialog.form, "000000", user=led_office.reviewer)
    assert not dialog.form.button.isEnabled() and not dialog.form.pin.isEnabled()
    assert "王主任 is locked" in dialog.form.message.text()


def test_at_start_users_must_sign_in_and_cancel_quits(led_office, tmp_path, monkeypatch):
    asked = []
    assert app_module.session_user(led_office.db, ask=lambda db: asked.append(1)) == (False, None)
    lead = signed_in(led_office, "lead")
    assert app_module.session_user(led_office.db, ask=lambda db: lead) == (True, lead)
    # run() itself: the sign-in is cancelled, the app ends before any window.
    monkeypatch.setattr(sign_in_module, "sign_in", lambda db: asked.append("run") or None)
    path = led_office.db.execute("PRAGMA database_list").fetchone()[2]
    led_office.db.close()
    assert app_module.run(db_path=path, lang="en") == 0
    assert asked == [1, "run"]


def test_open_mode_has_no_sign_in_and_no_lock(qtbot, store):
    assert access.open_mode(store)
    asked = []
    # At start the first run's set-up comes instead of a sign-in (tests/test_ui_first_run.py);
    # quit there, and the app ends.
    assert app_module.session_user(store, ask=lambda db: asked.append(1),
                                   set_up=lambda db: asked.append("set up")) == (False, None)
    assert asked == ["set up"]
    window = window_for(qtbot, store, idle_lock_ms=50)
    assert window.user is None and window.user_label.text() == ""
    assert window.users_action.isVisible() and not window.lock_action.isVisible()
    assert not window.window_lock.watcher._installed     # no event filter at all
    qtbot.wait(250)
    assert not window.window_lock.is_locked
    assert window.window_lock.lock() is False          # nothing to protect, nobody to unlock
    assert window.centralWidget() is not None and window.employees.isVisible()


def test_the_status_bar_says_who_is_signed_in(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    assert window.user_label.text() == "Signed in: 李班长 (shift lead)"   # no zh catalogue here
    assert window.session.actor == "李班长"


# -- roles ----------------------------------------------------------------------------------------
def test_a_lead_sees_only_her_teams_employees(qtbot, led_office, messages):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    assert shown_codes(window) == ["A1", "A2", "LA"]
    picker = window.employees.team_picker
    assert [picker.combo.itemText(i) for i in range(picker.combo.count())][1:] == ["一班"]
    window.employees.search.setText("王五")                          # 二班's B1
    qtbot.waitUntil(lambda: window.employees.proxy.rowCount() == 0)
    window.employees.search.clear()
    qtbot.keyClicks(window.employees.search, "B1")
    qtbot.waitUntil(lambda: window.employees.proxy.rowCount() == 0)
    assert [window.forms.team.itemText(i) for i in range(window.forms.team.count())] == ["一班"]
    # Even asked directly, the window refuses another team's employee.
    window.open_employee(led_office.b1)
    assert window.checklist_widget is None and messages
    window.open_employee(led_office.a1)
    assert not window.checklist_widget.read_only                    # her own: she ticks
    before = count(led_office.db, "incidents")
    qtbot.mouseClick(window.checklist_widget.rows["late"].plus, Qt.LeftButton)
    assert count(led_office.db, "incidents") == before + 1
    created_by = led_office.db.execute("SELECT created_by FROM incidents ORDER BY id DESC"
                                   ).fetchone()[0]
    assert created_by == "李班长"
    # Users, teams and imports are HR's; the audit trail shows every team.
    assert not window.users_action.isVisible()
    assert not window.employees.add_team_action.isVisible()
    assert not window.employees.import_action.isEnabled()
    assert not window.audit_action.isVisible()


def test_a_lead_adds_people_only_to_her_teams(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    panel = window.employees
    assert panel.add_employee_action.isEnabled()
    panel.add_employee()
    combo = panel._dialog.team
    assert [combo.itemData(i) for i in range(combo.count())] == [led_office.team_a]
    panel._dialog.reject()


def test_a_lead_without_teams_sees_nobody(qtbot, led_office):
    users.set_user_teams(led_office.db, led_office.lead_user, [], by="test")
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    assert shown_codes(window) == []
    assert not window.employees.add_employee_action.isEnabled()


def test_a_reviewers_checklist_is_read_only(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "reviewer"))
    assert shown_codes(window) == ["A1", "A2", "B1", "LA", "LB"]       # sees everyone
    window.open_employee(led_office.b1)
    widget = window.checklist_widget
    assert widget.read_only
    row = widget.rows["late"]
    assert not row.plus.isEnabled() and not row.minus.isEnabled() and not row.note.isEnabled()
    assert not widget.rows["exam"].inputs["value"].isEnabled()
    before = count(led_office.db, "incidents"), count(led_office.db, "kpi_values")
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    row.setFocus()
    qtbot.keyClick(row, Qt.Key_Plus)
    widget.tick("late")                                  # even called directly: nothing
    widget.enter_value("exam", 50)
    assert (count(led_office.db, "incidents"), count(led_office.db, "kpi_values")) == before
    assert not window.history.delete_button.isEnabled()
    assert not window.employees.edit_employee_action.isEnabled()
    assert not window.employees.add_employee_action.isEnabled()
    assert not window.users_action.isVisible() and window.audit_action.isVisible()


def test_hr_may_do_everything(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "hr"))
    assert shown_codes(window) == ["A1", "A2", "B1", "LA", "LB"]
    window.open_employee(led_office.b1)
    assert not window.checklist_widget.read_only
    assert window.users_action.isVisible() and window.employees.import_action.isEnabled()


def test_users_menu_only_for_hr_in_the_tools_menu(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "hr"))
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert window.users_action in tools.actions()
    dialog = window.open_users()
    assert isinstance(dialog, UsersDialog) and dialog.isVisible()
    dialog.reject()
    lead_window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    assert lead_window.open_users() is None


# -- the idle lock --------------------------------------------------------------------------------
def test_the_window_locks_when_idle_and_only_the_right_pin_unlocks(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"), idle_lock_ms=SHORT)
    window.open_employee(led_office.a1)
    content = window.centralWidget()
    side = QDialog(window)                                 # another window of the app
    side.show()
    qtbot.waitUntil(lambda: window.window_lock.is_locked, timeout=3000)
    screen = window.window_lock.screen
    assert window.centralWidget() is screen
    assert not content.isVisible() and not window.employees.isVisible()
    assert not window.menuBar().isVisible() and not side.isVisible()
    assert not screen.form.user.isEnabled()              # her PIN, unless "Switch user"
    type_pin(qtbot, screen.form, "0000")
    assert window.window_lock.is_locked and screen.form.message.text()
    type_pin(qtbot, screen.form, PINS["hr"])             # someone else's PIN: no
    assert window.window_lock.is_locked
    type_pin(qtbot, screen.form, PINS["lead"])
    assert not window.window_lock.is_locked
    assert window.centralWidget() is content and window.employees.isVisible()
    assert window.menuBar().isVisible() and side.isVisible()
    assert window.checklist_widget is not None           # her work is where she left it
    assert window.window_lock.watcher.timer.isActive()   # and the lock watches again


def test_a_dialog_waiting_in_exec_is_cancelled_by_the_lock(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"), idle_lock_ms=SHORT)
    dialog = QDialog(window)
    assert dialog.exec() == QDialog.Rejected            # returns when the window locks
    assert window.window_lock.is_locked
    type_pin(qtbot, window.window_lock.screen.form, PINS["lead"])
    assert not window.window_lock.is_locked and not dialog.isVisible()   # not brought back


@pytest.mark.slow
def test_input_keeps_the_window_unlocked(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"), idle_lock_ms=1000)
    for _ in range(15):                                  # 1.5 s of typing: no lock
        qtbot.wait(100)
        qtbot.keyClick(window.employees.search, Qt.Key_A)
    assert not window.window_lock.is_locked
    qtbot.waitUntil(lambda: window.window_lock.is_locked, timeout=5000)


def test_switch_user_at_the_lock_screen(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    window.open_employee(led_office.a1)
    side = QWidget(window, Qt.Window)
    side.show()
    assert window.window_lock.lock()
    screen = window.window_lock.screen
    qtbot.mouseClick(screen.switch, Qt.LeftButton)
    assert screen.form.user.isEnabled()
    type_pin(qtbot, screen.form, PINS["reviewer"], user=led_office.reviewer)
    assert not window.window_lock.is_locked
    assert window.user["id"] == led_office.reviewer
    assert window.user_label.text() == "Signed in: 王主任 (reviewer)"
    assert window.checklist_widget is None               # the lead's checklist was closed
    assert not side.isVisible()                          # and her other windows too
    assert shown_codes(window) == ["A1", "A2", "B1", "LA", "LB"]
    window.open_employee(led_office.a1)
    assert window.checklist_widget.read_only


def test_the_first_users_end_open_mode_with_a_sign_in(qtbot, store, monkeypatch):
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 10)
    window = window_for(qtbot, store)
    dialog = window.open_users()
    dialog.new_name.setText("孙人事")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("hr"))
    dialog.new_pin.setText("hr-secret")
    dialog.new_pin_again.setText("hr-secret")
    assert dialog.add_user()
    dialog.reject()
    assert window.window_lock.is_locked                  # from now on, people sign in
    form = window.window_lock.screen.form
    assert form.user.isEnabled() and form.user.count() == 1
    type_pin(qtbot, form, "hr-secret")
    assert window.user["name"] == "孙人事" and not window.window_lock.is_locked


def test_idle_minutes_come_from_the_settings(qtbot, led_office):
    settings.put(led_office.db, "idle_lock_minutes", 3, by="test")
    window = MainWindow(led_office.db, language="zh", user=signed_in(led_office, "lead"))
    qtbot.addWidget(window)
    assert window.window_lock.watcher.timeout_ms == 3 * 60_000
    assert window.window_lock.watcher.timer.isActive()
    settings.put(led_office.db, "idle_lock_minutes", 0, by="test")
    never = MainWindow(led_office.db, language="zh", user=signed_in(led_office, "lead"))
    qtbot.addWidget(never)
    assert not never.window_lock.watcher.timer.isActive()
