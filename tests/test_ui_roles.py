"""What each role is offered: settings and backups for HR only, forms created by a lead for
her own teams, and the sign dialog offering the signed-in user first."""

from models.work.periods import parse_period
from tests.test_ui_access import signed_in, window_for
from ui.session import Session
from ui.sign_dialog import SignDialog


def test_settings_and_backups_only_for_hr(qtbot, led_office):
    for who, shown in (("lead", False), ("reviewer", False), ("hr", True)):
        window = window_for(qtbot, led_office.db, signed_in(led_office, who))
        assert window.settings_action.isVisible() is shown, who
        assert window.backups_action.isVisible() is shown, who


def test_a_lead_creates_forms_for_her_team_only_and_a_reviewer_none(qtbot, led_office):
    lead = window_for(qtbot, led_office.db, signed_in(led_office, "lead"))
    lead.forms.set_period(parse_period("2026-11"))
    assert [lead.forms.team.itemText(i) for i in range(lead.forms.team.count())] == ["一班"]
    assert lead.forms.create.isEnabled()
    reviewer = window_for(qtbot, led_office.db, signed_in(led_office, "reviewer"))
    assert reviewer.forms.team.count() == 2
    assert not reviewer.forms.create.isEnabled()


def test_the_sign_dialog_offers_the_signed_in_user_first(qtbot, led_office):
    dialog = SignDialog(Session(led_office.db), role="reviewer", title="t", preselect=led_office.hr)
    qtbot.addWidget(dialog)
    assert dialog.user.currentData() == led_office.hr
    # By default the signed-in user is offered first.
    reviewer = signed_in(led_office, "reviewer")
    other = SignDialog(Session(led_office.db, user=reviewer), role="reviewer", title="t")
    qtbot.addWidget(other)
    assert other.user.currentData() == led_office.reviewer
