"""The main window's tabs behind the first are made when first needed (ui/lazy_tabs.py): the
window shows sooner, and a tab the lead clicks is there, in its place, showing its figures."""

from PySide6.QtCore import Qt

from ui.forms_panel import FormsPanel
from ui.main_window import MainWindow


def test_a_tab_is_made_when_the_lead_first_clicks_it(qtbot, db):
    window = MainWindow(db, language="zh")
    qtbot.addWidget(window)
    window.show()
    assert sorted(window.lazy_tabs.pending) == ["forms", "history", "month", "results"]
    bar = window.tabs.tabBar()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    qtbot.mouseClick(bar, Qt.LeftButton, pos=bar.tabRect(3).center())       # "Forms"
    shown = window.tabs.currentWidget()
    assert isinstance(shown, FormsPanel) and shown is window.forms
    assert window.tabs.currentIndex() == 3
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == titles
    assert shown.team.count() >= 1                  # it read the store: the demo's teams
    assert sorted(window.lazy_tabs.pending) == ["history", "month", "results"]
    window.lazy_tabs.make_all()                     # after the first frame (ui/app.py)
    assert not window.lazy_tabs.pending and window.tabs.currentWidget() is window.forms
