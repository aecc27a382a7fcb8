"""Settings → Signing key, pressed and typed as the HR admin would."""

import pytest
from PySide6.QtCore import Qt

from models.audit.query import search_events
from models.people.access import signed_in_user
from models.trust import keys
from ui.settings_dialog import SettingsDialog
from ui.signing_key import SigningKeyDialog

PHRASE = "a long key phrase"


@pytest.fixture(autouse=True)
def fresh_process():
    keys.forget()
    yield
    keys.forget()


def test_hr_sets_the_passphrase_then_unlocks_after_a_restart(qtbot, office, session_for):
    org = keys.ensure(keys.store_signing_dir(office.db))
    session = session_for(office.db, signed_in_user(office.db, office.hr))
    dialog = SigningKeyDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "NOT PROTECTED" in dialog.state.text() or "未受保护" in dialog.state.text()
    assert dialog.fingerprint.text().replace("\n", ":") == keys.fingerprint(keys.certificate(org))
    qtbot.keyClicks(dialog.passphrase, PHRASE)
    qtbot.keyClicks(dialog.repeat, PHRASE + "x")
    qtbot.mouseClick(dialog.set_button, Qt.LeftButton)
    assert keys.protection(org) == "unprotected"            # the two differ: nothing changed
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, PHRASE)
    qtbot.mouseClick(dialog.set_button, Qt.LeftButton)
    assert keys.protection(org) == "passphrase"
    assert [e["actor"] for e in search_events(office.db, entity="store")
            if e["action"] == "set_key_passphrase"] == ["孙人事"]
    dialog.close()

    keys.forget()                                            # the next start
    again = SigningKeyDialog(session)
    qtbot.addWidget(again)
    again.show()
    assert again.unlock_button.isVisible() and not again.set_button.isVisible()
    assert not again.form.labelForField(again.repeat).isVisible()     # no label left alone
    qtbot.keyClicks(again.passphrase, "wrong phrase!!")
    qtbot.mouseClick(again.unlock_button, Qt.LeftButton)
    assert keys.is_locked(org) and again.note.text()
    qtbot.keyClicks(again.passphrase, PHRASE)
    qtbot.mouseClick(again.unlock_button, Qt.LeftButton)
    assert not keys.is_locked(org)
    assert not again.unlock_button.isVisible()
    again.grab().save("/tmp/signing-key.png")


def test_a_lead_sees_the_key_but_cannot_change_it(qtbot, office, session_for):
    keys.ensure(keys.store_signing_dir(office.db))
    dialog = SigningKeyDialog(session_for(office.db, signed_in_user(office.db, office.lead_user)))
    qtbot.addWidget(dialog)
    assert not dialog.set_button.isEnabled() and not dialog.passphrase.isEnabled()


def test_the_settings_button_opens_it(qtbot, office, session_for, monkeypatch):
    opened = []
    monkeypatch.setattr(SigningKeyDialog, "exec", lambda self: opened.append(self) or 0)
    settings = SettingsDialog(session_for(office.db, signed_in_user(office.db, office.hr)))
    qtbot.addWidget(settings)
    qtbot.mouseClick(settings.signing_key_button, Qt.LeftButton)
    assert len(opened) == 1
