"""At start: a damaged database is never repaired or overwritten silently; the lead is told
what is wrong and offered the newest good backup."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def offer_backup(path, error, *, ask=None):
    """Returns True when the newest good backup was restored (then open again)."""
    from models.database.backup_restore import restore

    backup = getattr(error, "suggested_backup", None)
    problems = "\n".join(getattr(error, "problems", ()) or [str(error)])
    if backup is None:
        QMessageBox.critical(None, "Appraisal Desk 考评台",
                             QCoreApplication.translate(
                                 "DamagedStore", "%1 is damaged and no good backup was found."
                                 "\n\n%2\n\nThe file was left exactly as it is.")
                             .replace("%1", str(path)).replace("%2", problems))
        return False
    question = (QCoreApplication.translate(
        "DamagedStore", "%1 is damaged:\n%2\n\nRestore the newest good backup (%3)? The "
        "damaged file is kept beside it, not deleted.")
                .replace("%1", str(path)).replace("%2", problems).replace("%3", backup.name))
    if ask is None:
        ask = lambda text: QMessageBox.question(None, "Appraisal Desk 考评台", text) \
            == QMessageBox.Yes  # noqa: E731
    if not ask(question):
        return False
    restore(backup, path, by="start-up check")     # before anyone signs in
    return True
