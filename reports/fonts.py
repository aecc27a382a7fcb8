"""The CJK TrueType font every PDF embeds: found once per process, never silently missing.

reportlab embeds TrueType outlines only (no CFF/OTF), and a font without Latin letters or digits
drops dates without a word, so a candidate is checked for both before it is used.
"""

import os
import sys
from pathlib import Path

FONT_ENV = "APPRAISAL_DESK_FONT"        # a .ttf/.ttc path, optionally "path#N" for a TTC face
FONT_NAME = "AppraisalDeskCJK"
# Characters a form always prints: Chinese labels, digits and Latin (dates, ids, the fingerprint).
REQUIRED = "考核表姓名工号得分扣签字日期张三0123456789ABCDEFabcdef-:./"
# Printed symbols with a stand-in for fonts that lack them (WenQuanYi has no ✗).
STAND_INS = {"✗": "✘×x", "✓": "✔√", "−": "-", "→": ">", "★": "*", "☆": "-", "≥": ">", "≤": "<",
             "…": "...", "×": "x", "÷": "/", "—": "-", "–": "-", "·": "-"}

_registered = {}        # name, path, index (TTC face), cmap (set of code points)


class FontError(RuntimeError):
    """No usable CJK TrueType font: the message says what was tried and how to fix it."""


def cjk_font():
    """Register the CJK font with reportlab (once per process) and return its font name."""
    if not _registered:
        _register()
    return _registered["name"]


def cjk_font_file():
    """(path, face index) of the font in use, e.g. for `QFontDatabase.addApplicationFont`."""
    cjk_font()
    return _registered["path"], _registered["index"]


def printable(text):
    """`text` with every symbol the font lacks replaced by a stand-in it has."""
    cjk_font()
    cmap = _registered["cmap"]
    if all(ord(ch) in cmap for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in cmap or ch in "\n\t":
            out.append(ch)
            continue
        stand_in = next((s for s in STAND_INS.get(ch, "") if ord(s) in cmap), None)
        out.append(stand_in if stand_in is not None else "?")
    return "".join(out)


def candidates():
    """(path, face index) pairs to try, most specific first: the APPRAISAL_DESK_FONT file alone,
    else resources/fonts/ (an office's own choice), the system's CJK fonts, and last the font
    a frozen build bundles (resources/fonts/fallback/, packaging/appraisal-desk.spec)."""
    env = os.environ.get(FONT_ENV, "").strip()
    if env:
        path, _, index = env.partition("#")
        return [(Path(path), int(index or 0))]
    from models.storage.resources import resource_path

    shipped = resource_path("fonts")
    found = [(p, 0) for p in _font_files(shipped)]
    found += [(p, 0) for p in system_font_files()]
    found += [(p, 0) for p in fallback_font_files()]
    return found


def system_font_files():
    """The system's fonts with Chinese and Latin glyphs, in the order they are tried."""
    if sys.platform == "win32":
        # Microsoft YaHei (Vista on; .ttf on Windows 7), SimSun, SimHei: TrueType outlines,
        # embeddable. Face 0 of each .ttc is the regular face (YaHei, SimSun).
        windir = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [windir / name for name in ("msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf")]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts/Arial Unicode.ttf"),
                Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf")]
    return [Path(p) for p in (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",            # Debian, Ubuntu
        "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",  # Fedora
        "/usr/share/fonts/wenquanyi/wqy-microhei.ttc",               # Arch
    )]


def fallback_font_files():
    """The CJK font a frozen build carries (WenQuanYi Micro Hei), for a PC that has none."""
    from models.storage.resources import resource_path

    return _font_files(resource_path("fonts", "fallback"))


def _font_files(folder):
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.iterdir()) if p.suffix.lower() in (".ttf", ".ttc")]


def _register():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    tried = []
    for path, index in candidates():
        if not path.is_file():
            tried.append(f"{path}: not found")
            continue
        try:
            font = TTFont(FONT_NAME, str(path), subfontIndex=index)
        except (TTFError, OSError, ValueError) as exc:
            tried.append(f"{path}#{index}: {exc}")
            continue
        cmap = set(font.face.charToGlyph)
        lacking = "".join(ch for ch in REQUIRED if ord(ch) not in cmap)
        if lacking:
            tried.append(f"{path}#{index}: has no glyph for {lacking!r}")
            continue
        pdfmetrics.registerFont(font)
        _registered.update(name=FONT_NAME, path=path, index=index, cmap=cmap)
        return
    raise FontError(
        "No TrueType font with Chinese and Latin characters was found, so a PDF form cannot be "
        "printed (its text would come out as empty boxes). Install WenQuanYi Micro Hei "
        "(Debian/Ubuntu: apt install fonts-wqy-microhei), put a .ttf/.ttc file in "
        f"resources/fonts/, or set {FONT_ENV}=/path/to/font.ttc (OpenType/CFF fonts such as "
        "Noto Sans CJK .otf cannot be embedded). Tried:\n  " + "\n  ".join(tried))


def _forget():
    """For tests: make the next `cjk_font()` search again (reportlab keeps the old face)."""
    _registered.clear()
