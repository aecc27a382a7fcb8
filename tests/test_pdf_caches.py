"""What a batch keeps from form to form prints the same and never another form's content: the
font subsets of a rubric's texts (reports/pdf_fonts.py), a cell's markup, line breaks and
drawing (reports/pdf_styles.markup, cut_lines; reports/pdf_drawn.py), and the signer's encoded
attributes (reports/pdf_signer.py)."""

import asyncio
import hashlib

import pytest

from reports import pdf_drawn, pdf_fonts, pdf_styles
from reports.pdf_form import render_form
from reports.pdf_sign import CERT_FILE, KEY_FILE, _signer, sign_pdf, verify_pdf
from tests import form_samples as fs
from tests.form_samples import pdf_text


@pytest.fixture
def invariant():
    """Fixed dates and ids in the PDF: two prints of one form are then the same bytes."""
    from reportlab import rl_config

    before, rl_config.invariant = rl_config.invariant, 1
    yield
    rl_config.invariant = before


def someone_else(document, name, code):
    return dict(document, employee=dict(document["employee"], name=name, code=code),
                form_id=document["form_id"] + 1)


def test_forms_of_one_rubric_share_subsets_and_each_prints_its_own_name(tmp_path):
    pdf_fonts._PROGRAMS.clear()
    first = fs.service_norms()                           # 张三, A001
    second = someone_else(first, "欧阳娜娜", "A002")      # characters no label or rule has
    render_form(first, tmp_path / "first.pdf")
    made = set(pdf_fonts._PROGRAMS)
    assert made                                          # its subsets were kept …
    render_form(second, tmp_path / "second.pdf")
    # … and the rubric's subsets used again: only the one her name completes is made anew
    assert len(set(pdf_fonts._PROGRAMS) - made) <= 1
    one, two = (fs_text(tmp_path / name) for name in ("first.pdf", "second.pdf"))
    assert "姓名张三工号A001" in one and "欧阳娜娜" not in one
    assert "姓名欧阳娜娜工号A002" in two and "姓名张三" not in two


def fs_text(path):
    return "".join(pdf_text(path).split())


SAMPLES = ("service_norms", "ecommerce_kpi", "veto", "agent_monthly", "long_form")


@pytest.mark.slow
def test_what_is_kept_prints_the_same_bytes_as_reportlab_alone(tmp_path, invariant,
                                                                monkeypatch):
    """Every sample form in both languages, printed after the others (every cache filled, a
    paragraph's kept drawing tried under other rubrics' codes), then printed again with nothing
    kept, reportlab drawing each paragraph and making the font's objects (TTFont.addObjects):
    the same bytes."""
    forms = [(name, language) for language in ("zh", "en") for name in SAMPLES]
    for name, language in forms:                         # fills every cache
        render(name, language, tmp_path)
    kept = {form: render(*form, tmp_path) for form in forms}
    monkeypatch.setattr(pdf_fonts, "add_font_objects", lambda doc: None)
    monkeypatch.setattr(pdf_drawn, "draw", lambda paragraph, draw_anew: draw_anew(paragraph))
    for cache in ("_CUT", "_MARKUP"):
        monkeypatch.setattr(pdf_styles, cache, NeverKept())
    for form in forms:
        assert render(*form, tmp_path) == kept[form], form


class NeverKept(dict):
    def __setitem__(self, key, value):
        pass


def render(name, language, folder):
    path = folder / f"{name}-{language}.pdf"
    render_form(getattr(fs, name)(), path, language=language)
    return path.read_bytes()


def test_line_breaks_are_reportlabs_for_each_text_and_width():
    from reportlab.lib.textsplit import wordSplit
    from reportlab.pdfbase.pdfmetrics import getFont
    from reportlab.platypus import Paragraph

    from reports.fonts import cjk_font

    style = pdf_styles.styles(cjk_font()).cell
    text = "通话期间客户要求重报工号而未报的每次扣十分并记入当月考核"
    seen = set()
    for width in (60.0, 95.5, 400.0, 60.0):
        expected = tuple((s, line) for s, line in wordSplit(text, [width], style.fontName,
                                                            style.fontSize))
        assert pdf_styles.cut_lines(text, (width,), style.fontName, style.fontSize) == expected
        ours = pdf_styles.paragraph_class()(text, style)
        ours.wrap(width, 1000)
        stock = Paragraph(text, style)
        stock.wrap(width, 1000)
        assert [line[1] for line in ours.blPara.lines] == [line[1] for line in
                                                           stock.blPara.lines]
        seen.add(len(expected))
    assert len(seen) == 3                   # three widths, three ways of breaking it
    assert (text, (60.0,), getFont(style.fontName), style.fontSize) in pdf_styles._CUT


def test_markup_is_kept_per_text_and_per_font(monkeypatch):
    """A cell's markup (escaped, the font's stand-ins) is made once per text and font file:
    another text or another font never gets it."""
    from pathlib import Path

    from reports import fonts

    fonts.cjk_font()
    monkeypatch.setitem(fonts._registered, "cmap", set(fonts._registered["cmap"]) - {ord("✗")})
    first = pdf_styles.markup("A<B ✗ 扣分")
    assert first == "A&lt;B ✘ 扣分"                       # the font has no ✗: its ✘ stands in
    assert pdf_styles.markup("A<B ✗ 扣分") is first        # kept
    assert pdf_styles.markup("A>B ✗ 扣分") == "A&gt;B ✘ 扣分"
    # another font, without ✘ either: the same text with that font's stand-in
    monkeypatch.setitem(fonts._registered, "cmap",
                        set(fonts._registered["cmap"]) - {ord("✗"), ord("✘")})
    monkeypatch.setitem(fonts._registered, "path", Path("/fonts/another.ttf"))
    assert pdf_styles.markup("A<B ✗ 扣分") == "A&lt;B × 扣分"


@pytest.fixture(scope="module")
def org(tmp_path_factory):
    return tmp_path_factory.mktemp("org") / "org"


def signed_attributes(signer, digest):
    attrs = asyncio.run(signer.signed_attrs(digest, "sha256", use_pades=True))
    return attrs.dump()


def test_signed_attributes_are_pyhankos_for_each_document(org, tmp_path):
    """The signer keeps what is the same for every form; each document's digest is its own, and
    the attributes are byte for byte what pyHanko's SimpleSigner makes."""
    from pyhanko.sign import signers

    from models.trust import keys
    from reports.pdf_signer import form_signer_class

    plain_pdf = tmp_path / "plain.pdf"
    render_form(fs.service_norms(), plain_pdf)
    sign_pdf(plain_pdf, tmp_path / "made-key.pdf", org_dir=org, reason="x")     # makes the key
    ours = _signer(str(org.resolve()), None)
    assert isinstance(ours, form_signer_class())
    plain = signers.SimpleSigner.load(str(org / KEY_FILE), str(org / CERT_FILE),
                                      key_passphrase=keys.secret(org))
    first, second = hashlib.sha256(b"form 1").digest(), hashlib.sha256(b"form 2").digest()
    for digest in (first, second, first):
        assert signed_attributes(ours, digest) == signed_attributes(plain, digest)
    assert signed_attributes(ours, first) != signed_attributes(ours, second)


def test_forms_signed_one_after_another_each_verify_with_their_own_certificate(tmp_path):
    """Two forms in a row with one signer, then a form of another organisation: each is intact
    and signed by its own certificate (the kept certificate reference is the signer's)."""
    norms, kpi = tmp_path / "norms.pdf", tmp_path / "kpi.pdf"
    render_form(fs.service_norms(), norms)
    render_form(fs.ecommerce_kpi(), kpi)
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    for source, org_dir, name in ((norms, ours, "a"), (kpi, ours, "b"), (norms, theirs, "c")):
        sign_pdf(source, tmp_path / f"{name}.pdf", org_dir=org_dir, reason=name,
                 organisation=org_dir.name)
    kept = _signer(str(ours.resolve()), "ours").__dict__.get("_signer_only_attrs")
    assert kept and all(len(attrs) == 2 for attrs in kept.values())    # made once, then reused
    a, b = (verify_pdf(tmp_path / f"{n}.pdf", org_dir=ours) for n in "ab")
    assert a.ok and a.trusted and b.ok and b.trusted
    assert (a.form_id, b.form_id) == (12, fs.ecommerce_kpi()["form_id"])
    c = verify_pdf(tmp_path / "c.pdf", org_dir=theirs)
    assert c.ok and c.trusted and c.signer.startswith("theirs")
    assert verify_pdf(tmp_path / "c.pdf", org_dir=ours).trusted is False
