"""PINs that resist guessing (models/people/users.py, docs/reliability.md): wrong PINs in a row
are counted in the database and lock the user (3 free, then 30 s doubling to an hour), before
the PIN is even looked at; every wrong PIN is an audit event without the PIN; the lock
survives a restart and every new sign-in or lock screen; weak hashes are upgraded; a PIN
shorter than today's rule is replaced at the sign-in.

The office of tests/forms_fixtures.py: 李班长 (lead), 王主任 (reviewer), 孙人事 (HR), PINS.
"""

import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from models import audit, forms
from models.database.store import open_db
from models.people import users
from models.storage import clock
from tests.forms_fixtures import FAST_N, PINS, STROKES, count, fast_pins
from ui import errors
from ui.idle_lock import LockScreen
from ui.sign_dialog import SignDialog
from ui.sign_in import NewPinDialog, SignInDialog

START = datetime(2026, 12, 1, 9, 0, 0)
WRONG = "000000"


class Clock:
    """models.storage.clock standing still until the test moves it."""

    def __init__(self, monkeypatch, start=START):
        self.now = start
        monkeypatch.setattr(clock, "now", lambda: self.now)

    def move(self, seconds):
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def still(monkeypatch):
    return Clock(monkeypatch)


def wrong_pins(db, user_id, n, **kw):
    """Give `n` wrong PINs; the exception type of each attempt."""
    raised = []
    for _ in range(n):
        with pytest.raises(ValueError) as caught:
            users.authenticate(db, user_id, WRONG, **kw, by="test")
        raised.append(type(caught.value))
    return raised


def fail_to(db, user_id, n, still):
    """Wrong PINs until the user has `n` in a row, waiting out each lock on the way."""
    while users.failure_count(db, user_id) < n:
        lock = users.lockout(db, user_id)
        still.move(lock.seconds_left if lock else 0)
        assert wrong_pins(db, user_id, 1) == [users.WrongPinError]


def events(db, user_id, action="wrong_pin"):
    return [e for e in audit.events_for(db, entity="user", entity_id=user_id)
            if e["action"] == action]


# -- the model ------------------------------------------------------------------------------------
def test_25_wrong_hr_pins_then_the_right_one_signs_nothing(office, draft, still):
    db = office.db
    raised = []
    for _ in range(25):
        with pytest.raises(ValueError) as caught:
            forms.submit(db, draft, user_id=office.hr, pin=WRONG, strokes=STROKES, by="test")
        raised.append(type(caught.value))
        still.move(1)       # 25 attempts in 25 seconds, as fast as someone types
    # 3 free, the 4th locks for 30 s; the rest are refused without looking at the PIN.
    assert raised == [users.WrongPinError] * 4 + [users.PinLockedError] * 21
    with pytest.raises(users.PinLockedError, match="孙人事 is locked after 4 wrong PINs") as caught:
        forms.submit(db, draft, user_id=office.hr, pin=PINS["hr"], strokes=STROKES, by="test")
    assert caught.value.seconds_left == 30 - 22 and caught.value.until == "2026-12-01T09:00:33"
    assert forms.get_form(db, draft)["state"] == "draft"
    assert count(db, "signatures") == 0
    assert [e["after"]["failures"] for e in events(db, office.hr)] == [1, 2, 3, 4]
    # Once the lock is over, the right PIN signs (and the count starts again).
    still.move(9)
    forms.submit(db, draft, user_id=office.hr, pin=PINS["hr"], strokes=STROKES, by="test")
    assert forms.get_form(db, draft)["state"] == "submitted"
    assert users.failure_count(db, office.hr) == 0


def test_the_lock_is_checked_before_the_pin_and_for_every_step(office, still):
    db = office.db
    wrong_pins(db, office.reviewer, users.FREE_FAILURES + 1, roles=("reviewer", "hr"))
    before = count(db, "audit_events")
    for step in (lambda: forms.review(db, 1, user_id=office.reviewer, pin=PINS["reviewer"],
                                      strokes=STROKES, by="test"),
                 lambda: forms.lock(db, 1, user_id=office.reviewer, pin=PINS["reviewer"],
                     by="test"),
                 lambda: forms.approve_form_entry(db, 1, incident_id=1, user_id=office.reviewer,
                                                  pin=PINS["reviewer"], by="test"),
                 lambda: users.authenticate(db, office.reviewer, PINS["reviewer"],
                                            doing="sign in", by="test")):
        with pytest.raises(users.PinLockedError, match="王主任 is locked.*try again in 30 s"):
            step()
    assert count(db, "audit_events") == before       # a refusal while locked writes nothing
    # The others are not locked: the lock is the user's, not the machine's.
    assert users.authenticate(db, office.lead_user, PINS["lead"], by="test")["name"] == "李班长"


def test_the_lock_grows_with_each_failure_and_is_capped(office, still):
    db = office.db
    assert [users.lock_seconds(n) for n in range(1, 13)] == [
        0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert users.lock_seconds(10 ** 6) == 3600
    assert wrong_pins(db, office.lead_user, 3) == [users.WrongPinError] * 3
    assert users.lockout(db, office.lead_user) is None                 # 3 free ones
    for n, seconds in ((4, 30), (5, 60), (6, 120), (11, 3600), (12, 3600)):
        fail_to(db, office.lead_user, n - 1, still)
        lock = users.lockout(db, office.lead_user)
        still.move(lock.seconds_left if lock else 0)
        with pytest.raises(users.WrongPinError, match=f"{n} wrong PINs in a row: locked") as e:
            users.authenticate(db, office.lead_user, WRONG, by="test")
        assert e.value.failures == n
        assert users.lockout(db, office.lead_user).seconds_left == seconds
        assert e.value.locked_until == clock.to_iso(still.now + timedelta(seconds=seconds))


def test_the_lock_survives_closing_and_reopening_the_store(store_path, monkeypatch, still):
    fast_pins(monkeypatch)
    db = open_db(store_path, first_run_setup=False)
    hr = users.add_user(db, name="孙人事", role="hr", pin=PINS["hr"], by="test")
    wrong_pins(db, hr, 4)
    db.close()
    still.move(10)
    db = open_db(store_path, first_run_setup=False)       # a restart
    try:
        with pytest.raises(users.PinLockedError) as caught:
            users.authenticate(db, hr, PINS["hr"], by="test")
        assert caught.value.seconds_left == 20 and caught.value.failures == 4
        still.move(20)
        assert users.authenticate(db, hr, PINS["hr"], by="test")["name"] == "孙人事"
    finally:
        db.close()


def test_a_right_pin_after_the_lock_resets_the_count(office, still):
    db = office.db
    wrong_pins(db, office.lead_user, 4)
    still.move(29)
    assert users.lockout(db, office.lead_user).seconds_left == 1
    with pytest.raises(users.PinLockedError, match="try again in 1 s"):
        users.authenticate(db, office.lead_user, PINS["lead"], by="test")
    still.move(1)
    assert users.lockout(db, office.lead_user) is None
    assert users.authenticate(db, office.lead_user, PINS["lead"], by="test")["name"] == "李班长"
    assert users.failure_count(db, office.lead_user) == 0
    assert count(db, "pin_failures") == 0
    # Three free ones again, then the first, short lock.
    assert wrong_pins(db, office.lead_user, 4) == [users.WrongPinError] * 4
    assert users.lockout(db, office.lead_user).seconds_left == 30


def test_a_new_pin_ends_the_lock(office, still):
    db = office.db
    wrong_pins(db, office.lead_user, 5)
    users.set_pin(db, office.lead_user, pin="975310", by="孙人事")
    assert users.lockout(db, office.lead_user) is None
    assert users.authenticate(db, office.lead_user, "975310", by="test")["name"] == "李班长"


def test_a_clock_put_back_does_not_lock_for_ever(office, still):
    db = office.db
    fail_to(db, office.lead_user, 8, still)          # 8th: locked for 480 s
    assert users.lockout(db, office.lead_user).seconds_left == 480
    still.move(-24 * 3600)                            # a wrong clock (a day ahead) corrected
    assert users.lockout(db, office.lead_user) is None
    # The count goes on: the next wrong PIN locks for longer.
    wrong_pins(db, office.lead_user, 1)
    assert users.lockout(db, office.lead_user).seconds_left == 960


def test_each_wrong_pin_is_an_audit_event_without_the_pin(office, still):
    db = office.db
    secret_tries = ["135799", "hr-secreT", "246811", "Kiwi-0042"]
    for n, pin in enumerate(secret_tries, start=1):
        with pytest.raises(users.WrongPinError):
            users.authenticate(db, office.hr, pin, doing="lock forms",
                               by="李班长" if n % 2 else None)
        still.move(1)
    got = events(db, office.hr)
    assert [(e["actor"], e["after"]) for e in got] == [
        ("李班长", {"failures": 1, "locked_until": None, "doing": "lock forms"}),
        ("unknown", {"failures": 2, "locked_until": None, "doing": "lock forms"}),
        ("李班长", {"failures": 3, "locked_until": None, "doing": "lock forms"}),
        ("unknown", {"failures": 4, "locked_until": "2026-12-01T09:00:33",
                     "doing": "lock forms"})]
    assert all(e["entity"] == "user" and e["entity_id"] == office.hr for e in got)
    # No PIN tried (nor the right one) anywhere in the file's rows.
    for table in ("audit_events", "pin_failures", "users"):
        for row in db.execute(f"SELECT * FROM {table}"):
            for value in row:
                assert not any(pin in str(value) for pin in [*secret_tries, PINS["hr"]])
    assert audit.verify_chain(db).ok


def test_a_wrong_pin_is_counted_even_though_the_step_is_refused(office, draft):
    """Its own committed transaction: a second connection sees it at once."""
    db = office.db
    with pytest.raises(users.WrongPinError):
        forms.submit(db, draft, user_id=office.lead_user, pin=WRONG, strokes=STROKES, by="test")
    path = db.execute("PRAGMA database_list").fetchone()[2]
    other = open_db(path, first_run_setup=False)
    try:
        assert users.failure_count(other, office.lead_user) == 1
    finally:
        other.close()


def test_authenticate_refuses_to_run_inside_a_transaction(office):
    db = office.db
    with pytest.raises(ValueError, match="outside any transaction"), db.atomic():
        users.authenticate(db, office.lead_user, WRONG, by="test")
    assert users.failure_count(db, office.lead_user) == 0
    assert events(db, office.lead_user) == []


def test_every_pin_check_goes_through_authenticate():
    """The unthrottled checks are called in models/people/users.py and pin_lockout.py only."""
    root = Path(__file__).resolve().parent.parent
    for folder in ("models", "reports", "ui"):
        for path in (root / folder).rglob("*.py"):
            if path.name in ("users.py", "pin_lockout.py") and path.parent.name == "people":
                continue
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"\b(verify_pin|pin_matches)\(", text), path
    assert "verify_pin(" not in (root / "main.py").read_text(encoding="utf-8")


# -- the cost of a guess --------------------------------------------------------------------------
def test_a_weak_hash_is_upgraded_at_the_next_right_pin(office, monkeypatch):
    db = office.db
    stored = lambda: db.execute("SELECT pin_hash FROM users WHERE id = ?",  # noqa: E731
                                (office.lead_user,)).fetchone()[0]
    weak = stored()
    assert weak.split("$")[1:4] == [str(FAST_N), "8", "1"]
    monkeypatch.setattr(users, "SCRYPT_N", 2 ** 12)    # today's cost is higher than the hash's
    with pytest.raises(users.WrongPinError):
        users.authenticate(db, office.lead_user, WRONG, by="test")
    assert stored() == weak                            # a wrong PIN upgrades nothing
    users.authenticate(db, office.lead_user, PINS["lead"], by="test")
    upgraded = stored()
    assert upgraded.split("$")[1:4] == [str(2 ** 12), "8", "1"] and upgraded != weak
    assert users.verify_pin(db, office.lead_user, PINS["lead"])
    assert not users.verify_pin(db, office.lead_user, WRONG)
    [event] = events(db, office.lead_user, "upgrade_pin_hash")
    assert event["actor"] == "李班长"
    assert event["before"] == {"scrypt": {"n": FAST_N, "r": 8, "p": 1}}
    assert event["after"] == {"scrypt": {"n": 2 ** 12, "r": 8, "p": 1}}
    row = db.execute("SELECT before_json, after_json FROM audit_events WHERE id = ?",
                     (event["id"],)).fetchone()
    for secret in (PINS["lead"], weak.split("$")[4], weak.split("$")[5],
                   upgraded.split("$")[4], upgraded.split("$")[5]):
        assert secret not in str(row)
    users.authenticate(db, office.lead_user, PINS["lead"], by="test")       # once is enough
    assert stored() == upgraded and len(events(db, office.lead_user, "upgrade_pin_hash")) == 1
    # A hash stronger than today's setting is never weakened.
    monkeypatch.setattr(users, "SCRYPT_N", FAST_N)
    users.authenticate(db, office.lead_user, PINS["lead"], by="test")
    assert stored() == upgraded


def test_a_short_old_pin_still_signs_but_is_flagged(office):
    db = office.db
    # A 4-digit PIN from before the rule (set_pin refuses it now).
    db.execute("UPDATE users SET pin_hash = ? WHERE id = ?", (users._hash("1234"),
                                                              office.lead_user))
    with pytest.raises(ValueError, match="6–12 digits"):
        users.set_pin(db, office.lead_user, pin="1234", by="李班长")
    assert users.authenticate(db, office.lead_user, "1234", by="test")["pin_too_short"] is True
    assert users.authenticate(db, office.hr, PINS["hr"], by="test")["pin_too_short"] is False


# -- the screens ----------------------------------------------------------------------------------
def type_pin(qtbot, form, pin):
    form.pin.clear()
    qtbot.keyClicks(form.pin, pin)
    qtbot.mouseClick(form.button, Qt.LeftButton)


def sign_in_dialog(qtbot, db, user_id):
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.set_user(user_id)
    return dialog


def test_the_sign_in_screen_says_how_long_a_locked_user_waits(qtbot, office, still):
    db = office.db
    dialog = sign_in_dialog(qtbot, db, office.hr)
    form = dialog.form
    for _ in range(users.FREE_FAILURES):
        type_pin(qtbot, form, WRONG)
        assert form.message.text() == "Wrong PIN. Try again." and form.button.isEnabled()
    type_pin(qtbot, form, WRONG)
    assert form.message.text() == "Too many wrong PINs: 孙人事 is locked. Try again in 30 s."
    assert not form.button.isEnabled() and not form.pin.isEnabled()
    # Even the right PIN, by Enter or by the button, does nothing while locked.
    form.pin.setEnabled(True)
    qtbot.keyClicks(form.pin, PINS["hr"])
    qtbot.keyClick(form.pin, Qt.Key_Return)
    assert dialog.user is None and dialog.result() != QDialog.Accepted
    # A new sign-in (as after a restart) says it at once; the seconds count down.
    dialog.reject()
    again = sign_in_dialog(qtbot, db, office.hr)
    assert "孙人事 is locked. Try again in 30 s." in again.form.message.text()
    assert not again.form.button.isEnabled()
    still.move(12)
    qtbot.waitUntil(lambda: "in 18 s" in again.form.message.text(), timeout=3000)
    # Another user is not locked.
    again.form.set_user(office.reviewer)
    assert again.form.button.isEnabled() and again.form.message.text() == ""
    again.form.set_user(office.hr)
    assert not again.form.button.isEnabled()
    still.move(18)
    qtbot.waitUntil(again.form.button.isEnabled, timeout=3000)
    assert again.form.message.text() == ""
    type_pin(qtbot, again.form, PINS["hr"])
    assert again.result() == QDialog.Accepted and again.user["id"] == office.hr
    assert users.failure_count(db, office.hr) == 0


def test_a_long_lock_is_said_in_minutes(qtbot, office, still):
    fail_to(office.db, office.lead_user, 6, still)                 # 6th: 120 s
    dialog = sign_in_dialog(qtbot, office.db, office.lead_user)
    assert dialog.form.message.text() == ("Too many wrong PINs: 李班长 is locked. "
                                          "Try again in 2 min.")


def test_the_lock_screen_keeps_the_count_and_names_who_was_signed_in(qtbot, office, still):
    db = office.db
    lead = users.get_user(db, office.lead_user)
    screen = LockScreen(db, user=lead)
    qtbot.addWidget(screen)
    screen.show()
    for _ in range(2):
        type_pin(qtbot, screen.form, WRONG)
    # The window locks again later: a new lock screen, the same count.
    screen = LockScreen(db, user=lead)
    qtbot.addWidget(screen)
    screen.show()
    for _ in range(2):
        type_pin(qtbot, screen.form, WRONG)
    assert "李班长 is locked. Try again in 30 s." in screen.form.message.text()
    assert not screen.form.button.isEnabled()
    assert [e["actor"] for e in events(db, office.lead_user)] == ["李班长"] * 4
    # "Switch user": another user signs in meanwhile.
    qtbot.mouseClick(screen.switch, Qt.LeftButton)
    screen.form.set_user(office.reviewer)
    unlocked = []
    screen.unlocked.connect(unlocked.append)
    type_pin(qtbot, screen.form, PINS["reviewer"])
    assert [u["id"] for u in unlocked] == [office.reviewer]


def test_the_sign_dialog_says_the_signer_is_locked(qtbot, office, still, session_for):
    db = office.db
    wrong_pins(db, office.hr, 4)
    session = session_for(db, user=users.get_user(db, office.hr))
    dialog = SignDialog(session, role="lock", title="Lock the form", needs_pad=False)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "Too many wrong PINs: 孙人事 is locked. Try again in 30 s."
    assert not dialog.ok_button.isEnabled() and not dialog.pin.isEnabled()
    dialog.user.setCurrentIndex(dialog.user.findData(office.reviewer))
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""
    # And when the step itself is refused (the lock began after the dialog opened):
    with pytest.raises(users.PinLockedError) as caught:
        forms.lock(db, 1, user_id=office.hr, pin=PINS["hr"], by="test")
    assert errors.message(caught.value) == ("Too many wrong PINs: 孙人事 is locked. "
                                            "Try again in 30 s.")


def test_the_lockout_speaks_chinese(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from models.storage.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert errors.pin_locked_sentence("孙人事", 30) == \
            "PIN 码错误次数过多：孙人事 已锁定，请 30 秒后再试。"
        assert errors.pin_locked_sentence("孙人事", 3600) == \
            "PIN 码错误次数过多：孙人事 已锁定，请 60 分钟后再试。"
    finally:
        QCoreApplication.removeTranslator(translator)


def new_pin_typed(monkeypatch, qtbot, pin, again=None):
    """The next NewPinDialog is filled in by typing and its OK pressed, as a person would."""
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClicks(dialog.pin_again, pin if again is None else again)
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(NewPinDialog, "exec", exec_)
    return shown


def test_a_short_pin_must_be_replaced_at_sign_in(qtbot, office, monkeypatch):
    db = office.db
    db.execute("UPDATE users SET pin_hash = ? WHERE id = ?", (users._hash("1234"),
                                                              office.lead_user))
    # Refused: a new PIN that is too short again; the user is not signed in.
    shown = new_pin_typed(monkeypatch, qtbot, "12345")
    dialog = sign_in_dialog(qtbot, db, office.lead_user)
    type_pin(qtbot, dialog.form, "1234")
    assert "6–12 digits" in shown[0].message.text()
    assert dialog.user is None
    assert dialog.form.message.text() == "Your PIN is too short: choose a new one to continue."
    # A good one: she is in, with her new PIN, set by herself.
    shown = new_pin_typed(monkeypatch, qtbot, "80245713")
    type_pin(qtbot, dialog.form, "1234")
    assert dialog.result() == QDialog.Accepted and dialog.user["id"] == office.lead_user
    assert users.verify_pin(db, office.lead_user, "80245713")
    assert not users.verify_pin(db, office.lead_user, "1234")
    [event] = events(db, office.lead_user, "set_pin")
    assert event["actor"] == "李班长"
    # A PIN that meets the rule asks nothing.
    shown = new_pin_typed(monkeypatch, qtbot, "never used")
    second = sign_in_dialog(qtbot, db, office.lead_user)
    type_pin(qtbot, second.form, "80245713")
    assert second.result() == QDialog.Accepted and shown == []
