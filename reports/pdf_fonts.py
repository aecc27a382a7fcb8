"""The form's TrueType font in each PDF: subsets that come out the same from form to form, their
font programs made and compressed once per process.

reportlab gives a TrueType font's characters codes in subsets of 256, in the order a document
first uses them, and at the end builds every subset's font program (`makeSubset`) and deflates
it, for every document: an eighth of a form's time. The characters of a form are of two kinds:
the rubric's and the form's labels (the same on every form of that rubric and period), and the
person's (name, reasons, notes). `seed` gives out the first kind first, sorted: the subsets they
fill are then the same on every form of a rubric (only the last one, which the person's
characters complete, differs), and `add_font_objects` takes their programs from `_PROGRAMS`
(keyed by the font and the subset's characters in order: a subset with any other character is
another key). Starting a subset of its own for the person's characters would save a little
more time but adds a font program of ~5 KB to every PDF.
"""

_PROGRAMS = {}          # (face, subset characters) → (font program, deflated)
_PROGRAMS_MAX = 64      # a batch's rubrics × a few subsets; past that it starts again


def seed(font_name, doc, text):
    """Give the characters of `text` their codes in `doc` (sorted, each once) before anything is
    drawn. Does nothing for a font that is not a reportlab TTFont as this module knows it."""
    font = _subsetting_font(font_name)
    if font is not None:
        font.splitString("".join(sorted(set(text))), doc)


def add_font_objects(doc):
    """What PDFDocument.GetPDFData does first (each delayed font's addObjects), with the form
    font's subsets made through `_program`; call it just before the canvas is saved."""
    fonts, doc.delayedFonts = list(doc.delayedFonts), []
    for font in fonts:
        if _subsetting_font(font.fontName) is font:
            _add_objects(font, doc)
        else:
            font.addObjects(doc)


def _subsetting_font(font_name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    font = pdfmetrics.getFont(font_name)
    if type(font) is not TTFont or type(font.face) is not TTFontFace:
        return None
    if getattr(font.face, "_full_font", None):      # embedded whole: no subsets
        return None
    return font


def _add_objects(font, doc):
    """reportlab's TTFont.addObjects (4.x, 5.x), the subsets' font programs from `_program`."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

    try:
        state = font.state[doc]
    except KeyError:
        state = font.state[doc] = TTFont.State(font._asciiReadable)
    state.frozen = 1
    face = font.face
    for n, subset in enumerate(state.subsets):
        internal_name = font.getSubsetInternalName(n, doc)[1:]
        base_name = b"".join((SUBSETN(n), b"+", face.name, face.subfontNameX)).decode("pdfdoc")
        pdf_font = pdfdoc.PDFTrueTypeFont()
        pdf_font.__Comment__ = f"Font {font.fontName} subset {n}"
        pdf_font.Name = internal_name
        pdf_font.BaseFont = base_name
        pdf_font.FirstChar = 0
        pdf_font.LastChar = len(subset) - 1
        pdf_font.Widths = pdfdoc.PDFArray(list(map(face.getCharWidth, subset)))
        cmap = pdfdoc.PDFStream()
        cmap.content = makeToUnicodeCMap(base_name, subset)
        if doc.compression:
            cmap.filters = [pdfdoc.PDFZCompress]
        pdf_font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_name)
        pdf_font.FontDescriptor = _descriptor(face, doc, base_name, subset)
        doc.Reference(pdf_font, internal_name)
        doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
    del font.state[doc]


def _descriptor(face, doc, font_name, subset):
    """reportlab's TTFontFace.addSubsetObjects, the font program from `_program`."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC

    program, deflated = _program(face, subset)
    font_file = pdfdoc.PDFStream()
    font_file.dictionary["Length1"] = len(program)
    if doc.compression:     # deflated already: the stream writes it as it is
        font_file.content = deflated
        font_file.filters = []
        font_file.dictionary["Filter"] = pdfdoc.PDFArray(
            [pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
    else:
        font_file.content = program
    file_ref = doc.Reference(font_file, f"fontFile:{face.filename}({font_name})")
    flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
    return doc.Reference(pdfdoc.PDFDictionary({
        "Type": "/FontDescriptor",
        "Ascent": face.ascent,
        "CapHeight": face.capHeight,
        "Descent": face.descent,
        "Flags": flags,
        "FontBBox": pdfdoc.PDFArray(face.bbox),
        "FontName": pdfdoc.PDFName(font_name),
        "ItalicAngle": face.italicAngle,
        "StemV": face.stemV,
        "FontFile2": file_ref,
        "MissingWidth": face.defaultWidth,
    }), "fontDescriptor:" + font_name)


def _program(face, subset):
    """(the subset's TrueType program, deflated as reportlab's stream filter would), made once
    per font and list of characters."""
    key = (face, tuple(subset))
    found = _PROGRAMS.get(key)
    if found is None:
        from reportlab.pdfbase import pdfdoc

        program = face.makeSubset(subset)
        if len(_PROGRAMS) >= _PROGRAMS_MAX:
            _PROGRAMS.clear()
        found = _PROGRAMS[key] = (program, pdfdoc.PDFZCompress.encode(program))
    return found
