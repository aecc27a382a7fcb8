"""The first run: on a store nobody can sign in to (models.people.access.open_mode), a short
set-up before the main window. Either the office is set up — its name, the HR admin (always
first: she adds the other users), and if wanted the shift lead at the desk with her teams, in one
transaction whose audit events name the new HR admin (models.database.first_run) — and then she
(or the lead) is signed in; or "Just look around" makes the demo's own users
(models.database.demo.install_demo_users), whose names and PINs the sign-in then shows.

Either way every action from then on is a signed-in user's: nothing is recorded as "(no sign-in)".
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.people import access, users
from models.people.teams import list_teams
from ui import errors
from ui.sign_in import FIELD_HEIGHT, role_name

CHECKBOX_STYLE = ("QCheckBox { spacing: 10px; padding: 4px 0; }"
                  "QCheckBox::indicator { width: 22px; height: 22px; }")


def _field(placeholder="", *, pin=False):
    field = QLineEdit()
    field.setMinimumHeight(FIELD_HEIGHT)
    field.setPlaceholderText(placeholder)
    if pin:
        field.setEchoMode(QLineEdit.Password)
    return field


class FirstRunDialog(QDialog):
    """`user` is the signed-in user's row once the office was set up; `looked_around` is True
    once the demo users were made (the caller then asks who signs in). Rejected: nothing made."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.user = None
        self.looked_around = False
        self.setWindowTitle(self.tr("Welcome — Appraisal Desk 考评台"))
        heading = QLabel(self.tr("Nobody can sign in to this database yet."))
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        intro = QLabel(self.tr(
            "Set up your office first: the HR admin comes first (she adds the other users and "
            "resets PINs), and from then on everyone signs in with her own PIN, so every tick "
            "and signature says who made it. Or just look around the demo."))
        intro.setWordWrap(True)
        self._build_office()
        self._build_lead()
        self.error = QLabel()
        self.error.setObjectName("first-run-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.set_up_button = QPushButton(self.tr("Set up the office"))
        self.set_up_button.setDefault(True)
        self.set_up_button.clicked.connect(self.set_up)
        self.look_button = QPushButton(self.tr("Just look around"))
        self.look_button.clicked.connect(self.look_around)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        for button in (self.set_up_button, self.look_button, self.quit_button):
            button.setMinimumHeight(40)
        look_note = QLabel(self.tr("The demo team with demo users (an HR admin, a reviewer, a "
                                   "shift lead); their PINs are shown at the sign-in. Remove "
                                   "them later in Settings."))
        look_note.setWordWrap(True)
        look_note.setStyleSheet("color: palette(placeholder-text);")
        columns = QHBoxLayout()
        columns.addWidget(self.office_box, 1)
        columns.addWidget(self.lead_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.look_button)
        buttons.addWidget(look_note, 1)
        buttons.addSpacing(24)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.set_up_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(900)
        self.hr_name.setFocus(Qt.OtherFocusReason)

    # -- building ----------------------------------------------------------------------------
    def _build_office(self):
        self.office_box = QGroupBox(self.tr("Your office"))
        self.organisation = _field(self.tr("printed on the forms"))
        self.hr_name = _field()
        self.hr_pin = _field(self.tr("6–12 digits, or 8+ characters"), pin=True)
        self.hr_pin_again = _field(self.tr("the same again"), pin=True)
        note = QLabel(self.tr("The HR admin adds users, resets PINs and manages teams, backups "
                              "and settings."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self.office_box)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(QLabel(f"<b>{role_name('hr')}</b>"))
        form.addRow(self.tr("Name"), self.hr_name)
        form.addRow(self.tr("PIN"), self.hr_pin)
        form.addRow(self.tr("PIN again"), self.hr_pin_again)
        form.addRow(note)

    def _build_lead(self):
        self.lead_box = QGroupBox(self.tr("Also make my own shift-lead user (optional)"))
        self.lead_box.setCheckable(True)
        self.lead_box.setChecked(False)
        self.lead_name = _field()
        self.lead_pin = _field(self.tr("6–12 digits, or 8+ characters"), pin=True)
        self.lead_pin_again = _field(self.tr("the same again"), pin=True)
        self.team_checks = []
        holder = QWidget()
        holder.setStyleSheet(CHECKBOX_STYLE)
        checks = QVBoxLayout(holder)
        checks.setContentsMargins(4, 0, 4, 0)
        for team in list_teams(self.db):
            check = QCheckBox(team["name"])
            check.setMinimumHeight(FIELD_HEIGHT)
            check.setProperty("team_id", team["id"])
            checks.addWidget(check)
            self.team_checks.append(check)
        checks.addStretch(1)
        self.teams_area = QScrollArea()
        self.teams_area.setWidget(holder)
        self.teams_area.setWidgetResizable(True)
        self.teams_area.setFrameShape(QFrame.NoFrame)
        self.teams_area.setMaximumHeight(4 * FIELD_HEIGHT + 16)
        self.teams_area.setVisible(bool(self.team_checks))
        self.new_team = _field(self.tr("a new team's name") if self.team_checks
                               else self.tr("her team's name"))
        note = QLabel(self.tr("A shift lead sees and ticks only the employees of her teams."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self.lead_box)
        form.addRow(self.tr("Name"), self.lead_name)
        form.addRow(self.tr("PIN"), self.lead_pin)
        form.addRow(self.tr("PIN again"), self.lead_pin_again)
        form.addRow(self.tr("Her teams"), self.teams_area)
        form.addRow(self.tr("New team") if self.team_checks else self.tr("Her team"),
                    self.new_team)
        form.addRow(note)

    # -- acting ------------------------------------------------------------------------------
    def checked_team_ids(self):
        return [check.property("team_id") for check in self.team_checks if check.isChecked()]

    def show_error(self, text):
        self.error.setText(text[:1].upper() + text[1:])

    def _refuse(self, text, field):
        self.show_error(text)
        field.setFocus(Qt.OtherFocusReason)
        return False

    def _pins_refused(self, first, second):
        """A translated refusal unless the PIN is the same twice and meets the rule."""
        if first.text() != second.text():
            return self._refuse(self.tr("The two PINs differ: type the same PIN twice."),
                                second)
        if not users.meets_pin_rules(first.text()):
            return self._refuse(self.tr("A PIN is 6–12 digits, or a password of at least 8 "
                                        "characters."), first)
        return None

    def set_up(self):
        """Write the office in one transaction; signed in (accepted) when it was taken. A
        refusal is said here and keeps everything typed."""
        self.error.clear()
        if not self.hr_name.text().strip():
            return self._refuse(self.tr("Enter the HR admin's name."), self.hr_name)
        if self._pins_refused(self.hr_pin, self.hr_pin_again) is False:
            return False
        with_lead = self.lead_box.isChecked()
        if with_lead:
            if not self.lead_name.text().strip():
                return self._refuse(self.tr("Enter the shift lead's name, or untick her box."),
                                    self.lead_name)
            if self._pins_refused(self.lead_pin, self.lead_pin_again) is False:
                return False
            if not self.checked_team_ids() and not self.new_team.text().strip():
                return self._refuse(self.tr("Tick her teams or name a new one: a shift lead "
                                            "without a team sees nobody."), self.new_team)
        from models.database.first_run import set_up_office

        values = {"organisation": self.organisation.text(), "hr_name": self.hr_name.text(),
                  "hr_pin": self.hr_pin.text()}
        if with_lead:
            values.update(lead_name=self.lead_name.text(), lead_pin=self.lead_pin.text(),
                          team_ids=self.checked_team_ids(), new_team=self.new_team.text())
        QApplication.setOverrideCursor(Qt.WaitCursor)       # a PIN's hash takes a moment
        try:
            done = errors.attempt(self, lambda: set_up_office(self.db, **values),
                                  doing=self.windowTitle(), show=self.show_error)
        finally:
            QApplication.restoreOverrideCursor()
        if not done.ok:
            return False
        for field in (self.hr_pin, self.hr_pin_again, self.lead_pin, self.lead_pin_again):
            field.clear()
        self.user = access.signed_in_user(self.db, done.value.signed_in_id)
        self.accept()
        return True

    def look_around(self):
        """The demo users; the caller then shows the sign-in with their PINs."""
        from models.database import demo  # brings the engine along: only when asked

        self.error.clear()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            done = errors.attempt(self, lambda: demo.install_demo_users(self.db),
                                  doing=self.look_button.text(), show=self.show_error)
        finally:
            QApplication.restoreOverrideCursor()
        if not done.ok:
            return False
        self.looked_around = True
        self.accept()
        return True


def set_up(db, parent=None):
    """The first run's set-up: the signed-in user's row after the office was set up; None when
    it was quit or after "Just look around" (then the store has its demo users, and the caller
    asks who signs in)."""
    dialog = FirstRunDialog(db, parent)
    return dialog.user if dialog.exec() == QDialog.Accepted else None
