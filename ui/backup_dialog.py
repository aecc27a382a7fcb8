"""Backups: where they go, what each holds, "back up now", and restore from a chosen one."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.database import backups
from models.storage import clock
from ui import errors
from ui.changes import BACKUPS, SETTINGS
from ui.screen_fit import fit_columns, fit_to_screen


def backup_folder(db, db_path):
    """The configured folder (a USB stick, a share …) or `backups` beside the database."""
    from models.work import settings

    configured = settings.get(db, "backup_folder")
    return Path(configured) if configured else backups.default_backup_folder(db_path)


class BackupDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.db, self.db_path = session.db, session.path
        self.setWindowTitle(self.tr("Backups"))
        fit_to_screen(self, 900, 520)
        self.folder = QLineEdit(str(backup_folder(self.db, self.db_path)))
        self.folder.setReadOnly(True)
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self.choose_folder)
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.setMinimumHeight(40)
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.setMinimumHeight(40)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Taken"), self.tr("Size"), self.tr("Checked"), self.tr("Employees"),
            self.tr("Entries"), self.tr("Newest entry")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.folder, 1)
        top.addWidget(choose)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()
        session.changes.changed.connect(self._changed)

    def _changed(self, kinds):
        if BACKUPS in kinds:    # "Back up now", or the daily backup finishing meanwhile
            self.reload()

    def reload(self):
        """A preview of every backup; each one is checked in full (reads the whole file)."""
        self.infos = backups.list_backups(Path(self.folder.text()), check=True)
        self.table.setRowCount(len(self.infos))
        for r, info in enumerate(self.infos):
            verdict = {True: self.tr("intact"), False: self.tr("DAMAGED"), None: "?"}[info.ok]
            values = (clock.shown(info.taken_at),
                      f"{info.size / 1024 / 1024:.1f} MB", verdict, str(info.employees or 0),
                      str(info.incidents or 0), clock.shown(info.newest_incident_at))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, str(info.path))
                if info.ok is False:
                    cell.setForeground(Qt.red)
                self.table.setItem(r, c, cell)
        fit_columns(self.table)

    def choose_folder(self, folder=None):
        from models.work import settings

        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if not folder:
            return
        by = self.session.actor
        chosen = errors.run_op(
            self.session, self,
            lambda: settings.put(self.db, "backup_folder", str(folder), by=by),
            doing=self.tr("Backup folder"), changes={SETTINGS}, show=self._failed)
        if chosen.ok:
            self.folder.setText(str(folder))
            self.reload()

    def back_up_now(self):
        folder, by = Path(self.folder.text()), self.session.actor
        done = errors.run_op(
            self.session, self,
            lambda: backups.backup_now(self.db, folder=folder, reason="manual", by=by),
            doing=self.now_button.text(), changes={BACKUPS}, show=self._failed)
        if not done.ok:
            return None
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.setText(self.tr("Backed up and verified: %s") % done.value.name)
        return done.value

    def _failed(self, text):
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)

    def restore_selected(self, *, confirm=None):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.infos[rows[0].row()]
        question = self.tr(
            "Restore the backup of %1?\n\nIt holds %2 employees and %3 entries, the newest "
            "entered %4. The current database is kept beside it, not deleted. The app closes "
            "afterwards; start it again.").replace("%1", info.taken_at.strftime(
                "%Y-%m-%d %H:%M")).replace("%2", str(info.employees)).replace(
                "%3", str(info.incidents)).replace("%4", clock.shown(info.newest_incident_at))
        if confirm is None:
            confirm = QMessageBox.question(self, self.tr("Restore"), question) \
                == QMessageBox.Yes
        if not confirm:
            return None
        from models.database.backup_restore import restore

        by = self.session.actor
        self.db.close()                       # restore needs the store closed
        restored = errors.attempt(
            self, lambda: restore(info.path, self.db_path, by=by), doing=self.tr("Restore"),
            show=lambda text: QMessageBox.critical(self, self.tr("Restore"), text))
        if not restored.ok:
            return None
        kept = restored.value
        QMessageBox.information(self, self.tr("Restore"),
                                self.tr("Restored. The previous database is kept as %s. "
                                        "The app closes now; start it again.")
                                % (kept.name if kept else "-"))
        QApplication.instance().quit()
        return kept
