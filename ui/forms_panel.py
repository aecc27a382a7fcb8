"""The period's assessment forms of a team, the month's dashboard: each form's score, grade,
state, who signs next and the deadline (ui/forms_table.py), filtered by where they stand; create
them in one action (an empty period says how), open, print them all."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.people.teams import list_teams
from ui import errors
from ui.changes import EMPLOYEES, FORMS, INCIDENTS, PERIOD, SESSION, TEAMS, USERS, VALUES
from ui.forms_table import FormsTable
from ui.shown_reload import ReloadWhenShown


class FormsPanel(ReloadWhenShown, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        # Who works (ui/session.py): the teams offered are hers, she signs as herself.
        self.session = session
        self.db, self.language = session.db, session.language
        self.rows = []              # the dashboard rows shown (models.forms.dashboard_rows)
        self.today = None           # the day that decides what is overdue (None: today)
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
        self.filter = QComboBox()
        self.filter.setToolTip(self.tr("Show the forms that stand here"))
        for stage, text in self._stages():
            self.filter.addItem(text, stage)
        self.filter.currentIndexChanged.connect(lambda _: self._apply_filter())
        for widget in (self.create, self.print_all, self.team, self.filter):
            widget.setMinimumHeight(40)
        self.table = FormsTable(self.language)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_form(self.form_at(row)))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._empty_page())
        top = QHBoxLayout()
        top.addWidget(self.team, 1)
        top.addWidget(self.filter, 1)
        top.addWidget(self.create)
        top.addWidget(self.print_all)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.reload_teams()
        self._update_create()
        session.changes.changed.connect(self._changed)

    def _stages(self):
        """(stage, words) of the filter: models.forms.dashboard.STAGES, and all."""
        return ((None, self.tr("All forms")), ("open", self.tr("Open (drafts)")),
                ("employee", self.tr("Waiting for the employee")),
                ("disputed", self.tr("Disputed")),
                ("reviewer", self.tr("Waiting for the reviewer")),
                ("done", self.tr("Done (locked)")))

    def _empty_page(self):
        """What an empty period shows: a sentence, and the button that makes the forms."""
        page = QWidget()
        self.empty_text = QLabel()
        self.empty_text.setObjectName("forms-empty")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignCenter)
        self.empty_text.setStyleSheet("font-size: 15px;")
        self.empty_create = QPushButton()
        self.empty_create.setMinimumHeight(48)
        self.empty_create.setStyleSheet("font-size: 15px; font-weight: bold; padding: 0 24px;")
        self.empty_create.clicked.connect(lambda _checked=False: self.create_forms())
        layout = QVBoxLayout(page)
        layout.setSpacing(16)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.empty_create, 0, Qt.AlignCenter)
        layout.addStretch(2)
        return page

    def _changed(self, kinds):
        """The hub (ui/changes.py): teams and the user decide the team list; forms, the
        people's names, the period and a draft's ticks and values the table."""
        if kinds & {TEAMS, SESSION}:
            self.reload_teams()
            self._update_create()
        if kinds & {TEAMS, SESSION, FORMS, EMPLOYEES, PERIOD, INCIDENTS, VALUES, USERS}:
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

    @property
    def period(self):
        """The period shown: the session's, picked in the main window (ui/period_picker.py)."""
        return self.session.period

    def set_period(self, period):
        """Show `period` (in every tab of the session: it is the session's period)."""
        if period == self.session.period:
            self.reload()
        else:
            self.session.show_period(period)        # the hub reloads this panel

    def reload_when_shown(self):
        self.reload(force=True)

    def reload(self, *_, force=False):
        """The forms are read when the tab is shown (start-up need not load the engine)."""
        if self.wait_until_shown(force):
            return
        from models import forms

        team_id = self.team.currentData()
        self.rows = [] if team_id is None else forms.dashboard_rows(
            self.db, self.period, team_id, today=self.today)
        self.table.fill(self.rows)
        for index, (stage, text) in enumerate(self._stages()):
            n = sum(1 for row in self.rows if stage is None or row.stage == stage)
            self.filter.setItemText(index, f"{text} ({n})")
        self._apply_filter()
        self.print_all.setEnabled(bool(self.rows))
        if self.rows:
            self.stack.setCurrentWidget(self.table)
        else:
            self._show_empty(team_id)

    def _apply_filter(self):
        self.table.apply_filter(self.filter.currentData(), self.rows)

    def _show_empty(self, team_id):
        """No forms yet: say so, and offer the button to whoever may make them; else name
        who can."""
        self.stack.setCurrentIndex(1)
        may = team_id is not None and self.session.allowed("create_forms", team_id=team_id)
        self.empty_create.setVisible(may)
        self.empty_create.setText(self.tr("Create this month's forms")
                                  if self.period.kind == "month" else self.create.text())
        if team_id is None:
            self.empty_text.setText(self.tr(
                "No team to show. The HR admin adds teams (Employees menu) and gives each "
                "shift lead her teams (Tools → Users)."))
            return
        period, team = self.period.key, self.team.currentText()
        if may:
            text = self.tr("No forms for %1 yet. Creating them makes a draft for each "
                           "employee of %2; its score follows the checklist until it is "
                           "signed.")
        else:
            from models import forms

            names = forms.form_makers(self.db, team_id)
            text = (self.tr("No forms for %1 yet. %3 can create them.") if names else self.tr(
                "No forms for %1 yet. A shift lead of %2 or the HR admin can create them."))
            text = text.replace("%3", (", " if self.language == "en" else "、").join(names))
        self.empty_text.setText(text.replace("%1", period).replace("%2", team))

    def form_at(self, row):
        return self.table.form_at(row)

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
