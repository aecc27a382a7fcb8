"""The rubric import dialog and the rubric export (ui/rubric_import_dialog.py,
ui/rubric_export.py), used as HR uses them: choose a file, read the preview, press Save."""

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models.people import access
from models.rubrics.tables import export_rubric, preview_rubric_file
from tests.ui_store import count
from ui.changes import RUBRICS
from ui.rubric_export import export_rubric_file
from ui.rubric_import_dialog import ERROR_COLOUR, RubricImportDialog
from ui.session import Session

TABLES = Path(__file__).resolve().parent / "samples" / "tables"


def hr_session(office):
    return Session(office.db, user=access.signed_in_user(office.db, office.hr), language="en")


def open_dialog(qtbot, session, monkeypatch, path):
    """The dialog, and the file chosen through its Choose file… button."""
    dialog = RubricImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "Rubric templates (*.xlsx *.csv)"))
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
    return dialog


def outline(dialog):
    tree = dialog.outline
    return [(tree.topLevelItem(i).text(0), [tree.topLevelItem(i).child(j).text(1)
                                            for j in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())]


def versions(db, rubric_id):
    return [row[0] for row in db.execute("SELECT version FROM rubric_versions WHERE "
                                         "rubric_id = ? ORDER BY version", (rubric_id,))]


def test_a_seed_table_previews_and_saves_as_a_new_rubric(qtbot, office, monkeypatch):
    dialog = open_dialog(qtbot, hr_session(office), monkeypatch,
                         TABLES / "ob-satisfaction-table.xlsx")
    assert outline(dialog) == [("满意度评价成绩", ["s1-1"]),
                               ("满意度评价(OB质检考核表)", ["s2-1", "s2-2"])]
    rule = dialog.outline.topLevelItem(1).child(1).text(3)
    assert rule == "每次扣分: 3分/个"                           # the rule as typed in the file
    assert dialog.problems.isHidden()
    assert "It will be saved as version 1." in dialog.status.text()
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.session.changes.changed) as heard:
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert heard.args == [frozenset({RUBRICS})]
    assert versions(office.db, "ob-satisfaction-table") == [1]
    assert dialog.status.text() == "Saved “2011年OB满意度考核方案” as version 1."
    assert not dialog.save_button.isEnabled()
    who = office.db.execute("SELECT actor FROM audit_events WHERE entity = 'rubric_version' "
                            "ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert who == "孙人事"


def test_an_edited_export_of_a_stored_rubric_becomes_its_next_version(qtbot, office,
                                                                      monkeypatch, tmp_path):
    session = hr_session(office)
    stored = office.db.execute("SELECT text FROM rubric_versions WHERE rubric_id = "
                               "'cs-service-norms'").fetchone()[0]
    same = export_rubric(stored, tmp_path / "norms.xlsx")
    dialog = open_dialog(qtbot, session, monkeypatch, same)
    assert "already holds this rubric as version 1, unchanged: nothing to save" in \
        dialog.status.text()
    assert not dialog.save_button.isEnabled()

    book = openpyxl.load_workbook(same)               # HR raises one clause from 10 to 12
    sheet = book["评分标准 Items"]
    header = [c.value for c in sheet[1]]
    column = header.index("每次扣分 Deduct each") + 1
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, header.index("编号 ID") + 1).value == "command-tone")
    sheet.cell(row, column).value = 12
    book.save(tmp_path / "norms-v2.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "norms-v2.xlsx"), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.LeftButton)
    assert ("The store has this rubric up to version 1: it will be saved as version 2."
            in dialog.status.text())
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    assert versions(office.db, "cs-service-norms") == [1, 2]
    text = office.db.execute("SELECT text FROM rubric_versions WHERE rubric_id = "
                             "'cs-service-norms' AND version = 2").fetchone()[0]
    assert "version: 2" in text and "deduct: 12" in text


def test_a_file_with_problems_lists_them_and_saves_nothing(qtbot, office, monkeypatch,
                                                           tmp_path):
    bad = tmp_path / "bad.csv"
    text = (TABLES / "cs-operation-table.csv").read_text(encoding="utf-8-sig")
    bad.write_text(text.replace("基准分,100", "基准分,90").replace("每月进行一次评估\n反应",
                                                                "每月进行一次评估\n反应速度,x,,,,\n反应"),
                   encoding="utf-8-sig")
    before = count(office.db, "rubric_versions")
    dialog = open_dialog(qtbot, hr_session(office), monkeypatch, bad)
    rows = [[dialog.problems.item(r, c).text() for c in range(4)]
            for r in range(dialog.problems.rowCount())]
    assert rows == [["评分标准", "15", "权重", "“x” is not a number"]]
    assert dialog.problems.item(0, 3).foreground().color() == ERROR_COLOUR
    assert "1 problem(s) in the file" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)            # disabled: nothing happens
    dialog.save()                                                  # refused as well
    assert count(office.db, "rubric_versions") == before


def test_a_shift_lead_sees_the_preview_but_cannot_save(qtbot, office, monkeypatch):
    session = Session(office.db, user=access.signed_in_user(office.db, office.lead_user),
                      language="en")
    dialog = open_dialog(qtbot, session, monkeypatch, TABLES / "cs-operation-table.csv")
    assert outline(dialog)[0] == ("专业性和知识水平", ["s1-1"])
    assert "Only the HR admin may save rubrics." in dialog.status.text()
    assert not dialog.save_button.isEnabled()


def test_the_empty_template_is_saved_where_hr_says(qtbot, office, monkeypatch, tmp_path):
    dialog = RubricImportDialog(hr_session(office))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "我们的标准"), "Excel workbook (*.xlsx)"))
    qtbot.mouseClick(dialog.template_button, Qt.LeftButton)
    assert preview_rubric_file(tmp_path / "我们的标准.xlsx").valid
    assert "我们的标准.xlsx" in dialog.status.text()


def test_export_writes_the_chosen_kind_and_says_where(qtbot, office, monkeypatch, tmp_path,
                                                      messages):
    version_id = office.db.execute("SELECT id FROM rubric_versions WHERE rubric_id = "
                                   "'cs-service-norms'").fetchone()[0]
    asked = []

    def choose(parent, title, suggested, filters):
        asked.append(Path(suggested).name)
        return str(tmp_path / "规范"), "CSV file (*.csv)"        # no suffix typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    written = export_rubric_file(None, hr_session(office), version_id)
    assert asked == ["cs-service-norms-v1.xlsx"]
    assert written == tmp_path / "规范.csv"
    assert preview_rubric_file(written).data["id"] == "cs-service-norms"
    assert messages == [("information", "“客服中心服务规范考核条例及评分标准” version 1 is saved "
                                        f"at {written}.")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert export_rubric_file(None, hr_session(office), version_id) is None
