"""Guard against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11).

With such a binding every void call drops a reference to None; the app aborts with
"deallocating None" after a few thousand label updates — a few minutes of ticking.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < 50
