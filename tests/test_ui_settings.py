"""The settings dialog: values persist in the store; the demo data goes in one confirmed step."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models.database import demo
from models.work import settings
from tests.ui_store import count
from ui.changes import EMPLOYEES
from ui.session import Session
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, db):
    widget = SettingsDialog(Session(db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)


def test_defaults_are_shown(dialog):
    assert dialog.language.currentData() == ""
    assert dialog.period_kind.currentData() == "month"
    assert dialog.start_day.value() == 1
    assert dialog.remove_demo_button.isEnabled()


def test_language_and_the_rest_persist(qtbot, db, dialog):
    choose(dialog.language, "en")
    qtbot.keyClicks(dialog.inspector, "Wang Li")
    choose(dialog.period_kind, "quarter")
    dialog.start_day.setValue(26)
    assert "Q" in dialog.period_example.text()
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        click_ok(qtbot, dialog)
    assert blocker.args == ["en"]
    assert not dialog.isVisible()
    assert settings.get(db, "language") == "en"
    assert settings.get(db, "inspector_name") == "Wang Li"
    assert settings.get(db, "period_kind") == "quarter"
    assert settings.get(db, "period_start_day") == 26
    again = SettingsDialog(Session(db))
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    assert again.inspector.text() == "Wang Li"
    assert (again.period_kind.currentData(), again.start_day.value()) == ("quarter", 26)


def test_chinese_then_system_language(qtbot, db, dialog):
    choose(dialog.language, "zh")
    click_ok(qtbot, dialog)
    assert settings.get(db, "language") == "zh"
    again = SettingsDialog(Session(db))
    qtbot.addWidget(again)
    again.show()
    choose(again.language, "")
    click_ok(qtbot, again)
    assert settings.get(db, "language") == ""


def test_cancel_saves_nothing(qtbot, db, dialog):
    choose(dialog.language, "en")
    with qtbot.assertNotEmitted(dialog.language_changed):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
    assert settings.get(db, "language") == ""


def test_unchanged_language_is_not_announced(qtbot, dialog):
    with qtbot.assertNotEmitted(dialog.language_changed):
        click_ok(qtbot, dialog)


def test_remove_demo_removes_demo_rows(qtbot, db, dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert count(db, "employees", "demo = 1") == 6
    assert count(db, "incidents") > 0
    with qtbot.waitSignal(dialog.session.changes.changed,
                          check_params_cb=lambda kinds: EMPLOYEES in kinds):
        qtbot.mouseClick(dialog.remove_demo_button, Qt.LeftButton)
    assert not demo.has_demo(db)
    assert count(db, "employees", "demo = 1") == 0
    assert count(db, "teams", "demo = 1") == 0
    # its earlier periods are signed: their people stay, inactive (nothing signed is deleted)
    assert count(db, "employees", "active = 1") == count(db, "teams", "active = 1") == 0
    assert not dialog.remove_demo_button.isEnabled()
    again = SettingsDialog(Session(db))
    qtbot.addWidget(again)
    assert not again.remove_demo_button.isEnabled()


def test_remove_demo_keeps_everything_without_a_yes(qtbot, db, dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    qtbot.mouseClick(dialog.remove_demo_button, Qt.LeftButton)
    assert demo.has_demo(db)
    assert count(db, "employees", "demo = 1") == 6
    assert dialog.remove_demo_button.isEnabled()
