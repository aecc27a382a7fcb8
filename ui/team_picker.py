"""The team filter of the employee panel: a combo box plus the team actions (add, rename,
deactivate/reactivate)."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from models.people import teams
from ui.changes import SESSION, TEAMS
from ui.errors import run_op

ROW_HEIGHT = 36


class TeamPicker(QWidget):
    team_changed = Signal(object)   # team id, or None for "All teams"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.teams = []
        self.include_inactive = False
        self._dialog = None
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.combo.setMinimumHeight(ROW_HEIGHT)
        self.combo.setAccessibleName(self.tr("Team"))
        self.add_team_action = QAction(self.tr("Add team"), self)
        self.add_team_action.triggered.connect(self.add_team)
        self.rename_team_action = QAction(self.tr("Rename team"), self)
        self.rename_team_action.triggered.connect(self.rename_team)
        self.toggle_team_action = QAction(self.tr("Deactivate team"), self)
        self.toggle_team_action.triggered.connect(self.toggle_team)
        self.button = QToolButton()
        self.button.setText(self.tr("Teams"))
        self.button.setPopupMode(QToolButton.InstantPopup)
        self.button.setMinimumHeight(ROW_HEIGHT)
        menu = QMenu(self.button)
        menu.addActions([self.add_team_action, self.rename_team_action, self.toggle_team_action])
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.button)
        self.combo.currentIndexChanged.connect(self._changed)
        self.reload()
        session.changes.changed.connect(self._store_changed)

    def _store_changed(self, kinds):
        """The hub: a team added, renamed or (de)activated anywhere; another user's teams."""
        if kinds & {TEAMS, SESSION}:
            self.reload()

    def reload(self, *, include_inactive=None):
        """Re-read the teams; inactive ones are listed only with `include_inactive`."""
        if include_inactive is not None:
            self.include_inactive = include_inactive
        team_id = self.current_team_id()
        team_filter = self.session.team_filter     # None: every team; else a lead's own
        self.teams = [team for team in teams.list_teams(self.db, include_inactive=True)
                      if team_filter is None or team["id"] in team_filter]
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All teams"), None)
        for team in self.teams:
            active = team.get("active", True)
            if active or self.include_inactive or team["id"] == team_id:
                suffix = "" if active else " " + self.tr("(inactive)")
                self.combo.addItem(team["name"] + suffix, team["id"])
        self.combo.setCurrentIndex(max(0, self.combo.findData(team_id)))
        self.combo.blockSignals(False)
        self._update_actions()
        if self.current_team_id() != team_id:
            self.team_changed.emit(self.current_team_id())

    def names(self):
        return {team["id"]: team["name"] for team in self.teams}

    def current_team_id(self):
        return self.combo.currentData() if self.combo.count() else None

    def current_team(self):
        team_id = self.current_team_id()
        return next((team for team in self.teams if team["id"] == team_id), None)

    def set_current_team(self, team_id):
        self.combo.setCurrentIndex(max(0, self.combo.findData(team_id)))

    def _changed(self, _index):
        self._update_actions()
        self.team_changed.emit(self.current_team_id())

    def _update_actions(self):
        team = self.current_team()
        self.rename_team_action.setEnabled(team is not None)
        self.toggle_team_action.setEnabled(team is not None)
        inactive = team is not None and not team.get("active", True)
        self.toggle_team_action.setText(
            self.tr("Reactivate team") if inactive else self.tr("Deactivate team"))

    # -- actions -----------------------------------------------------------------------------
    def add_team(self):
        from ui.team_dialog import TeamDialog
        self._show(TeamDialog(self.session, parent=self))

    def rename_team(self):
        from ui.team_dialog import TeamDialog
        team = self.current_team()
        if team is not None:
            self._show(TeamDialog(self.session, team_id=team["id"], name=team["name"],
                                  parent=self))

    def _show(self, dialog):
        self._dialog = dialog
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        dialog.open()

    def _dialog_finished(self, dialog, result):
        self._dialog = None
        if result and dialog.team_id is not None:   # the hub re-read the teams already
            self.set_current_team(dialog.team_id)

    def toggle_team(self):
        team = self.current_team()
        if team is None:
            return
        active = team.get("active", True)
        if active and QMessageBox.question(
                self, self.tr("Deactivate team"),
                self.tr("Deactivate the team “{name}”? Its employees and their records stay."
                        ).format(name=team["name"])) != QMessageBox.Yes:
            return
        session = self.session
        run_op(session, self, lambda: teams.set_team_active(
                   self.db, team["id"], active=not active, by=session.actor),
               doing=self.toggle_team_action.text(), changes={TEAMS})

