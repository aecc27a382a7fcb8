"""Saving forms as signed PDFs from the app: one form ("Save signed PDF…" in the form dialog) or
a team's period ("Print all as PDF…" in the forms panel).

Both go through reports.batch and sign with the organisation's certificate in the `signing/`
folder beside the database (`reports.batch.signing_dir`), exactly as `main.py print` does, so
`main.py verify` trusts what the app wrote. The work runs off the GUI thread (ui/work.py) with a
progress bar and Cancel; at the end a message names what was written and offers "Open folder".
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from ui import errors


class PdfExport(QObject):
    """One run: `job(report, cancelled)` in a worker returns the paths written; `report(done,
    total)` moves the bar, `cancelled()` is true once Cancel was pressed. The texts are the
    caller's (already translated): `busy` on the bar, `title` and `said(paths)` for the end
    message, `stopped` as the title of a failure."""

    def __init__(self, widget, *, folder, busy, title, said, stopped):
        super().__init__(widget)
        self.widget, self.folder = widget, Path(folder)
        self.busy, self.title, self.said, self.stopped = busy, title, said, stopped
        self.progress = None
        self.done_box = None        # the end message while it is shown (tests press its buttons)
        self.task = None

    def start(self, job):
        from ui.work import run_in_background

        self.progress = QProgressDialog(self.busy, self.tr("Cancel"), 0, 0, self.widget)
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(0)
        cancelled = []
        self.progress.canceled.connect(lambda: cancelled.append(True))

        def work(report):
            return job(lambda done, total: report((done, total)), lambda: bool(cancelled))

        self.task = run_in_background(self.widget, work, on_done=self._finished,
                                      on_error=self._failed, on_progress=self._step)
        return self.task

    def _step(self, value):
        done, total = value
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self, paths):
        self.progress.reset()
        if not paths:           # cancelled before anything was written
            return
        box = QMessageBox(QMessageBox.Information, self.title, self.said(paths), QMessageBox.Ok,
                          self.widget)
        opener = box.addButton(self.tr("Open folder"), QMessageBox.ActionRole)
        opener.clicked.connect(self.open_folder)
        box.setDefaultButton(QMessageBox.Ok)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.destroyed.connect(self._box_gone)
        self.done_box = box
        box.open()

    def _box_gone(self, *_):
        self.done_box = None

    def open_folder(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def _failed(self, error):
        self.progress.reset()
        errors.tell(self.widget, error, doing=self.stopped)


def save_one_signed(widget, target, db_path, write):
    """One signed PDF into `target` (".pdf" added when missing), made off the GUI thread by
    `write(db, target, org_dir)` on a worker's own connection, with the bar, Cancel and "Open
    folder" of every export. Returns the PdfExport (the caller keeps it)."""
    from reports.batch import signing_dir

    target = Path(target)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    org_dir = signing_dir(db_path)

    def job(report, cancelled):
        from ui.work import on_worker_db

        if cancelled():
            return []
        path = on_worker_db(db_path, lambda db: write(db, target, org_dir))
        report(1, 1)
        return [path]

    translate = QCoreApplication.translate
    export = PdfExport(
        widget, folder=target.parent, busy=translate("PdfExport", "Saving the signed PDF…"),
        title=translate("PdfExport", "Saved"),
        said=lambda paths: translate("PdfExport", "Signed PDF saved: %1").replace(
            "%1", str(paths[0])),
        stopped=translate("PdfExport", "Saving stopped"))
    export.start(job)
    return export
