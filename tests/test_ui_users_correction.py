"""Users that can be corrected (issue 11): in the users dialog HR changes a user's role and
teams, resets a PIN, reuses a deactivated user's name, is told (with a capital letter, in her
language) why a reactivation or a save is refused, and a refused save keeps the PINs typed.

The office of tests/forms_fixtures.py with its lead on 一班 (`led_office`)."""

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from models.audit.query import search_events
from models.people import users
from models.storage.resources import resource_path
from tests.forms_fixtures import PINS, count, fast_pins
from tests.test_ui_access import signed_in
from ui.session import Session
from ui.users_dialog import UsersDialog


def users_dialog(qtbot, db, user=None):
    dialog = UsersDialog(Session(db, user=user))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def hr_dialog(qtbot, office):
    return users_dialog(qtbot, office.db, signed_in(office, "hr"))


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.LeftButton)


def type_pins(qtbot, first, second, pin, again=None):
    qtbot.keyClicks(first, pin)
    qtbot.keyClicks(second, pin if again is None else again)


def add(qtbot, dialog, name, role, pin):
    dialog.new_name.setText(name)                    # (keyClicks types ASCII only)
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(role))
    type_pins(qtbot, dialog.new_pin, dialog.new_pin_again, pin)
    click(qtbot, dialog.add_button)


def test_hr_changes_a_users_role_and_teams(qtbot, led_office):
    db = led_office.db
    dialog = hr_dialog(qtbot, led_office)
    dialog.select_user(led_office.lead_user)
    assert dialog.role.currentData() == "lead" and dialog.teams.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("reviewer"))
    click(qtbot, dialog.role_button)
    assert not dialog.error.text()
    user = users.get_user(db, led_office.lead_user)
    assert user["role"] == "reviewer"
    assert users.user_team_ids(db, led_office.lead_user) == []      # teams are a lead's
    event = search_events(db, entity="user")[0]
    assert (event["action"], event["actor"]) == ("set_role", "孙人事")
    assert event["before"] == {"role": "lead", "team_ids": [led_office.team_a]}
    assert event["after"] == {"role": "reviewer", "team_ids": []}
    assert "reviewer" in dialog.table.item(dialog.table.currentRow(), 1).text()
    assert not dialog.teams.isEnabled()
    # Back to shift lead, now on 二班.
    dialog.role.setCurrentIndex(dialog.role.findData("lead"))
    click(qtbot, dialog.role_button)
    assert dialog.teams.isEnabled()
    for i in range(dialog.teams.count()):
        item = dialog.teams.item(i)
        item.setCheckState(Qt.Checked if item.data(Qt.UserRole) == led_office.team_b
                           else Qt.Unchecked)
    click(qtbot, dialog.teams_button)
    assert users.get_user(db, led_office.lead_user)["role"] == "lead"
    assert users.user_team_ids(db, led_office.lead_user) == [led_office.team_b]


def test_the_last_hr_admin_keeps_her_role(qtbot, led_office):
    dialog = hr_dialog(qtbot, led_office)
    dialog.select_user(led_office.hr)
    dialog.role.setCurrentIndex(dialog.role.findData("lead"))
    click(qtbot, dialog.role_button)
    assert dialog.error.text().startswith("This would leave no active HR admin")
    assert users.get_user(led_office.db, led_office.hr)["role"] == "hr"


def test_hr_resets_a_pin(qtbot, led_office):
    db = led_office.db
    dialog = hr_dialog(qtbot, led_office)
    dialog.select_user(led_office.reviewer)
    type_pins(qtbot, dialog.pin, dialog.pin_again, "97531024", again="9753102")
    click(qtbot, dialog.pin_button)                      # a typo in the second field
    assert dialog.error.text().startswith("The two PINs differ")
    assert dialog.pin.text() == "97531024"               # kept: only the typo is corrected
    qtbot.keyClicks(dialog.pin_again, "4")
    click(qtbot, dialog.pin_button)
    assert not dialog.error.text()
    assert users.verify_pin(db, led_office.reviewer, "97531024")
    assert not users.verify_pin(db, led_office.reviewer, PINS["reviewer"])
    assert dialog.pin.text() == "" and dialog.pin_again.text() == ""   # done: cleared
    assert "PIN" in dialog.done_note.text()


def test_a_deactivated_users_name_is_given_to_a_new_user(qtbot, led_office):
    db = led_office.db
    dialog = hr_dialog(qtbot, led_office)
    dialog.select_user(led_office.lead_user)
    click(qtbot, dialog.toggle_button)                   # 李班长 leaves
    assert not users.get_user(db, led_office.lead_user)["active"]
    add(qtbot, dialog, "李班长", "lead", "864213")       # a new 李班长 joins
    assert not dialog.error.text()
    rows = db.execute("SELECT id, active FROM users WHERE name = '李班长' ORDER BY id").fetchall()
    assert [r[1] for r in rows] == [0, 1] and rows[0][0] == led_office.lead_user
    assert users.verify_pin(db, rows[1][0], "864213")


def test_reactivating_a_user_whose_name_is_taken_is_refused(qtbot, led_office):
    db = led_office.db
    dialog = hr_dialog(qtbot, led_office)
    dialog.select_user(led_office.lead_user)
    click(qtbot, dialog.toggle_button)
    add(qtbot, dialog, "李班长", "lead", "864213")
    dialog.select_user(led_office.lead_user)
    assert dialog.toggle_button.text() == "Reactivate"
    click(qtbot, dialog.toggle_button)
    assert dialog.error.text() == ("An active user named 李班长 already exists: two active users "
                                   "cannot share a name (deactivate the other one first).")
    assert not users.get_user(db, led_office.lead_user)["active"]
    assert count(db, "users", "name = '李班长' AND active = 1") == 1


def test_a_refused_save_keeps_the_pins_and_says_why_with_a_capital(qtbot, led_office):
    dialog = hr_dialog(qtbot, led_office)
    add(qtbot, dialog, "王主任", "reviewer", "753197")     # an active user's name
    assert dialog.error.text().startswith("An active user named 王主任 already exists")
    assert dialog.new_pin.text() == "753197" and dialog.new_pin_again.text() == "753197"
    assert dialog.new_name.text() == "王主任"
    dialog.new_name.setText("王复核")                      # corrected: the PINs are still there
    click(qtbot, dialog.add_button)
    assert not dialog.error.text() and count(led_office.db, "users") == 4
    assert dialog.new_pin.text() == ""
    # The same for a PIN reset that is refused.
    dialog.select_user(led_office.reviewer)
    type_pins(qtbot, dialog.pin, dialog.pin_again, "13572468", again="13572469")
    click(qtbot, dialog.pin_button)
    assert dialog.error.text().startswith("The two PINs differ")
    assert dialog.pin.text() == "13572468" and dialog.pin_again.text() == "13572469"


def test_the_new_users_role_is_hr_until_there_is_an_hr_admin(qtbot, store, monkeypatch):
    fast_pins(monkeypatch)
    dialog = users_dialog(qtbot, store)                     # open mode: no users yet
    assert dialog.new_role.currentData() == "hr"
    dialog.new_name.setText("孙人事")
    type_pins(qtbot, dialog.new_pin, dialog.new_pin_again, "hr-secret")
    click(qtbot, dialog.add_button)
    assert users.list_users(store)[0]["role"] == "hr"
    assert dialog.new_role.currentData() == "lead"          # the next one: a shift lead


def test_refusals_speak_the_users_language(qtbot, led_office):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = hr_dialog(qtbot, led_office)
        add(qtbot, dialog, "王主任", "reviewer", "753197")
        assert dialog.error.text() == ("已有名为 王主任 的在用用户：两个在用用户不能同名"
                                       "（请先停用另一位）。")
        dialog.select_user(led_office.hr)
        click(qtbot, dialog.toggle_button)
        assert dialog.error.text() == "登录期间不能停用您自己。"
        assert dialog.role_button.text() == "保存角色"
    finally:
        QCoreApplication.removeTranslator(translator)
