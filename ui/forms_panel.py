"""The period's assessment forms of a team: create them in one action, open, print them all."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.store import database_path
from models.teams import list_teams
from ui.form_state_names import state_name

COLUMNS = ("code", "name", "revision", "state", "due", "sha256")


class FormsPanel(QWidget):
    changed = Signal()

    def __init__(self, db, *, language="zh", db_path=None, parent=None):
        super().__init__(parent)
        self.db, self.language = db, language
        # The batch opens its own connection to the same file (thread affinity).
        self.db_path = db_path or database_path(db)
        self.period = None
        self.user_id = None
        self.allowed = lambda *a, **k: True     # open mode until set_user
        self._stale = True
        self.team_filter = None     # None: every team; else the ids offered (a lead's own)
        self.team = QComboBox()
        self.team.currentIndexChanged.connect(lambda _: self.reload())
        self.team.currentIndexChanged.connect(lambda _: self._update_create())
        self.create = QPushButton(self.tr("Create this period's forms"))
        self.create.clicked.connect(self.create_forms)
        self.print_all = QPushButton(self.tr("Print all as PDF…"))
        self.print_all.clicked.connect(self.print_batch)
        for button in (self.create, self.print_all):
            button.setMinimumHeight(40)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Name"), self.tr("Revision"), self.tr("State"),
            self.tr("Acknowledge by"), self.tr("Fingerprint")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_form(self.form_at(row)))
        top = QHBoxLayout()
        top.addWidget(self.team, 1)
        top.addWidget(self.create)
        top.addWidget(self.print_all)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.reload_teams()

    def reload_teams(self):
        self.team.blockSignals(True)
        self.team.clear()
        for team in list_teams(self.db):
            if self.team_filter is None or team["id"] in self.team_filter:
                self.team.addItem(team["name"], team["id"])
        self.team.blockSignals(False)

    def set_user(self, user, allowed):
        """Who works here: she may create forms for her teams only; she signs as herself."""
        self.user_id = user["id"] if user else None
        self.allowed = allowed
        self._update_create()

    def _update_create(self):
        self.create.setEnabled(self.allowed("create_forms", team_id=self.team.currentData()))

    def set_team_filter(self, team_ids):
        self.team_filter = None if team_ids is None else frozenset(team_ids)
        self.reload_teams()
        self.reload()

    def set_period(self, period):
        self.period = period
        self.reload()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.reload(force=True)

    def reload(self, *_, force=False):
        """The forms are read when the tab is shown (start-up need not load the engine)."""
        if not force and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        from models import forms

        if self.period is None or self.team.currentData() is None:
            self.table.setRowCount(0)
            return
        rows = forms.list_forms(self.db, period=self.period, team_id=self.team.currentData())
        self.table.setRowCount(len(rows))
        today = date.today().isoformat()
        for r, row in enumerate(rows):
            overdue = row["state"] == "submitted" and (row["due_at"] or "9")[:10] < today
            flag = "  " + self.tr("OVERDUE") if overdue else ""   # tr() outside the f-string
            due = (row["due_at"] or "")[:10] + flag
            values = (row["code"], row["name"], str(row["revision"]), state_name(row["state"]),
                      due,
                      (row["sha256"] or "")[:16])
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, row["id"])
                if overdue:
                    cell.setForeground(Qt.red)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

    def form_at(self, row):
        return self.table.item(row, 0).data(Qt.UserRole)

    def create_forms(self):
        from models import forms

        made = forms.create_forms(self.db, team_id=self.team.currentData(), period=self.period,
                                  by="")
        self.reload(force=True)
        self.changed.emit()
        return made

    def open_form(self, form_id):
        from ui.form_dialog import FormDialog

        dialog = FormDialog(self.db, form_id, language=self.language, signer_id=self.user_id,
                            parent=self)
        dialog.changed.connect(self.reload)
        dialog.show()
        return dialog

    # -- month-end batch: off the GUI thread, with progress and cancel ----------------------
    def print_batch(self, out_dir=None):
        from ui.work import run_in_background

        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"))
            if not out_dir:
                return None
        team = self.team.currentText()
        progress = QProgressDialog(self.tr("Printing forms…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(0)
        cancelled = []
        progress.canceled.connect(lambda: cancelled.append(True))
        db_path, period, language = self.db_path, self.period, self.language

        def job(report):
            # The worker opens its own connection: SQLite connections stay in their thread.
            from models.store import worker_db
            from reports.batch import print_period

            db = worker_db(db_path)
            try:
                return print_period(db, period=period, out_dir=out_dir, team=team,
                                    progress=lambda done, total: report((done, total)),
                                    cancel=lambda: bool(cancelled), language=language)
            finally:
                db.close()

        def step(value):
            done, total = value
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(paths):
            progress.reset()
            self.reload()
            self.batch_result = paths
            QMessageBox.information(self, self.tr("Printed"),
                                    self.tr("%n PDF(s) written to %1", "", len(paths))
                                    .replace("%1", str(out_dir)))

        def failed(error):
            progress.reset()
            self.batch_result = error
            QMessageBox.warning(self, self.tr("Printing stopped"), str(error))

        self.batch_result = None
        return run_in_background(self, job, on_done=finished, on_error=failed,
                                 on_progress=step)
