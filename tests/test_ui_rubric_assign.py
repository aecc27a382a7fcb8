"""Assigning a rubric (ui/rubric_assign_dialog.py): HR assigns its latest version to a team
from a period, sees the assignments made, ends one from a later period; a lead is refused and
nothing is written."""

from PySide6.QtCore import Qt

from models.rubrics import assignments
from models.work.applicable import rubrics_for_employee
from models.work.periods import parse_period
from tests.forms_fixtures import PERIOD
from tests.test_ui_access import signed_in
from tests.ui_store import count
from ui.rubric_assign_dialog import RubricAssignDialog
from ui.session import Session


def assign_dialog(qtbot, office, who="hr"):
    session = Session(office.db, user=signed_in(office, who))
    session.show_period(parse_period(PERIOD))
    dialog = RubricAssignDialog(session, "t-agent")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def next_period(qtbot, combo):
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Down)
    return combo.period.key


def test_assign_to_a_team_then_end_it(qtbot, office):
    db = office.db
    dialog = assign_dialog(qtbot, office)
    assert dialog.table.rowCount() == 0
    assert dialog.target.post.currentText() == "坐席"       # the rubric's own post first
    qtbot.mouseClick(dialog.target.by_team, Qt.LeftButton)
    dialog.target.team.setCurrentIndex(dialog.target.team.findText("一班"))
    assert next_period(qtbot, dialog.from_period) == "2026-12"
    qtbot.mouseClick(dialog.assign_button, Qt.LeftButton)

    [row] = assignments.list_assignments(db, rubric_id="t-agent")
    assert (row["team_name"], row["version_id"], row["from_period"]) == (
        "一班", office.agent_version, "2026-12")
    assert str(row["created_by"]) == "孙人事"
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["team 一班", "1", "2026-12"]

    # Ended for the team from 2027-01: A1 (一班) has no rubric then, even by her post, while
    # B1 (二班) keeps the one her post names.
    dialog.table.selectRow(0)
    assert dialog.end_button.isEnabled()
    for _ in range(2):
        next_period(qtbot, dialog.end_period)
    assert dialog.end_period.period.key == "2027-01"
    qtbot.mouseClick(dialog.end_button, Qt.LeftButton)
    rows = assignments.list_assignments(db, rubric_id="t-agent")
    assert [(r["from_period"], r["ended"]) for r in rows] == [("2026-12", False),
                                                              ("2027-01", True)]
    assert dialog.table.rowCount() == 2 and dialog.table.item(1, 1).text() == "ended"
    assert rubrics_for_employee(db, office.a1, "2026-12")[0][0] == office.agent_version
    assert rubrics_for_employee(db, office.a1, "2027-01") == []
    assert rubrics_for_employee(db, office.b1, "2027-01")[0][0] == office.agent_version
    # Ending it again from the same period is refused, with the store's words.
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.end_button, Qt.LeftButton)
    assert dialog.error.text() == "rubric 't-agent' already ends for team '一班' from 2027-01"
    assert count(db, "rubric_assignments") == 2


def test_a_post_must_be_named(qtbot, office):
    dialog = assign_dialog(qtbot, office)
    dialog.target.post.setCurrentText("")
    assert not dialog.assign_button.isEnabled()
    dialog.target.post.setCurrentText("质检")
    assert dialog.assign_button.isEnabled()
    qtbot.mouseClick(dialog.assign_button, Qt.LeftButton)
    [row] = assignments.list_assignments(office.db, rubric_id="t-agent")
    assert row["post"] == "质检" and row["team_id"] is None


def test_a_lead_is_refused_and_nothing_is_written(qtbot, office):
    dialog = assign_dialog(qtbot, office, who="lead")
    before = count(office.db, "audit_events")
    qtbot.mouseClick(dialog.assign_button, Qt.LeftButton)
    assert dialog.error.text().startswith("Your role does not allow this: nothing was saved")
    assert count(office.db, "rubric_assignments") == 0
    assert count(office.db, "audit_events") == before
