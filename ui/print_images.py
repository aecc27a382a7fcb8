"""The images fallback of printing (ui/print_job.py step 4): each page of a PDF rendered as an
image and painted onto the printer's page, for when the system spooler cannot take the signed PDF.
Used in a worker, never on the GUI thread."""

from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtPrintSupport import QPrinter

RASTER_DPI = 300        # the image fallback renders no finer than this (a form needs no more)

translate = QCoreApplication.translate     # the texts keep the context "PrintJob" they had


def print_pdf(document, printer, *, report=None, cancelled=None, dpi=RASTER_DPI):
    """Each page rendered as an image (at most `dpi`) and painted onto its page of `printer`.

    `document`: an open QPdfDocument, or the path of a PDF; a path is opened here, in the
    calling thread, and let go of before returning — so a worker can call it (QPainter may
    paint on a QPrinter in any thread). The preview's own QPdfDocument belongs to the GUI
    thread: only pass it there. `report(done, total)` after each page; `cancelled()` is asked
    before each. Returns the number of pages printed."""
    from PySide6.QtGui import QPainter

    own = None
    if not hasattr(document, "pageCount"):
        from PySide6.QtPdf import QPdfDocument

        own = document = _open_pdf(QPdfDocument, document)
    try:
        first, last = 0, document.pageCount() - 1
        if printer.printRange() == QPrinter.PageRange and printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(last, max(first, printer.toPage() - 1))
        total, printed = last - first + 1, 0
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(translate("PrintJob", "The printer cannot be used."))
        try:
            for index in range(first, last + 1):
                if cancelled is not None and cancelled():
                    break
                if printed:
                    printer.newPage()
                target = painter.viewport()
                points = document.pagePointSize(index)
                scale = min(target.width() / points.width(), target.height() / points.height())
                fine = min(scale, dpi / 72)
                image = document.render(index, QSize(int(points.width() * fine),
                                                     int(points.height() * fine)))
                painter.drawImage(QRect(0, 0, int(points.width() * scale),
                                        int(points.height() * scale)), image)
                printed += 1
                if report is not None:
                    report(printed, total)
        finally:
            painter.end()
    finally:
        if own is not None:
            import shiboken6

            own.close()
            shiboken6.delete(own)       # in the thread that made it
    return printed


def _open_pdf(document_class, path):
    document = document_class()
    error = document.load(str(path))
    if error != document_class.Error.None_:
        import shiboken6

        shiboken6.delete(document)
        raise OSError(translate("PrintJob", "The PDF cannot be read for printing: %1").replace(
            "%1", str(path)))
    return document
