"""The first run (issue 11): a store nobody can sign in to asks to set up the office (the HR
admin first) or to look around the demo, and from then on every tick names a signed-in user.

The dialogs are driven as a person would: typed into (qtbot.keyClicks: ASCII names), real
buttons clicked; at start through `ui.app.session_user`, whose dialogs run in exec() — the
steps are queued on timers and run inside it."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionGroupBox

from models.audit.query import search_events
from models.database import demo
from models.people import access, users
from models.people.employees import list_employees
from models.people.teams import team_by_name
from models.work import settings
from tests.forms_fixtures import count, fast_pins
from ui import app as app_module
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog, SignInForm


def when_modal(qtbot, kind, step, *, failures):
    """Run `step(dialog)` once a modal dialog of `kind` is up (inside its exec())."""
    def run():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        try:
            step(dialog)
        except BaseException as exc:          # said after exec() returns
            failures.append(exc)
            dialog.reject()
    QTimer.singleShot(0, run)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.LeftButton)


def tick_box(qtbot, check):
    """Click a check box on its indicator, as a finger would."""
    qtbot.mouseClick(check, Qt.LeftButton, pos=QPoint(12, check.height() // 2))


def click_group_check(qtbot, box):
    """Click the check box in a checkable group box's title."""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    rect = box.style().subControlRect(QStyle.CC_GroupBox, option, QStyle.SC_GroupBoxCheckBox,
                                      box)
    qtbot.mouseClick(box, Qt.LeftButton, pos=rect.center())


def fill_hr(qtbot, dialog, *, name="Sun Mei", pin="hr-secret", again=None, organisation=""):
    qtbot.keyClicks(dialog.organisation, organisation)
    qtbot.keyClicks(dialog.hr_name, name)
    qtbot.keyClicks(dialog.hr_pin, pin)
    qtbot.keyClicks(dialog.hr_pin_again, pin if again is None else again)


def tick_in_window(qtbot, db, user):
    """Open a demo agent's checklist in the main window as `user` and tick one item; the
    incident's created_by and the audit event's actor."""
    window = MainWindow(db, language="en", user=user, idle_lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    agent = next(e for e in list_employees(db) if e["post"] == "客户服务代表")
    window.open_employee(agent["id"])
    click(qtbot, window.checklist_widget.rows["command-tone"].plus)
    created_by = db.execute("SELECT created_by FROM incidents ORDER BY id DESC").fetchone()[0]
    actor = db.execute("SELECT actor FROM audit_events WHERE entity = 'incident' "
                       "ORDER BY id DESC").fetchone()[0]
    window.close()
    return created_by, actor


# -- setting up the office ------------------------------------------------------------------------
def test_at_first_start_the_office_is_set_up_and_the_hr_admin_signed_in(qtbot, db, monkeypatch):
    fast_pins(monkeypatch)
    assert access.open_mode(db)
    failures = []

    def set_up(dialog):
        assert not dialog.lead_box.isChecked()           # the lead is optional
        fill_hr(qtbot, dialog, organisation="Hotline Centre")
        click(qtbot, dialog.set_up_button)

    when_modal(qtbot, FirstRunDialog, set_up, failures=failures)
    asked = []
    go_on, user = app_module.session_user(db, ask=lambda db: asked.append(1))
    assert not failures, failures
    assert go_on and user["name"] == "Sun Mei" and user["role"] == "hr"
    assert asked == []                                  # signed in by the set-up itself
    assert not access.open_mode(db)
    assert settings.get(db, "organisation") == "Hotline Centre"
    assert [u["name"] for u in users.list_users(db)] == ["Sun Mei"]
    # Every event of the set-up is hers; and so is the next tick.
    events = search_events(db, actor="Sun Mei")
    assert {(e["entity"], e["action"]) for e in events} >= {("user", "add"), ("setting", "set")}
    assert tick_in_window(qtbot, db, user) == ("Sun Mei", "Sun Mei")
    assert not search_events(db, actor=access.NO_SIGN_IN)


def test_the_set_up_makes_the_lead_with_her_teams_and_signs_her_in(qtbot, db, monkeypatch):
    fast_pins(monkeypatch)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_hr(qtbot, dialog)
    click_group_check(qtbot, dialog.lead_box)
    assert dialog.lead_box.isChecked()
    qtbot.keyClicks(dialog.lead_name, "Li Na")
    qtbot.keyClicks(dialog.lead_pin, "130524")
    qtbot.keyClicks(dialog.lead_pin_again, "130524")
    [demo_team] = dialog.team_checks                  # the existing teams, as check boxes
    tick_box(qtbot, demo_team)
    assert dialog.checked_team_ids() == [team_by_name(db, demo.TEAM)["id"]]
    qtbot.keyClicks(dialog.new_team, "Night shift")
    click(qtbot, dialog.set_up_button)
    assert dialog.result() == FirstRunDialog.Accepted and not dialog.error.text()
    lead = dialog.user
    assert lead["name"] == "Li Na" and lead["role"] == "lead"
    night = team_by_name(db, "Night shift")["id"]
    assert sorted(lead["team_ids"]) == sorted([team_by_name(db, demo.TEAM)["id"], night])
    hr = next(u for u in users.list_users(db) if u["role"] == "hr")
    assert hr["name"] == "Sun Mei"
    # HR made the lead and the team: the trail says so.
    actors = {(e["entity"], e["action"]): e["actor"] for e in search_events(db, entity="user")}
    assert actors[("user", "set_teams")] == "Sun Mei"
    assert [e["actor"] for e in search_events(db, entity="team") if e["action"] == "add"
            and e["entity_id"] == night] == ["Sun Mei"]
    assert tick_in_window(qtbot, db, lead) == ("Li Na", "Li Na")


def test_a_refused_set_up_says_why_and_keeps_what_was_typed(qtbot, db, monkeypatch):
    fast_pins(monkeypatch)
    dialog = FirstRunDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_hr(qtbot, dialog, again="hr-secreT")
    click(qtbot, dialog.set_up_button)
    assert dialog.error.text().startswith("The two PINs differ")
    assert dialog.hr_pin.text() == "hr-secret" and dialog.hr_pin_again.text() == "hr-secreT"
    dialog.hr_pin_again.clear()
    qtbot.keyClicks(dialog.hr_pin_again, "hr-secret")
    click_group_check(qtbot, dialog.lead_box)
    qtbot.keyClicks(dialog.lead_name, "Sun Mei")          # the HR admin's own name
    qtbot.keyClicks(dialog.lead_pin, "130524")
    qtbot.keyClicks(dialog.lead_pin_again, "130524")
    click(qtbot, dialog.set_up_button)
    assert "without a team" in dialog.error.text()
    tick_box(qtbot, dialog.team_checks[0])
    click(qtbot, dialog.set_up_button)
    # Refused by the store as a whole: nothing of it was written.
    assert dialog.error.text().startswith("An active user named Sun Mei already exists")
    assert count(db, "users") == 0 and access.open_mode(db)
    assert dialog.hr_pin.text() == "hr-secret" and dialog.lead_pin.text() == "130524"
    assert dialog.isVisible()


# -- just looking around --------------------------------------------------------------------------
def test_just_look_around_signs_in_a_demo_user_whose_pin_is_shown(qtbot, db, monkeypatch):
    fast_pins(monkeypatch)
    failures, seen = [], {}

    def look(dialog):
        click(qtbot, dialog.look_button)

    def sign_in(dialog):
        form = dialog.form
        seen["note"] = form.demo_note.text() if form.demo_note.isVisible() else ""
        seen["users"] = [form.user.itemText(i) for i in range(form.user.count())]
        lead = next(u for u in users.demo_sign_ins(db) if u["role"] == "lead")
        form.set_user(lead["id"])
        qtbot.keyClicks(form.pin, lead["pin"])
        click(qtbot, form.button)

    when_modal(qtbot, FirstRunDialog, look, failures=failures)
    # the sign-in comes after the set-up dialog closed
    QTimer.singleShot(0, lambda: when_modal(qtbot, SignInDialog, sign_in, failures=failures))
    go_on, user = app_module.session_user(db)
    assert not failures, failures
    names = [name for name, _role, _pin in users.DEMO_USERS]
    # An HR admin, a reviewer and a lead of the demo team, names and PINs on the sign-in screen.
    for name, _role, pin in users.DEMO_USERS:
        assert name in seen["note"] and pin in seen["note"]
    assert sorted(seen["users"]) == sorted(f"{n} ({r})" for n, r in (
        (names[0], "HR admin"), (names[1], "reviewer"), (names[2], "shift lead")))
    assert go_on and user["name"] == "演示班长 Demo lead" and user["role"] == "lead"
    assert user["team_ids"] == [team_by_name(db, demo.TEAM)["id"]]
    assert tick_in_window(qtbot, db, user) == ("演示班长 Demo lead", "演示班长 Demo lead")


def test_demo_pins_are_shown_only_on_the_demo_store_and_only_for_its_users(qtbot, db, led_office,
                                                                           monkeypatch):
    fast_pins(monkeypatch)
    real = SignInForm(led_office.db)                  # an office's own store: no demo users
    qtbot.addWidget(real)
    real.show()
    assert not real.demo_note.isVisible() and real.demo_note.text() == ""
    demo.install_demo_users(db)
    hr = users.add_user(db, name="Sun Mei", role="hr", pin="hr-secret",
                        by=access.UserActor(access.signed_in_user(db, users.demo_sign_ins(db)[0]
                                                                  ["id"])))
    form = SignInForm(db)
    qtbot.addWidget(form)
    form.show()
    assert form.demo_note.isVisible()
    assert "Sun Mei" in [form.user.itemText(i).split(" (")[0] for i in range(form.user.count())]
    assert "Sun Mei" not in form.demo_note.text() and "hr-secret" not in form.demo_note.text()
    # A name in the note chooses that user.
    reviewer = next(u for u in users.demo_sign_ins(db) if u["role"] == "reviewer")
    form.demo_note.linkActivated.emit(str(reviewer["id"]))
    assert form.user.currentData() == reviewer["id"]
    # The demo removed (by the office's own HR admin): its PINs are gone from the screen.
    demo.remove_demo(db, by=access.UserActor(access.signed_in_user(db, hr)))
    form.reload()
    assert not form.demo_note.isVisible() and users.demo_sign_ins(db) == []


def test_removing_the_demo_while_signed_in_as_its_user_locks_the_window(qtbot, db, monkeypatch):
    """The demo HR admin added the office's own HR admin, then removed the demo, herself too:
    nobody goes on as her — the window asks who signs in."""
    from ui.settings_dialog import SettingsDialog

    fast_pins(monkeypatch)
    demo.install_demo_users(db)
    demo_hr = access.signed_in_user(db, users.demo_sign_ins(db)[0]["id"])
    users.add_user(db, name="Sun Mei", role="hr", pin="hr-secret",
                   by=access.UserActor(demo_hr))
    window = MainWindow(db, language="en", user=demo_hr, idle_lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("ui.settings_dialog.QMessageBox.question", lambda *a, **k: 0x00004000)
    dialog.remove_demo()
    assert users.demo_sign_ins(db) == [] and not demo.has_demo(db)
    assert window.window_lock.is_locked and window.user is None
    form = window.window_lock.screen.form
    assert [form.user.itemData(i) for i in range(form.user.count())] == [
        u["id"] for u in users.list_users(db)]
    assert not form.demo_note.isVisible()
    qtbot.keyClicks(form.pin, "hr-secret")
    click(qtbot, form.button)
    assert window.user["name"] == "Sun Mei" and not window.window_lock.is_locked


def test_removing_the_demo_and_its_only_users_brings_the_set_up_back(qtbot, db, monkeypatch):
    """Nobody is left who can sign in: the window does not go on in nobody's name, it asks for
    the set-up again (here: look around once more, then a demo user signs in)."""
    from ui.settings_dialog import SettingsDialog

    fast_pins(monkeypatch)
    demo.install_demo_users(db)
    demo_hr = access.signed_in_user(db, users.demo_sign_ins(db)[0]["id"])
    window = MainWindow(db, language="en", user=demo_hr, idle_lock_ms=0)
    qtbot.addWidget(window)
    window.show()
    dialog = SettingsDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr("ui.settings_dialog.QMessageBox.question", lambda *a, **k: 0x00004000)
    failures = []
    when_modal(qtbot, FirstRunDialog, lambda d: click(qtbot, d.look_button), failures=failures)
    dialog.remove_demo()
    assert window.user is None and access.open_mode(db)
    qtbot.waitUntil(lambda: window.window_lock.is_locked, timeout=5000)
    assert not failures, failures
    form = window.window_lock.screen.form
    assert form.demo_note.isVisible() and "333333" in form.demo_note.text()
    lead = next(u for u in users.demo_sign_ins(db) if u["role"] == "lead")
    form.set_user(lead["id"])
    qtbot.keyClicks(form.pin, lead["pin"])
    click(qtbot, form.button)
    assert window.user["id"] == lead["id"] and not window.window_lock.is_locked
