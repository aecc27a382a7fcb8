"""A plain-text label for figures that change often: a new text repaints just the label.

A QLabel asks its layout for room again on every setText, even when the text fits where it is;
on the checklist that re-laid out all hundred rows and the scroll area on every tick (most of
the tick's time). This label asks again only when the new text needs another height at its
width (or, unwrapped, more width than it has), so a tick repaints only what changed.
"""

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# Wide enough for a sentence before it wraps, as a QLabel's size hint would be.
HINT_CHARS = 60
ONE_LINE = "国Ag"     # the height one line of a reason needs, Chinese and Latin


class SteadyLabel(QWidget):
    def __init__(self, text="", *, wrap=False, color=None, pixel_size=None, bold=False,
                 top_margin=0, parent=None):
        super().__init__(parent)
        self._text = text
        self._wrap = wrap
        self._line = None                       # one line's height in this font
        self._measured = (None, None, None)     # (text, width, size) last measured
        if pixel_size or bold:
            font = QFont(self.font())
            if pixel_size:
                font.setPixelSize(pixel_size)
            font.setBold(bold)
            self.setFont(font)
        if color:
            palette = self.palette()
            palette.setColor(QPalette.WindowText, QColor(color))
            self.setPalette(palette)
        self.setContentsMargins(0, top_margin, 0, 0)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(wrap)
        self.setSizePolicy(policy)

    # -- QLabel's reading API (tests and callers read it like a label) -----------------------
    def text(self):
        return self._text

    def wordWrap(self):  # noqa: N802 (Qt's name)
        return self._wrap

    def setText(self, text):  # noqa: N802 (Qt's name)
        text = text or ""
        if text == self._text:
            return
        width = self.contentsRect().width()
        before = self._text_size(self._text, width)
        self._text = text
        after = self._text_size(text, width)
        if after.height() != before.height() or (not self._wrap and after.width() > width):
            self.updateGeometry()       # it needs other room: the layout must know
        self.setAccessibleName(text)    # what a screen reader reads, as a QLabel's text
        self.update()

    def clear(self):
        self.setText("")

    # -- size --------------------------------------------------------------------------------
    def _text_size(self, text, width):
        """The text's size at `width` (wrapped) or on one line; at least one line high (a line
        of Chinese: its glyphs, from a fallback font, may stand taller than the font's own).
        The last answer is kept: setText asks again for the text shown."""
        if self._measured[:2] == (text, width):
            return self._measured[2]
        metrics = self.fontMetrics()
        if self._line is None:
            line = metrics.boundingRect(QRect(0, 0, 100000, 100000), int(Qt.AlignLeft), ONE_LINE)
            self._line = max(line.height(), metrics.lineSpacing())
        flags = int(Qt.AlignLeft)
        wrap_at = width if self._wrap and width > 0 else 100000
        if wrap_at != 100000:
            flags |= int(Qt.TextWordWrap)
        rect = metrics.boundingRect(QRect(0, 0, wrap_at, 100000), flags, text)
        size = QSize(rect.width(), max(rect.height(), self._line))
        self._measured = (text, width, size)
        return size

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):   # measure again
            self._line, self._measured = None, (None, None, None)
        super().changeEvent(event)

    def _margins(self):
        margins = self.contentsMargins()
        return margins.left() + margins.right(), margins.top() + margins.bottom()

    def hasHeightForWidth(self):  # noqa: N802 (Qt's name)
        return self._wrap

    def heightForWidth(self, width):  # noqa: N802 (Qt's name)
        across, down = self._margins()
        return self._text_size(self._text, max(1, width - across)).height() + down

    def sizeHint(self):  # noqa: N802 (Qt's name)
        across, down = self._margins()
        if self._wrap:
            width = min(self._text_size(self._text, 0).width(),
                        self.fontMetrics().averageCharWidth() * HINT_CHARS)
            return QSize(width + across, self.heightForWidth(width + across))
        size = self._text_size(self._text, 0)
        return QSize(size.width() + across, size.height() + down)

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        if self._wrap:
            across, down = self._margins()
            return QSize(across, self._text_size("", 0).height() + down)
        return self.sizeHint()

    def paintEvent(self, _event):  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.WindowText))
        flags = int(Qt.AlignLeft | Qt.AlignTop) | (int(Qt.TextWordWrap) if self._wrap else 0)
        painter.drawText(self.contentsRect(), flags, self._text)
