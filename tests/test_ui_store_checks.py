"""After start: a damaged crash journal is told; a big store's full check runs in the background
and, when it finds damage, stops writes until the lead chooses (ui/store_checks.py)."""

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.audit.query import search_events
from models.database.store import open_db, open_report
from models.people.employees import add_employee
from models.people.teams import add_team
from models.storage import integrity
from tests.test_integrity import insert_orphan_incident
from tests.test_journal_rescue import crashed_store, damage
from ui import store_checks
from ui.main_window import MainWindow


def window_on(qtbot, db):
    window = MainWindow(db, language="en")
    qtbot.addWidget(window)
    window.show()
    return window


def press_when_shown(label, seen):
    """Press the button `label` of the message box that opens next (its text into `seen`)."""
    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == label).click()
    QTimer.singleShot(20, press)


@pytest.fixture
def big_damaged_store(store_path, monkeypatch):
    """A store the light check passes (damage only in a big table) and that counts as big."""
    db = open_db(store_path, first_run_setup=False)
    add_team(db, name="一班", by="test")
    db.close()
    insert_orphan_incident(store_path)
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 1024)
    return store_path


def test_full_check_damage_stops_writes_until_the_lead_goes_on(qtbot, big_damaged_store,
                                                               monkeypatch):
    db = open_db(big_damaged_store, first_run_setup=False)
    assert not open_report(db).fully_checked
    window = window_on(qtbot, db)
    seen, results, refused = [], [], []

    def try_a_write():          # while the choice is open: nothing may be written
        try:
            add_team(db, name="二班", by="test")
        except sqlite3.OperationalError as exc:
            refused.append(str(exc))
        press_when_shown("Keep working in this file", seen)

    original = QMessageBox.exec

    def exec_after_a_write(box):
        QTimer.singleShot(0, try_a_write)
        return original(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_after_a_write)
    store_checks.check_in_background(window, db, big_damaged_store, on_result=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert "found damage" in seen[0] and "incidents row" in seen[0]
    assert refused and "readonly" in refused[0]
    add_team(db, name="三班", by="test")                     # writes again after the choice …
    actions = [e["action"] for e in search_events(db, entity="database")]
    assert actions[:2] == ["integrity_override", "integrity_check"]   # … both recorded
    check = search_events(db, entity="database", text="integrity_check")[-1]
    assert check["after"]["ok"] is False


def test_a_sound_big_store_is_checked_quietly(qtbot, store_path, monkeypatch):
    db = open_db(store_path, first_run_setup=False)
    add_employee(db, code="K1", name="王丽", team_id=add_team(db, name="一班", by="test"),
                 post="x", by="test")
    db.close()
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 1024)
    db = open_db(store_path, first_run_setup=False)
    window = window_on(qtbot, db)
    results = []
    store_checks.check_in_background(window, db, store_path, on_result=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results[0].ok
    add_team(db, name="二班", by="test")                      # writes go on
    assert search_events(db, entity="database")[0]["after"]["ok"] is True


def test_small_stores_need_no_background_check(qtbot, store):
    window = window_on(qtbot, store)
    assert store_checks.check_in_background(window, store, "unused") is None


def test_a_damaged_journal_is_told_after_start(qtbot, store_path):
    wal = crashed_store(store_path)
    damage(wal, 0)
    db = open_db(store_path, first_run_setup=False)
    window = window_on(qtbot, db)
    box = store_checks.tell_journal(window, db)
    assert box.isVisible()
    assert "could not be recovered" in box.text()
    assert str(open_report(db).journal.kept) in box.text()
    box.close()


def test_the_app_closes_its_store_cleanly(qtbot, tmp_path, monkeypatch):
    """No -wal left after a normal quit: the next start needs no journal or full check."""
    from models.database.first_run import set_up_office
    from models.people import access
    from tests.forms_fixtures import fast_pins
    from ui import app as app_module
    from ui import first_run

    # The event loop ends at once (a real exec() and quit() would leave pytest-qt's
    # application unable to deliver the later tests' queued signals).
    monkeypatch.setattr(QApplication, "exec", lambda app: 0)
    # The first run's set-up (tests/test_ui_first_run.py drives the real dialog) is done.
    fast_pins(monkeypatch)
    monkeypatch.setattr(first_run, "set_up", lambda db: access.signed_in_user(
        db, set_up_office(db, hr_name="孙人事", hr_pin="hr-secret").hr_id))
    path = tmp_path / "fresh.db"
    assert app_module.run(db_path=path, lang="en") == 0
    assert path.exists() and not (tmp_path / "fresh.db-wal").exists()
    db = open_db(path, first_run_setup=False)
    assert open_report(db).journal is None and open_report(db).fully_checked
    db.close()


def test_the_restore_is_offered_to_whoever_may_manage_backups_only(qtbot, office, store_path,
                                                                   monkeypatch):
    from models.database import backups
    from models.people import access

    db = office.db
    backups.backup_now(db, by="test")
    report = integrity.IntegrityReport(ok=False, problems=("incidents row 9: no employee",))
    offered = []

    def look(box):
        offered.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == "Keep working in this file").click()

    monkeypatch.setattr(QMessageBox, "exec", look)
    for user_id in (office.lead_user, office.hr):
        window = MainWindow(db, language="en", user=access.signed_in_user(db, user_id))
        qtbot.addWidget(window)
        assert store_checks.stop_writes(window, db, store_path, report) == "go_on"
    assert offered == [["Keep working in this file", "Quit"],
                       ["Keep working in this file", "Quit", "Restore the newest good backup"]]
