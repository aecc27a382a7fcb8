"""Add or edit one employee: 工号, name, team, post (which decides the rubric), hire date,
probation. Problems are shown inside the dialog; nothing is saved until they are fixed."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from models import rubrics
from models.people import employees, teams
from ui.changes import EMPLOYEES
from ui.errors import run_op

NO_DATE = QDate(1900, 1, 1)   # shown blank: the hire date is not known
FIELD_HEIGHT = 36


class EmployeeDialog(QDialog):
    def __init__(self, session, *, employee_id=None, team_id=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = db = session.db
        self.employee_id = employee_id
        employee = employees.get_employee(db, employee_id) if employee_id is not None else {}
        self.setWindowTitle(self.tr("Edit employee") if employee else self.tr("Add employee"))
        self.code = QLineEdit(employee.get("code", ""))
        self.code.setPlaceholderText(self.tr("e.g. 1024"))
        self.name = QLineEdit(employee.get("name", ""))
        self.team = QComboBox()
        self._fill_teams(employee.get("team_id", team_id))
        self.post = QComboBox()
        self._fill_posts(employee.get("post"))
        self.rubric = QLabel()
        self.rubric.setWordWrap(True)
        self.rubric.setStyleSheet("color: palette(placeholder-text);")
        self.hire_date = QDateEdit()
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setDisplayFormat("yyyy-MM-dd")
        self.hire_date.setMinimumDate(NO_DATE)
        self.hire_date.setSpecialValueText(self.tr("not known"))
        self.hire_date.setDate(self._qdate(employee.get("hire_date")) if employee
                               else QDate.currentDate())
        self.probation = QCheckBox(self.tr("On probation (no star rating)"))
        self.probation.setChecked(bool(employee.get("probation")))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.post.currentIndexChanged.connect(self._show_rubric)
        self.team.currentIndexChanged.connect(self._show_rubric)
        for field in (self.code, self.name):
            field.textEdited.connect(self.error.hide)
        self._show_rubric()

    def _lay_out(self):
        form = QFormLayout()
        form.addRow(self.tr("Employee no."), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Post"), self.post)
        form.addRow("", self.rubric)
        form.addRow(self.tr("Hire date"), self.hire_date)
        form.addRow("", self.probation)
        for widget in (self.code, self.name, self.team, self.post, self.hire_date):
            widget.setMinimumHeight(FIELD_HEIGHT)   # touch-friendly; labels centred beside
            form.labelForField(widget).setMinimumHeight(FIELD_HEIGHT)
            form.labelForField(widget).setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _fill_teams(self, team_id):
        if self.employee_id is not None and team_id is None:   # e.g. imported without a team
            self.team.addItem(self.tr("(no team)"), None)
        for team in teams.list_teams(self.db, include_inactive=True):
            if team.get("active", True) or team["id"] == team_id:
                self.team.addItem(team["name"], team["id"])
        self.team.setCurrentIndex(max(0, self.team.findData(team_id)))

    def _fill_posts(self, post):
        posts = list(rubrics.list_posts(self.db))
        if post and post not in posts:
            posts.append(post)
        self.post.addItems(posts)
        self.post.setCurrentIndex(max(0, self.post.findText(post)) if post else -1)

    def _show_rubric(self, *_):
        from models.work.applicable import main_version
        from models.work.periods import current_period

        post = self.post.currentText()
        # The main rubric this post and team get now (assignments, else the post's file).
        found = main_version(self.db, {"post": post, "team_id": self.team.currentData()},
                             current_period(self.db)) if post else None
        if found is None:
            self.rubric.setText(self.tr("No rubric for this post.") if post else "")
        else:
            name = rubrics.load_version(self.db, found).name
            self.rubric.setText(self.tr("Rubric: {name}").format(name=name))
        self.rubric.setVisible(bool(self.rubric.text()))

    @staticmethod
    def _qdate(value):
        if not value:
            return NO_DATE
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return QDate(day.year, day.month, day.day)

    # -- saving ------------------------------------------------------------------------------
    def fields(self):
        day = self.hire_date.date()
        return {
            "code": self.code.text().strip(),
            "name": self.name.text().strip(),
            "team_id": self.team.currentData(),
            "post": self.post.currentText(),
            "hire_date": None if day == NO_DATE else day.toString("yyyy-MM-dd"),
            "probation": self.probation.isChecked(),
        }

    def problem(self, fields):
        """The first thing to fix before saving, or None."""
        if not fields["code"]:
            return self.tr("Enter the employee number.")
        if not fields["name"]:
            return self.tr("Enter the name.")
        if fields["team_id"] is None and self.employee_id is None:
            return self.tr("Choose a team (add one first with Teams → Add team).")
        if not fields["post"]:
            return self.tr("Choose a post: it decides which rubric is used.")
        return None

    def show_error(self, message):
        self.error.setText(message)
        self.error.show()

    def accept(self):
        fields = self.fields()
        problem = self.problem(fields)
        if problem is not None:
            self.show_error(problem)
            return
        by = self.session.actor

        def save():
            if self.employee_id is None:
                return employees.add_employee(self.db, by=by, **fields)
            employees.update_employee(self.db, self.employee_id, by=by, **fields)
            return self.employee_id

        # A refusal or a failed write (read-only, disk full …) is said inside the dialog,
        # which stays open with everything as typed.
        saved = run_op(self.session, self, save, doing=self.windowTitle(),
                       changes={EMPLOYEES}, show=self.show_error)
        if saved.ok:
            self.employee_id = saved.value
            super().accept()
