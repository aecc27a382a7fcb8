"""The checklist skips a row or a section header when the engine hands back its very answer
(scoring/remembered.py): after every tick, undo and change made elsewhere each row and header
still shows its own figures."""

import pytest
import yaml
from PySide6.QtCore import Qt

from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import save_rubric_text
from models.work.checklist import Checklist
from models.work.incidents import add_incident
from models.work.periods import current_period
from ui.changes import INCIDENTS
from ui.checklist import ChecklistWidget
from ui.session import Session

TWO_SECTIONS = {"id": "two-parts", "name": "两节", "post": "两节岗", "base": 20, "sections": [
    {"id": "a", "name": "甲", "points": 10, "items": [{"id": "x", "text": "甲项", "deduct": 2}]},
    {"id": "b", "name": "乙", "points": 10, "items": [{"id": "y", "text": "乙项", "deduct": 3}]}]}


@pytest.fixture
def widget(qtbot, store):
    save_rubric_text(store, yaml.safe_dump(TWO_SECTIONS, allow_unicode=True), by="test")
    team = add_team(store, name="一班", by="test")
    employee = add_employee(store, code="T01", name="王五", team_id=team, post="两节岗",
                            by="test")
    checklist = Checklist(store, employee_id=employee, period=current_period(store),
                          inspector="李班长")
    shown = ChecklistWidget(Session(store, language="zh"), checklist)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def figures(widget):
    """(甲's header, 乙's header, x's count, y's count, the total's figures)."""
    (a, _), (b, _) = widget.section_headers["a"], widget.section_headers["b"]
    x, y = widget.rows["x"], widget.rows["y"]
    return a.text(), b.text(), x.count.text(), y.count.text(), widget.total.text()[:13]


def test_rows_and_headers_follow_ticks_undo_and_changes_made_elsewhere(qtbot, widget, store):
    x, y = widget.rows["x"], widget.rows["y"]
    qtbot.mouseClick(x.plus, Qt.LeftButton)             # 甲 10 − 2 = 8; total 18
    assert figures(widget) == ("甲   8.00 / 10.00", "乙   10.00 / 10.00", "1", "0",
                               "18.00 / 20.00")
    qtbot.mouseClick(y.plus, Qt.LeftButton)             # 乙 10 − 3 = 7; total 15
    assert figures(widget) == ("甲   8.00 / 10.00", "乙   7.00 / 10.00", "1", "1",
                               "15.00 / 20.00")
    # 甲 did not change: the engine handed back its section, and its header was not made again
    assert widget._header_made["a"][0] is widget.checklist.result.section("a")
    qtbot.mouseClick(x.plus, Qt.LeftButton)             # 甲 10 − 4 = 6; total 13
    assert figures(widget) == ("甲   6.00 / 10.00", "乙   7.00 / 10.00", "2", "1",
                               "13.00 / 20.00")
    qtbot.mouseClick(widget.undo_button, Qt.LeftButton)     # the second x undone
    assert figures(widget) == ("甲   8.00 / 10.00", "乙   7.00 / 10.00", "1", "1",
                               "15.00 / 20.00")
    # a tick made elsewhere (another window, the history) comes through the hub: re-read
    add_incident(store, employee_id=widget.checklist.employee["id"],
                 version_id=widget.checklist.view.version_id, item_id="y", by="李班长")
    widget.session.changes.report({INCIDENTS})          # 乙 10 − 6 = 4; total 12
    assert figures(widget) == ("甲   8.00 / 10.00", "乙   4.00 / 10.00", "1", "2",
                               "12.00 / 20.00")
    qtbot.mouseClick(y.minus, Qt.LeftButton)            # 乙 back to 7; total 15
    assert figures(widget) == ("甲   8.00 / 10.00", "乙   7.00 / 10.00", "1", "1",
                               "15.00 / 20.00")
