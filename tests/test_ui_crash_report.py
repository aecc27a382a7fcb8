"""An unexpected error in a slot ends in a dialog and a log line, never a vanished window."""

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ui import crash_report


@pytest.fixture
def hooked(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    import threading
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = crash_report.start_log_file(tmp_path / "logs")
    restore = crash_report.install(log_file)
    yield shown, log_file
    restore()
    assert not [h for h in logging.getLogger().handlers
                if getattr(h, "baseFilename", "") == str(log_file)]


def test_an_exception_in_a_button_slot_shows_a_dialog_and_is_logged(qtbot, hooked):
    shown, log_file = hooked
    button = QPushButton("go")
    qtbot.addWidget(button)

    def broken():
        raise KeyError("employee 41")

    button.clicked.connect(broken)
    button.click()                      # PySide6 hands the slot's exception to sys.excepthook
    assert len(shown) == 1
    box = shown[0]
    assert "KeyError: 'employee 41'" in box.text()
    assert "Nothing you saved was lost" in box.text()
    assert "Traceback" in box.detailedText() and "broken" in box.detailedText()
    assert str(log_file) in box.informativeText()
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in text and "KeyError: 'employee 41'" in text


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot, hooked):
    shown, _ = hooked
    QTimer.singleShot(0, lambda: None)
    try:
        raise ValueError("bad period")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    box = shown[0]
    copy = next(b for b in box.buttons() if b.text() == "Copy details")
    copy.click()
    assert "ValueError: bad period" in QApplication.clipboard().text()


def test_a_worker_thread_error_is_logged_without_a_dialog(qtbot, hooked):
    import threading

    shown, log_file = hooked
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    assert shown == []
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")
