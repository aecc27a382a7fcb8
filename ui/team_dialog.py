"""Add a team, or rename one; a refused name is explained inside the dialog."""

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from models import teams


class TeamDialog(QDialog):
    def __init__(self, db, *, team_id=None, name="", parent=None):
        super().__init__(parent)
        self.db = db
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
            self.error.setText(self.tr("Enter the team's name."))
            self.error.show()
            return
        try:
            if self.team_id is None:
                self.team_id = teams.add_team(self.db, name=name)
            else:
                teams.rename_team(self.db, self.team_id, name=name)
        except (ValueError, LookupError, sqlite3.IntegrityError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
