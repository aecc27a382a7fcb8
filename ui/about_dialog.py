"""Help → About: the version (resources/VERSION), where the data lives with a button to open it,
the log folder, the font the forms are printed with, and the licence of the font a desktop build
bundles (packaging/)."""

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from models.storage.resources import app_version, resource_path


def add_help_menu(window):
    """The main window's Help menu with its one entry, About; `window.about_action`."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    window.about_action = QAction(
        QCoreApplication.translate("AboutDialog", "About Appraisal Desk…"), window)
    window.about_action.triggered.connect(lambda: open_about(window))
    menu.addAction(window.about_action)
    return menu


def open_about(window):
    dialog = AboutDialog(window.session, parent=window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog


def bundled_font_notice():
    """(first line of the notice, licence file) of the font a frozen build carries, or None."""
    from reports.fonts import fallback_font_files

    if not fallback_font_files():
        return None
    folder = resource_path("fonts", "fallback")
    notices = sorted(folder.glob("*NOTICE*.txt"))
    licences = sorted(folder.glob("LICENSE*")) or sorted(folder.glob("*Apache*"))
    first = notices[0].read_text(encoding="utf-8").splitlines()[0] if notices else \
        fallback_font_files()[0].name
    return first, (licences[0] if licences else notices[0] if notices else None)


class AboutDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Appraisal Desk"))
        self.data_folder = Path(session.path).resolve().parent if session.path else None
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(QPixmap(str(resource_path("icons", "appraisal-desk-256.png"))).scaled(
            64, 64, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        head.addWidget(icon, 0, Qt.AlignTop)
        title = QLabel("<b style='font-size:16pt'>Appraisal Desk 考评台</b><br>"
                       + self.tr("Version %1").replace("%1", app_version()))
        title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.version_label = title
        head.addWidget(title, 1)
        layout.addLayout(head)
        layout.addSpacing(8)

        form = QFormLayout()
        self.folder_label = self._path_label(self.data_folder)
        form.addRow(self.tr("Data folder:"), self.folder_label)
        self.open_button = QPushButton(self.tr("Open data folder"))
        self.open_button.setEnabled(self.data_folder is not None)
        self.open_button.clicked.connect(self.open_data_folder)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_button)
        button_row.addStretch(1)
        form.addRow("", button_row)
        from ui.crash_report import log_folder

        form.addRow(self.tr("Log folder:"), self._path_label(log_folder()))
        self.font_label = QLabel(self._font_text())
        self.font_label.setWordWrap(True)
        self.font_label.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.font_label.setOpenExternalLinks(True)
        form.addRow(self.tr("Fonts:"), self.font_label)
        layout.addLayout(form)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _path_label(self, path):
        label = QLabel(str(path) if path else "—")
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _font_text(self):
        from reports.fonts import FontError, cjk_font_file

        try:
            path, _index = cjk_font_file()
            used = self.tr("Forms are printed with %1 (embedded in each PDF).").replace(
                "%1", escape(Path(path).name))
        except FontError:
            used = self.tr("No Chinese font was found: forms cannot be printed.")
        notice = bundled_font_notice()
        if notice is None:
            return used
        first, licence = notice
        bundled = self.tr("Bundled font: %1").replace("%1", escape(first))
        if licence is not None:
            link, word = QUrl.fromLocalFile(str(licence)).toString(), self.tr("licence")
            bundled += f" — <a href='{link}'>{word}</a>"
        return f"{used}<br>{bundled}"

    def open_data_folder(self):
        if self.data_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_folder)))
