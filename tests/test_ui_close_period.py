"""The close dialog (ui/close_period_dialog.py), as the Results tab opens it with
`open_close_dialog(session, team_id, period, parent)`: why a period cannot be closed yet, the
reviewer's PIN and drawn signature, "Save signed PDF…", "Reopen…" with a reason, and a lead who
may not close. On the office of tests/results_fixtures.py (二班 closable, 一班 not)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.people import access
from models.results import closing
from reports.pdf_sign import verify_pdf
from tests.forms_fixtures import PINS, STROKES
from tests.results_fixtures import PERIOD, make_results_office
from ui.close_period_dialog import open_close_dialog
from ui.session import Session


@pytest.fixture
def results_office(store, monkeypatch):
    return make_results_office(store, monkeypatch)


@pytest.fixture
def messages(monkeypatch):
    seen = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, k=kind: seen.append((k, text)))
    return seen


def dialog_for(qtbot, office, team_id, user_id):
    parent = QWidget()
    qtbot.addWidget(parent)
    session = Session(office.db, user=access.signed_in_user(office.db, user_id), language="zh")
    changes = []
    session.changes.changed.connect(changes.append)
    dialog = open_close_dialog(session, team_id, PERIOD, parent)
    dialog.changes, dialog.test_parent = changes, parent     # the parent lives with it
    return dialog


def sign(dialog, pin):
    dialog.pad.strokes = [list(map(tuple, s)) for s in STROKES]
    dialog.pin.setText(pin)


def test_a_period_that_cannot_be_closed_says_why(qtbot, results_office):
    dialog = dialog_for(qtbot, results_office, results_office.team_a, results_office.reviewer)
    assert dialog.isVisible()
    assert "A4 王四 (draft)" in dialog.blockers.text()
    assert not dialog.signing.isEnabled() and not dialog.save_button.isEnabled()
    assert not dialog.reopen_button.isEnabled()


def test_close_save_the_signed_pdf_and_reopen(qtbot, results_office, tmp_path, messages):
    office = results_office
    dialog = dialog_for(qtbot, office, office.team_b, office.reviewer)
    assert dialog.signing.isEnabled() and dialog.user.currentText() == "王主任"
    qtbot.mouseClick(dialog.close_period_button, Qt.LeftButton)      # nothing drawn
    assert "sign" in dialog.message.text().lower() or "签" in dialog.message.text()
    sign(dialog, "000000")                                           # a wrong PIN
    qtbot.mouseClick(dialog.close_period_button, Qt.LeftButton)
    assert "PIN" in dialog.message.text() and closing.closing_of(office.db, office.team_b,
                                                                  PERIOD) is None
    sign(dialog, PINS["reviewer"])
    qtbot.mouseClick(dialog.close_period_button, Qt.LeftButton)
    row = closing.closing_of(office.db, office.team_b, PERIOD)
    assert row["closed"] and row["closed_by"] == "王主任" and row["pin_verified"]
    assert dialog.changes and "forms" in dialog.changes[-1]
    assert "王主任" in dialog.status.text() and row["sha256"][:16] in dialog.status.text()
    assert not dialog.signing.isVisible() and dialog.save_button.isEnabled()

    target = tmp_path / "summary"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: dialog.export.done_box is not None or bool(messages),
                    timeout=60000)
    assert not messages, messages
    saved = tmp_path / "summary.pdf"
    found = verify_pdf(saved, org_dir=tmp_path / "signing")
    assert found.ok and found.closing[:2] == (row["id"], 1)
    dialog.export.done_box.close()

    qtbot.mouseClick(dialog.reopen_button, Qt.LeftButton)            # no reason
    assert closing.closing_of(office.db, office.team_b, PERIOD)["closed"]
    dialog.reason.setText("复核发现录入错误")
    qtbot.mouseClick(dialog.reopen_button, Qt.LeftButton)
    latest = closing.closing_of(office.db, office.team_b, PERIOD)
    assert not latest["closed"] and latest["reason"] == "复核发现录入错误"
    assert "复核发现录入错误" in dialog.status.text()
    assert dialog.signing.isEnabled() and not dialog.save_button.isEnabled()


def test_a_lead_may_not_close(qtbot, results_office):
    office = results_office
    dialog = dialog_for(qtbot, office, office.team_b, office.lead_user)
    assert not dialog.signing.isEnabled()
    assert dialog.message.text()


def test_why_it_cannot_be_closed_is_said_in_chinese(qtbot, qapp, results_office):
    from PySide6.QtCore import QCoreApplication

    from ui.app import install_translator

    translator = install_translator(qapp, "zh")
    try:
        dialog = dialog_for(qtbot, results_office, results_office.team_a,
                            results_office.reviewer)
        text = dialog.blockers.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "尚未锁定的考核表：" in text and "A4 王四 (草稿)" in text
    assert "forms not locked" not in text and "(draft)" not in text
