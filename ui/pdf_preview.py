"""In-app PDF preview (QtPdf); Print… sends the form's signed PDF to the printer (ui/print_job.py).

The preview shows a PDF rendered for it alone (unsigned, removed when the preview closes).
Print… does not print that file, nor pictures of its pages: it asks the system print dialog
first, then a worker makes the form's signed PDF (`signed_pdf`, for a form
`ui.print_job.signed_form`: reports.batch.save_form, signed as `main.py print` signs) and sends
it as it is — to the chosen file, or to the system spooler as vector pages.
"""

import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ui.print_job import print_pdf as print_pdf  # the images fallback (tests call it)
from ui.screen_fit import fit_to_screen


class PdfPreview(QDialog):
    def __init__(self, path, *, parent=None, temporary_folder=None, signed_pdf=None,
                 print_name=None):
        """`temporary_folder`: where the PDF was written for this preview only; it is removed
        when the preview closes (or is destroyed with its parent unclosed).

        `signed_pdf(target)`: called in a worker, writes the signed PDF of what is shown into
        the file `target` and returns its path; Print… prints that. Without it Print… is
        disabled: nothing unsigned is printed. `print_name`: the signed file's name (the
        spooler's job title), by default the preview's."""
        super().__init__(parent)
        self.path = Path(path)
        self.temporary_folder = temporary_folder
        self.signed_pdf = signed_pdf
        self.print_name = print_name or self.path.name
        self.print_job = None       # the last Print… (ui/print_job.PrintJob)
        if temporary_folder is not None:
            self.finished.connect(self._remove_temporary)
            self.destroyed.connect(partial(shutil.rmtree, str(temporary_folder), True))
        self.setWindowTitle(self.path.name)
        fit_to_screen(self, 900, 700)       # a page's width fits; pages scroll
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_status = QLabel()        # how the last Print… ended
        self.print_status.setObjectName("print-status")
        self.print_status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setMinimumHeight(40)
        self.print_button.clicked.connect(self.print_dialog)
        if signed_pdf is None:
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(self.tr(
                "Printing needs the database file: the printed PDF is signed with the "
                "organisation's certificate kept beside it."))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def page_count(self):
        return self.document.pageCount()

    def _remove_temporary(self, *_):
        self.document.close()       # Windows keeps an open file: let go of it first
        shutil.rmtree(self.temporary_folder, ignore_errors=True)

    def print_dialog(self):
        """The system print dialog, then the signed PDF made and sent off the GUI thread; the
        button waits until that print has ended."""
        from ui.print_job import print_signed

        if self.signed_pdf is None:
            return None
        self.print_status.clear()
        job = print_signed(self, self.signed_pdf, name=self.print_name, on_end=self._printed)
        if job is not None:
            self.print_job = job
            self.print_button.setEnabled(False)
        return job

    def _printed(self, said):
        self.print_status.setText(said)
        self.print_button.setEnabled(True)


def preview_document(document, *, language="zh", parent=None, session=None):
    """Render a form document to a temporary PDF and show it; the PDF (unsigned: it is not
    kept) is removed when the preview closes. With the `session` of a store kept in a file,
    Print… prints the form's signed PDF (ui/print_job.signed_form)."""
    from reports.batch import file_name
    from reports.pdf_form import render_form
    from ui.errors import attempt

    folder = Path(tempfile.mkdtemp(prefix="appraisal-preview-"))
    path = folder / f"form-{document.get('form_id', 'x')}.pdf"
    if not attempt(parent, lambda: render_form(document, path, language=language),
                   doing="PDF").ok:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    signed_pdf = None
    if session is not None and session.path is not None and document.get("form_id"):
        from ui.print_job import signed_form

        signed_pdf = signed_form(session.path, document["form_id"], language=language)
    preview = PdfPreview(path, parent=parent, temporary_folder=folder, signed_pdf=signed_pdf,
                         print_name=file_name(document))
    preview.show()
    return preview
