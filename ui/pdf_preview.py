"""In-app PDF preview (QtPdf) and printing through the system's print dialog."""

import shutil
import tempfile
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout


class PdfPreview(QDialog):
    def __init__(self, path, *, parent=None, temporary_folder=None):
        """`temporary_folder`: where the PDF was written for this preview only; it is removed
        when the preview closes (or is destroyed with its parent unclosed)."""
        super().__init__(parent)
        self.path = Path(path)
        self.temporary_folder = temporary_folder
        if temporary_folder is not None:
            self.finished.connect(self._remove_temporary)
            self.destroyed.connect(partial(shutil.rmtree, str(temporary_folder), True))
        self.setWindowTitle(self.path.name)
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setMinimumHeight(40)
        print_button.clicked.connect(self.print_dialog)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(print_button)
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
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.Accepted:
            print_pdf(self.document, printer)


def print_pdf(document, printer):
    """Each page rendered at the printer's resolution onto its page."""
    from PySide6.QtGui import QPainter

    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(index)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            painter.drawImage(0, 0, document.render(index, size))
    finally:
        painter.end()


def preview_document(document, *, language="zh", parent=None):
    """Render a form document to a temporary PDF and show it; the PDF (unsigned: it is not
    kept) is removed when the preview closes."""
    from reports.pdf_form import render_form
    from ui.errors import attempt

    folder = Path(tempfile.mkdtemp(prefix="appraisal-preview-"))
    path = folder / f"form-{document.get('form_id', 'x')}.pdf"
    if not attempt(parent, lambda: render_form(document, path, language=language),
                   doing="PDF").ok:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    preview = PdfPreview(path, parent=parent, temporary_folder=folder)
    preview.show()
    return preview
