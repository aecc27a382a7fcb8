"""Forms in the app: create a team's forms, sign them through every state, preview and batch."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from models.work.periods import parse_period
from tests.forms_fixtures import PINS, STROKES, count, form_of
from tests.ui_store import correct
from ui import sign_dialog
from ui.form_dialog import FormDialog
from ui.forms_panel import FormsPanel
from ui.session import Session


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded instead of waiting for a click."""
    seen = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, k=kind: seen.append((k, text)))
    return seen


def signer(monkeypatch, *, user=None, pin=None, reason=None, accept=True):
    """The next SignDialog is filled in and accepted as a person would."""
    def exec_(dialog):
        if dialog.user is not None:
            dialog.user.setCurrentIndex(dialog.user.findText(user))
            dialog.pin.setText(pin)
        if dialog.reason is not None:
            dialog.reason.setText(reason)
        if dialog.pad is not None:
            dialog.pad.strokes = [list(map(tuple, s)) for s in STROKES]
        return QDialog.Accepted if accept else QDialog.Rejected
    monkeypatch.setattr(sign_dialog.SignDialog, "exec", exec_)


def panel_for(qtbot, office):
    panel = FormsPanel(Session(office.db))
    qtbot.addWidget(panel)
    panel.show()            # the forms are read when the tab shows
    panel.set_period(parse_period("2026-11"))
    panel.team.setCurrentIndex(panel.team.findText("一班"))
    return panel


def test_create_forms_for_a_team_in_one_action(qtbot, office):
    panel = panel_for(qtbot, office)
    assert panel.table.rowCount() == 0
    qtbot.mouseClick(panel.create, Qt.LeftButton)
    assert count(office.db, "assessments") == 3          # A1, A2 and their lead
    assert [panel.table.item(r, 0).text() for r in range(3)] == ["A1", "A2", "LA"]
    qtbot.mouseClick(panel.create, Qt.LeftButton)        # idempotent
    assert count(office.db, "assessments") == 3


def test_a_form_walks_through_every_state(qtbot, office, monkeypatch, messages):
    panel = panel_for(qtbot, office)
    panel.create_forms()
    dialog = FormDialog(panel.session, form_of(office.db, office.a1), parent=panel)
    qtbot.addWidget(dialog)
    # 服务规范 60 (nothing deducted) + exam 80 × 40 / 100 = 92
    assert dialog.total.text().startswith("92.00 / 100.00")
    assert dialog.actions["submit"].isEnabled()
    assert not dialog.actions["review"].isEnabled()

    signer(monkeypatch, user="李班长", pin="0000")                  # a wrong PIN
    qtbot.mouseClick(dialog.actions["submit"], Qt.LeftButton)
    assert messages and "PIN" in messages[-1][1]
    assert dialog.view.form["state"] == "draft" and count(office.db, "signatures") == 0

    signer(monkeypatch, user="李班长", pin=PINS["lead"])
    qtbot.mouseClick(dialog.actions["submit"], Qt.LeftButton)
    assert dialog.view.form["state"] == "submitted"
    assert dialog.actions["acknowledge"].isEnabled() and not dialog.actions["submit"].isEnabled()

    signer(monkeypatch)
    qtbot.mouseClick(dialog.actions["acknowledge"], Qt.LeftButton)
    assert dialog.view.form["state"] == "acknowledged"

    signer(monkeypatch, user="王主任", pin=PINS["reviewer"])
    qtbot.mouseClick(dialog.actions["review"], Qt.LeftButton)
    assert dialog.view.form["state"] == "reviewed"

    signer(monkeypatch, user="王主任", pin=PINS["reviewer"])
    qtbot.mouseClick(dialog.actions["lock"], Qt.LeftButton)
    assert dialog.view.form["state"] == "locked"
    roles = office.db.execute("SELECT role, signer_name, pin_verified FROM signatures "
                              "ORDER BY id").fetchall()
    assert roles == [("appraiser", "李班长", 1), ("employee", "张三", 0),
                     ("reviewer", "王主任", 1)]
    assert "李班长" in dialog.signatures.text() and "王主任" in dialog.signatures.text()

    correct(qtbot, dialog, "考试成绩录错")                           # a correction
    assert dialog.view.form["revision"] == 2 and dialog.view.form["state"] == "draft"
    assert count(office.db, "assessments", "employee_id = ?", (office.a1,)) == 2


def test_dispute_needs_a_reason_and_shows_it(qtbot, office, monkeypatch, messages):
    panel = panel_for(qtbot, office)
    panel.create_forms()
    dialog = FormDialog(panel.session, form_of(office.db, office.a2), parent=panel)
    qtbot.addWidget(dialog)
    signer(monkeypatch, user="李班长", pin=PINS["lead"])
    qtbot.mouseClick(dialog.actions["submit"], Qt.LeftButton)
    signer(monkeypatch, reason="考试成绩录错了")
    qtbot.mouseClick(dialog.actions["dispute"], Qt.LeftButton)
    assert dialog.view.form["state"] == "disputed"
    assert "考试成绩录错了" in dialog.signatures.text()


def test_the_employee_signs_the_signed_in_user_operates_and_a_reviewer_cannot_revise(
        qtbot, led_office, monkeypatch, messages):
    from models import audit, forms
    from models.people import access
    from tests.forms_fixtures import sign_through

    db = led_office.db
    forms.create_forms(db, team_id=led_office.team_a, period="2026-11", by="test")
    form_id = form_of(db, led_office.a1)
    sign_through(db, form_id, led_office, until="submitted")
    lead = Session(db, user=access.signed_in_user(db, led_office.lead_user))
    dialog = FormDialog(lead, form_id)
    qtbot.addWidget(dialog)
    signer(monkeypatch)
    qtbot.mouseClick(dialog.actions["acknowledge"], Qt.LeftButton)
    event = audit.events_for(db, entity="assessment", entity_id=form_id)[-1]
    assert (event["action"], event["actor"], event["after"]["employee"]) == (
        "acknowledged", "李班长", "张三")

    forms.review(db, form_id, user_id=led_office.reviewer, pin=PINS["reviewer"],
                 strokes=STROKES, by="test")
    reviewer = Session(db, user=access.signed_in_user(db, led_office.reviewer))
    dialog = FormDialog(reviewer, form_id)
    qtbot.addWidget(dialog)
    # The button is not offered (the store refuses any other path: tests/test_role_rules.py).
    assert not dialog.actions["revise"].isEnabled()
    qtbot.mouseClick(dialog.actions["revise"], Qt.LeftButton)
    assert count(db, "assessments", "employee_id = ?", (led_office.a1,)) == 1


def test_lead_form_is_blocked_until_team_figures_are_evaluated(qtbot, office):
    panel = panel_for(qtbot, office)
    panel.create_forms()
    dialog = FormDialog(panel.session, form_of(office.db, office.lead_a), parent=panel)
    qtbot.addWidget(dialog)
    if dialog.view.blockers:
        assert not dialog.actions["submit"].isEnabled()
        assert dialog.blockers.isVisible() or dialog.blockers.text()
        qtbot.mouseClick(dialog.actions["reevaluate"], Qt.LeftButton)
    assert dialog.view.blockers == []
    # 70 × mean(92, 96) / 100 + rank 1 → 30 = 65.8 + 30 = 95.8
    assert dialog.total.text().startswith("95.80")


def test_pdf_preview_and_batch(qtbot, office, tmp_path, monkeypatch, messages):
    panel = panel_for(qtbot, office)
    panel.create_forms()
    dialog = FormDialog(panel.session, form_of(office.db, office.a1), parent=panel)
    qtbot.addWidget(dialog)
    from ui import pdf_preview
    shown = []
    monkeypatch.setattr(pdf_preview.PdfPreview, "show", lambda self: shown.append(self))
    qtbot.mouseClick(dialog.actions["pdf"], Qt.LeftButton)
    assert shown and shown[0].page_count() >= 1
    panel.print_batch(out_dir=str(tmp_path))
    qtbot.waitUntil(lambda: panel.export.done_box is not None or bool(messages),
                    timeout=60000)                                 # the box that ends the batch
    assert not messages, messages
    assert len(list(tmp_path.glob("*.pdf"))) == 3


@pytest.mark.slow
def test_printing_goes_through_a_qprinter(qtbot, office, tmp_path):
    """The path the system print dialog takes, with a PDF printer as the printer."""
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from models import forms
    from reports.pdf_form import render_form
    from ui.pdf_preview import print_pdf

    panel = panel_for(qtbot, office)
    panel.create_forms()
    source = tmp_path / "form.pdf"
    render_form(forms.document(office.db, form_of(office.db, office.a1)), source)
    document = QPdfDocument()
    document.load(str(source))
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    print_pdf(document, printer)
    again = QPdfDocument()
    again.load(str(printed))
    assert again.pageCount() == document.pageCount() >= 1
