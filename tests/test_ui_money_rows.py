"""The money side of a rubric (docs/rubric-format.md §9) entered and seen in the app, as a lead
does it: typed into the checklist's Money group, stored with her name, priced by the engine,
shown in the month so far and the form dialog, printed on the form.

By hand (the built-in rubrics' `money:` blocks):
  四川连连 客服人员: 接听电话处理工单 0.20 元/笔, 受理飞信处理工单 0.10 元/笔, at most 500 元.
    1234 phone tickets → 1234 × 0.20 = +246.80; 800 Fetion tickets → +80.00; money 326.80 元.
  重庆广德 前台: 考勤 1 元/分钟 at most 30; 工作纪律 20 元 (read from the ticked breach);
    85分以下每少1分扣2元; 领导检查扣款 1–1000 元 each.
    work score 90 (not below 85: 0); 35 minutes → 35, capped at 30 → −30.00;
    one inspection of 150.50 → −150.50; one discipline breach → −20.00;
    money −30.00 − 20.00 − 150.50 = −200.50 元.
"""

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from models import forms
from models.people import access, users
from models.people.employees import add_employee
from models.people.teams import add_team
from models.work.checklist import Checklist
from models.work.periods import parse_period
from tests.forms_fixtures import fast_pins
from ui.checklist import ChecklistWidget
from ui.session import Session

PERIOD = "2026-11"


def lead_session(db, monkeypatch, post, *, language="en"):
    """A lead signed in (李班长, her team 一班) and one employee of `post` in the team."""
    fast_pins(monkeypatch)
    team = add_team(db, name="一班", by="test")
    employee = add_employee(db, code="E1", name="张三", team_id=team, post=post, by="test")
    lead = users.add_user(db, name="李班长", role="lead", pin="130524", by="test")
    users.set_user_teams(db, lead, [team], by="test")
    return Session(db, user=access.signed_in_user(db, lead), language=language), employee


def checklist_widget(qtbot, session, employee, *, read_only=False):
    checklist = Checklist(session.db, employee_id=employee, period=parse_period(PERIOD),
                          inspector=session.actor)      # as the main window opens it
    widget = ChecklistWidget(session, checklist, read_only=read_only)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def type_into(qtbot, edit, text):
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key_Return)


def stored_values(db):
    """(item, the stored value, who entered it) of every KPI value, as the store keeps them."""
    return [(item, json.loads(text), by) for item, text, by in db.execute(
        "SELECT item_id, value_json, entered_by FROM kpi_values ORDER BY item_id")]


@pytest.fixture
def lianlian(store, monkeypatch):
    return lead_session(store, monkeypatch, "连连客服人员")


@pytest.fixture
def guangde(store, monkeypatch):
    return lead_session(store, monkeypatch, "物业前台服务人员")


def test_a_ticket_count_typed_into_the_money_row_is_stored_and_priced(qtbot, lianlian):
    session, employee = lianlian
    widget = checklist_widget(qtbot, session, employee)
    group = widget.money
    assert group.header.text() == "Money   0.00 yuan"
    phone = group.rows["phone-tickets"]
    assert "+0.2 yuan/笔" in phone.title.text()           # the line's rule beside its name
    assert phone.reason.text() == "not entered (counts 0)"
    type_into(qtbot, phone.input, "1234")
    assert stored_values(session.db) == [("phone-tickets", {"decimal": "1234"}, "李班长")]
    assert phone.figure.text() == "+246.80 yuan"          # 1234 × 0.20
    assert phone.reason.text() == "1234笔 × 0.2 → +246.80"
    assert group.header.text() == "Money   246.80 yuan"
    type_into(qtbot, group.rows["feixin-tickets"].input, "800")
    assert group.rows["feixin-tickets"].figure.text() == "+80.00 yuan"
    assert group.header.text() == "Money   326.80 yuan"   # 246.80 + 80.00
    assert group.note.text() == ""                        # nothing left to enter


def test_bad_figures_are_refused_beside_the_field_and_nothing_is_stored(qtbot, lianlian):
    session, employee = lianlian
    widget = checklist_widget(qtbot, session, employee)
    row = widget.money.rows["phone-tickets"]
    name = "Phone tickets"          # the line's English name (name_en)
    for typed, said in (("abc", f"{name}: not a number (abc)"),
                        ("-5", f"{name}: must not be negative (-5)"),
                        ("12.345", f"{name}: at most two decimals (12.345)")):
        type_into(qtbot, row.input, typed)
        assert row.error.text() == said and row.error.isVisible()
        assert stored_values(session.db) == []
        assert row.figure.text() == "0.00 yuan"
    assert widget.undo_stack.count() == 0
    type_into(qtbot, row.input, "10")                     # a good figure clears the message
    assert not row.error.isVisible()
    assert stored_values(session.db) == [("phone-tickets", {"decimal": "10"}, "李班长")]


def test_a_money_value_is_undone_and_redone_like_any_row(qtbot, lianlian):
    session, employee = lianlian
    widget = checklist_widget(qtbot, session, employee)
    row = widget.money.rows["phone-tickets"]
    type_into(qtbot, row.input, "1500")
    type_into(qtbot, row.input, "2000")
    assert row.figure.text() == "+400.00 yuan"
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)
    assert stored_values(session.db)[0][1] == {"decimal": "1500"}
    assert row.figure.text() == "+300.00 yuan" and row.input.text() == "1500"
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)
    assert stored_values(session.db) == []                # cleared, as before the first entry
    assert row.figure.text() == "0.00 yuan" and row.input.text() == ""
    qtbot.mouseClick(widget.redo_button, Qt.LeftButton)
    assert row.figure.text() == "+300.00 yuan"


def test_fines_of_their_own_and_lines_read_from_items_and_the_total(qtbot, guangde):
    session, employee = guangde
    db = session.db
    widget = checklist_widget(qtbot, session, employee)
    group = widget.money
    type_into(qtbot, widget.rows["work-score"].inputs["value"], "90")   # not below 85: 0
    assert group.rows["below-85"].figure.text() == "0.00 yuan"
    type_into(qtbot, group.rows["lateness"].input, "35")
    assert group.rows["lateness"].figure.text() == "−30.00 yuan"        # capped at 30
    inspection = group.rows["inspection"]
    name = "Deducted at a manager's inspection"
    for typed, said in (("2000", "between 1 and 1000 (2000)"),
                        ("12.345", "at most two decimals (12.345)"),
                        ("abc", "not a number (abc)"),
                        ("", "type the amount (1–1000) first")):
        type_into(qtbot, inspection.amount, typed)
        assert inspection.error.text() == f"{name}: {said}"
    assert db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    inspection.note.setText("月度检查")
    type_into(qtbot, inspection.amount, "150.5")
    assert db.execute("SELECT item_id, amount, note, created_by FROM incidents").fetchall() == [
        ("inspection", "150.5", "月度检查", "李班长")]
    assert inspection.figure.text() == "−150.50 yuan" and inspection.count.text() == "1"
    assert not inspection.error.isVisible()
    # A line that reads an item: the breach ticked above costs 20 元 here.
    assert group.rows["discipline"].findChild(type(inspection.count), "source").text() == \
        "from “Discipline breach” above"
    qtbot.mouseClick(widget.rows["discipline-breach"].plus, Qt.LeftButton)
    assert group.rows["discipline"].figure.text() == "−20.00 yuan"
    assert group.header.text() == "Money   −200.50 yuan"     # −30 − 20 − 150.50
    # − takes the latest inspection off (soft-deleted), undo puts it back.
    qtbot.mouseClick(inspection.minus, Qt.LeftButton)
    assert db.execute("SELECT count(*) FROM incidents WHERE item_id = 'inspection' "
                      "AND deleted_at IS NULL").fetchone()[0] == 0
    assert group.header.text() == "Money   −50.00 yuan"
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)
    assert group.header.text() == "Money   −200.50 yuan"


def test_a_figure_entered_elsewhere_shows_in_the_money_row(qtbot, lianlian):
    from models.work import kpis
    from ui.changes import VALUES

    session, employee = lianlian
    widget = checklist_widget(qtbot, session, employee)
    kpis.set_value(session.db, employee_id=employee, period=PERIOD, item_id="feixin-tickets",
                   value=Decimal(555), by="录入员")        # as `main.py` or an import stores it
    session.changes.report({VALUES})                       # what every writer tells the hub
    row = widget.money.rows["feixin-tickets"]
    assert row.input.text() == "555" and row.figure.text() == "+55.50 yuan"     # 555 × 0.10
    assert widget.money.header.text() == "Money   55.50 yuan"


def test_a_reviewer_reads_the_money_rows_without_inputs(qtbot, lianlian):
    session, employee = lianlian
    widget = checklist_widget(qtbot, session, employee, read_only=True)
    row = widget.money.rows["phone-tickets"]
    assert not row.input.isEnabled()
    assert row.figure.text() == "0.00 yuan"


def test_the_month_the_form_dialog_and_the_printed_form_show_the_same_money(
        qtbot, lianlian, tmp_path):
    from models.work.month import month_so_far
    from reports.pdf_form import render_form
    from tests.form_samples import pdf_text
    from ui.form_dialog import FormDialog
    from ui.month_view import MonthPanel

    session, employee = lianlian
    db = session.db
    widget = checklist_widget(qtbot, session, employee)
    type_into(qtbot, widget.money.rows["phone-tickets"].input, "1234")
    panel = MonthPanel(session)
    qtbot.addWidget(panel)
    view = month_so_far(db, employee_id=employee, period=PERIOD)
    panel.load(view, widget.checklist.employee)
    node = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert [node.text(0), node.text(1)] == ["Money", "246.80 yuan"]
    assert [node.child(0).text(i) for i in range(3)] == [
        "Phone tickets", "+246.80 yuan", "1234笔 × 0.2 → +246.80"]
    assert node.child(1).text(2) == "not entered (counts 0)"
    assert "Money not entered: Fetion tickets" in panel.missing.text()

    forms.create_forms(db, team_id=widget.checklist.employee["team_id"], period=PERIOD,
                       by=session.actor)
    form_id = db.execute("SELECT id FROM assessments WHERE employee_id = ?",
                         (employee,)).fetchone()[0]
    dialog = FormDialog(session, form_id)
    qtbot.addWidget(dialog)
    tree = dialog.tree
    money = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).text(0) == "Money")
    assert money.text(1) == "246.80 yuan" and money.child(0).text(1) == "+246.80 yuan"
    assert [money.child(0).child(0).text(0), money.child(0).child(0).text(2)] == ["value", "1234笔"]

    render_form(forms.document(db, form_id), tmp_path / "form.pdf")
    text = pdf_text(tmp_path / "form.pdf")
    assert "1234笔 × 0.2 → +246.80" in text
    assert "金额合计 246.80 元" in text
