"""What opening the store found, told after the window shows: a damaged crash journal (what could
not be recovered, where its copy is), and for a big file the full integrity check, run in the
background after start; if it fails, writes stop until the lead chooses what to do."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from models.database.store import open_report


def tell_journal(parent, db):
    """A warning when the crash journal was damaged (it is already in the audit trail)."""
    journal = open_report(db).journal
    if journal is None or not journal.damaged:
        return None
    r = journal.report
    text = QCoreApplication.translate(
        "StoreChecks", "The database journal left by the last crash was damaged. %1 saved "
        "change(s) after %2 could not be recovered. A copy of the journal was kept as %3; "
        "this was written to the audit trail.\n\nCheck the last entries made before the crash "
        "and enter again what is missing.")
    when = (journal.last_good_commit or "?").replace("T", " ")[:19]
    text = (text.replace("%1", str(r.lost_commits)).replace("%2", when)
            .replace("%3", str(journal.kept)))
    box = QMessageBox(QMessageBox.Warning, "Appraisal Desk 考评台", text, parent=parent)
    box.setDetailedText(r.problem or "")
    box.open()
    return box


def check_in_background(window, db, db_path, *, on_result=None):
    """The full check of a big file that opening checked only lightly. None when not needed."""
    from models.database import store
    from models.storage import integrity
    from ui.work import run_in_background

    if open_report(db).fully_checked:
        return None

    def done(report):
        store.record_full_check(db, report, by="start-up check")   # a start-up job
        if not report.ok:
            stop_writes(window, db, db_path, report)
        if on_result:
            on_result(report)

    def failed(error):
        from ui.errors import message

        text = QCoreApplication.translate("StoreChecks",
                                          "The full check of the database could not run: %1")
        window.statusBar().showMessage(text.replace("%1", message(error)))
        if on_result:
            on_result(error)

    return run_in_background(window, lambda: integrity.check_file(db_path),
                             on_done=done, on_error=failed)


def stop_writes(window, db, db_path, report):
    """Writes are stopped (models.storage.integrity.record_full_check) until the lead chooses:
    restore the newest good backup (then the app closes), go on working in a damaged file, or
    quit."""
    from models.database import backups, store
    from models.database.backups import default_backup_folder

    backup = backups.newest_good_backup(default_backup_folder(db_path))
    text = QCoreApplication.translate(
        "StoreChecks", "The full check found damage in %1:\n%2\n\nNothing will be saved until "
        "you choose what to do.").replace("%1", str(db_path)).replace(
        "%2", "\n".join(report.problems[:5]))
    box = QMessageBox(QMessageBox.Critical, "Appraisal Desk 考评台", text, parent=window)
    restore = None
    # A restore replaces everyone's data: offered to whoever may manage backups (open mode, HR).
    if backup is not None and window.session.allowed("manage_backups"):
        restore = box.addButton(QCoreApplication.translate(
            "StoreChecks", "Restore the newest good backup"), QMessageBox.AcceptRole)
        box.setInformativeText(backup.name)
    go_on = box.addButton(QCoreApplication.translate(
        "StoreChecks", "Keep working in this file"), QMessageBox.DestructiveRole)
    box.addButton(QCoreApplication.translate("StoreChecks", "Quit"), QMessageBox.RejectRole)
    box.exec()
    chosen = box.clickedButton()
    if chosen is go_on:     # the lead's choice, in the audit trail under her name
        store.resume_writes(db, report, by=window.session.actor)
        return "go_on"
    if chosen is restore and restore is not None:
        from models.database.backup_restore import restore as restore_backup

        db.close()
        restore_backup(backup, db_path, by=window.session.actor)
        QMessageBox.information(window, "Appraisal Desk 考评台", QCoreApplication.translate(
            "StoreChecks", "The backup was restored; the damaged file was kept beside it. "
            "Start the app again to go on."))
    QApplication.instance().quit()
    return "restore" if chosen is restore else "quit"
