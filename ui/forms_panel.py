"""The period's assessment forms of a team: create them in one action, open, print them all."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.people.teams import list_teams
from ui import errors
from ui.changes import EMPLOYEES, FORMS, SESSION, TEAMS
from ui.form_state_names import state_name

COLUMNS = ("code", "name", "revision", "state", "due", "sha256")


class FormsPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        # Who works (ui/session.py): the teams offered are hers, she signs as herself.
        self.session = session
        self.db, self.language = session.db, session.language
        self.period = None
        self._stale = True
        self.team = QComboBox()
        self.team.currentIndexChanged.connect(lambda _: self.reload())
        self.team.currentIndexChanged.connect(lambda _: self._update_create())
        self.create = QPushButton(self.tr("Create this period's forms"))
        self.create.clicked.connect(self.create_forms)
        self.print_all = QPushButton(self.tr("Print all as PDF…"))
        # clicked(bool) would hand `checked` (False) in as the folder: asked for none here
        self.print_all.clicked.connect(lambda _checked=False: self.print_batch())
        self.export = None          # the last batch (ui/pdf_export.py): its bar and message
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
        self._update_create()
        session.changes.changed.connect(self._changed)

    def _changed(self, kinds):
        """The hub (ui/changes.py): teams and the user decide the team list; forms and the
        people's names the table."""
        if kinds & {TEAMS, SESSION}:
            self.reload_teams()
            self._update_create()
        if kinds & {TEAMS, SESSION, FORMS, EMPLOYEES}:
            self.reload()

    def reload_teams(self):
        """The active teams she sees; the chosen one stays chosen while it is listed."""
        chosen = self.team.currentData()
        team_filter = self.session.team_filter
        self.team.blockSignals(True)
        self.team.clear()
        for team in list_teams(self.db):
            if team_filter is None or team["id"] in team_filter:
                self.team.addItem(team["name"], team["id"])
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team.blockSignals(False)

    def _update_create(self):
        self.create.setEnabled(self.session.allowed("create_forms",
                                                    team_id=self.team.currentData()))

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

        team_id, period, by = self.team.currentData(), self.period, self.session.actor
        made = errors.run_op(
            self.session, self,
            lambda: forms.create_forms(self.db, team_id=team_id, period=period, by=by),
            doing=self.create.text(), changes={FORMS})
        return made.value

    def open_form(self, form_id):
        from ui.form_dialog import FormDialog

        dialog = FormDialog(self.session, form_id, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- month-end batch: off the GUI thread, with progress and cancel ----------------------
    def print_batch(self, out_dir=None):
        """Every form of the team's period as a signed PDF into a folder (asked for when not
        given), on the path `main.py print` takes: reports.batch, signed with the certificate
        in the `signing/` folder beside the database."""
        from reports.batch import signing_dir
        from ui.pdf_export import PdfExport

        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"))
            if not out_dir:
                return None
        team = self.team.currentText()
        db_path, period, language = self.session.path, self.period, self.language
        actor, org_dir = self.session.actor, signing_dir(self.session.path)

        def job(report, cancelled):
            from reports.batch import print_period
            from ui.work import on_worker_db

            # On the worker's own connection: SQLite connections stay in their thread.
            return on_worker_db(db_path, lambda db: print_period(
                db, period=period, out_dir=out_dir, team=team, by=actor, progress=report,
                cancel=cancelled, language=language, org_dir=org_dir))

        self.export = PdfExport(
            self, folder=out_dir, busy=self.tr("Printing forms…"), title=self.tr("Printed"),
            said=lambda paths: self.tr("%n signed PDF(s) written to %1", "", len(paths))
            .replace("%1", str(out_dir)),
            stopped=self.tr("Printing stopped"))
        return self.export.start(job)
