"""Every page's footer: form id, revision, SHA-256, a QR code of them, and "page x of y".

"of y" is only known at the end, so the canvas keeps each finished page's state and draws the
footers when the document is saved (reportlab's usual two-step numbering, one layout pass).
"""

from functools import lru_cache, partial

from reports.pdf_styles import MARGIN_X, MM, PAGE_W, RULE

QR_SIZE = 15 * MM
QR_FORM = "formQR"


def canvas_maker(*, footer, page_text, qr_text, font):
    """A canvasmaker for `SimpleDocTemplate.build`: pages numbered "x of y" with the footer."""
    return partial(_canvas_class(), footer=footer, page_text=page_text, qr_text=qr_text,
                   font=font)


@lru_cache(maxsize=1)
def _canvas_class():
    from reportlab.pdfgen.canvas import Canvas

    class FormCanvas(Canvas):
        def __init__(self, *args, footer, page_text, qr_text, font, **kwargs):
            super().__init__(*args, **kwargs)
            self._footer = (footer, page_text, qr_text, font)
            self._finished = []

        def showPage(self):
            self._finished.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = len(self._finished)
            _define_qr(self, self._footer[2])      # on the blank page-in-waiting, once
            for state in self._finished:
                self.__dict__.update(state)
                _draw_footer(self, *self._footer, pages=pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return FormCanvas


def _draw_footer(canvas, footer, page_text, qr_text, font, *, pages):
    from reports.fonts import printable

    canvas.saveState()
    top = 17 * MM
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, top, PAGE_W - MARGIN_X, top)
    canvas.setFont(font, 6.4)
    canvas.setFillColor("#4a4a4a")
    text_right = PAGE_W - MARGIN_X - QR_SIZE - 3 * MM
    canvas.drawString(MARGIN_X, top - 5 * MM, printable(footer))
    canvas.setFont(font, 8)
    canvas.drawRightString(text_right, top - 10 * MM,
                           page_text.format(page=canvas.getPageNumber(), pages=pages))
    canvas.translate(PAGE_W - MARGIN_X - QR_SIZE, top - QR_SIZE - 1 * MM)
    canvas.doForm(QR_FORM)
    canvas.restoreState()


def _define_qr(canvas, text):
    """The QR code drawn once per document as a form XObject, then reused on every page: one
    path of the dark runs, written in module units (whole numbers) under one scale."""
    from itertools import groupby

    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    box = QR_SIZE / (count + 2)             # one module of quiet zone on each side
    runs = []
    for r, row in enumerate(code.modules):
        column = 0
        for dark, run in groupby(bool(m) for m in row):
            width = len(list(run))
            if dark:
                runs.append(f"{column + 1} {count - r} {width} 1 re")
            column += width
    canvas.beginForm(QR_FORM, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
    canvas.saveState()
    canvas.transform(box, 0, 0, box, 0, 0)
    canvas.setFillColor("#000000")
    canvas.addLiteral(" ".join(runs) + " f")
    canvas.restoreState()
    canvas.endForm()
