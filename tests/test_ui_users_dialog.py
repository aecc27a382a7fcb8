"""The HR admin's users dialog: add users whose PIN verifies (never stored in clear), explain
refusals, change PINs, deactivate, assign teams, set the idle lock; the role names in Chinese.

Same led_office as tests/test_ui_access.py."""

from PySide6.QtCore import Qt

from models.people import users
from models.work import settings
from tests.forms_fixtures import PINS, count, fast_pins
from tests.test_ui_access import signed_in
from ui.session import Session
from ui.users_dialog import UsersDialog

SECRET = "Kiwi-Pear-9"


# -- the users dialog -----------------------------------------------------------------------------
def users_dialog(qtbot, led_office, who="hr"):
    dialog = UsersDialog(Session(led_office.db, user=signed_in(led_office, who)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_new_user(qtbot, dialog, name, role, pin, again=None):
    dialog.new_name.setText(name)                    # (keyClicks types ASCII only)
    dialog.new_role.setCurrentIndex(dialog.new_role.findData(role))
    dialog.new_pin.clear()                           # a refused add keeps what was typed
    dialog.new_pin_again.clear()
    qtbot.keyClicks(dialog.new_pin, pin)
    qtbot.keyClicks(dialog.new_pin_again, pin if again is None else again)
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)


def test_the_users_dialog_adds_a_user_whose_pin_verifies(qtbot, led_office):
    dialog = users_dialog(qtbot, led_office)
    assert dialog.table.rowCount() == 3
    # Letters no hash (hex) or time stamp has: found anywhere, it is the PIN in clear.
    fill_new_user(qtbot, dialog, "周班长", "lead", SECRET)
    row = led_office.db.execute("SELECT id, role, pin_hash FROM users WHERE name = '周班长'"
                            ).fetchone()
    assert row is not None and row[1] == "lead"
    assert users.verify_pin(led_office.db, row[0], SECRET)
    assert not users.verify_pin(led_office.db, row[0], SECRET[:-1] + "8")
    assert SECRET not in row[2] and row[2].startswith("scrypt$")
    for table in ("users", "audit_events"):
        assert not any(SECRET in str(v) for r in led_office.db.execute(f"SELECT * FROM {table}")
                       for v in r)
    assert dialog.table.rowCount() == 4 and dialog.selected_user()["id"] == row[0]
    actor = led_office.db.execute("SELECT actor FROM audit_events WHERE entity = 'user' AND "
                              "action = 'add' ORDER BY id DESC").fetchone()[0]
    assert actor == "孙人事"


def test_the_users_dialog_explains_refusals(qtbot, led_office):
    dialog = users_dialog(qtbot, led_office)
    fill_new_user(qtbot, dialog, "周班长", "lead", "753197", again="753198")
    assert "differ" in dialog.error.text()
    for short in ("12", "7531", "75319", "abcdefg"):      # 6+ digits, or 8+ characters
        fill_new_user(qtbot, dialog, "周班长", "lead", short)
        assert "6–12 digits" in dialog.error.text()
    fill_new_user(qtbot, dialog, "李班长", "lead", "753197")
    assert "already exists" in dialog.error.text()
    assert count(led_office.db, "users") == 3
    # The fields say the rule before anyone types.
    assert "6–12 digits" in dialog.new_pin.placeholderText()
    assert "6–12 digits" in dialog.pin.placeholderText()


def test_the_users_dialog_refuses_a_short_new_pin(qtbot, led_office):
    dialog = users_dialog(qtbot, led_office)
    dialog.select_user(led_office.lead_user)
    qtbot.keyClicks(dialog.pin, "8642")
    qtbot.keyClicks(dialog.pin_again, "8642")
    qtbot.mouseClick(dialog.pin_button, Qt.LeftButton)
    assert "6–12 digits" in dialog.error.text()
    assert users.verify_pin(led_office.db, led_office.lead_user, PINS["lead"])


def test_the_first_user_of_an_empty_store_must_be_hr(qtbot, store, monkeypatch):
    fast_pins(monkeypatch)
    dialog = UsersDialog(Session(store))
    qtbot.addWidget(dialog)
    fill_new_user(qtbot, dialog, "李班长", "lead", "123456")
    assert "HR admin" in dialog.error.text() and count(store, "users") == 0
    fill_new_user(qtbot, dialog, "孙人事", "hr", "hr-secret")
    assert count(store, "users") == 1 and not dialog.error.text()


def test_the_users_dialog_changes_pins_deactivates_and_assigns_teams(qtbot, led_office):
    dialog = users_dialog(qtbot, led_office)
    dialog.select_user(led_office.lead_user)
    qtbot.keyClicks(dialog.pin, "864213")
    qtbot.keyClicks(dialog.pin_again, "864213")
    qtbot.mouseClick(dialog.pin_button, Qt.LeftButton)
    assert users.verify_pin(led_office.db, led_office.lead_user, "864213")
    assert not users.verify_pin(led_office.db, led_office.lead_user, PINS["lead"])
    # teams: tick 二班 too
    assert dialog.checked_team_ids() == [led_office.team_a] and dialog.teams.isEnabled()
    for i in range(dialog.teams.count()):
        dialog.teams.item(i).setCheckState(Qt.Checked)
    qtbot.mouseClick(dialog.teams_button, Qt.LeftButton)
    assert users.user_team_ids(led_office.db, led_office.lead_user) == sorted(
        [led_office.team_a, led_office.team_b])
    qtbot.mouseClick(dialog.toggle_button, Qt.LeftButton)
    assert not users.get_user(led_office.db, led_office.lead_user)["active"]
    assert dialog.toggle_button.text() == "Reactivate"
    qtbot.mouseClick(dialog.toggle_button, Qt.LeftButton)
    assert users.get_user(led_office.db, led_office.lead_user)["active"]
    # teams are for shift leads; HR cannot deactivate herself
    dialog.select_user(led_office.hr)
    assert not dialog.teams_button.isEnabled()
    qtbot.mouseClick(dialog.toggle_button, Qt.LeftButton)
    assert "yourself" in dialog.error.text()
    assert users.get_user(led_office.db, led_office.hr)["active"]


def test_the_users_dialog_sets_the_idle_lock(qtbot, led_office):
    dialog = users_dialog(qtbot, led_office)
    dialog.idle_minutes.setValue(0)
    qtbot.mouseClick(dialog.idle_button, Qt.LeftButton)
    assert settings.get(led_office.db, "idle_lock_minutes") == 0


def test_roles_and_the_lock_speak_chinese(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from models.storage.resources import resource_path
    from ui.sign_in import role_name, signed_in_text

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert [role_name(r) for r in users.ROLES] == ["值班长", "复核人", "人事管理员"]
        assert signed_in_text({"name": "李班长", "role": "lead"}) == "已登录：李班长（值班长）"
        assert QCoreApplication.translate("LockScreen", "Switch user") == "切换用户"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_users_table_stays_filled_after_a_change(qtbot, led_office):
    """Reloading the shown table (after any change) kept the last column stretched: no blank
    strip on the right (it shrank to its text with resizeColumnsToContents)."""
    dialog = users_dialog(qtbot, led_office)
    table = dialog.table
    for _ in range(2):
        dialog.reload()
        qtbot.wait(10)
        header = table.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(table.columnCount()))
        assert used >= table.viewport().width() - 2
