"""A cell paragraph's drawing, kept and written again on the next form: a batch prints the same
rubric texts on every form, and reportlab's Paragraph.drawPara was a fifth of a form's time.

What a one-font paragraph writes into the page (`canvas._code`, between its own q … Q, relative
to its place) depends on its text, style, width and height, on the font, and on the codes and
the name that font has in this document. With the rubric's characters given out first
(reports/pdf_fonts.py), its texts get the same codes on every form of that rubric: what one
form's paragraph wrote is written again for the same paragraph of the next form, once those
codes and that name are checked. A paragraph with anything more (several fonts, a link, an
underline, a background or border, a bullet, a CMYK or spot colour) is drawn by reportlab every
time, and so is one whose characters have other codes here (tests/test_pdf_caches.py prints
every sample form both ways and compares the bytes).
"""

_DRAWN = {}             # key (see _key) → ((code, font name in the document, codes), …)
_DRAWN_MAX = 2048       # a few rubrics and the last forms' own texts; past that it starts again
VARIANTS = 4            # codes a paragraph may have in different rubrics' forms, kept at once


def draw(paragraph, draw_anew):
    """Draw `paragraph` on its canvas: what it wrote before when that still holds, else with
    `draw_anew(paragraph)` (reportlab), keeping what it writes."""
    canvas = paragraph.canv
    key, font = _key(paragraph, canvas)
    if key is None:
        return draw_anew(paragraph)
    state = font.state.get(canvas._doc)
    if state is not None and state.internalName is not None:
        assigned = state.assignments
        for code, name, codes in _DRAWN.get(key, ()):
            if name == state.internalName and all(assigned.get(o) == c for o, c in codes):
                canvas._code.extend(code)
                return None
    start = len(canvas._code)
    draw_anew(paragraph)
    state = font.state.get(canvas._doc)
    if state is None or state.internalName is None:
        return None
    drawn = " ".join(word for _, words in paragraph.blPara.lines for word in words)
    points = sorted({32 if o == 0xA0 else o for o in map(ord, drawn)})    # nbsp prints as space
    if len(_DRAWN) >= _DRAWN_MAX:
        _DRAWN.clear()
    _DRAWN[key] = (*_DRAWN.get(key, ())[1 - VARIANTS:], (
        tuple(canvas._code[start:]), state.internalName,
        tuple((o, state.assignments.get(o)) for o in points)))
    return None


def _key(paragraph, canvas):
    """(key, font) of a paragraph whose drawing can be kept, or (None, None)."""
    from reportlab.lib.colors import CMYKColor
    from reportlab.pdfbase.pdfmetrics import getFont

    lines = paragraph.__dict__.get("blPara")
    style = paragraph.style
    if (lines is None or lines.kind != 0 or type(paragraph.text) is not str
            or getattr(paragraph, "_splitpara", 0) or paragraph.bulletText or paragraph.debug
            or getattr(lines, "us_lines", None) or getattr(lines, "link", None)
            or style.backColor is not None or getattr(style, "endDots", None)
            or (getattr(style, "borderWidth", 0) and getattr(style, "borderColor", None))
            or isinstance(lines.textColor, CMYKColor) or hasattr(paragraph, "_offsets")
            or getattr(canvas, "_enforceColorSpace", None) is not None):
        return None, None
    font = getFont(lines.fontName)
    if not getattr(font, "_dynamicFont", 0) or not hasattr(font, "state"):
        return None, None
    return (paragraph.text, style, paragraph.width, paragraph.height, font, lines.fontSize,
            canvas.bottomup, getattr(paragraph, "_JustifyLast", False)), font
