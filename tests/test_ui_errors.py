"""One error policy (ui/errors.py): every failure becomes the user's sentence by the store's own
classification (reason codes), a refusal keeps its message, a bug goes on to the crash report."""

import errno
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.storage.errors import NotFoundError, SignedPeriodError, StoreError
from tests.test_ui_employees import type_text
from tests.ui_store import count
from ui import errors
from ui.changes import EMPLOYEES
from ui.employee_dialog import EmployeeDialog
from ui.session import Session

READ_ONLY = "The database cannot be written (read-only): nothing was saved."


def fill_in(qtbot, dialog, code, name):
    qtbot.keyClicks(dialog.code, code)
    type_text(dialog.name, name)
    dialog.post.setCurrentIndex(dialog.post.findText("客服"))


def press_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_a_read_only_store_is_said_in_the_employee_dialog_which_stays_usable(
        qtbot, db):
    session = Session(db)
    dialog = EmployeeDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_in(qtbot, dialog, "2001", "赵六")
    before = count(db, "employees")
    db.execute("PRAGMA query_only = ON")           # the store refuses every write now
    with qtbot.assertNotEmitted(session.changes.changed):
        press_ok(qtbot, dialog)                     # was: an uncaught OperationalError
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text().startswith(READ_ONLY)
    assert dialog.code.text() == "2001" and dialog.name.text() == "赵六"   # as typed
    db.execute("PRAGMA query_only = OFF")
    assert count(db, "employees") == before          # nothing was written
    with qtbot.waitSignal(session.changes.changed) as heard:
        press_ok(qtbot, dialog)                     # writable again: the same OK saves
    assert heard.args == [frozenset({EMPLOYEES})]
    assert not dialog.isVisible()
    assert count(db, "employees", "code = '2001'") == 1


def test_each_reason_of_the_store_has_its_sentence():
    for reason, start in (("disk_full", "The disk is full"),
                          ("read_only", "The database cannot be written"),
                          ("locked", "Another program is holding the database"),
                          ("io_error", "The disk reported an error"),
                          ("damaged", "The database file is damaged"),
                          ("backup_folder", "The backup folder cannot be used")):
        text = errors.message(StoreError("English detail", reason=reason))
        assert text.startswith(start), reason
    assert "English detail" in errors.message(StoreError("English detail",
                                                         reason="backup_folder"))
    # A reason without a sentence of its own: the store's complete message.
    assert errors.message(StoreError("x.db was written by a newer Appraisal Desk",
                                     reason="newer")) == "x.db was written by a newer " \
                                                        "Appraisal Desk"


def test_raw_sqlite_errors_are_read_by_their_result_code_not_their_text():
    full = sqlite3.OperationalError("some words")    # the text says nothing useful …
    full.sqlite_errorcode = 13                       # … SQLITE_FULL does
    assert errors.reason_of(full) == "disk_full"
    assert errors.message(full).startswith("The disk is full")
    trigger = sqlite3.IntegrityError("signature out of order for this assessment")
    assert errors.is_user_error(trigger) and errors.message(trigger) == str(trigger)
    assert not errors.is_user_error(sqlite3.OperationalError("no such table: x"))   # a bug


def test_refusals_keep_their_message_and_gone_records_say_so():
    assert errors.message(ValueError("employee number DEMO-01 is already used")) == \
        "employee number DEMO-01 is already used"
    assert errors.message(NotFoundError("no employee with id 9")).startswith(
        "This record no longer exists")
    gone = OSError(errno.ENOENT, "No such file or directory", "/media/usb/backups")
    assert errors.message(gone) == ("The file cannot be used: No such file or directory "
                                    "(/media/usb/backups)")


def test_a_bug_is_not_swallowed_but_goes_on_to_the_crash_report(qtbot):
    told = []

    def buggy():
        return {}["missing"]

    with pytest.raises(KeyError):
        errors.attempt(None, buggy, doing="t", show=told.append)
    assert told == []
    assert errors.message(KeyError("missing")).startswith("Something unexpected went wrong")
    done = errors.attempt(None, lambda: 42, doing="t", show=told.append)
    assert done.ok and done.value == 42


def test_a_write_in_a_signed_period_is_refused_with_a_reason_code(office, draft):
    from models import forms
    from models.work import incidents, kpis
    from tests.forms_fixtures import PINS, STROKES

    forms.submit(office.db, draft, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
        by="test")
    with pytest.raises(SignedPeriodError) as refused:
        incidents.add_incident(office.db, employee_id=office.a1,
                               version_id=office.agent_version, item_id="late",
                               at="2026-11-10T09:00", by="test")
    assert refused.value.reason == "signed_period"
    assert isinstance(refused.value, sqlite3.IntegrityError)   # still what SQLite raised
    assert errors.message(refused.value).startswith("This period's form is already signed")
    with pytest.raises(SignedPeriodError):
        kpis.set_value(office.db, employee_id=office.a1, period="2026-11", item_id="exam",
                       value=99, by="test")
