"""The inspection checklist driven like a shift lead would: clicks, keys, undo, restart."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from models.database.store import open_db
from models.people.employees import add_employee
from models.people.teams import add_team
from models.work import kpis
from models.work.checklist import Checklist
from models.work.periods import current_period
from ui.checklist import ChecklistWidget
from ui.history_view import HistoryView
from ui.session import Session


def active_incidents(db, item_id):
    return db.execute("SELECT count(*) FROM incidents WHERE item_id = ? AND deleted_at IS NULL",
                      (item_id,)).fetchone()[0]


@pytest.fixture
def employee(store):
    team = add_team(store, name="一班", by="test")
    # 客户服务代表 → cs-service-norms: one 100-point section, 扣分制
    return add_employee(store, code="A001", name="张三", team_id=team, post="客户服务代表",
                        by="test")


def make_widget(qtbot, db, employee_id, language="zh"):
    checklist = Checklist(db, employee_id=employee_id, period=current_period(db),
                          inspector="李班长")
    widget = ChecklistWidget(Session(db, language=language), checklist)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())   # shortcuts need an active window
    return widget


def header(widget, key="norms"):
    return widget.section_headers[key][0].text()


def test_tick_writes_the_incident_and_shows_the_engine_figures(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee)
    assert widget.total.text() == "100.00 / 100.00  "
    row = widget.rows["command-tone"]
    row.note.insert("对客户使用命令语气")     # as an input method would (QTest types Latin-1 only)
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    stored = store.execute("SELECT note, created_by, count FROM incidents "
                           "WHERE item_id = 'command-tone'").fetchall()
    assert stored == [("对客户使用命令语气", "李班长", 1)]
    # 100 − 10 = 90, from the engine over what is stored
    assert header(widget).endswith("90.00 / 100.00")
    assert widget.total.text().startswith("90.00 / 100.00")
    assert row.count.text() == "1"
    assert row.reason.text() == widget.checklist.result.item("command-tone").why
    assert row.reason.text().endswith("→ −10")
    assert row.note.text() == ""            # the note went with the tick


def test_severe_toggle_doubles_and_clears(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee)
    row = widget.rows["early-hangup"]       # 6 per occurrence, severe ×2
    qtbot.mouseClick(row.severe, Qt.LeftButton)
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    assert not row.severe.isChecked()       # severe applies to one tick only
    assert store.execute("SELECT severe FROM incidents ORDER BY id").fetchall() == [(1,), (0,)]
    # 100 − (6×2 + 6) = 82
    assert widget.total.text().startswith("82.00")
    assert "1 严重 ×2" in row.reason.text()


def test_undo_and_redo_of_ticks(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee)
    row = widget.rows["job-number"]
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    assert widget.total.text().startswith("80.00")
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)
    assert active_incidents(store, "job-number") == 1
    # nothing is erased: the undone tick keeps its row, marked deleted with the reason
    assert store.execute("SELECT deleted_reason FROM incidents WHERE deleted_at IS NOT NULL"
                         ).fetchall() == [("undo",)]
    assert widget.total.text().startswith("90.00")
    assert row.count.text() == "1"
    qtbot.keyClick(widget, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)   # redo
    assert active_incidents(store, "job-number") == 2
    assert widget.total.text().startswith("80.00")


def test_minus_removes_the_latest_and_keyboard_ticks(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee)
    row = widget.focus_row("blaming")
    qtbot.keyClick(row, Qt.Key_Plus)
    qtbot.keyClick(row, Qt.Key_Plus)
    assert active_incidents(store, "blaming") == 2
    qtbot.mouseClick(row.minus, Qt.LeftButton)
    assert active_incidents(store, "blaming") == 1
    qtbot.keyClick(row, Qt.Key_Minus)
    assert active_incidents(store, "blaming") == 0
    assert not row.minus.isEnabled()
    assert widget.total.text().startswith("100.00")


def test_restart_on_the_same_file_shows_everything_again(qtbot, store_path, store, employee):
    widget = make_widget(qtbot, store, employee)
    qtbot.mouseClick(widget.rows["nuisance-call"].plus, Qt.LeftButton)
    qtbot.mouseClick(widget.rows["late-ticket"].plus, Qt.LeftButton)
    before = (widget.total.text(), header(widget))
    widget.close()
    store.close()
    reopened = open_db(store_path)
    again = make_widget(qtbot, reopened, employee)
    assert (again.total.text(), header(again)) == before
    assert before[0].startswith("84.00")          # 100 − 10 − 6
    assert again.rows["nuisance-call"].count.text() == "1"
    reopened.close()


def test_value_inputs_are_validated_and_saved(qtbot, store):
    team = add_team(store, name="电商", by="test")
    employee = add_employee(store, code="E1", name="李四", team_id=team, post="客服", by="test")
    widget = make_widget(qtbot, store, employee)   # ecommerce-cs-kpi, weight style
    row = widget.rows["tasks-rating"]               # rating out of 100, weight 10
    edit = row.inputs["value"]
    qtbot.keyClicks(edit, "120")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert "100" in row.error.text()               # out of range: refused, nothing saved
    assert store.execute("SELECT count(*) FROM kpi_values").fetchone()[0] == 0
    edit.clear()
    qtbot.keyClicks(edit, "85")
    qtbot.keyClick(edit, Qt.Key_Return)
    assert row.error.text() == ""
    period = widget.checklist.period.key
    assert kpis.values_for(store, employee_id=employee, period=period) == {
        "tasks-rating": Decimal(85)}
    assert widget.checklist.result.item("tasks-rating").score == Decimal(85)
    assert header(widget, "tasks").endswith("8.50 / 10.00")
    assert widget.checklist.result.complete is False        # the other KPIs are still missing
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)
    assert widget.checklist.value("tasks-rating") is None


def test_nan_infinity_and_huge_values_are_refused_as_typed(qtbot, store):
    team = add_team(store, name="电商", by="test")
    employee = add_employee(store, code="E3", name="赵六", team_id=team, post="客服", by="test")
    widget = make_widget(qtbot, store, employee)
    rating, ratio = widget.rows["tasks-rating"], widget.rows["conversion-rate"]
    for typed in ("NaN", "sNaN", "inf", "-Infinity", "1" * 40):
        for row, key in ((rating, "value"), (ratio, "den")):
            row.inputs[key].clear()
            qtbot.keyClicks(row.inputs[key], typed)
            qtbot.keyClick(row.inputs[key], Qt.Key_Return)   # was: a traceback in the slot
            assert "Not a number" in row.error.text(), typed
    assert store.execute("SELECT count(*) FROM kpi_values").fetchone()[0] == 0


def test_ratio_input(qtbot, store):
    team = add_team(store, name="电商", by="test")
    employee = add_employee(store, code="E2", name="王五", team_id=team, post="客服", by="test")
    widget = make_widget(qtbot, store, employee)
    row = widget.rows["conversion-rate"]
    qtbot.keyClicks(row.inputs["num"], "71")
    qtbot.keyClicks(row.inputs["den"], "100")
    qtbot.keyClick(row.inputs["den"], Qt.Key_Return)
    result = widget.checklist.result.item("conversion-rate")
    assert result.value == Decimal("0.71")
    assert "71/100" in row.reason.text()


def test_history_delete_with_reason_updates_the_checklist(qtbot, store, employee,
                                                           monkeypatch):
    from models.work import settings
    from tests.ui_store import count

    # open mode: the setting names the actor
    settings.put(store, "inspector_name", "李班长", by="test")
    widget = make_widget(qtbot, store, employee)
    qtbot.mouseClick(widget.rows["misguidance"].plus, Qt.LeftButton)
    history = HistoryView(widget.session)                 # the same session: one hub
    qtbot.addWidget(history)
    history.show()
    history.set_subject(employee, widget.checklist.rubric)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "李班长"
    history.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("看错了人", True))
    qtbot.mouseClick(history.delete_button, Qt.LeftButton)
    assert store.execute("SELECT deleted_reason, deleted_by FROM incidents").fetchall() == [
        ("看错了人", "李班长")]
    assert widget.total.text().startswith("100.00")      # the checklist heard it on the hub
    assert "看错了人" in history.table.item(0, 5).text()
    assert count(store, "incidents", "deleted_at IS NULL") == 0


def test_english_labels(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee, language="en")
    qtbot.mouseClick(widget.rows["command-tone"].plus, Qt.LeftButton)
    reason = widget.rows["command-tone"].reason.text()
    assert reason == widget.checklist.result.item("command-tone").why_en
    assert reason.startswith("Commanding") and reason.endswith("×1 → −10")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in reason)


def test_disk_full_shows_a_message_and_loses_nothing(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee)
    qtbot.mouseClick(widget.rows["blaming"].plus, Qt.LeftButton)
    errors = []
    widget.error.connect(errors.append)
    pages = store.execute("PRAGMA page_count").fetchone()[0]
    store.execute(f"PRAGMA max_page_count = {pages}")     # the disk is now full
    for _ in range(30):                                   # enough to need a new page
        qtbot.mouseClick(widget.rows["job-number"].plus, Qt.LeftButton)
        if errors:
            break
    assert errors and errors[0].startswith("The disk is full: nothing was saved.")
    saved = active_incidents(store, "job-number")
    assert active_incidents(store, "blaming") == 1        # what was saved stays saved
    assert widget.rows["job-number"].count.text() == str(saved)
    assert widget.checklist.result.total == 100 - 10 - 10 * saved


def test_hostile_notes_are_shown_as_typed(qtbot, store, employee):
    widget = make_widget(qtbot, store, employee)
    note = "<b>粗体?</b> 😀 العميل \u202eevil\x07 " + "长" * 3000
    widget.rows["blaming"].note.setText(note)
    qtbot.mouseClick(widget.rows["blaming"].plus, Qt.LeftButton)
    stored = store.execute("SELECT note FROM incidents").fetchone()[0]
    assert stored == note.strip()
    history = HistoryView(widget.session)
    qtbot.addWidget(history)
    history.load(employee, widget.checklist.rubric)
    assert history.table.item(0, 4).text() == stored      # plain text, markup not rendered


def test_a_leads_checklist_shows_her_teams_figures(store, monkeypatch):
    from models.work.periods import parse_period
    from tests.forms_fixtures import make_office

    office = make_office(store, monkeypatch)
    lead = Checklist(store, employee_id=office.lead_a, period=parse_period("2026-11"))
    # team A: members A1 92 and A2 96 → mean 94 → 70 × 94 / 100 = 65.8; rank 1 of 2 → 30
    assert lead.context["team_mean_total"] == Decimal(94)
    assert lead.result.total == Decimal("95.8")
    assert lead.result.complete


def test_a_tick_in_a_signed_period_is_refused_with_the_reason(qtbot, office, draft):
    """Signed behind the checklist's back (the hub not told): the store still refuses."""
    from models import forms
    from models.work.periods import parse_period
    from tests.forms_fixtures import PINS, STROKES

    widget = ChecklistWidget(Session(office.db), Checklist(office.db, employee_id=office.a1,
                                                           period=parse_period("2026-11")))
    qtbot.addWidget(widget)
    forms.submit(office.db, draft, user_id=office.lead_user, pin=PINS["lead"], strokes=STROKES,
        by="test")
    errors = []
    widget.error.connect(errors.append)
    before = widget.checklist.result.total
    qtbot.mouseClick(widget.rows["late"].plus, Qt.LeftButton)
    assert errors and errors[0].startswith("This period's form is already signed")
    assert widget.checklist.result.total == before
    assert widget.undo_stack.count() == 0          # nothing to undo: nothing was written
