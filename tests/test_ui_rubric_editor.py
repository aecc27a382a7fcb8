"""The rubric editor (ui/rubric_editor): HR adds a section and an item, sees a wrong value
refused with the loader's own message, undoes and redoes, tries the checklist preview, and
saves a new version in use from the period she picks — forms already made keep theirs.

The office (tests/forms_fixtures.py): t-agent v1 = 服务规范 60 (late −2, severe ×2; complaint
5–20) + 业绩 40 (exam rated 0–100 → 40 points), base 100; A1, A2 (一班) and B1 (二班) are 坐席.
"""

import pytest
from PySide6.QtCore import QPoint, Qt

from models import forms
from models.rubrics import assignments
from models.work.applicable import rubrics_for_employee
from models.work.periods import parse_period
from tests.forms_fixtures import PERIOD, form_of
from tests.test_ui_access import signed_in
from tests.ui_store import count, type_into
from ui.rubric_editor import editor_for
from ui.rubric_editor.node_forms import KIND
from ui.session import Session


@pytest.fixture(autouse=True)
def close_without_asking(monkeypatch):
    """Closing an editor with changes asks first; at the end of a test the answer is yes."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)


@pytest.fixture
def hr_session(office):
    session = Session(office.db, user=signed_in(office, "hr"))
    session.show_period(parse_period(PERIOD))
    return session


def open_editor(qtbot, session, rubric_id="t-agent"):
    editor = editor_for(session, rubric_id)
    qtbot.addWidget(editor)
    editor.resize(1400, 820)
    editor.show()
    editor.activateWindow()         # her keys go to it: the shortcuts are the window's
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def retype(qtbot, field, text):
    """Select what the box holds and type over it, key by key (Chinese as an input method)."""
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key_Delete)
    type_into(qtbot, field.edit, text)


def choose_kind(qtbot, form, kind):
    """Pick a kind in the Kind box with the arrow keys, as a keyboard user does."""
    combo = form.field(*KIND).combo
    combo.setFocus()
    wanted = [value for value, _text in form.field(*KIND).choices].index(kind)
    key = Qt.Key_Down if wanted > combo.currentIndex() else Qt.Key_Up
    while combo.currentIndex() != wanted:
        qtbot.keyClick(combo, key)


def test_add_a_section_and_an_item_see_refusals_undo_and_save_from_a_period(
        qtbot, office, hr_session):
    db = office.db
    # 坐席 is on v1 from the start of the year; the team's November forms are made with it.
    assignments.assign(db, rubric_id="t-agent", version_id=office.agent_version,
                       from_period="2026-01", post="坐席", by="test")
    forms.create_forms(db, team_id=office.team_a, period=PERIOD, by="test")
    november_form = form_of(db, office.a1)
    editor = open_editor(qtbot, hr_session)
    assert not editor.save_button.isEnabled()           # nothing changed yet

    qtbot.mouseClick(editor.add_section_button, Qt.LeftButton)
    assert editor.selected == ("sections", 2)
    retype(qtbot, editor.form.field("name"), "服务纪律")
    retype(qtbot, editor.form.field("points"), "20")
    # The loader: a section needs an item. Said on the section, Save disabled.
    assert "field 'items': needs at least one item" in editor.form.general_error.text()
    assert editor.tree.is_marked(("sections", 2)) and not editor.save_button.isEnabled()

    qtbot.mouseClick(editor.add_item_button, Qt.LeftButton)
    assert editor.selected == ("sections", 2, "items", 0)
    retype(qtbot, editor.form.field("name"), "串岗")
    amount = editor.form.field("deduct")
    retype(qtbot, amount, "abc")
    assert amount.error.text() == "item 'item', field 'deduct': must be a number, not 'abc'"
    assert amount.error.isVisible() and editor.tree.is_marked(editor.selected)
    assert "t-agent.yaml:" in editor.error_bar.text()       # file and line, for the YAML tab
    assert not editor.save_button.isEnabled()
    retype(qtbot, amount, "-3")
    assert amount.error.text() == "item 'item', field 'deduct': must not be negative (-3)"
    retype(qtbot, amount, "3")
    assert amount.error.text() == "" and not amount.error.isVisible()
    # Now the sum: 60 + 40 + 20 is not the base. The message points at the rubric itself.
    assert editor.tree.is_marked(())
    assert "section points sum to 120, not the base 100" in editor.error_bar.text()
    editor.choose((), select=True)
    retype(qtbot, editor.form.field("base"), "120")
    assert editor.checked.ok and editor.save_button.isEnabled()
    assert not editor.error_bar.isVisible() and not editor.tree.is_marked(())

    # Undo (Ctrl+Z, the focus still in the base box: the editor's undo, not the box's) takes
    # the typed base back in one step; redo brings it again.
    qtbot.keyClick(editor.form.field("base").edit, Qt.Key_Z, Qt.ControlModifier)
    assert editor.form.field("base").edit.text() == "100"
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor.form.field("base").edit, Qt.Key_Z,
                   Qt.ControlModifier | Qt.ShiftModifier)
    assert editor.form.field("base").edit.text() == "120" and editor.save_button.isEnabled()

    # The preview: the new section starts full; nothing entered for the exam (counted 0):
    # 60 + 0 + 20 = 80; one 串岗 ticked → 77; an exam of 80 → 40 × 80 / 100 = 32 → 109.
    editor.preview.flush()
    assert editor.preview.total.text() == "80.00 / 120.00"
    qtbot.mouseClick(editor.preview.rows["item"].plus, Qt.LeftButton)
    assert editor.preview.total.text() == "77.00 / 120.00"
    exam = editor.preview.rows["exam"].inputs["value"]
    qtbot.keyClicks(exam, "80")
    qtbot.keyClick(exam, Qt.Key_Return)
    assert editor.preview.total.text() == "109.00 / 120.00"
    assert count(db, "rubric_versions", "rubric_id = 't-agent'") == 1   # nothing stored yet

    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    dialog = editor.save_dialog
    assert dialog.from_period.period.key == PERIOD          # the period shown, by default
    dialog.from_period.setFocus()
    qtbot.keyClick(dialog.from_period, Qt.Key_Down)         # the next period: 2026-12
    assert dialog.from_period.period.key == "2026-12"
    assert "From 2026-12, version 2 applies to: post 坐席." in dialog.banner.text()
    assert "Forms already made keep the version" in dialog.banner.text()
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    row = db.execute("SELECT id, version, builtin, text FROM rubric_versions WHERE rubric_id = "
                     "'t-agent' ORDER BY version DESC").fetchone()
    new_version, number, builtin, text = row
    assert number == 2 and builtin == 0
    assert "name: 服务纪律" in text and "points: 20" in text and "deduct: 3" in text
    assert "base: 120" in text and "version: 2" in text
    assert rubrics_for_employee(db, office.a1, "2026-12")[0][0] == new_version
    assert rubrics_for_employee(db, office.a1, "2026-11")[0][0] == office.agent_version
    assert db.execute("SELECT rubric_version_id FROM assessments WHERE id = ?",
                      (november_form,)).fetchone()[0] == office.agent_version
    # The banner names who moves, from which version; the editor now edits version 2.
    banner = editor.banner.text()
    assert banner.startswith("Version 2 is saved and in use from 2026-12.")
    for person in ("A1 张三 (一班, from version 1)", "A2 李四 (一班, from version 1)",
                   "B1 王五 (二班, from version 1)"):
        assert person in banner
    assert "Forms already made keep the version they were scored with." in banner
    assert editor.latest_version == 2 and not editor.save_button.isEnabled()


def test_each_kind_shows_only_its_own_fields(qtbot, office, hr_session):
    editor = open_editor(qtbot, hr_session)
    editor.choose(("sections", 0, "items", 0), select=True)       # late: deduct 2, severe ×2
    form = editor.form
    assert form.field("severe_x").edit.text() == "2" and form.field("points") is None
    choose_kind(qtbot, form, "rating")
    form = editor.form
    assert form.field("severe_x") is None and form.field("deduct") is None
    assert form.field("rating", "max").edit.text() == "5"
    assert form.field("points").edit.text() == "0" and form.field("ratio") is not None
    assert "deduct" not in editor.data["sections"][0]["items"][0]
    assert "severe_x" not in editor.data["sections"][0]["items"][0]
    choose_kind(qtbot, form, "bands")
    form = editor.form
    assert form.field("bands", "table") is not None and form.field("scale") is not None
    assert form.field("rating", "max") is None
    # Lower is better turns the table's `min` rows into `max` rows.
    box = form.field("bands", "lower_better").check
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(6, box.height() // 2))   # on its box
    assert editor.data["sections"][0]["items"][0]["bands"] == {
        "table": [{"max": 0, "score": 0}], "lower_better": True}
    # Undo: the table's direction, then the kind (the kinds passed on the way are one step).
    qtbot.mouseClick(editor.undo_button, Qt.LeftButton)
    assert editor.data["sections"][0]["items"][0]["bands"] == {
        "table": [{"min": 0, "score": 0}]}
    qtbot.mouseClick(editor.undo_button, Qt.LeftButton)
    assert editor.data["sections"][0]["items"][0] == {
        "id": "late", "name": "迟到", "name_en": "Late", "deduct": 2, "severe_x": 2}
    assert not editor.undo_button.isEnabled()
    assert editor.form.field("severe_x") is not None


def test_keyboard_adds_moves_and_removes_and_a_band_error_selects_its_row(
        qtbot, office, hr_session):
    editor = open_editor(qtbot, hr_session)
    editor.choose(("sections", 1, "items", 0), select=True)       # exam
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key_N, Qt.ControlModifier)
    assert editor.selected == ("sections", 1, "items", 1)
    assert editor.data["sections"][1]["items"][1]["id"] == "item"
    qtbot.keyClick(editor.tree, Qt.Key_Up, Qt.AltModifier)
    assert [i["id"] for i in editor.data["sections"][1]["items"]] == ["item", "exam"]
    qtbot.keyClick(editor.tree, Qt.Key_Delete, Qt.ControlModifier)
    assert [i["id"] for i in editor.data["sections"][1]["items"]] == ["exam"]
    assert editor.checked.ok
    # A band row out of order: the message under the table, its row selected.
    choose_kind(qtbot, editor.form, "bands")
    table = editor.form.field("bands", "table")
    qtbot.mouseClick(table.add_button, Qt.LeftButton)
    assert "bands out of order: min 0 after 0" in table.error.text()
    assert table.table.currentRow() == 1


def test_a_lead_cannot_save_what_the_editor_would_store(qtbot, office):
    """The store refuses a lead's save even if an editor were open to her."""
    session = Session(office.db, user=signed_in(office, "lead"))
    session.show_period(parse_period(PERIOD))
    editor = open_editor(qtbot, session)
    editor.choose(("sections", 0, "items", 0), select=True)
    retype(qtbot, editor.form.field("deduct"), "4")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    dialog = editor.save_dialog
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert dialog.error.text().startswith("Your role does not allow this: nothing was saved")
    assert count(office.db, "rubric_versions", "rubric_id = 't-agent'") == 1
    assert count(office.db, "rubric_assignments") == 0
