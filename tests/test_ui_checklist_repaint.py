"""A tick updates and repaints only what changed: its row, its section's header, the total.

Before, every tick set every row's labels again and re-laid out the whole checklist (a QLabel
asks its layout for room on every setText): most of the tick's time on a 100-item rubric.
"""

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QApplication

from models.people.employees import add_employee
from models.people.teams import add_team
from models.work.checklist import Checklist
from models.work.incidents import delete_incident
from models.work.periods import current_period
from ui.changes import INCIDENTS
from ui.checklist import ChecklistWidget
from ui.checklist_rows import ItemRow
from ui.session import Session


class EventSpy(QObject):
    """Counts Paint and LayoutRequest events per widget while installed on the app."""

    def __init__(self):
        super().__init__()
        self.paints, self.layouts = Counter(), Counter()
        self.regions = {}       # widget → the region it was asked to paint, in its own pixels

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint:
            self.paints[watched] += 1
            self.regions[watched] = self.regions.get(watched, QRegion()) | event.region()
        elif event.type() == QEvent.LayoutRequest:
            self.layouts[watched] += 1
        return False


def row_of(widget):
    while widget is not None and not isinstance(widget, ItemRow):
        widget = widget.parentWidget()
    return widget


@pytest.fixture
def widget(qtbot, store):
    team = add_team(store, name="一班", by="test")
    employee = add_employee(store, code="A001", name="张三", team_id=team,
                            post="客户服务代表", by="test")       # cs-service-norms, 17 rows
    checklist = Checklist(store, employee_id=employee, period=current_period(store),
                          inspector="李班长")
    shown = ChecklistWidget(Session(store, language="zh"), checklist)
    qtbot.addWidget(shown)
    shown.resize(1600, 2400)    # every row on screen (could be repainted), reasons on one line
    shown.show()
    shown.activateWindow()      # a click on an inactive window repaints it all (activation)
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def tick_and_watch(qtbot, button):
    spy = EventSpy()
    app = QApplication.instance()
    QApplication.processEvents()
    app.installEventFilter(spy)
    try:
        qtbot.mouseClick(button, Qt.LeftButton)
        qtbot.wait(30)                  # the event loop paints what the click changed
    finally:
        app.removeEventFilter(spy)
    return spy


def test_a_tick_repaints_its_row_header_and_total_only(qtbot, widget):
    ticked = widget.rows["command-tone"]
    others = [row for row in widget.rows.values() if row is not ticked]
    assert all(row.visibleRegion().boundingRect().height() > 0 for row in others)
    spy = tick_and_watch(qtbot, ticked.plus)

    assert widget.total.text().startswith("90.00 / 100.00")       # the figures did change
    assert ticked.count.text() == "1" and ticked.reason.text().endswith("→ −10")
    painted_rows = {row_of(w) for w in spy.paints} - {None}
    assert painted_rows == {ticked}                                # no other row repainted
    header, _ = widget.section_headers["norms"]
    assert spy.paints[header] >= 1 and spy.paints[widget.total] >= 1
    body = ticked.parentWidget()
    # the list of rows was not laid out again, and of the page under the rows only the ticked
    # row's and its header's pixels were painted
    assert spy.layouts[body] == 0 and spy.layouts[body.parentWidget()] == 0
    touched = QRegion(ticked.geometry()) | QRegion(header.geometry())
    assert spy.regions.get(body, QRegion()).subtracted(touched).isEmpty()


def test_undo_repaints_the_same_row_again_and_no_other(qtbot, widget, store):
    ticked = widget.rows["early-hangup"]
    qtbot.mouseClick(ticked.plus, Qt.LeftButton)
    spy = tick_and_watch(qtbot, widget.undo_button)
    assert ticked.count.text() == "0" and widget.total.text().startswith("100.00")
    assert {row_of(w) for w in spy.paints} - {None} == {ticked}
    assert spy.layouts[ticked.parentWidget()] == 0
    # a change made elsewhere (a delete in the history) comes through the hub and re-reads
    # every row: nothing is left stale
    row = widget.rows["blaming"]
    qtbot.mouseClick(row.plus, Qt.LeftButton)
    latest = widget.checklist.latest_incident("blaming")
    delete_incident(store, latest["id"], by="李班长", reason="记错")
    widget.session.changes.report({INCIDENTS})
    assert row.count.text() == "0" and widget.total.text().startswith("100.00")
    assert row.reason.text() == ""


def test_a_tick_on_one_rubrics_tab_does_not_make_the_other_re_read_the_store(
        qtbot, store, monkeypatch):
    """Two rubrics on one form (ui/checklist_stack.py): the tab that was ticked re-read its
    incident; the other tab shows the new figures from the same facade, with no store read."""
    from decimal import Decimal

    from models.work import kpis
    from models.work import month as month_module
    from ui.checklist_stack import ChecklistStack

    team = add_team(store, name="客服一组", by="test")
    clerk = add_employee(store, code="C1", name="周八", team_id=team, post="客户服务部员工",
                         by="test")       # cs-dept-monthly, which includes cs-service-norms
    for item_id in ("service-quality-rating", "teamwork-rating", "efficiency-rating",
                    "problem-solving-rating", "knowledge-rating"):
        kpis.set_value(store, employee_id=clerk, period=current_period(store),
                       item_id=item_id, value=Decimal(90), by="test")
    checklist = Checklist(store, employee_id=clerk, period=current_period(store),
                          inspector="李班长")
    stack = ChecklistStack(Session(store, language="zh"), checklist)
    qtbot.addWidget(stack)
    stack.show()
    main_tab, norms = stack.widgets
    full_reads = []
    real = month_module.month_so_far
    monkeypatch.setattr(month_module, "month_so_far",
                        lambda *a, **k: full_reads.append(1) or real(*a, **k))
    monkeypatch.setattr("models.work.checklist.month_so_far", month_module.month_so_far)
    stack.tabs.setCurrentWidget(norms)
    qtbot.mouseClick(norms.rows["command-tone"].plus, Qt.LeftButton)
    assert full_reads == []                          # neither tab re-read the whole period
    assert norms.total.text().startswith("90.00 / 100.00")         # 100 − 10
    assert main_tab.checklist.combined.total == main_tab.checklist.result.total - 10
