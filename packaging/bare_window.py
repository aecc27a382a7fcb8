"""The start-up baseline: a bare PySide6 window that prints when it was first painted (the line
ui/app.py prints, `APPRAISAL_DESK_FIRST_FRAME <epoch seconds>`, as bench/bench_startup.py's
bare window does) and quits. Frozen by `python packaging/build.py --bare` into
dist/bare-window/ for bench/bench_frozen_start.py."""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))


class FirstFrame(QObject):
    done = False

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint and watched is window and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print("APPRAISAL_DESK_FIRST_FRAME",
                                                f"{time.time():.6f}", flush=True), app.quit()))
        return False


spy = FirstFrame()
window.installEventFilter(spy)
window.show()
app.exec()
