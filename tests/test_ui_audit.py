"""The audit viewer filters the trail and says whether the chain is intact."""

from models.people.employees import add_employee
from models.people.teams import add_team
from ui.audit_view import AuditDialog
from ui.session import Session


def test_filters_and_verify(qtbot, store):
    team = add_team(store, name="一班", by="test")
    add_employee(store, code="A1", name="张三", team_id=team, post="客服", by="test")
    dialog = AuditDialog(Session(store))
    qtbot.addWidget(dialog)
    everything = dialog.table.rowCount()
    assert everything >= 2
    dialog.entity.setCurrentIndex(dialog.entity.findData("employee"))
    assert dialog.table.rowCount() == 1
    assert "张三" in dialog.table.item(0, 4).text()         # the change lines: "name: 张三"
    dialog.text.setText("nobody-has-this")
    assert dialog.table.rowCount() == 0
    assert dialog.verify().ok
    assert "Intact" in dialog.verdict.text()
    store.execute("DROP TRIGGER audit_events_append_only")
    store.execute("UPDATE audit_events SET actor = 'forger' WHERE id = 1")
    report = dialog.verify()
    assert not report.ok and report.broken_at == 1
    assert "tampered" in dialog.verdict.text()


def test_dispute_answers_and_pin_steps_read_as_words(office):
    """Stored codes (a dispute's answer, the step a PIN was typed for) are shown as words, in
    the interface language, not as "answer: partly_upheld" or "while: sign in"."""
    from ui.audit_words import EventWords

    words = EventWords(office.db, language="en")
    answered = {"entity": "assessment", "action": "answer_dispute", "entity_id": 1,
                "before": {"state": "disputed"},
                "after": {"answer": "partly_upheld", "text": "部分属实", "operated_by": "王主任",
                          "state": "disputed"}}
    assert words.changes(answered) == ["answer: partly upheld", "answer's reasons: 部分属实",
                                       "operated by: 王主任"]
    wrong = {"entity": "user", "action": "wrong_pin", "entity_id": 1, "before": None,
             "after": {"failures": 2, "doing": "sign in"}}
    assert "while: signing in" in words.changes(wrong)


def test_actors_that_are_nobody_in_particular_read_as_words(office):
    from models.people.access import NO_SIGN_IN
    from ui.audit_words import EventWords

    words = EventWords(office.db, language="en")
    assert words.actor({"actor": "unknown"}) == "(nobody signed in yet)"
    assert words.actor({"actor": NO_SIGN_IN}) == "(no sign-in)"
    assert words.actor({"actor": "system"}) == "(the program)"
    assert words.actor({"actor": "王主任"}) == "王主任"
