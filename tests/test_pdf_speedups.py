"""The form prints faster and the same: the QR code is reportlab's module for module, a cell's
parsed markup is reused byte for byte, and a cell's lines drawn as one paragraph each stand
where they stood as the lines of one paragraph."""

import re
import subprocess

import pytest
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel, QRUtil

from reports import pdf_styles
from reports.pdf_form import render_form
from reports.pdf_page import lost_points, qr_code
from tests import form_samples as fs


def reportlabs(text):
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()             # tries the eight masks its own way
    return code


@pytest.mark.parametrize("text", [
    "appraisal-desk:form=12&rev=1&sha=" + "ab" * 32,
    "x",
    "张三 2026-11 考核表" * 9,
    "0123456789" * 40,
])
def test_the_qr_code_is_reportlabs_module_for_module(text):
    ours, theirs = qr_code(text), reportlabs(text)
    assert ours.modules == theirs.modules
    for mask in range(8):               # and every mask scores the same penalty points
        theirs.makeImpl(True, mask)
        rows = ["".join("1" if m else "0" for m in row) for row in theirs.modules]
        assert lost_points(rows) == QRUtil.getLostPoint(theirs)


@pytest.fixture
def invariant():
    """Fixed dates and ids in the PDF: two prints of one form are then the same bytes."""
    from reportlab import rl_config

    before, rl_config.invariant = rl_config.invariant, 1
    yield
    rl_config.invariant = before


def printed(document, tmp_path, name):
    path = tmp_path / name
    render_form(document, path)
    return path.read_bytes()


def test_parsed_cells_are_reused_and_print_the_same_bytes(tmp_path, invariant, monkeypatch):
    document = fs.service_norms()
    pdf_styles._PARSED.clear()
    first = printed(document, tmp_path, "first.pdf")
    assert pdf_styles._PARSED                                   # its cells were kept …
    again = printed(document, tmp_path, "again.pdf")            # … and used
    monkeypatch.setattr(pdf_styles, "_parsed", lambda text, style: None)
    parsed_anew = printed(document, tmp_path, "anew.pdf")
    assert first == again == parsed_anew


def words(pdf):
    """{word: (x, y)} of a one-page PDF (poppler's pdftotext -bbox)."""
    found = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    return {m[3]: (round(float(m[0]), 2), round(float(m[1]), 2)) for m in re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', found)}


@pytest.mark.parametrize("parts", [
    [("命令语气或不耐烦", False), ("−10/次", True)],                   # an item and its worth
    [("通话期间客户要求重报工号", False), ("每次扣10分", True), ("另一行标准", True)],
    [("·11-04记错", True), ("·11-09重复", True)],                     # a continued row's notes
    [("Early hangup ×2 → −12", False), ("·11-11客户投诉", True), ("·11-20同上", True)],
    [("单独一行", True)],
])
def test_a_cells_lines_stand_where_one_paragraph_put_them(tmp_path, invariant, parts):
    from reportlab.platypus import SimpleDocTemplate, Table

    from reports.fonts import cjk_font
    from reports.pdf_styles import MUTED, markup, paragraph_class
    from reports.pdf_table import _lines

    st = pdf_styles.styles(cjk_font())
    small = f'<font size="6.6" color="{MUTED}">{{}}</font>'
    runs = []       # before: one paragraph per run of Latin or CJK lines, joined by <br/>
    for text, is_small in parts:
        line = small.format(markup(text)) if is_small else markup(text)
        if runs and pdf_styles.is_cjk(text) == pdf_styles.is_cjk(runs[-1][-1][0]):
            runs[-1].append((text, line))
        else:
            runs.append([(text, line)])
    one_paragraph = [paragraph_class()("<br/>".join(line for _, line in run), st.cell)
                     for run in runs]
    per_line = _lines([(markup(text), is_small) for text, is_small in parts], st)
    for name, cell in (("before", one_paragraph), ("now", per_line)):
        SimpleDocTemplate(str(tmp_path / f"{name}.pdf")).build(
            [Table([[cell, "x"]], colWidths=[120, 40])])
    assert words(tmp_path / "now.pdf") == words(tmp_path / "before.pdf")
