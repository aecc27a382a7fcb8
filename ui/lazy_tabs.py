"""Tabs made when first needed: the window shows before the tabs hidden behind the first one.

The main window's month, history, forms and results tabs cost a good part of the start (their
modules, Qt classes and first reads) and none of them is on screen in the first frame. Each is
added as an empty page and made the first time it is shown or asked for (`window.month`), or
when the start-up work after the first frame makes them all (ui/app.py).
"""

from importlib import import_module

from PySide6.QtWidgets import QWidget


class LazyTabs:
    def __init__(self, tabs, session):
        self.tabs, self.session = tabs, session
        self.pending = {}       # name → (stand-in page, title, "module.Class", then)
        self.made = {}          # name → the tab's widget
        tabs.currentChanged.connect(self._shown)

    def add(self, name, title, widget_class, then=None):
        """A tab `title` of a `widget_class` (its dotted name, imported when it is made) made
        with the session; `then(widget)` once it is made."""
        page = QWidget()
        self.tabs.addTab(page, title)
        self.pending[name] = (page, title, widget_class, then)

    def get(self, name):
        """The tab's widget, made now if it was not yet (in its place among the tabs)."""
        if name not in self.made:
            page, title, widget_class, then = self.pending.pop(name)
            module, _, class_name = widget_class.rpartition(".")
            widget = getattr(import_module(module), class_name)(self.session)
            if then is not None:
                then(widget)
            index = self.tabs.indexOf(page)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)     # the same tab stays current
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            page.deleteLater()
            self.made[name] = widget
        return self.made[name]

    def make_all(self):
        for name in list(self.pending):
            self.get(name)

    def _shown(self, index):
        page = self.tabs.widget(index)
        for name, (stand_in, *_) in list(self.pending.items()):
            if stand_in is page:
                self.get(name)


class LazyTab:
    """`month = LazyTab("month")` on the window: `window.month` makes the tab if needed."""

    def __init__(self, name):
        self.name = name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        return window.lazy_tabs.get(self.name)
