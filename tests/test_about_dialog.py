"""Help → About: the version, the data folder and a button that opens it, the fonts' licences."""

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from models.database.store import database_path
from ui.about_dialog import AboutDialog
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def open_about(qtbot, db):
    window = MainWindow(db, language="en")
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    assert help_menu.title() == "&Help"
    assert window.about_action in help_menu.actions()
    window.about_action.trigger()               # the menu entry, as a click on it does
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    return window, dialog


def test_about_shows_the_version_and_the_data_folder_and_opens_it(qtbot, db, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    _window, dialog = open_about(qtbot, db)
    version = (ROOT / "resources" / "VERSION").read_text(encoding="utf-8").strip()
    assert f"Version {version}" in dialog.version_label.text()
    folder = database_path(db).resolve().parent
    assert dialog.folder_label.text() == str(folder)
    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert "wqy-microhei.ttc" in dialog.font_label.text()      # the font the PDFs embed
    assert "Bundled font" not in dialog.font_label.text()      # a checkout bundles none


@pytest.mark.skipif(not WQY.is_file(), reason="needs fonts-wqy-microhei")
def test_a_frozen_build_shows_its_own_version_and_the_bundled_fonts_licence(
        qtbot, db, monkeypatch, tmp_path):
    """Laid out as packaging/appraisal-desk.spec lays out the one-folder build (sys._MEIPASS)."""
    resources = tmp_path / "resources"
    fallback = resources / "fonts" / "fallback"
    fallback.mkdir(parents=True)
    (resources / "VERSION").write_text("9.8.7\n", encoding="utf-8")
    (fallback / "wqy-microhei.ttc").symlink_to(WQY)
    for name in ("wqy-microhei-NOTICE.txt", "Apache-2.0.txt"):
        shutil.copy(ROOT / "packaging" / "licences" / name, fallback / name)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    _window, dialog = open_about(qtbot, db)
    assert "Version 9.8.7" in dialog.version_label.text()
    text = dialog.font_label.text()
    assert "Bundled font: WenQuanYi Micro Hei" in text and "Apache License 2.0" in text
    assert QUrl.fromLocalFile(str(fallback / "Apache-2.0.txt")).toString() in text
