"""The first frame: the app's window, shown before the store is opened.

Opening the store (sqlite-utils and the file's checks), the sign-in and the main window's
panels take most of the start. This window shows at once, with the main window's title and
size, so the lead sees the app starting; the main window takes its place when it is painted
(ui/app.py). It touches no Qt class the bare window does not, beyond a label: each new Qt
class costs its enums' creation (the `Qt` namespace alone some 40 ms).
"""

from PySide6.QtWidgets import QLabel, QMainWindow

from ui.screen_fit import fit_to_screen

TITLE = "Appraisal Desk 考评台"      # a name, the same in both languages (the main window's)


class StartWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setObjectName("start-window")
        self.setWindowTitle(TITLE)
        fit_to_screen(self, 1280, 700)      # the main window's size (ui/main_window.py)
        name = QLabel('<div align="center">考评台<br>Appraisal Desk</div>')
        name.setStyleSheet("font-size: 28px; color: #9a9a9a;")
        self.setCentralWidget(name)

    def hand_over(self, window):
        """The main window in this one's place (it was painted: no blank moment between)."""
        window.move(self.pos())
        self.close()
