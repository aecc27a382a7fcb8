"""Small helpers of the UI tests (their fixtures are in conftest.py)."""


def count(db, table, where="1", params=()):
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]


def type_into(qtbot, widget, text):
    """Type `text` into `widget` as a person would: Latin text key by key, anything else as
    an input method commits it (QTest has no keys for Chinese)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def correct(qtbot, dialog, reason, *, confirm=True):
    """Click "Correct (new revision)" on a ui.form_dialog.FormDialog, type `reason` into the
    dialog it opens and press its confirm (or Cancel) button. Returns that dialog."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.actions["revise"], Qt.LeftButton)
    box = dialog.correction
    assert box is not None and box.isVisible()
    if reason:
        type_into(qtbot, box.reason, reason)
    qtbot.mouseClick(box.ok_button if confirm else box.cancel_button, Qt.LeftButton)
    return box
