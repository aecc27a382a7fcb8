"""Page geometry, paragraph styles and colours of the printed form (reportlab, imported lazily)."""

import re
from functools import lru_cache
from types import SimpleNamespace
from xml.sax.saxutils import escape

MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM        # A4 portrait
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 14 * MM, 13 * MM, 22 * MM
WIDTH = PAGE_W - 2 * MARGIN_X
# 序号 · 项目 (分值) · 考核标准 · 检查方法 · 扣分原因 · 扣分 · 得分
COLUMNS = tuple(w * MM for w in (8, 30, 46, 25, 45, 13, 15))

# Han, kana, Hangul, CJK punctuation and full-width forms: text holding any of them breaks
# anywhere (reportlab's 'CJK' wrapping); text without them breaks only between words.
CJK = re.compile("[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
                 "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
TAG = re.compile(r"<[^>]*>")

INK = "#1a1a1a"
MUTED = "#5a5a5a"
RULE = "#7f7f7f"
SHADE = "#e9edf2"
HEAD = "#d5dde8"
ALERT = "#b00020"


@lru_cache(maxsize=4)
def styles(font):
    """Paragraph styles for `font` (a registered reportlab font name)."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("cell", fontName=font, fontSize=7.6, leading=9.6, wordWrap="CJK",
                          textColor=color(INK))

    def like(name, **changes):
        return ParagraphStyle(name, parent=base, **changes)

    return SimpleNamespace(
        font=font,
        cell=base,
        small=like("small", fontSize=6.6, leading=8.4, textColor=color(MUTED)),
        cell_small=like("cell_small", fontSize=6.6, textColor=color(MUTED)),   # the cell's leading
        head=like("head", alignment=TA_CENTER, fontSize=8, leading=10),
        section=like("section", fontSize=8.4, leading=10.5),
        title=like("title", alignment=TA_CENTER, fontSize=16, leading=21),
        subtitle=like("subtitle", alignment=TA_CENTER, fontSize=8.6, leading=11,
                      textColor=color(MUTED)),
        label=like("label", fontSize=8, leading=10, textColor=color(MUTED)),
        value=like("value", fontSize=8.6, leading=10.6),
        warning=like("warning", fontSize=8.4, leading=10.6, textColor=color(ALERT)),
        note=like("note", fontSize=7, leading=9, textColor=color(MUTED), alignment=TA_RIGHT),
        total_label=like("total_label", alignment=TA_RIGHT, fontSize=9, leading=12),
        total_value=like("total_value", fontSize=9, leading=12),
        big_label=like("big_label", alignment=TA_RIGHT, fontSize=11.5, leading=14.5),
        big_value=like("big_value", fontSize=11.5, leading=14.5),
    )


def para(text, style):
    """A Paragraph of plain `text` (escaped; newlines kept), with symbols the font lacks
    replaced by stand-ins it has."""
    return paragraph_class()(markup(text), style)


@lru_cache(maxsize=256)
def color(value):
    """A reportlab Color for "#rrggbb", made once: a colour given as text is parsed again each
    time a paragraph or a table cell is drawn with it."""
    from reportlab.lib.colors import toColor

    return toColor(value)


@lru_cache(maxsize=1)
def paragraph_class():
    """Paragraph that parses each (text, style) once and keeps its line breaks for a width it
    was already wrapped to.

    A table wraps every cell to size its rows, again to draw it, and again for each page it
    flows onto; CJK line breaking is the costliest step of a form, so it is done once. The
    markup parse (an HTML parser) comes next: the same labels, item names and standards come
    back on every form of a batch, so their parsed fragments are kept (`_parsed`) and each new
    paragraph gets its own copies of them."""
    from reportlab.platypus import Paragraph

    from reports import pdf_drawn

    class CellParagraph(Paragraph):
        def __init__(self, text, style=None, *args, **kwargs):
            if style is not None:
                style = wrap_style(text, style)
            parsed = None
            if style is not None and not args and not kwargs:
                parsed = _parsed(text, style)
            if parsed is None:
                super().__init__(text, style, *args, **kwargs)
            else:
                super().__init__(text, parsed[0], frags=[f.clone() for f in parsed[1]])

        drop = 0        # drawn this much lower than its place (pdf_table._lines)

        def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (reportlab's name)
            Paragraph.drawOn(self, canvas, x, y - self.drop, _sW)

        def wrap(self, availWidth, availHeight):
            done = self.__dict__.get("_wrapped")
            if done and done[0] == availWidth and done[1] is self.__dict__.get("blPara"):
                self.width, self.height = done[2], done[3]
                return done[2], done[3]
            size = Paragraph.wrap(self, availWidth, availHeight)
            self._wrapped = (availWidth, self.blPara, *size)
            return size

        def draw(self):
            pdf_drawn.draw(self, Paragraph.draw)    # what it wrote on the last form, if it holds

        def breakLinesCJK(self, maxWidths):  # noqa: N802 (reportlab's name)
            """Paragraph.breakLinesCJK's one-font case, its line breaks looked up in
            `cut_lines` (the same standards and names come back on every form of a batch)."""
            frags = self.frags
            if (self.bulletText or len(frags) != 1 or hasattr(frags[0], "cbDefn")
                    or not hasattr(frags[0], "text") or self.style.endDots
                    or getattr(self, "_splitpara", 0)):
                return Paragraph.breakLinesCJK(self, maxWidths)
            if not isinstance(maxWidths, (list, tuple)):
                maxWidths = [maxWidths]     # noqa: N806
            self.height = 0
            f = frags[0]
            lines = cut_lines(f.text, tuple(maxWidths), f.fontName, f.fontSize)
            return f.clone(kind=0, lines=[(space, [line]) for space, line in lines],
                           ascent=f.fontSize, descent=-0.2 * f.fontSize)

    return CellParagraph


def cut_lines(text, widths, font_name, font_size):
    """reportlab's CJK line breaking of one-font `text` (textsplit.wordSplit): ((spare width,
    line), …), worked out once per text, widths, font and size. The font object itself is part
    of the key: a font registered again under the same name never gets the old one's breaks."""
    from reportlab.pdfbase.pdfmetrics import getFont

    key = (text, widths, getFont(font_name), font_size)
    found = _CUT.get(key)
    if found is None:
        from reportlab.lib.textsplit import wordSplit

        if len(_CUT) >= _CUT_MAX:
            _CUT.clear()
        found = _CUT[key] = tuple((space, line) for space, line in
                                  wordSplit(text, list(widths), font_name, font_size))
    return found


_CUT = {}               # (text, widths, font, size) → its lines; see cut_lines
_CUT_MAX = 8192


_PARSED = {}            # (text, style) → (style, fragments), as reportlab's parser made them
_PARSED_MAX = 8192      # a batch's distinct cells; past that it starts again


def _parsed(text, style):
    key = (text, style)
    found = _PARSED.get(key)
    if found is None:
        from reportlab.platypus import Paragraph

        made = Paragraph(text, style)
        if made.bulletText is not None:
            return None
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        found = _PARSED[key] = (made.style, [f.clone() for f in made.frags])
    return found


def is_cjk(text):
    """True when the text (markup or plain) holds a CJK character."""
    return CJK.search(TAG.sub("", text or "")) is not None


def wrap_style(text, style):
    """`style` for text with CJK characters (it may break between any two of them); for Latin
    text the same style breaking only between words ("explanation" never becomes
    "explanatio/n"; a word wider than the column is still split)."""
    if style.wordWrap != "CJK" or is_cjk(text):
        return style
    return _latin(style)


@lru_cache(maxsize=64)
def _latin(style):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)


def markup(text):
    """Escaped text for use inside hand-written Paragraph markup, with the font's stand-ins:
    made once per text and font file (a batch prints the same rubric texts on every form)."""
    from reports.fonts import cjk_font_file, printable

    key = (text, cjk_font_file())
    found = _MARKUP.get(key)
    if found is None:
        if len(_MARKUP) >= _MARKUP_MAX:
            _MARKUP.clear()
        found = _MARKUP[key] = escape(printable(text)).replace("\n", "<br/>")
    return found


_MARKUP = {}            # (text, (font file, face)) → its markup; see markup
_MARKUP_MAX = 8192
