"""The Forms tab as the month's dashboard, the period picker that drives every tab, and a checklist
that looks read-only before anyone presses a button — driven like a shift lead would.

The office of tests/forms_fixtures.py (figures by hand in its docstring): 一班 A1 张三 92, A2 李四
96, lead LA 95.8; its shift lead 李班长 (led_office), reviewer 王主任, HR 孙人事. A second version
of the agent's rubric adds grades: 95 优秀, 90 良好, else 合格.
"""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator

from models import forms
from models.rubrics import save_rubric_text
from models.storage.resources import resource_path
from models.work.checklist import Checklist
from models.work.periods import parse_period
from reports.labels import labels
from tests.forms_fixtures import AGENT, PERIOD, form_of, sign_through
from tests.test_ui_access import signed_in, window_for
from ui.changes import FORMS
from ui.checklist import ChecklistWidget
from ui.form_state_names import state_name
from ui.forms_panel import FormsPanel
from ui.main_window import MainWindow
from ui.session import Session

GRADES = """
grades:
  - {min: 95, label: 优秀, label_en: Excellent}
  - {min: 90, label: 良好, label_en: Good}
  - {min: 0, label: 合格, label_en: Pass}
"""


@pytest.fixture
def graded(led_office):
    save_rubric_text(led_office.db, AGENT.replace("version: 1", "version: 2") + GRADES,
                     by="test")
    return led_office


def panel_for(qtbot, office, user=None, today=date(2026, 12, 10)):
    panel = FormsPanel(Session(office.db, user=user))
    panel.today = today
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    panel.set_period(parse_period(PERIOD))
    panel.team.setCurrentIndex(panel.team.findText("一班"))
    return panel


def cells(panel, code):
    table = panel.table
    row = table.row_of(code)
    return {name: table.item(row, table.column(name)).text()
            for name in ("score", "grade", "state", "next", "due")}


def test_the_dashboard_shows_score_grade_state_and_who_signs_next(qtbot, graded):
    panel = panel_for(qtbot, graded)
    qtbot.mouseClick(panel.create, Qt.LeftButton)
    assert cells(panel, "A1") == {"score": "92.00 / 100.00  provisional", "grade": "良好",
                                  "state": state_name("draft"), "next": "Appraiser: 李班长",
                                  "due": ""}
    assert cells(panel, "A2")["score"].startswith("96.00 / 100.00") and \
        cells(panel, "A2")["grade"] == "优秀"
    # Signed, it reads the snapshot: no longer provisional; the employee signs next.
    sign_through(graded.db, form_of(graded.db, graded.a2), graded, until="submitted")
    panel.session.changes.report({FORMS})
    assert cells(panel, "A2") == {"score": "96.00 / 100.00", "grade": "优秀",
                                  "state": state_name("submitted"), "next": "Employee: 李四",
                                  "due": "2026-12-08\noverdue by 2 day(s)"}
    score = panel.table.item(panel.table.row_of("A1"), panel.table.column("score"))
    assert score.font().italic() and not panel.table.item(
        panel.table.row_of("A2"), panel.table.column("score")).font().italic()


def test_overdue_is_marked_red_and_only_once_late(qtbot, office):
    forms.create_forms(office.db, team_id=office.team_a, period=PERIOD, by="test")
    sign_through(office.db, form_of(office.db, office.a1), office, until="submitted")
    panel = panel_for(qtbot, office, today=date(2026, 12, 8))       # the due day itself
    due = panel.table.column("due")
    row = panel.table.row_of("A1")
    assert panel.table.item(row, due).text() == "2026-12-08"
    assert panel.table.item(row, due).foreground().color().name() != "#b00020"
    panel.today = date(2026, 12, 11)
    panel.reload()
    row = panel.table.row_of("A1")
    assert panel.table.item(row, due).text() == "2026-12-08\noverdue by 3 day(s)"
    assert panel.table.item(row, due).foreground().color().name() == "#b00020"
    assert panel.table.item(row, due).font().bold()


def test_the_filter_hides_and_shows_rows_and_any_column_sorts(qtbot, office):
    forms.create_forms(office.db, team_id=office.team_a, period=PERIOD, by="test")
    sign_through(office.db, form_of(office.db, office.a2), office, until="submitted")
    panel = panel_for(qtbot, office)
    table = panel.table

    def shown():
        return sorted(table.item(r, 0).text() for r in range(table.rowCount())
                      if not table.isRowHidden(r))

    assert panel.filter.currentText() == "All forms (3)" and shown() == ["A1", "A2", "LA"]
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key_Down)                   # open (drafts)
    assert panel.filter.currentText() == "Open (drafts) (2)" and shown() == ["A1", "LA"]
    qtbot.keyClick(panel.filter, Qt.Key_Down)                   # waiting for the employee
    assert shown() == ["A2"]
    qtbot.keyClick(panel.filter, Qt.Key_Down)                   # disputed: none
    assert panel.filter.currentText() == "Disputed (0)" and shown() == []
    qtbot.keyClick(panel.filter, Qt.Key_Home)
    assert shown() == ["A1", "A2", "LA"]
    # sorting by score (a click on its header): 92 < 95.8 < 96, then the other way
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(table.column("score")) + 10
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    order = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert order in (["A1", "LA", "A2"], ["A2", "LA", "A1"])
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == order[::-1]
    assert table.form_at(table.row_of("A2")) == form_of(office.db, office.a2)


def test_an_empty_period_says_what_to_do_and_its_button_makes_the_forms(qtbot, led_office):
    panel = panel_for(qtbot, led_office)
    assert panel.stack.currentIndex() == 1 and panel.table.rowCount() == 0
    assert panel.empty_text.text().startswith("No forms for 2026-11 yet.")
    assert panel.empty_create.isVisible()
    assert panel.empty_create.text() == "Create this month's forms"
    qtbot.mouseClick(panel.empty_create, Qt.LeftButton)
    assert panel.stack.currentWidget() is panel.table
    assert [panel.table.item(r, 0).text() for r in range(3)] == ["A1", "A2", "LA"]
    assert forms.dashboard_rows(led_office.db, PERIOD, led_office.team_a)[0].state == "draft"


def test_who_may_not_create_the_forms_is_told_who_can(qtbot, led_office):
    reviewer = signed_in(led_office, "reviewer")
    panel = panel_for(qtbot, led_office, user=reviewer)
    assert panel.stack.currentIndex() == 1
    assert not panel.empty_create.isVisible()
    assert panel.empty_text.text() == "No forms for 2026-11 yet. 李班长、孙人事 can create them."


def choose(window, qtbot, code):
    panel = window.employees
    panel.search.clear()
    qtbot.keyClicks(panel.search, code)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: window.checklist_widget is not None
                    and window.checklist_widget.checklist.employee["code"] == code
                    and window.checklist_widget.isVisible())
    return window.checklist_widget


def test_one_period_picker_drives_the_forms_and_the_checklist(qtbot, office):
    forms.create_forms(office.db, team_id=office.team_a, period=PERIOD, by="test")
    window = MainWindow(office.db, language="zh")
    qtbot.addWidget(window)
    window.show()
    window.session.show_period(parse_period("2026-10"))         # a month before the forms
    window.forms.team.setCurrentIndex(window.forms.team.findText("一班"))
    widget = choose(window, qtbot, "A1")
    window.tabs.setCurrentWidget(window.forms)
    picker = window.period_picker
    assert picker.isVisible() and picker.combo.currentText() == "2026-10"
    assert window.forms.table.rowCount() == 0 and window.forms.stack.currentIndex() == 1
    assert widget.checklist.period.key == "2026-10"
    qtbot.mouseClick(picker.next, Qt.LeftButton)                # ▶ 2026-11
    assert picker.combo.currentText().startswith("2026-11")
    assert window.forms.table.rowCount() == 3
    assert window.checklist_widget.checklist.period.key == "2026-11"
    assert window.month.period == parse_period("2026-11")
    qtbot.mouseClick(picker.previous, Qt.LeftButton)            # ◀ back to 2026-10
    assert window.forms.table.rowCount() == 0
    assert window.checklist_widget.checklist.period.key == "2026-10"
    # the list of recent periods: picking one from it (keyboard) shows it everywhere
    picker.combo.setFocus()
    qtbot.keyClick(picker.combo, Qt.Key_Up)                     # newer: 2026-11
    assert window.session.period.key == "2026-11" and window.forms.table.rowCount() == 3


def test_a_signed_period_is_read_only_before_any_click(qtbot, office, draft):
    widget = ChecklistWidget(Session(office.db), Checklist(
        office.db, employee_id=office.a1, period=parse_period(PERIOD), inspector="李班长"))
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.banner.isVisible() and widget.rows["late"].plus.isEnabled()
    qtbot.mouseClick(widget.rows["late"].plus, Qt.LeftButton)   # a draft: ticks are taken
    assert widget.undo_button.isEnabled()
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)
    sign_through(office.db, draft, office, until="submitted")
    widget.session.changes.report({FORMS})          # as the form dialog does once it signed
    assert widget.banner.isVisible()
    assert widget.banner.text.text() == (
        "This month's form is signed (appraiser signed). To change an entry, make a "
        "correction of the form (Forms tab).")
    assert widget.banner.forms_button.isVisible()
    for row in widget.rows.values():
        for editor in row.editors():
            assert not editor.isEnabled(), (row.item.id, editor)
    assert not widget.rows["late"].minus.isEnabled()
    assert not widget.undo_button.isEnabled() and not widget.redo_button.isEnabled()


def test_a_locked_form_opens_its_checklist_read_only(qtbot, office, draft):
    sign_through(office.db, draft, office, until="locked")
    window = MainWindow(office.db, language="zh")
    qtbot.addWidget(window)
    window.show()
    window.session.show_period(parse_period(PERIOD))
    widget = choose(window, qtbot, "A1")
    assert widget.banner.isVisible() and "(locked)" in widget.banner.text.text()
    assert not widget.rows["late"].plus.isEnabled()
    assert not widget.rows["exam"].inputs["value"].isEnabled()
    qtbot.mouseClick(widget.banner.forms_button, Qt.LeftButton)
    assert window.tabs.currentWidget() is window.forms


def test_a_reviewer_sees_why_she_cannot_tick(qtbot, led_office):
    window = window_for(qtbot, led_office.db, signed_in(led_office, "reviewer"))
    window.session.show_period(parse_period(PERIOD))
    widget = choose(window, qtbot, "A1")
    assert widget.banner.isVisible()
    assert widget.banner.text.text() == "Reviewers read checklists; shift leads tick them."
    assert not widget.banner.forms_button.isVisible()
    assert not widget.rows["late"].plus.isEnabled()
    assert not widget.rows["exam"].inputs["value"].isEnabled()


@pytest.fixture
def zh(qapp):
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_screen_and_the_paper_name_each_state_alike():
    assert {s: state_name(s) for s in labels("en")["states"]} == labels("en")["states"]


def test_the_screen_and_the_paper_name_each_state_alike_in_chinese(zh):
    assert {s: state_name(s) for s in labels("zh")["states"]} == labels("zh")["states"]
    assert state_name("locked") == "已锁定"
    assert QCoreApplication.translate("ReadOnlyBanner", "Reviewers read checklists; shift "
                                      "leads tick them.") == "复核人只查看检查表；由值班长勾选。"


def test_the_grade_column_shows_only_when_some_rubric_grades(qtbot, led_office):
    """A rubric without grades leaves no empty 等级 column; a graded one shows it."""
    from tests.forms_fixtures import form_of

    panel = panel_for(qtbot, led_office)
    qtbot.mouseClick(panel.create, Qt.LeftButton)
    assert panel.table.rowCount() and panel.table.isColumnHidden(panel.table.column("grade"))
    save_rubric_text(led_office.db, AGENT.replace("version: 1", "version: 2") + GRADES,
                     by="test")
    forms.delete_draft(led_office.db, form_of(led_office.db, led_office.a1), by="test")
    qtbot.mouseClick(panel.create, Qt.LeftButton)
    assert not panel.table.isColumnHidden(panel.table.column("grade"))
