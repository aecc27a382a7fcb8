"""A dispute in the form dialog and on paper, the reviewer's answer before the review, and a
correction that asks why and what it does (issue 11, findings 3 and 6). The real buttons are
clicked and the real fields typed into; only the signing dialog's exec (the drawn signature)
and message boxes are stood in for, as in tests/test_ui_forms.py."""

import pytest
from PySide6.QtCore import QPoint, Qt

from models import audit, forms
from models.people import access
from reports.pdf_form import render_form
from tests.form_samples import pdf_text
from tests.forms_fixtures import PINS, count, form_of, sign_through
from tests.test_ui_forms import signer
from tests.ui_store import correct, type_into
from ui.form_dialog import FormDialog
from ui.session import Session

REASON = "Exam score was 85, not 80"
ANSWER = "the exam sheet says 85"


def squash(text):
    return "".join(text.split())


def printed(db, form_id, path, language="zh"):
    """The form as the PDF preview and the signed PDF print it."""
    render_form(forms.document(db, form_id), path, language=language)
    return squash(pdf_text(path))


@pytest.fixture
def disputed(qtbot, office, monkeypatch, messages):
    """张三's form in its dialog, signed by the appraiser and disputed by 张三 (with her
    signature drawn on the pad), through the dialog's own buttons."""
    forms.create_forms(office.db, team_id=office.team_a, period="2026-11", by="test")
    dialog = FormDialog(Session(office.db), form_of(office.db, office.a1))
    qtbot.addWidget(dialog)
    dialog.show()
    signer(monkeypatch, user="李班长", pin=PINS["lead"])
    qtbot.mouseClick(dialog.actions["submit"], Qt.LeftButton)
    signer(monkeypatch, reason=REASON)
    qtbot.mouseClick(dialog.actions["dispute"], Qt.LeftButton)
    assert dialog.view.form["state"] == "disputed" and not messages
    return dialog


def choose(qtbot, radio):
    """Click a radio button on its round mark (its centre may lie past its text)."""
    qtbot.mouseClick(radio, Qt.LeftButton, pos=QPoint(6, radio.height() // 2))
    assert radio.isChecked()


def answer(qtbot, dialog, *, choice, text, user, pin):
    """Click "Answer dispute…" and fill in the dialog it opens; press Answer."""
    qtbot.mouseClick(dialog.actions["answer"], Qt.LeftButton)
    box = dialog.answer_dialog
    assert box is not None and box.isVisible()
    if choice:
        choose(qtbot, box.buttons[choice])
    if text:
        type_into(qtbot, box.text, text)
    box.user.setCurrentIndex(box.user.findText(user))
    if pin:
        qtbot.keyClicks(box.pin, pin)
    qtbot.mouseClick(box.ok_button, Qt.LeftButton)
    return box


def test_a_disputed_form_shows_and_prints_the_dispute_not_an_agreement(
        qtbot, office, disputed, tmp_path):
    dialog, db = disputed, office.db
    shown = dialog.signatures.text()
    assert f"Employee: DISPUTED on {dialog.view.form['disputed_at'][:10]}: {REASON}" in shown
    assert "Employee: 张三" not in shown         # her signature is not shown as agreement
    assert "the dispute is not answered yet" in shown
    assert "answers the dispute" in dialog.hint.text() and dialog.hint.isVisible()
    # she drew a signature on the pad for her dispute: it is kept, and never printed as hers
    assert count(db, "signatures", "role = 'employee'") == 1

    flat = printed(db, dialog.form_id, tmp_path / "disputed.pdf")
    assert "被考核人(有异议,未同意)" in flat
    assert squash(f"不同意本表: {REASON}") in flat
    assert "异议人:张三(已签字提出异议)" in flat and "异议日期:" in flat
    assert "签字:张三" not in flat
    assert "复核答复:尚未答复" in flat


def test_review_waits_for_the_answer_and_the_answer_prints(
        qtbot, office, disputed, monkeypatch, messages, tmp_path):
    dialog, db = disputed, office.db
    review = dialog.actions["review"]
    assert not review.isEnabled()
    assert "Answer the dispute first" in review.toolTip()
    assert dialog.actions["answer"].isEnabled()

    box = answer(qtbot, dialog, choice=None, text="", user="王主任", pin="")
    assert box.isVisible() and "Choose the answer" in box.message.text()
    choose(qtbot, box.buttons["partly_upheld"])
    qtbot.mouseClick(box.ok_button, Qt.LeftButton)
    assert box.isVisible() and "reasons" in box.message.text()
    qtbot.mouseClick(box.cancel_button, Qt.LeftButton)
    assert forms.get_form(db, dialog.form_id)["dispute_answer"] is None

    answer(qtbot, dialog, choice="partly_upheld", text=ANSWER, user="王主任", pin="000000")
    assert messages and "wrong PIN" in messages[-1][1]
    assert forms.get_form(db, dialog.form_id)["dispute_answer"] is None
    assert not dialog.actions["review"].isEnabled()

    answer(qtbot, dialog, choice="partly_upheld", text=ANSWER, user="王主任",
           pin=PINS["reviewer"])
    form = forms.get_form(db, dialog.form_id)
    assert (form["state"], form["dispute_answer"], form["dispute_answer_text"],
            form["dispute_answered_by"]) == ("disputed", "partly_upheld", ANSWER, "王主任")
    event = audit.events_for(db, entity="assessment", entity_id=dialog.form_id)[-1]
    assert (event["action"], event["actor"]) == ("answer_dispute", "王主任")
    assert dialog.actions["review"].isEnabled() and not dialog.actions["answer"].isEnabled()
    assert "dispute partly upheld — " + ANSWER in dialog.signatures.text()

    signer(monkeypatch, user="王主任", pin=PINS["reviewer"])
    qtbot.mouseClick(dialog.actions["review"], Qt.LeftButton)
    assert dialog.view.form["state"] == "reviewed"
    # a dispute upheld in part: the correction is the suggested next step
    assert dialog.actions["revise"].isDefault() and dialog.actions["revise"].isEnabled()
    assert "correct the form" in dialog.hint.text()

    day = form["dispute_answered_at"][:10]
    flat = printed(db, dialog.form_id, tmp_path / "answered.pdf")
    assert squash(f"复核答复 (王主任, {day}): 异议部分成立 — {ANSWER}") in flat
    assert "签字:张三" not in flat and squash(f"不同意本表: {REASON}") in flat
    flat = printed(db, dialog.form_id, tmp_path / "answered-en.pdf", language="en")
    assert squash(f"Reviewer's answer (王主任, {day}): Dispute partly upheld — {ANSWER}") in flat


def test_only_a_reviewer_or_hr_answers(qtbot, led_office, monkeypatch, messages):
    db = led_office.db
    forms.create_forms(db, team_id=led_office.team_a, period="2026-11", by="test")
    form_id = form_of(db, led_office.a1)
    sign_through(db, form_id, led_office, until="submitted")
    forms.dispute(db, form_id, name="张三", reason=REASON, by="李班长")
    lead = FormDialog(Session(db, user=access.signed_in_user(db, led_office.lead_user)),
                      form_id)
    qtbot.addWidget(lead)
    assert not lead.actions["answer"].isEnabled()
    assert "reviewer or the HR admin" in lead.actions["answer"].toolTip()
    hr = FormDialog(Session(db, user=access.signed_in_user(db, led_office.hr)), form_id)
    qtbot.addWidget(hr)
    hr.show()
    assert hr.actions["answer"].isEnabled()
    box = answer(qtbot, hr, choice="rejected", text="打卡记录无误", user="孙人事",
                 pin=PINS["hr"])
    assert not box.isVisible() and not messages
    assert forms.get_form(db, form_id)["dispute_answer"] == "rejected"
    # only reviewers and HR are offered to answer
    assert sorted(box.user.itemText(i) for i in range(box.user.count())) == ["孙人事", "王主任"]


def test_correct_asks_why_says_what_happens_and_cancel_makes_nothing(
        qtbot, office, messages, tmp_path):
    db = office.db
    forms.create_forms(db, team_id=office.team_a, period="2026-11", by="test")
    form_id = form_of(db, office.a1)
    sign_through(db, form_id, office)
    dialog = FormDialog(Session(db), form_id)
    qtbot.addWidget(dialog)
    dialog.show()
    events = count(db, "audit_events")

    qtbot.mouseClick(dialog.actions["revise"], Qt.LeftButton)     # one click makes nothing…
    assert count(db, "assessments", "employee_id = ?", (office.a1,)) == 1
    box = dialog.correction                                       # …but asks
    assert box.isVisible()
    qtbot.mouseClick(box.cancel_button, Qt.LeftButton)
    assert not box.isVisible()
    assert count(db, "assessments", "employee_id = ?", (office.a1,)) == 1
    assert count(db, "audit_events") == events and dialog.form_id == form_id

    box = correct(qtbot, dialog, "")                         # confirmed without a reason
    assert box.isVisible() and "reason" in box.message.text()
    words = " ".join(label.text() for label in box.findChildren(type(box.message)))
    assert "revision 2" in words and "new draft" in words and "kept exactly" in words
    assert count(db, "assessments", "employee_id = ?", (office.a1,)) == 1
    qtbot.mouseClick(box.cancel_button, Qt.LeftButton)
    assert count(db, "audit_events") == events and not messages

    reason = "考试成绩录错"
    correct(qtbot, dialog, reason)
    assert count(db, "assessments", "employee_id = ?", (office.a1,)) == 2
    revision = dialog.form_id
    row = forms.get_form(db, revision)
    assert (row["revision"], row["previous_id"], row["state"], row["correction_reason"]) == (
        2, form_id, "draft", reason)
    event = audit.events_for(db, entity="assessment", entity_id=revision)[-1]
    assert event["after"]["correction_reason"] == reason
    assert forms.get_form(db, form_id)["state"] == "locked"        # the old one is kept
    flat = printed(db, revision, tmp_path / "revision.pdf")
    assert squash(f"更正原因: {reason}") in flat
    assert squash("本表为第 2 版, 更正第 1 版") in flat
