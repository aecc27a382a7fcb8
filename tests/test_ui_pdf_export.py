"""Every PDF the app writes is signed the way `main.py print` signs (reports.batch, the
certificate in `signing/` beside the database), and the buttons that write them work when
pressed: "Print all as PDF…" in the forms panel, "Save signed PDF…" in the form dialog, each off
the GUI thread with a progress bar, Cancel and an "Open folder" at the end; a preview's
temporary PDF is removed when the preview closes (issue 10 part 7, issue 11 parts 1–3)."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

import main
from models.work.periods import parse_period
from reports.batch import signing_dir
from reports.pdf_sign import verify_pdf
from tests.form_samples import pdf_text
from tests.forms_fixtures import form_of
from ui.form_dialog import FormDialog
from ui.forms_panel import FormsPanel
from ui.pdf_preview import PdfPreview
from ui.session import Session
from ui.work import wait_for_background


@pytest.fixture
def opened(monkeypatch):
    """Folders the app asked the desktop to open."""
    seen = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen.append(url) or True)
    return seen


@pytest.fixture
def panel(qtbot, office):
    panel = FormsPanel(Session(office.db))
    qtbot.addWidget(panel)
    panel.show()
    panel.set_period(parse_period("2026-11"))
    panel.team.setCurrentIndex(panel.team.findText("一班"))
    qtbot.mouseClick(panel.create, Qt.LeftButton)          # A1, A2 and their lead
    assert panel.table.rowCount() == 3
    return panel


def _end_box(qtbot, export):
    """The message that ends a run, once the worker is done."""
    assert wait_for_background(120)
    qtbot.waitUntil(lambda: export.done_box is not None, timeout=10000)
    return export.done_box


def _press_open_folder(qtbot, box):
    opener = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ActionRole)
    assert opener.text() == "Open folder"
    qtbot.mouseClick(opener, Qt.LeftButton)


def _trusted(path, store_path):
    found = verify_pdf(path, org_dir=signing_dir(store_path))
    return found.signed and found.intact and found.trusted is True and found.ok


def test_print_all_button_writes_signed_pdfs(qtbot, panel, store_path, tmp_path, monkeypatch,
                                             opened, messages):
    folder = tmp_path / "month-end"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(panel.print_all, Qt.LeftButton)
    box = _end_box(qtbot, panel.export)
    assert not messages, messages
    assert "3" in box.text() and str(folder) in box.text()

    names = sorted(p.name for p in folder.iterdir())
    assert names == ["2026-11_A1_张三_r1.pdf", "2026-11_A2_李四_r1.pdf",
                     "2026-11_LA_赵组长_r1.pdf"]
    a1, a2 = pdf_text(folder / names[0]), pdf_text(folder / names[1])
    assert "张三" in a1 and "92.00" in a1           # 60 + 80 × 40 / 100
    assert "李四" in a2 and "96.00" in a2           # 60 + 90 × 40 / 100
    assert "赵组长" in pdf_text(folder / names[2])
    for name in names:
        assert _trusted(folder / name, store_path), name

    _press_open_folder(qtbot, box)
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_print_all_cancel_keeps_whole_files(qtbot, panel, tmp_path, monkeypatch, messages):
    """Cancel pressed while the first form is being written: that one is finished, no other."""
    from reports import batch

    folder = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    started, go_on = threading.Event(), threading.Event()
    write = batch._write

    def slow_write(*args, **kwargs):
        started.set()
        assert go_on.wait(60)
        return write(*args, **kwargs)

    monkeypatch.setattr(batch, "_write", slow_write)
    try:
        qtbot.mouseClick(panel.print_all, Qt.LeftButton)
        assert started.wait(60)
        progress = panel.export.progress
        qtbot.waitUntil(progress.isVisible)             # shown at once (minimum duration 0)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.LeftButton)       # Cancel
    finally:
        go_on.set()         # never leave the worker waiting (a later test would wait for it)
    box = _end_box(qtbot, panel.export)
    assert [p.suffix for p in folder.iterdir()] == [".pdf"]
    assert "1" in box.text()
    assert not messages


def test_save_signed_pdf_of_one_form(qtbot, panel, office, store_path, tmp_path, monkeypatch,
                                     opened, capsys, messages):
    from tests.forms_fixtures import sign_through

    sign_through(office.db, form_of(office.db, office.a1), office, until="reviewed")
    dialog = FormDialog(panel.session, form_of(office.db, office.a1), parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "chosen"
    folder.mkdir()
    asked = []

    def choose(parent, title, suggested, *rest):
        asked.append(Path(suggested).name)
        return str(folder / "zhang-san"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    button = dialog.actions["save"]
    assert button.isEnabled() and button.text() == "Save signed PDF…"
    qtbot.mouseClick(button, Qt.LeftButton)
    assert asked == ["2026-11_A1_张三_r1.pdf"]
    assert wait_for_background(120)
    assert not messages, messages
    box = _end_box(qtbot, dialog.export)
    saved = folder / "zhang-san.pdf"
    assert str(saved) in box.text()
    assert [p.name for p in folder.iterdir()] == ["zhang-san.pdf"]     # no part file left
    text = pdf_text(saved)
    assert "张三" in text and "92.00" in text
    assert _trusted(saved, store_path)
    # the command line trusts it too: the same certificate, kept with the store
    capsys.readouterr()
    assert main.main(["--db", str(store_path), "verify", str(saved)]) == 0
    assert "intact" in capsys.readouterr().out

    _press_open_folder(qtbot, box)
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_save_signed_pdf_chooser_cancelled_writes_nothing(qtbot, panel, office, tmp_path,
                                                          monkeypatch):
    dialog = FormDialog(panel.session, form_of(office.db, office.a1), parent=panel)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(dialog.actions["save"], Qt.LeftButton)
    assert dialog.export is None


def test_preview_pdf_is_removed_when_the_preview_closes(qtbot, panel, office):
    dialog = FormDialog(panel.session, form_of(office.db, office.a1), parent=panel)
    qtbot.addWidget(dialog)
    for close in ("button", "window"):
        qtbot.mouseClick(dialog.actions["pdf"], Qt.LeftButton)
        preview = dialog.findChildren(PdfPreview)[-1]
        assert preview.isVisible() and preview.page_count() >= 1
        path = preview.path
        assert path.is_file()
        if close == "button":
            qtbot.mouseClick(preview.close_button, Qt.LeftButton)
        else:
            preview.close()                 # the window's own close box
        assert not path.exists() and not path.parent.exists(), close
