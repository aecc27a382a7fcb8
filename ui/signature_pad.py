"""A pad to sign on with a mouse, a pen or a finger; strokes kept as points in a 0..1 box."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.strokes = []          # [[(x, y), ...], ...] with x, y in 0..1
        self._current = None
        self.setMinimumSize(360, 140)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WA_StaticContents)
        self.setCursor(Qt.CrossCursor)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    # -- input: mouse and pen (tablet events fall back to mouse events); touch ----------------
    def mousePressEvent(self, event):
        self._begin(event.position())

    def mouseMoveEvent(self, event):
        self._extend(event.position())

    def mouseReleaseEvent(self, event):
        self._end()

    def event(self, event):
        kinds = {event.Type.TouchBegin: self._begin, event.Type.TouchUpdate: self._extend}
        if event.type() in kinds and event.points():
            kinds[event.type()](event.points()[0].position())
            return True
        if event.type() in (event.Type.TouchEnd, event.Type.TouchCancel):
            self._end()
            return True
        return super().event(event)

    def _begin(self, pos):
        self._current = [self._norm(pos)]
        self.strokes.append(self._current)

    def _extend(self, pos):
        if self._current is not None:
            self._current.append(self._norm(pos))
            self.update()

    def _end(self):
        if self._current is not None:
            self._current = None
            self.update()
            self.changed.emit()

    def _norm(self, pos):
        w, h = max(1, self.width()), max(1, self.height())
        return (round(min(max(pos.x() / w, 0.0), 1.0), 4),
                round(min(max(pos.y() / h, 0.0), 1.0), 4))

    # -- state ------------------------------------------------------------------------------
    def is_empty(self):
        return not any(len(s) > 1 for s in self.strokes)

    def clear(self):
        self.strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#bbb"), 1, Qt.DashLine))
        baseline = int(self.height() * 0.8)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        draw_strokes(painter, self.strokes, self.width(), self.height())

    def to_png(self, width=600, height=200):
        """The signature alone, on white, as PNG bytes (for the form and the PDF)."""
        image = QImage(width, height, QImage.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw_strokes(painter, self.strokes, width, height, pen_width=3)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data)


def draw_strokes(painter, strokes, width, height, *, pen_width=2.5):
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setPen(QPen(QColor("#10206b"), pen_width, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    for stroke in strokes:
        if len(stroke) < 2:
            continue
        path = QPainterPath(QPointF(stroke[0][0] * width, stroke[0][1] * height))
        for x, y in stroke[1:]:
            path.lineTo(QPointF(x * width, y * height))
        painter.drawPath(path)
