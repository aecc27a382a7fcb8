"""The office PC: on Windows the forms print with Microsoft YaHei (else SimSun) from the Windows
font folder, embedded in the PDF; a desktop build's own font comes only after the system's.

The Windows font folder is faked (WINDIR) with WenQuanYi standing in for msyh.ttc / simsun.ttc:
what is checked is which file is found and that it ends up embedded."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reports import fonts

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
pytestmark = pytest.mark.skipif(not WQY.is_file(), reason="needs fonts-wqy-microhei")


@pytest.fixture
def windows(monkeypatch, tmp_path):
    """A Windows PC whose %WINDIR%\\Fonts is tmp_path/Windows/Fonts (empty at first)."""
    fonts.cjk_font()        # reportlab imported (and its platform read) before the change
    folder = tmp_path / "Windows" / "Fonts"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    fonts._forget()
    yield folder
    monkeypatch.undo()
    fonts._forget()         # the next test finds this machine's font again


def frozen_build(monkeypatch, tmp_path):
    """The one-folder build's resources (sys._MEIPASS) with its bundled fallback font."""
    fallback = tmp_path / "bundle" / "resources" / "fonts" / "fallback"
    fallback.mkdir(parents=True)
    shutil.copy(WQY, fallback / "wqy-microhei.ttc")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    return fallback / "wqy-microhei.ttc"


def test_windows_fonts_are_searched_yahei_first_and_no_linux_paths(windows):
    found = [path for path, _index in fonts.candidates()]
    assert found[:4] == [windows / "msyh.ttc", windows / "msyh.ttf", windows / "simsun.ttc",
                         windows / "simhei.ttf"]
    assert not any(str(path).startswith("/usr/share") for path in found)


def test_microsoft_yahei_is_used_and_embedded_in_the_pdf(windows, tmp_path):
    shutil.copy(WQY, windows / "msyh.ttc")
    shutil.copy(WQY, windows / "simsun.ttc")
    assert fonts.cjk_font_file() == (windows / "msyh.ttc", 0)
    pdf = tmp_path / "form.pdf"
    draw(pdf, "考核表 张三 2026-11")
    table = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    row = [line for line in table.splitlines() if "TrueType" in line]
    assert len(row) == 1 and " yes yes " in row[0]        # embedded, as a subset
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "考核表 张三 2026-11" in text


def test_simsun_when_the_pc_has_no_yahei(windows):
    shutil.copy(WQY, windows / "simsun.ttc")
    assert fonts.cjk_font_file() == (windows / "simsun.ttc", 0)


def test_the_builds_own_font_comes_after_the_systems(windows, monkeypatch, tmp_path):
    bundled = frozen_build(monkeypatch, tmp_path)
    assert fonts.cjk_font_file() == (bundled, 0)             # a PC without YaHei or SimSun
    fonts._forget()
    shutil.copy(WQY, windows / "msyh.ttc")
    assert fonts.cjk_font_file() == (windows / "msyh.ttc", 0)    # YaHei wins when it is there
    assert fonts.fallback_font_files() == [bundled]


def draw(path, text):
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.setFont(fonts.cjk_font(), 14)
    page.drawString(72, 720, text)
    page.save()
