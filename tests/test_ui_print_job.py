"""Print… in the PDF preview sends the form's signed PDF — made off the GUI thread, as
`main.py print` signs it — to the chosen file or to the system spooler as vector pages; a
failing spooler says why and offers the pages as images, again off the GUI thread (issue 11
part 3, issue 10 part 7). The real buttons are pressed; only the system print dialog (it needs
a desktop), the spooler (`lp`) and Windows' `os.startfile` are stood in for."""

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

import main
from models import forms
from reports import batch
from reports.batch import signing_dir
from reports.pdf_sign import verify_pdf
from tests.form_samples import pdf_text
from tests.forms_fixtures import PERIOD, form_of, sign_through
from ui import print_job
from ui.form_dialog import FormDialog
from ui.pdf_preview import PdfPreview
from ui.session import Session
from ui.work import wait_for_background

SIGNED_NAME = "2026-11_A1_张三_r1.pdf"


class GuiTicks:
    """A QTimer ticking on the GUI thread while a test runs: a worker that sees `count` grow
    knows the GUI thread was free (not busy making or printing the PDF) meanwhile."""

    def __init__(self):
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.count += 1

    def advanced_since(self, start, seconds=30):   # worker thread
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.count > start + 2:
                return True
            time.sleep(0.01)
        return False


@pytest.fixture
def ticks():
    ticks = GuiTicks()
    yield ticks
    ticks.timer.stop()


@pytest.fixture
def made_on(monkeypatch, ticks):
    """reports.batch.save_form watched: for each call, whether it ran on the GUI thread and
    whether the GUI thread kept running (its timer ticking) while it did."""
    seen = []
    save_form = batch.save_form

    def watched(*args, **kwargs):
        gui = threading.current_thread() is threading.main_thread()
        start = ticks.count
        seen.append({"gui_thread": gui, "gui_responsive": gui is False and
                     ticks.advanced_since(start)})
        return save_form(*args, **kwargs)

    monkeypatch.setattr(batch, "save_form", watched)
    return seen


def print_dialog_choosing(monkeypatch, choose):
    """The system print dialog, accepted at once after `choose(printer)` set her choice."""

    class AcceptedPrintDialog:
        def __init__(self, printer, parent=None):
            choose(printer)

        def exec(self):
            return QDialog.Accepted

    monkeypatch.setattr(print_job, "QPrintDialog", AcceptedPrintDialog)


def to_file(path):
    def choose(printer):
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(path))
    return choose


class OfficeLaser(QPrinter):
    """A real printer as the print dialog leaves it ("Office-Laser", native format; the test
    machine has none). Underneath, what is painted on it goes to `raster` as a PDF, so the
    images fallback can be checked."""

    raster = None

    def __init__(self, *args):
        super().__init__(*args)
        super().setOutputFileName(str(OfficeLaser.raster))

    def outputFormat(self):
        return QPrinter.NativeFormat

    def outputFileName(self):
        return ""

    def printerName(self):
        return "Office-Laser"


@pytest.fixture
def office_laser(monkeypatch, tmp_path):
    OfficeLaser.raster = tmp_path / "raster.pdf"
    monkeypatch.setattr(print_job, "QPrinter", OfficeLaser)
    print_dialog_choosing(monkeypatch, lambda printer: printer.setCopyCount(2))
    return OfficeLaser


@pytest.fixture
def spooler(monkeypatch):
    """`lp` stood in for: `which` finds it at /usr/bin/lp (unless `missing`), each run is
    recorded (command, thread, what the file was then) and answered with `answer`."""

    class Spooler:
        missing = False
        answer = (0, "request id is Office-Laser-7 (1 file(s))\n", "")
        runs = []

    which, run = shutil.which, subprocess.run

    def fake_which(name, *args, **kwargs):
        if name == "lp":
            return None if Spooler.missing else "/usr/bin/lp"
        return which(name, *args, **kwargs)

    def fake_run(command, *args, **kwargs):
        if command[0] != "/usr/bin/lp":
            return run(command, *args, **kwargs)
        path = Path(command[-1])
        Spooler.runs.append({"command": list(command), "kwargs": kwargs,
                             "gui_thread": threading.current_thread() is threading.main_thread(),
                             "bytes": path.read_bytes()})
        code, out, err = Spooler.answer
        return subprocess.CompletedProcess(command, code, out, err)

    monkeypatch.setattr(print_job.shutil, "which", fake_which)
    monkeypatch.setattr(print_job.subprocess, "run", fake_run)
    return Spooler


@pytest.fixture
def signed_a1(office):
    """A1's form of the period, signed by the appraiser, the employee and the reviewer."""
    forms.create_forms(office.db, team_id=office.team_a, period=PERIOD, by="李班长")
    form_id = form_of(office.db, office.a1)
    sign_through(office.db, form_id, office, until="reviewed")
    return form_id


def open_preview(qtbot, office, form_id):
    """The form dialog's "PDF preview…" pressed: the preview it opens."""
    dialog = FormDialog(Session(office.db), form_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.actions["pdf"], Qt.LeftButton)
    preview = dialog.findChildren(PdfPreview)[-1]
    assert preview.isVisible() and preview.page_count() >= 1
    assert preview.print_button.isEnabled() and preview.print_button.text() == "Print…"
    return preview


def press_print(qtbot, preview):
    qtbot.mouseClick(preview.print_button, Qt.LeftButton)
    job = preview.print_job
    assert job is not None and job.progress is not None
    return job


def ended(qtbot, job):
    """How the job ended, the GUI's event loop running meanwhile (its timer ticks)."""
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=120000)
    assert wait_for_background(120)
    return job.outcome


def trusted(path, store_path):
    found = verify_pdf(path, org_dir=signing_dir(store_path))
    return found.signed and found.intact and found.trusted is True and found.ok


def test_print_to_file_writes_the_signed_text_pdf_off_the_gui_thread(
        qtbot, office, signed_a1, store_path, tmp_path, monkeypatch, made_on, messages, capsys):
    out = tmp_path / "printed.pdf"
    print_dialog_choosing(monkeypatch, to_file(out))
    preview = open_preview(qtbot, office, signed_a1)

    job = press_print(qtbot, preview)
    assert not preview.print_button.isEnabled()         # one print at a time
    assert ended(qtbot, job) == "saved"
    assert not messages, messages
    assert made_on == [{"gui_thread": False, "gui_responsive": True}]

    text = pdf_text(out)                                # text, not page images
    assert "张三" in text and "92.00" in text
    assert trusted(out, store_path)
    capsys.readouterr()
    assert main.main(["--db", str(store_path), "verify", str(out)]) == 0
    assert "intact" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("printed")] == ["printed.pdf"]

    assert not job.folder.exists()                      # the temporary signed PDF is gone
    assert str(out) in preview.print_status.text()
    assert preview.print_button.isEnabled()
    qtbot.mouseClick(preview.close_button, Qt.LeftButton)
    assert not preview.path.parent.exists()             # the preview's own folder, as before


def test_a_draft_prints_signed_and_marked_as_a_draft(qtbot, office, draft, store_path, tmp_path,
                                                     monkeypatch, made_on, messages, capsys):
    """As "Save signed PDF…" and `main.py print` make it: signed, its page says draft, and
    `main.py verify` says it is no signed form."""
    out = tmp_path / "draft.pdf"
    print_dialog_choosing(monkeypatch, to_file(out))
    preview = open_preview(qtbot, office, draft)
    assert ended(qtbot, press_print(qtbot, preview)) == "saved"
    assert not messages, messages
    text = pdf_text(out)
    assert "张三" in text and "草稿" in text
    assert trusted(out, store_path)
    capsys.readouterr()
    assert main.main(["--db", str(store_path), "verify", str(out)]) != 0
    assert "DRAFT" in capsys.readouterr().out


def test_a_printer_gets_the_signed_pdf_through_lp(qtbot, office, signed_a1, store_path,
                                                  office_laser, spooler, made_on, messages):
    preview = open_preview(qtbot, office, signed_a1)
    job = press_print(qtbot, preview)
    assert ended(qtbot, job) == "sent"
    assert not messages, messages
    assert made_on == [{"gui_thread": False, "gui_responsive": True}]

    [run] = spooler.runs
    sent = Path(run["command"][-1])
    assert run["command"] == ["/usr/bin/lp", "-d", "Office-Laser", "-n", "2", str(sent)]
    assert sent.parent == job.folder and sent.name == SIGNED_NAME
    assert not run["gui_thread"]
    copy = store_path.parent / "as-spooled.pdf"         # the very bytes lp was given
    copy.write_bytes(run["bytes"])
    assert trusted(copy, store_path)
    assert "张三" in pdf_text(copy) and "92.00" in pdf_text(copy)

    assert not job.folder.exists()
    assert not OfficeLaser.raster.exists()              # no page images were painted
    assert preview.print_status.text() == "Sent to Office-Laser as a signed PDF (copies: 2)."


@pytest.mark.parametrize("failure", ["exit", "missing"])
def test_a_failing_spooler_says_why_and_prints_nothing(qtbot, office, signed_a1, office_laser,
                                                       spooler, failure, messages):
    if failure == "exit":
        spooler.answer = (1, "", "lp: The printer or class does not exist.\n")
    else:
        spooler.missing = True
    preview = open_preview(qtbot, office, signed_a1)
    job = press_print(qtbot, preview)
    qtbot.waitUntil(lambda: job.question is not None, timeout=120000)
    box = job.question
    if failure == "exit":
        assert "lp ended with code 1" in box.text()
        assert "The printer or class does not exist." in box.text()
    else:
        assert spooler.runs == []
        assert "(lp) was not found" in box.text()
    assert "Print as images instead?" in box.text()
    assert job.folder.exists()                          # kept while she decides

    qtbot.mouseClick(box.button(QMessageBox.Cancel), Qt.LeftButton)
    assert job.outcome == "not_printed"
    assert preview.print_status.text() == "Not printed."
    assert not job.folder.exists()
    assert not OfficeLaser.raster.exists()
    assert not messages, messages


def test_images_instead_are_printed_off_the_gui_thread(qtbot, office, signed_a1, office_laser,
                                                      spooler, monkeypatch, ticks, messages):
    spooler.answer = (1, "", "lp: Unsupported document-format \"application/pdf\".\n")
    painted = []
    print_pdf = print_job.print_pdf

    def watched(*args, **kwargs):
        start = ticks.count
        painted.append({"gui_thread": threading.current_thread() is threading.main_thread()})
        pages = print_pdf(*args, **kwargs)
        painted[-1]["gui_responsive"] = ticks.advanced_since(start)
        return pages

    monkeypatch.setattr(print_job, "print_pdf", watched)
    preview = open_preview(qtbot, office, signed_a1)
    job = press_print(qtbot, preview)
    qtbot.waitUntil(lambda: job.question is not None, timeout=120000)
    images = next(b for b in job.question.buttons() if b.text() == "Print as images")
    qtbot.mouseClick(images, Qt.LeftButton)
    assert ended(qtbot, job) == "images"
    assert not messages, messages
    assert painted == [{"gui_thread": False, "gui_responsive": True}]
    raster = QPdfDocument()
    raster.load(str(OfficeLaser.raster))
    assert raster.pageCount() == preview.page_count()
    raster.close()
    assert not job.folder.exists()
    assert preview.print_status.text() == (
        f"Sent to Office-Laser as images ({preview.page_count()} page(s)).")


def test_cancel_while_signing_prints_nothing(qtbot, office, signed_a1, tmp_path, monkeypatch,
                                             messages):
    out = tmp_path / "printed.pdf"
    print_dialog_choosing(monkeypatch, to_file(out))
    started, go_on = threading.Event(), threading.Event()
    save_form = batch.save_form

    def slow(*args, **kwargs):
        started.set()
        assert go_on.wait(60)
        return save_form(*args, **kwargs)

    monkeypatch.setattr(batch, "save_form", slow)
    preview = open_preview(qtbot, office, signed_a1)
    try:
        job = press_print(qtbot, preview)
        assert started.wait(60)
        qtbot.waitUntil(job.progress.isVisible)
        qtbot.mouseClick(job.progress.findChild(QPushButton), Qt.LeftButton)      # Cancel
    finally:
        go_on.set()
    assert ended(qtbot, job) == "cancelled"
    assert not out.exists() and not job.folder.exists()
    assert preview.print_status.text() == "Printing cancelled: nothing was printed."
    assert not messages


def test_a_failure_to_sign_is_told_and_leaves_nothing(qtbot, office, signed_a1, tmp_path,
                                                      monkeypatch, messages):
    out = tmp_path / "printed.pdf"
    print_dialog_choosing(monkeypatch, to_file(out))

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch, "save_form", full_disk)
    preview = open_preview(qtbot, office, signed_a1)
    job = press_print(qtbot, preview)
    assert ended(qtbot, job) == "failed"
    assert messages == [("warning", "The file cannot be used: No space left on device")]
    assert not out.exists() and not job.folder.exists()
    assert preview.print_button.isEnabled()


def test_print_dialog_cancelled_makes_nothing(qtbot, office, signed_a1, monkeypatch, made_on):
    class CancelledPrintDialog:
        def __init__(self, printer, parent=None):
            pass

        def exec(self):
            return QDialog.Rejected

    monkeypatch.setattr(print_job, "QPrintDialog", CancelledPrintDialog)
    preview = open_preview(qtbot, office, signed_a1)
    qtbot.mouseClick(preview.print_button, Qt.LeftButton)
    assert preview.print_job is None and made_on == []
    assert preview.print_button.isEnabled()


def test_without_a_signed_pdf_print_is_disabled(qtbot, tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "plain.pdf"
    page = canvas.Canvas(str(path))
    page.drawString(100, 700, "plain")
    page.save()
    preview = PdfPreview(path)
    qtbot.addWidget(preview)
    assert not preview.print_button.isEnabled()
    assert preview.print_dialog() is None


def test_windows_hands_the_pdf_to_printto_then_print(monkeypatch, tmp_path):
    path = tmp_path / "form.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    calls, refuse = [], set()

    def startfile(filepath, operation="open", arguments=""):
        calls.append((filepath, operation, arguments))
        if operation in refuse:
            raise OSError(1155, "No application is associated with the specified file")

    monkeypatch.setattr(os, "startfile", startfile, raising=False)
    monkeypatch.setattr(print_job.sys, "platform", "win32")
    where = print_job.Destination(printer="Office Laser", copies=1)
    assert print_job.spool(where, path) is None
    assert calls == [(str(path), "printto", '"Office Laser"')]

    calls.clear()
    refuse.add("printto")
    assert print_job.spool(where, path) is None
    assert calls == [(str(path), "printto", '"Office Laser"'), (str(path), "print", "")]

    calls.clear()
    refuse.add("print")
    failure = print_job.spool(where, path)
    assert failure.reason == "windows"
    assert "No application is associated" in failure.detail


def test_lp_command_keeps_the_chosen_pages():
    where = print_job.Destination(printer="", copies=1, pages=(2, 3))
    assert print_job.lp_command("lp", where, "/tmp/f.pdf") == [
        "lp", "-n", "1", "-o", "page-ranges=2-3", "/tmp/f.pdf"]
