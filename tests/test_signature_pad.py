"""Signing on the pad with the mouse: strokes recorded, PNG made, clear empties it."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from ui.signature_pad import SignaturePad


def drag(qtbot, widget, points):
    qtbot.mousePress(widget, Qt.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(widget, QPoint(x, y))
    qtbot.mouseRelease(widget, Qt.LeftButton, pos=QPoint(*points[-1]))


def test_strokes_png_and_clear(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        drag(qtbot, pad, [(40, 80), (120, 40), (200, 120), (300, 60)])
    assert not pad.is_empty()
    assert len(pad.strokes) == 1 and len(pad.strokes[0]) >= 2
    assert pad.strokes[0][0] == (0.1, 0.5)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pad.strokes[0])
    png = pad.to_png()
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (600, 200)
    dark = sum(1 for x in range(0, 600, 3) for y in range(0, 200, 3)
               if image.pixelColor(x, y).lightness() < 128)
    assert dark > 10                      # ink on the image, not a blank page
    pad.clear()
    assert pad.is_empty() and pad.strokes == []
