"""Add a team, or rename one; a refused name is explained inside the dialog."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from models.people import teams
from ui.changes import TEAMS
from ui.errors import run_op


class TeamDialog(QDialog):
    def __init__(self, session, *, team_id=None, name="", parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.team_id = team_id
        self.setWindowTitle(self.tr("Rename team") if team_id is not None else self.tr("Add team"))
        self.name = QLineEdit(name)
        self.name.setMinimumHeight(36)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.name.textEdited.connect(self.error.hide)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Team name"), self.name)
        form.labelForField(self.name).setMinimumHeight(36)
        form.labelForField(self.name).setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        form.addRow(self.error)
        form.addRow(buttons)
        self.setMinimumWidth(360)

    def accept(self):
        name = self.name.text().strip()
        if not name:
            self._show_error(self.tr("Enter the team's name."))
            return
        by = self.session.actor

        def save():
            if self.team_id is None:
                return teams.add_team(self.db, name=name, by=by)
            teams.rename_team(self.db, self.team_id, name=name, by=by)
            return self.team_id

        saved = run_op(self.session, self, save, doing=self.windowTitle(), changes={TEAMS},
                       show=self._show_error)
        if saved.ok:
            self.team_id = saved.value
            super().accept()

    def _show_error(self, text):
        self.error.setText(text)
        self.error.show()
