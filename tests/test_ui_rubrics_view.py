"""HR's Rubrics screen (ui/rubrics_view.py): only HR reaches it; it lists every rubric with its
version, origin, posts and assignments; New makes a rubric assigned to a team from a period,
Edit makes a built-in rubric's next version the organisation's own, and Import / Export hand
over to the Excel dialogs."""

import sys
import types

import pytest
from PySide6.QtCore import Qt

from models.rubrics import assignments, list_rubrics
from models.work.applicable import rubrics_for_employee
from models.work.periods import parse_period
from tests.forms_fixtures import PERIOD
from tests.test_ui_access import signed_in, window_for
from tests.ui_store import type_into
from ui.rubrics_view import RubricsView, open_rubrics
from ui.session import Session


@pytest.fixture(autouse=True)
def close_without_asking(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)


def hr_view(qtbot, office):
    session = Session(office.db, user=signed_in(office, "hr"))
    session.show_period(parse_period(PERIOD))
    view = RubricsView(session)
    qtbot.addWidget(view)
    view.show()
    return view


def row_of(view, rubric_id):
    ids = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    return ids.index(rubric_id)


def cells(view, rubric_id):
    r = row_of(view, rubric_id)
    return [view.table.item(r, c).text() for c in range(view.table.columnCount())]


def click_row(qtbot, view, rubric_id):
    r = row_of(view, rubric_id)
    rect = view.table.visualItemRect(view.table.item(r, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())
    assert view.selected_id() == rubric_id


def test_only_hr_reaches_the_rubrics(qtbot, led_office):
    for who, shown in (("lead", False), ("reviewer", False), ("hr", True)):
        window = window_for(qtbot, led_office.db, signed_in(led_office, who))
        assert window.rubrics_action.isVisible() is shown, who
        opened = window.open_rubrics()
        assert (opened is not None) is shown, who
        if opened is not None:
            qtbot.addWidget(opened)
    lead = Session(led_office.db, user=signed_in(led_office, "lead"))
    assert open_rubrics(lead, None) is None


def test_the_list_says_version_origin_posts_and_assignments(qtbot, office):
    view = hr_view(qtbot, office)
    assert view.table.rowCount() == len(list_rubrics(office.db))
    assert cells(view, "t-agent") == ["测试坐席考核", "t-agent", "1", "Own", "坐席", ""]
    assert cells(view, "cs-service-norms")[3] == "Built-in"
    # An assignment made elsewhere shows once the hub says rubrics changed.
    assignments.assign(office.db, rubric_id="t-agent", version_id=office.agent_version,
                       from_period="2026-01", post="坐席", by="test")
    view.session.changes.report({"rubrics"})
    assert cells(view, "t-agent")[5] == "坐席: v1 from 2026-01"
    assert not view.edit_button.isEnabled()             # nothing chosen yet
    click_row(qtbot, view, "t-agent")
    assert view.edit_button.isEnabled() and view.assign_button.isEnabled()


def test_new_makes_a_rubric_for_a_team_from_a_period(qtbot, office):
    db = office.db
    view = hr_view(qtbot, office)
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.rubric_id, "Night Shift")
    type_into(qtbot, dialog.name, "夜班考核")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.error.text().startswith("Id: lowercase letters")
    dialog.rubric_id.clear()
    qtbot.keyClicks(dialog.rubric_id, "t-agent")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert "exists" in dialog.error.text()
    dialog.rubric_id.clear()
    qtbot.keyClicks(dialog.rubric_id, "night-shift")
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    editor = view.editor
    assert editor is not None and editor.checked.ok and editor.save_button.isEnabled()
    assert editor.data["name"] == "夜班考核"
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    save = editor.save_dialog
    qtbot.mouseClick(save.target.by_team, Qt.LeftButton)
    save.target.team.setCurrentIndex(save.target.team.findText("一班"))
    save.from_period.setFocus()
    qtbot.keyClick(save.from_period, Qt.Key_Down)
    assert "From 2026-12, version 1 applies to: team 一班." in save.banner.text()
    qtbot.mouseClick(save.ok_button, Qt.LeftButton)

    version = db.execute("SELECT id, version FROM rubric_versions WHERE rubric_id = "
                         "'night-shift'").fetchall()
    assert [v for _id, v in version] == [1]
    [row] = assignments.list_assignments(db, rubric_id="night-shift")
    assert (row["team_name"], row["post"], row["from_period"], row["version"]) == (
        "一班", None, "2026-12", 1)
    assert str(row["created_by"]) == "孙人事"
    # From December the team's rubric is A1's main one; November is as before.
    assert rubrics_for_employee(db, office.a1, "2026-12")[0][0] == version[0][0]
    assert rubrics_for_employee(db, office.a1, "2026-11")[0][0] == office.agent_version
    assert "A1 张三 (一班, from version" not in editor.banner.text()
    assert "A1 张三 (一班)" in editor.banner.text()
    assert cells(view, "night-shift")[3:] == ["Own", "", "一班: v1 from 2026-12"]


def test_edit_makes_a_built_in_rubric_s_next_version_your_own(qtbot, office):
    db = office.db
    view = hr_view(qtbot, office)
    before = cells(view, "cs-service-norms")
    click_row(qtbot, view, "cs-service-norms")
    qtbot.mouseClick(view.edit_button, Qt.LeftButton)
    editor = view.editor
    assert editor.latest_version == int(before[2])
    editor.choose(("sections", 0, "items", 0), select=True)
    field = editor.form.field("deduct")
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field.edit, "8")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.mouseClick(editor.save_dialog.ok_button, Qt.LeftButton)
    new = cells(view, "cs-service-norms")
    assert new[2] == str(int(before[2]) + 1) and new[3] == "Own"
    assert db.execute("SELECT builtin FROM rubric_versions WHERE rubric_id = 'cs-service-norms' "
                      "ORDER BY version DESC").fetchone()[0] == 0


def test_import_and_export_hand_over_to_the_excel_dialogs(qtbot, office, monkeypatch):
    calls = []

    class FakeImport:
        def __init__(self, session, path=None, parent=None):
            calls.append(("import", session, path, parent))

        def setAttribute(self, *_a):
            pass

        def open(self):
            calls.append("opened")

    monkeypatch.setitem(sys.modules, "ui.rubric_import_dialog",
                        types.SimpleNamespace(RubricImportDialog=FakeImport))
    monkeypatch.setitem(sys.modules, "ui.rubric_export", types.SimpleNamespace(
        export_rubric_file=lambda parent, session, version_id: calls.append(
            ("export", parent, session, version_id))))
    view = hr_view(qtbot, office)
    qtbot.mouseClick(view.import_button, Qt.LeftButton)
    assert calls == [("import", view.session, None, view), "opened"]
    assert not view.export_button.isEnabled()
    click_row(qtbot, view, "t-agent")
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    assert calls[-1] == ("export", view, view.session, office.agent_version)
