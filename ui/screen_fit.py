"""Windows that fit the smallest screen the app is used on: a 1366×768 laptop, less its taskbar
and title bar, leaves about 1300×700. A dialog opens at most that big (smaller on a smaller
screen) and its layout must not ask for more (tests/test_ui_words_layout.py opens each one)."""

from PySide6.QtGui import QGuiApplication

MAX_WIDTH, MAX_HEIGHT = 1300, 700


def fit_to_screen(widget, width, height):
    """Resize `widget` to width × height, but never beyond 1300×700 nor the screen's
    available area."""
    width, height = min(width, MAX_WIDTH), min(height, MAX_HEIGHT)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, area.width()), min(height, area.height())
    widget.resize(width, height)


def fit_columns(table):
    """Columns sized to their contents, except the last, which keeps filling the table:
    `resizeColumnsToContents` on a shown table also shrank the stretched last column, leaving
    a blank strip on the right after the first change."""
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)
