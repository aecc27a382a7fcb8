"""Whom a rubric is assigned to: everyone with a post (岗位), or everyone in a team."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QRadioButton, QWidget

from models.people.teams import list_teams
from models.rubrics import list_posts


class TargetPicker(QWidget):
    changed = Signal()

    def __init__(self, db, *, posts=(), parent=None):
        super().__init__(parent)
        self.by_post = QRadioButton(self.tr("Everyone with the post"))
        self.by_team = QRadioButton(self.tr("Everyone in the team"))
        self.post = QComboBox()
        self.post.setObjectName("target-post")
        self.post.setEditable(True)     # a post no rubric names yet may be typed
        self.post.addItems(list(dict.fromkeys([*posts, *list_posts(db)])))
        self.team = QComboBox()
        self.team.setObjectName("target-team")
        for team in list_teams(db):
            self.team.addItem(team["name"], team["id"])
        self.by_post.setChecked(True)
        self.team.setEnabled(False)
        self.by_team.setEnabled(self.team.count() > 0)
        self.by_post.toggled.connect(self._toggled)
        self.post.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.team.currentIndexChanged.connect(lambda _i: self.changed.emit())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_post, 0, 0)
        grid.addWidget(self.post, 0, 1)
        grid.addWidget(self.by_team, 1, 0)
        grid.addWidget(self.team, 1, 1)
        grid.setColumnStretch(1, 1)

    def _toggled(self, by_post):
        self.post.setEnabled(by_post)
        self.team.setEnabled(not by_post)
        self.changed.emit()

    def target(self):
        """post=… or team_id=… for models.rubrics.assignments."""
        if self.by_post.isChecked():
            return {"post": self.post.currentText().strip()}
        return {"team_id": self.team.currentData()}

    def text(self):
        if self.by_post.isChecked():
            return self.tr("post %1").replace("%1", self.post.currentText().strip())
        return self.tr("team %1").replace("%1", self.team.currentText())
