"""Every page's footer: form id, revision, SHA-256, a QR code of them, and "page x of y".

"of y" is only known at the end, so the canvas keeps each finished page's state and draws the
footers when the document is saved (reportlab's usual two-step numbering, one layout pass).
"""

import re
from functools import lru_cache, partial

from reports import pdf_fonts
from reports.pdf_styles import MARGIN_X, MM, PAGE_W, RULE

QR_SIZE = 15 * MM
QR_FORM = "formQR"


def canvas_maker(*, footer, page_text, qr_text, font, fixed_text=""):
    """A canvasmaker for `SimpleDocTemplate.build`: pages numbered "x of y" with the footer.
    `fixed_text`: what every form of this rubric prints, given the font's first codes
    (reports/pdf_fonts.py)."""
    return partial(_canvas_class(), footer=footer, page_text=page_text, qr_text=qr_text,
                   font=font, fixed_text=fixed_text)


@lru_cache(maxsize=1)
def _canvas_class():
    from reportlab.pdfgen.canvas import Canvas

    class FormCanvas(Canvas):
        def __init__(self, *args, footer, page_text, qr_text, font, fixed_text="", **kwargs):
            super().__init__(*args, **kwargs)
            self._footer = (footer, page_text, qr_text, font)
            self._finished = []
            if fixed_text:
                pdf_fonts.seed(font, self._doc, fixed_text)

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
            pdf_fonts.add_font_objects(self._doc)     # the font's subsets, made once
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

    code = qr_code(text)
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


def qr_code(text):
    """reportlab's QR code of `text` (level M), module for module: the mask it picks is the one
    of the eight with the fewest penalty points, first on a tie (QRCode.make). reportlab
    builds and scores the whole matrix eight times in Python lists, a tenth of a form's time;
    here it is built once (in test mode the masks change only the data modules), each mask
    applied to whole rows as integers, and scored by `lost_points` on strings."""
    from itertools import zip_longest

    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(True, 0)
    size = code.moduleCount
    data, dark = [0] * size, [0] * size         # per row, bit c: a data module / dark data
    for (col, row), bit in zip_longest(code.dataPosIterator(),
                                       code.dataBitIterator(code.dataCache), fillvalue=False):
        data[row] |= 1 << col
        if bit:
            dark[row] |= 1 << col
    fixed = [sum(1 << c for c, m in enumerate(row) if m) & ~data[r]
             for r, row in enumerate(code.modules)]
    points = []
    for mask in range(8):
        flips = _mask_rows(mask, size)
        rows = [f | ((d ^ p) & w) for f, d, p, w in zip(fixed, dark, flips, data)]
        points.append((lost_points([format(row, f"0{size}b")[::-1] for row in rows]), mask))
    code.makeImpl(False, min(points)[1])
    return code


@lru_cache(maxsize=64)
def _mask_rows(mask, size):
    """Mask pattern `mask` over a size × size matrix: per row an integer, bit c where it flips."""
    from reportlab.graphics.barcode.qrencoder import QRUtil

    flip = QRUtil.getMask(mask)
    return [sum(1 << c for c in range(size) if flip(r, c)) for r in range(size)]


RUN = re.compile("0{5,}|1{5,}")
FINDER = "10111010000"      # the one way round reportlab looks for it


def lost_points(rows):
    """QRUtil.getLostPoint of reportlab's encoder on a matrix given as rows of "0"/"1": the
    same points (tests/test_pdf_speedups.py)."""
    size = len(rows)
    lines = rows + ["".join(column) for column in zip(*rows)]
    points = sum(len(run) - 2 for line in lines for run in RUN.findall(line))     # runs of 5+
    bits = [int(row[::-1], 2) for row in rows]          # bit c: column c
    pairs = (1 << (size - 1)) - 1
    for above, below in zip(bits, bits[1:]):            # 2×2 blocks of one colour
        same = ~(above ^ below)
        points += 3 * (same & (same >> 1) & ~(below ^ (below >> 1)) & pairs).bit_count()
    # the finder-like pattern, in rows only: reportlab's column check compares tuples with a
    # list and never matches; and it stops one short of the last place
    last = size - len(FINDER)
    for line in rows:
        at = line.find(FINDER)
        while 0 <= at < last:
            points += 40
            at = line.find(FINDER, at + len(FINDER))
    dark = sum(row.count("1") for row in rows)
    return points + 10 * (abs(100 * dark // (size * size) - 50) // 5)
