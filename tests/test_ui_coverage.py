"""Coverage in the employee list (ui/coverage.py, ui/employee_list.py): a column with each
employee's entries this period and the days since her last inspection, and the filter "No
entry yet", on a known store (period 2025-03, over: the days count to 31 March)."""

import pytest
from PySide6.QtCore import Qt

from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import rubric_for_post
from models.work import incidents
from models.work.periods import parse_period
from ui.changes import INCIDENTS
from ui.coverage import AMBER, RED
from ui.employee_list import CODE, COVERAGE, EmployeePanel
from ui.session import Session

MARCH = parse_period("2025-03")


@pytest.fixture
def known(store):
    """K1 ticked twice in March (last on the 20th), K2 in February only, K3 never."""
    team = add_team(store, name="一班", by="test")
    ids = {code: add_employee(store, code=code, name=name, team_id=team, post="客服",
                              by="test")
           for code, name in (("K1", "甲"), ("K2", "乙"), ("K3", "丙"))}
    version, rubric = rubric_for_post(store, "客服")
    item = next(i.id for i in rubric.items() if i.kind == "deduct")

    def tick(code, at):
        return incidents.add_incident(store, employee_id=ids[code], version_id=version,
                                      item_id=item, at=at, by="李班长")

    tick("K1", "2025-03-03T09:00")
    tick("K1", "2025-03-20T15:30")
    tick("K2", "2025-02-25T08:00")
    return store, ids, tick


def panel_of(qtbot, db):
    session = Session(db)
    session.show_period(MARCH)
    panel = EmployeePanel(session)
    qtbot.addWidget(panel)
    panel.resize(460, 600)
    panel.show()
    return panel


def column(panel, role=Qt.DisplayRole):
    """{工号: the coverage cell's data} of the rows shown."""
    proxy = panel.proxy
    return {proxy.index(r, CODE).data(): proxy.index(r, COVERAGE).data(role)
            for r in range(proxy.rowCount())}


def test_the_column_shows_entries_and_days_since(qtbot, known):
    db, _ids, _tick = known
    panel = panel_of(qtbot, db)
    assert panel.model.headerData(COVERAGE, Qt.Horizontal) == "This period"
    assert column(panel) == {"K1": "2 · 11 d", "K2": "none yet · 34 d", "K3": "none yet"}
    tips = column(panel, Qt.ToolTipRole)
    assert tips["K1"].splitlines() == ["2 entry(ies) this period",
                                       "Last inspection: 2025-03-20 15:30 (11 day(s) ago)"]
    assert tips["K3"].splitlines() == ["No entry yet this period", "Never inspected"]
    colours = column(panel, Qt.ForegroundRole)
    assert colours["K2"] == RED and colours["K3"] == RED              # nobody looked yet
    assert colours["K1"] == AMBER                                    # 11 days: over a week


def test_sorting_by_the_column_puts_the_forgotten_first(qtbot, known):
    db, _ids, _tick = known
    panel = panel_of(qtbot, db)
    panel.table.sortByColumn(COVERAGE, Qt.AscendingOrder)
    assert list(column(panel)) == ["K3", "K2", "K1"]                 # never, 34 days, 2 entries


def test_the_filter_shows_who_has_no_entry_yet(qtbot, known):
    db, ids, tick = known
    panel = panel_of(qtbot, db)
    qtbot.mouseClick(panel.no_entry, Qt.LeftButton)
    assert sorted(column(panel)) == ["K2", "K3"]
    panel.table.selectRow(next(r for r in range(panel.proxy.rowCount())
                               if panel.proxy.index(r, CODE).data() == "K2"))
    assert panel.current_employee_id() == ids["K2"]
    tick("K2", "2025-03-30T10:00")                     # her checklist ticked: she stays shown
    panel.session.changes.report({INCIDENTS})
    assert column(panel) == {"K2": "1 · 1 d", "K3": "none yet"}
    assert panel.current_employee_id() == ids["K2"]
    qtbot.mouseClick(panel.no_entry, Qt.LeftButton)
    assert sorted(column(panel)) == ["K1", "K2", "K3"]


def test_the_period_picked_moves_the_column(qtbot, known):
    db, _ids, _tick = known
    panel = panel_of(qtbot, db)
    panel.session.show_period(parse_period("2025-02"))
    assert column(panel) == {"K1": "none yet", "K2": "1 · 3 d", "K3": "none yet"}
