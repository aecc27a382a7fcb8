"""Unexpected errors end in a sentence, not a vanished window: the traceback goes to a log file in
the data folder and a dialog says what happened, that nothing saved was lost, and offers the
details to copy for whoever looks after the PC."""

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("appraisal_desk")
LOG_NAME = "appraisal-desk.log"


def log_folder():
    import platformdirs

    return platformdirs.user_log_path("AppraisalDesk", appauthor=False)


def start_log_file(folder=None):
    """Warnings and errors of every module into `<folder>/appraisal-desk.log` (rotated at 1 MB,
    3 kept). Returns the file's path, or None when the folder cannot be written."""
    folder = Path(folder) if folder else log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / LOG_NAME, maxBytes=1 << 20,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return folder / LOG_NAME


def show_unexpected(exc_type, exc, tb, *, log_file=None):
    """Log the traceback; on the GUI thread with an application, say so in a dialog."""
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return None
    text = QCoreApplication.translate(
        "CrashReport", "Something unexpected went wrong: %1\n\nNothing you saved was "
        "lost: every tick and signature is stored the moment you make it. If this happens "
        "again, send the details to whoever looks after this PC.")
    box = QMessageBox(QMessageBox.Critical, "Appraisal Desk 考评台",
                      text.replace("%1", f"{exc_type.__name__}: {exc}"))
    if log_file:
        where = QCoreApplication.translate("CrashReport", "The details are also in %1")
        box.setInformativeText(where.replace("%1", str(log_file)))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("CrashReport", "Copy details"),
                         QMessageBox.ActionRole)
    copy.clicked.disconnect()   # keep the box open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.Ok)
    box.exec()
    return box


def install(log_file=None):
    """Route uncaught exceptions (Qt slots included: PySide6 hands them to sys.excepthook) and
    those of worker threads to the log and, on the GUI thread, to the dialog. Returns a
    function that puts the previous hooks back and closes the log file."""
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_unexpected(exc_type, exc, tb, log_file=log_file)

    def thread_hook(args):
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    before = sys.excepthook, threading.excepthook
    sys.excepthook = hook
    threading.excepthook = thread_hook

    def restore():
        sys.excepthook, threading.excepthook = before
        root = logging.getLogger()
        for handler in [h for h in root.handlers
                        if log_file and getattr(h, "baseFilename", None) == str(log_file)]:
            root.removeHandler(handler)
            handler.close()

    return restore
