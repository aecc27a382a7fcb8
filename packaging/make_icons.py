"""Render resources/icons/appraisal-desk.svg to the 256 px PNG (Linux, the window icon) and the
Windows .ico (16–256 px, PNG entries). Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer, size):
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image):
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(images):
    """An .ico whose entries are PNGs (Windows Vista and later read them)."""
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size          # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return head + entries + blobs


def main():
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "appraisal-desk.svg"))
    if not renderer.isValid():
        raise SystemExit("appraisal-desk.svg does not parse")
    render(renderer, 256).save(str(ICONS / "appraisal-desk-256.png"))
    ico = ico_bytes([(size, png_bytes(render(renderer, size))) for size in ICO_SIZES])
    (ICONS / "appraisal-desk.ico").write_bytes(ico)
    print(f"wrote {ICONS / 'appraisal-desk-256.png'} and {ICONS / 'appraisal-desk.ico'}")


if __name__ == "__main__":
    main()
