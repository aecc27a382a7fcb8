"""The main window as a shift lead uses it: pick an employee, tick, read the month, the history."""

from pathlib import Path

from PySide6.QtCore import Qt

from models.people.employees import list_employees
from ui.main_window import MainWindow


def make_window(qtbot, db):
    window = MainWindow(db, language="zh")
    qtbot.addWidget(window)
    window.show()
    return window


def choose(window, qtbot, code):
    panel = window.employees
    panel.search.clear()
    qtbot.keyClicks(panel.search, code)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: window.checklist_widget is not None
                    and window.checklist_widget.checklist.employee["code"] == code)
    return window.checklist_widget


def test_choosing_an_employee_opens_the_checklist_of_their_post(qtbot, db):
    window = make_window(qtbot, db)
    assert window.checklist_widget is None and window.placeholder.isVisible()
    widget = choose(window, qtbot, "DEMO-02")      # 客户服务代表 → cs-service-norms
    assert widget.checklist.rubric.id == "cs-service-norms"
    assert not window.placeholder.isVisible()
    before = widget.checklist.result.total
    qtbot.mouseClick(widget.rows["blaming"].plus, Qt.LeftButton)
    assert widget.checklist.result.total == before - 10


def test_month_so_far_and_history_tabs(qtbot, db):
    window = make_window(qtbot, db)
    widget = choose(window, qtbot, "DEMO-02")
    qtbot.mouseClick(widget.rows["early-hangup"].plus, Qt.LeftButton)
    window.tabs.setCurrentWidget(window.month)
    result = widget.checklist.result
    assert window.month.total.text().startswith(f"{result.total:.2f}")
    top = window.month.tree.topLevelItem(0)
    assert top.text(1) == f"{result.sections[0].score:.2f} / {result.sections[0].max:.2f}"
    window.tabs.setCurrentWidget(window.history)
    rows = window.history.table.rowCount()
    stored = db.execute("SELECT count(*) FROM incidents WHERE employee_id = ?",
                        (widget.checklist.employee["id"],)).fetchone()[0]
    assert rows == stored >= 1


def test_next_employee_shortcut_moves_through_the_list(qtbot, db):
    window = make_window(qtbot, db)
    choose(window, qtbot, "DEMO-01")
    window.employees.search.clear()
    qtbot.waitUntil(lambda: window.employees.proxy.rowCount() == len(list_employees(db)))
    window.employees.select_next(1)
    qtbot.waitUntil(lambda: window.checklist_widget.checklist.employee["code"] == "DEMO-02")


def test_previous_period_opens_an_empty_month(qtbot, db):
    window = make_window(qtbot, db)
    choose(window, qtbot, "DEMO-02")
    current = window.period.key
    qtbot.mouseClick(window.period_picker.previous, Qt.LeftButton)
    assert window.period.key < current
    assert window.checklist_widget.checklist.period.key == window.period.key
    assert window.checklist_widget.checklist.result.total == 100   # no ticks last month


def test_the_store_check_at_start_reports_tampering(qtbot, db):
    """The app runs `main.py check`'s checks after start, off the GUI thread, and shows what
    they found: nothing in the status bar, a dialog listing the problems."""
    from ui.work import wait_for_background
    window = make_window(qtbot, db)
    task = window.check_store()
    assert wait_for_background(timeout=20) and not task.running
    assert window.store_check.ok, window.store_check.lines()
    assert "no problem" in window.statusBar().currentMessage()
    db.execute("DROP TRIGGER audit_events_never_deleted")
    db.execute("DELETE FROM audit_events WHERE id = 2")
    window.check_store()
    qtbot.waitUntil(lambda: getattr(window, "store_check_box", None) is not None, timeout=20000)
    box = window.store_check_box
    assert box.isVisible()
    details = box.detailedText()
    assert "PROBLEM: the trigger audit_events_never_deleted was dropped" in details
    assert "PROBLEM: audit trail: audit event 3: the event before it was changed" in details
    box.close()


def test_daily_backup_on_first_start_only(qtbot, db, tmp_path):
    from models.audit.query import search_events
    from models.database import backups
    window = make_window(qtbot, db)
    with qtbot.waitSignal(window.session.changes.changed, timeout=30000,
                          check_params_cb=lambda kinds: "backups" in kinds):
        window.daily_backup()
    [event] = [e for e in search_events(db, entity="database") if e["action"] == "backup"]
    assert event["after"]["reason"] == "daily"
    assert event["actor"] == "daily backup"        # a start-up job, never the session's name
    made = Path(event["after"]["file"])        # the key models/database/backups.py writes
    assert made.exists() and backups.describe(made).ok
    assert window.daily_backup() is None        # not again the same day


def test_the_results_tabs_close_button_opens_the_close_dialog(qtbot, db, monkeypatch):
    """The Results tab's "Close period…" is wired to the closing dialog in the main window."""
    import ui.close_period_dialog as closing

    opened = []
    monkeypatch.setattr(closing, "open_close_dialog",
                        lambda session, team_id, period, parent: opened.append((team_id, period)))
    window = make_window(qtbot, db)
    window.tabs.setCurrentWidget(window.results)
    assert not window.results.close_button.isHidden()
    window.results.on_close(7, window.session.period)
    assert opened == [(7, window.session.period)]
