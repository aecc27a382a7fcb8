"""Printing a form from its preview: the signed PDF goes to the printer as it is (issue 11 part 3,
issue 10 part 7).

Before, Print… rendered every page to an image on the GUI thread: the window froze for seconds
and "Print to File" wrote megabytes of pictures, with no text, no fonts and no signature, which
`main.py verify` rejected. Now:

1. the system print dialog comes first (QPrintDialog): she chooses the printer or a file;
2. in a worker (ui/work.py), `signed_pdf(target)` writes the form's signed PDF — for a form,
   `reports.batch.save_form` on a connection of the worker's own, signed with the certificate
   in `signing/` beside the database, exactly as "Save signed PDF…" and `main.py print` sign
   (a draft is signed too and printed marked as a draft, as save_form makes it) — with a busy
   bar and Cancel (which stops before anything is printed or saved);
3. still in the worker, the signed file is delivered:
   - "Print to File" (PDF output, or an output file name): copied to that name, whole or not at
     all — a real, signed, text PDF that `main.py verify` trusts;
   - a printer: handed to the system spooler as it is (vector pages): `lp -d <printer> -n
     <copies> <file>` on Linux and macOS, `os.startfile(file, "printto", …)` on Windows (then
     "print", on the default printer);
4. when the spooler fails (no `lp`, a non-zero exit, no program to print PDFs on Windows) the
   reason is shown and she may print the pages as images instead (`print_pdf`), again in a
   worker with a page-by-page bar and Cancel — never on the GUI thread;
5. the temporary folder of the signed PDF is removed at the end (on Windows, where the printing
   program opens the file later, when the app quits).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from ui import errors
from ui.print_images import print_pdf  # the images fallback; tests patch print_job.print_pdf

LP_TIMEOUT = 120        # seconds `lp` may take to hand the file to the spooler


translate = QCoreApplication.translate     # lupdate reads translate("PrintJob", "…")


# -- where it goes -------------------------------------------------------------------------
@dataclass(frozen=True)
class Destination:
    """What the print dialog chose: a `file` ("Print to File"), else a `printer` (its name;
    "" for the system's default), the `copies` and the `pages` (first, last; None: all)."""

    file: Path | None = None
    printer: str = ""
    copies: int = 1
    pages: tuple[int, int] | None = None


def destination(printer):
    """The Destination a print dialog left in `printer`; a "Print to File" with no name yet has
    `file` None (the caller asks for one)."""
    name = printer.outputFileName()
    if printer.outputFormat() == QPrinter.PdfFormat or name:
        return Destination(file=Path(name) if name else None)
    pages = None
    if printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
        pages = (printer.fromPage(), max(printer.fromPage(), printer.toPage()))
    return Destination(printer=printer.printerName(), copies=max(1, printer.copyCount()),
                       pages=pages)


def lp_command(lp, where, path):
    """The `lp` command line that hands `path` to the spooler as it is."""
    command = [lp]
    if where.printer:
        command += ["-d", where.printer]
    command += ["-n", str(where.copies)]
    if where.pages is not None:
        command += ["-o", f"page-ranges={where.pages[0]}-{where.pages[1]}"]
    return command + [str(path)]


@dataclass(frozen=True)
class SpoolFailure:
    """Why the spooler did not take the file: `reason` "no_lp", "lp_failed", "lp_timeout" or
    "windows", with the system's own words in `detail` (and `lp`'s exit code)."""

    reason: str
    detail: str = ""
    code: int | None = None

    def sentence(self):     # GUI thread
        if self.reason == "no_lp":
            return translate("PrintJob", "The system print command (lp) was not found: "
                                         "nothing was sent to the printer. Install CUPS (the "
                                         "cups-client package), or print to a PDF file and "
                                         "print that.")
        if self.reason == "lp_timeout":
            return translate("PrintJob", "The system print command (lp) did not answer "
                                         "within %1 s: the PDF may not have reached the "
                                         "printer.").replace("%1", str(LP_TIMEOUT))
        if self.reason == "lp_failed":
            return translate("PrintJob", "The printer did not take the PDF (lp ended with "
                                         "code %1): %2").replace(
                "%1", str(self.code)).replace("%2", self.detail or "—")
        return translate("PrintJob", "Windows could not hand the PDF to the printer (is a "
                                     "program that prints PDF files installed?): %1").replace(
            "%1", self.detail or "—")


def spool(where, path):
    """Worker: hand the file `path` to the system's spooler for `where.printer`, as it is.
    Returns None when the spooler took it, else a SpoolFailure."""
    if sys.platform == "win32":
        return _start_file(where, path)
    lp = shutil.which("lp")
    if lp is None:
        return SpoolFailure("no_lp")
    try:
        done = subprocess.run(lp_command(lp, where, path), capture_output=True, text=True,
                              timeout=LP_TIMEOUT)
    except subprocess.TimeoutExpired:
        return SpoolFailure("lp_timeout")
    except OSError as exc:
        return SpoolFailure("lp_failed", exc.strerror or str(exc), exc.errno)
    if done.returncode != 0:
        return SpoolFailure("lp_failed", (done.stderr or done.stdout or "").strip(),
                            done.returncode)
    return None


def _start_file(where, path):
    """Windows: the program registered for PDF files prints it ("printto" the chosen printer,
    else "print" on the default one), once per copy."""
    for _ in range(where.copies):
        try:
            os.startfile(str(path), "printto", arguments=f'"{where.printer}"')
        except OSError:
            try:
                os.startfile(str(path), "print")
            except OSError as exc:
                return SpoolFailure("windows", exc.strerror or str(exc))
    return None


def copy_whole(path, target):
    """Worker: `path` copied to `target` whole or not at all (a part file, then a rename)."""
    target = Path(target)
    part = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(path, part)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return target


# -- temporary folders ----------------------------------------------------------------------
_kept: set[str] = set()         # folders a Windows printing program may still read
_kept_lock = threading.Lock()


def _keep_until_quit(folder):
    with _kept_lock:
        if not _kept:
            atexit.register(_remove_kept)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(_remove_kept)
        _kept.add(str(folder))


def _remove_kept():
    with _kept_lock:
        folders = list(_kept)
        _kept.clear()
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _discard(folder):
    """Remove a job's folder (any thread), unless a Windows printing program may still read it."""
    with _kept_lock:
        if str(folder) in _kept:
            return
    shutil.rmtree(folder, ignore_errors=True)


# -- one print ------------------------------------------------------------------------------
def print_signed(widget, signed_pdf, *, name="form.pdf", on_end=None):
    """Print… of a preview: the system print dialog, then a PrintJob (returned; None when she
    cancelled the dialog). `signed_pdf(target)` runs in a worker and writes the signed PDF into
    the file `target` (named `name`), returning its path. `on_end(text)` hears how it ended."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setDocName(Path(name).stem)
    dialog = QPrintDialog(printer, widget)
    if dialog.exec() != QDialog.Accepted:
        return None
    where = destination(printer)
    if printer.outputFormat() == QPrinter.PdfFormat and where.file is None:
        chosen, _ = QFileDialog.getSaveFileName(
            widget, translate("PrintJob", "Print to file"), str(Path.home() / name),
            translate("PrintJob", "PDF files (*.pdf)"))
        if not chosen:
            return None
        where = Destination(file=Path(chosen))
    job = PrintJob(widget, signed_pdf, printer, where, name=name, on_end=on_end)
    job.start()
    return job


class PrintJob(QObject):
    """One print: the signed PDF made and delivered in a worker, then (if the spooler failed
    and she wants it) the images fallback. `progress` is the bar while it runs, `question` the
    "Print as images instead?" box while it is shown, `outcome` how it ended ("saved", "sent",
    "images", "cancelled", "not_printed", "failed") and `said` the sentence for it; `folder`
    is the temporary folder of the signed PDF (gone at the end)."""

    def __init__(self, widget, signed_pdf, printer, where, *, name="form.pdf", on_end=None):
        super().__init__(widget)
        self.widget, self.signed_pdf, self.printer, self.where = widget, signed_pdf, printer, where
        self.name, self.on_end = Path(name).name, on_end
        self.folder = Path(tempfile.mkdtemp(prefix="appraisal-print-"))
        self.destroyed.connect(lambda *_, folder=self.folder: _discard(folder))
        self.progress = self.question = self.images_button = self.task = None
        self.signed = None          # the signed PDF once made (kept for the images fallback)
        self.outcome = self.said = None
        self._cancelled = []

    # the signed PDF, delivered
    def start(self):
        from ui.work import run_in_background

        self._show_progress(self.tr("Signing the form's PDF for printing…"), 0)
        target, where, make = self.folder / self.name, self.where, self.signed_pdf
        cancelled, folder = self._cancelled, self.folder

        def work(report):
            keep = False
            try:
                path = Path(make(target))
                if cancelled:
                    return "cancelled", None
                report("deliver")
                if where.file is not None:
                    return "saved", copy_whole(path, where.file)
                failure = spool(where, path)
                if failure is not None:
                    keep = True             # for the images, if she wants them
                    return "failed", (path, failure)
                if sys.platform == "win32":
                    _keep_until_quit(folder)
                return "sent", None
            finally:
                if not keep:
                    _discard(folder)

        self.task = run_in_background(self.widget, work, on_done=self._delivered,
                                      on_error=self._failed, on_progress=self._step)
        return self.task

    def _show_progress(self, text, maximum):
        if self.progress is not None:
            self.progress.deleteLater()         # the bar of the step before
        self.progress = QProgressDialog(text, self.tr("Cancel"), 0, maximum, self.widget)
        self.progress.setWindowTitle(self.tr("Print"))
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.canceled.connect(lambda: self._cancelled.append(True))
        self.progress.show()

    def _step(self, value):
        if value == "deliver":      # past the point of no return: no Cancel any more
            self.progress.setCancelButton(None)
            self.progress.setLabelText(
                self.tr("Saving the signed PDF…") if self.where.file is not None
                else self.tr("Sending the signed PDF to the printer…"))

    def _delivered(self, result):
        self.progress.reset()
        outcome, value = result
        if outcome == "failed":
            self.signed, failure = value
            self._offer_images(failure)
            return
        if outcome == "saved":
            self._end("saved", self.tr("Saved the signed PDF as %1.").replace("%1", str(value)))
        elif outcome == "sent":
            self._end("sent", self.tr("Sent to %1 as a signed PDF (copies: %2).").replace(
                "%1", self.where.printer or self.tr("the default printer")).replace(
                "%2", str(self.where.copies)))
        else:
            self._end("cancelled", self.tr("Printing cancelled: nothing was printed."))

    def _failed(self, error):
        self.progress.reset()
        _discard(self.folder)
        self._end("failed", errors.tell(self.widget, error, doing=self.tr("Printing failed")))

    # the images fallback
    def _offer_images(self, failure):
        text = failure.sentence() + "\n\n" + self.tr(
            "Print as images instead? Each page is sent as a picture: slower and larger, and "
            "the paper looks the same, but the printer gets no text and no signature.")
        box = QMessageBox(QMessageBox.Warning, self.tr("Print"), text, QMessageBox.Cancel,
                          self.widget)
        self.images_button = box.addButton(self.tr("Print as images"), QMessageBox.AcceptRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.finished.connect(lambda *_: self._answered(box.clickedButton()))
        self.question = box
        box.open()

    def _answered(self, button):
        self.question = None
        if button is not None and button is self.images_button:
            self._print_images()
        else:
            _discard(self.folder)
            self._end("not_printed", self.tr("Not printed."))

    def _print_images(self):
        from ui.work import run_in_background

        self._cancelled.clear()
        self._show_progress(self.tr("Printing the pages as images…"), 0)
        path, printer, cancelled, folder = self.signed, self.printer, self._cancelled, self.folder

        def work(report):
            try:
                return print_pdf(path, printer, report=lambda done, total: report(
                    (done, total)), cancelled=lambda: bool(cancelled))
            finally:
                _discard(folder)

        self.task = run_in_background(self.widget, work, on_done=self._images_printed,
                                      on_error=self._failed, on_progress=self._page)

    def _page(self, value):
        done, total = value
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Printed page %1 of %2 as an image…").replace(
            "%1", str(done)).replace("%2", str(total)))

    def _images_printed(self, pages):
        self.progress.reset()
        if self._cancelled:
            self._end("cancelled", self.tr("Printing cancelled after %1 page(s).").replace(
                "%1", str(pages)))
        else:
            self._end("images", self.tr("Sent to %1 as images (%2 page(s)).").replace(
                "%1", self.where.printer or self.tr("the default printer")).replace(
                "%2", str(pages)))

    def _end(self, outcome, said):
        self.outcome, self.said = outcome, said
        if self.on_end is not None:
            self.on_end(said)


def signed_form(db_path, form_id, *, language="zh"):
    """The `signed_pdf` of one form: in the worker, `reports.batch.save_form` on a connection
    of its own (sqlite connections stay in their thread), signed with the certificate in the
    `signing/` folder beside the database at `db_path`."""
    from reports.batch import signing_dir

    org_dir = signing_dir(db_path)

    def make(target):
        from reports.batch import save_form
        from ui.work import on_worker_db

        return on_worker_db(db_path, lambda db: save_form(db, form_id, target, org_dir=org_dir,
                                                          language=language))

    return make
