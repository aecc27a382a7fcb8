"""◀ [period ▾] ▶: the one period picker, in the main window's toolbar. It drives every tab
through the session (ui/session.py `show_period`) and the hub (kind "period"): the checklist,
the month so far and the forms all show the period picked here."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from models.work.periods import current_period
from ui.changes import PERIOD, SETTINGS

RECENT = 12     # periods offered in the list: the current one and the eleven before it


class PeriodPicker(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.periods = []           # the combo's periods, in its order
        self.title = QLabel(self.tr("Assessment period"))
        self.title.setStyleSheet("font-weight: bold;")
        self.previous = QPushButton("◀")
        self.next = QPushButton("▶")
        for button, tip in ((self.previous, self.tr("Previous period")),
                            (self.next, self.tr("Next period"))):
            button.setFixedSize(48, 36)
            button.setToolTip(tip)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.combo = QComboBox()
        self.combo.setObjectName("period")
        self.combo.setMinimumHeight(36)
        self.combo.setMinimumContentsLength(14)
        self.combo.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.combo.setToolTip(self.tr("The period every tab shows"))
        self.combo.activated.connect(lambda index: self.session.show_period(self.periods[index]))
        self.now = QPushButton(self.tr("Current period"))
        self.now.setMinimumHeight(36)
        self.now.clicked.connect(lambda: self.session.show_period(current_period(session.db)))
        self.span = QLabel()
        self.span.setObjectName("period-span")
        self.span.setStyleSheet("color: #555;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.previous)
        layout.addWidget(self.combo)
        layout.addWidget(self.next)
        layout.addWidget(self.span)
        layout.addWidget(self.now)
        layout.addStretch(1)
        self.fill()
        session.changes.changed.connect(self._changed)

    def add_to(self, window):
        """Into a toolbar of its own at the top of `window` (a QMainWindow): always in sight,
        neither movable nor hidable."""
        bar = QToolBar(self.tr("Assessment period"), window)
        bar.setObjectName("period-bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)
        bar.addWidget(self)
        window.addToolBar(Qt.TopToolBarArea, bar)
        return bar

    def _changed(self, kinds):
        if kinds & {PERIOD, SETTINGS}:     # another period, or the period settings moved "now"
            self.fill()

    def step(self, by):
        shown = self.session.period
        self.session.show_period(shown.next() if by > 0 else shown.previous())

    def fill(self):
        """The recent periods (the shown one too, however far back), the shown one chosen."""
        shown, now = self.session.period, current_period(self.session.db)
        periods = [now]
        while len(periods) < RECENT:
            periods.append(periods[-1].previous())
        if shown not in periods:
            periods.append(shown)
        self.periods = sorted(periods, key=lambda p: p.start, reverse=True)
        self.combo.blockSignals(True)
        self.combo.clear()
        for period in self.periods:
            self.combo.addItem(self.tr("%1 (now)").replace("%1", period.key)
                               if period == now else period.key)
        self.combo.setCurrentIndex(self.periods.index(shown))
        self.combo.blockSignals(False)
        self.span.setText(f"{shown.start.isoformat()} – {shown.end.isoformat()}")
        self.now.setEnabled(shown != now)
