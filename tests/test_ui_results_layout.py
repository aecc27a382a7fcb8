"""The Results tab in Chinese in the main window at 1280×700 (a 1366×768 laptop): rendered to
PNG, one picture per chart (in $RESULTS_SCREENSHOTS when set, else the test's tmp folder), and
checked for what would be cut or cramped: every button's words, the banner and the summary in
full, every column header, no sideways scrolling, six rows at least, charts of a readable size,
the coverage column beside the employees."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from models.database.store import open_db
from models.storage.resources import resource_path
from models.work.periods import parse_period
from tests.results_fixtures import PERIOD, make_results_office
from ui.app import install_cjk_font
from ui.employee_list import COVERAGE


@pytest.fixture
def chinese(qapp):
    """Chinese words and glyphs, as ui.app installs them; the app's font restored after."""
    font = QApplication.font()
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "appraisal_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    install_cjk_font(qapp)
    yield
    QCoreApplication.removeTranslator(translator)
    QApplication.setFont(font)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, chinese):
    from ui.main_window import MainWindow

    path = tmp_path / "store.db"
    db = open_db(path, first_run_setup=False)
    make_results_office(db, monkeypatch)
    made = MainWindow(db, language="zh", db_path=path, idle_lock_ms=10 ** 9)
    qtbot.addWidget(made)
    made.resize(1280, 700)
    made.session.show_period(parse_period(PERIOD))
    made.show()
    qtbot.waitExposed(made)
    made.tabs.setCurrentWidget(made.results)
    qtbot.wait(50)
    yield made
    made.close()
    db.close()


def fits(label):
    return label.heightForWidth(label.width()) <= label.height() + 1


def test_the_results_tab_fits_1280x700_in_chinese(qtbot, window, tmp_path):
    folder = Path(os.environ.get("RESULTS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    view = window.results
    assert window.tabs.tabText(window.tabs.currentIndex()) == "考核结果"
    assert view.banner.text().startswith("暂估结果：仍有 7 张考核表未完成")
    for name in ("全部班组", "一班"):
        view.team.setCurrentIndex(view.team.findText(name))
        qtbot.wait(20)
        for index in range(view.charts.count()):
            view.charts.setCurrentIndex(index)
            qtbot.wait(20)
            shot = folder / f"results-zh-{'all' if name == '全部班组' else 'team'}-{index}.png"
            assert window.grab().save(str(shot))
        for button in (view.excel_button, view.csv_button, view.entries_button):
            assert button.sizeHint().width() <= button.width(), button.text()
        assert fits(view.banner) and fits(view.summary)
        table = view.table
        assert not table.horizontalScrollBar().isVisible()           # nothing off to the side
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            if not table.isColumnHidden(column):
                words = table.horizontalHeaderItem(column).text()
                assert header.fontMetrics().horizontalAdvance(words) < header.sectionSize(
                    column), words
        assert table.viewport().height() >= 6 * 40                   # six rows at least
        assert view.charts.currentWidget().height() >= 150
    assert view.charts.tabText(0) == "总分走势：王一 (A1)"
    employees = window.employees
    assert not employees.table.isColumnHidden(COVERAGE)
    assert employees.model.headerData(COVERAGE, Qt.Horizontal) == "本期记录"
    assert employees.no_entry.sizeHint().width() <= employees.no_entry.width()
    search = employees.search
    assert search.fontMetrics().horizontalAdvance(search.placeholderText()) < search.width()
