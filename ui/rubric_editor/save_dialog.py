"""Saving an edited rubric: a new immutable version (the latest stored + 1), in use from the
period chosen here. An existing rubric's new version takes over every post and team it is
assigned to (`adopt_version`); a new rubric is assigned to a post or a team. Forms already
made keep the version they were scored with; a banner says who moves."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from models.people.teams import list_teams
from models.rubrics import assignments, latest_version_id, save_rubric_text, version_row
from models.rubrics.rubric_yaml import dump_rubric
from models.storage.errors import NotFoundError
from models.work.applicable import employees_moving
from ui import errors
from ui.changes import RUBRICS
from ui.rubric_editor.document import posts_of, with_version
from ui.rubric_editor.from_period import FromPeriodCombo
from ui.rubric_editor.target_picker import TargetPicker

SHOWN = 12      # employees named in the banner; the rest are counted


def next_version(db, rubric_id):
    """The latest stored version's number + 1 (1 for a rubric not stored yet)."""
    try:
        return version_row(db, latest_version_id(db, rubric_id))["version"] + 1
    except NotFoundError:
        return 1


class SaveDialog(QDialog):
    saved = Signal(int, int, object, str)   # version id, number, the data saved, the banner

    def __init__(self, session, data, *, rubric_id, new, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.rubric_id = rubric_id
        self.new = new
        self.version = next_version(self.db, rubric_id)
        self.data = with_version(data, self.version)
        self.setWindowTitle(self.tr("Save the rubric"))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Save “%1” as version %2").replace(
            "%1", str(data.get("name") or rubric_id)).replace("%2", str(self.version)))
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        heading.setWordWrap(True)
        self.from_period = FromPeriodCombo(session)
        self.from_period.currentIndexChanged.connect(self._explain)
        form = QFormLayout()
        form.addRow(self.tr("In use from"), self.from_period)
        self.target = None
        if new:
            self.target = TargetPicker(self.db, posts=posts_of(data))
            self.target.changed.connect(self._explain)
            form.addRow(self.tr("For"), self.target)
        self.banner = QLabel()
        self.banner.setObjectName("save-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff8e1; padding: 6px;")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Save version %1").replace("%1", str(self.version)))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._explain()

    def _explain(self, *_args):
        """Before saving: which posts and teams the version takes over, from when."""
        key = self.from_period.period.key
        if self.new:
            targets = self.target.text()
        else:
            month = assignments.period_month(key)
            found = assignments.adoption_targets(self.db, self.rubric_id, month,
                                                 posts=posts_of(self.data))
            targets = "; ".join(self._target_text(post, team) for post, team in found) \
                or self.tr("nobody yet (no post or team)")
        self.banner.setText(
            self.tr("From %1, version %2 applies to: %3.").replace("%1", key)
            .replace("%2", str(self.version)).replace("%3", targets) + "\n"
            + self.tr("Forms already made keep the version they were scored with."))
        # A post must be named (a team is always one of the list).
        self.ok_button.setEnabled(not self.new or self.target.target().get("post") != "")

    def _target_text(self, post, team_id):
        if post is not None:
            return self.tr("post %1").replace("%1", post)
        names = {t["id"]: t["name"] for t in list_teams(self.db, include_inactive=True)}
        return self.tr("team %1").replace("%1", names.get(team_id, str(team_id)))

    def save(self):
        key = self.from_period.period.key
        actor = self.session.actor
        text = dump_rubric(self.data)
        target = self.target.target() if self.new else None

        def write():
            version_id = save_rubric_text(self.db, text, file=f"{self.rubric_id}.yaml",
                                          by=actor)
            if self.new:
                assignments.assign(self.db, rubric_id=self.rubric_id, version_id=version_id,
                                   from_period=key, by=actor, **target)
            else:
                assignments.adopt_version(self.db, rubric_id=self.rubric_id,
                                          version_id=version_id, from_period=key, by=actor)
            return version_id

        done = errors.run_op(self.session, self, write, doing=self.tr("Saving the rubric"),
                             changes={RUBRICS}, show=self.error.setText)
        if not done.ok:
            return
        self.saved.emit(done.value, self.version, self.data, self.moving_text(done.value, key))
        self.accept()

    def moving_text(self, version_id, key):
        """The banner after saving: who moves to the new version from that period."""
        moving = employees_moving(self.db, rubric_id=self.rubric_id, version_id=version_id,
                                  from_period=key)
        head = self.tr("Version %1 is saved and in use from %2.").replace(
            "%1", str(self.version)).replace("%2", key)
        if not moving:
            names = self.tr("No active employee moves to it.")
        else:
            shown = [self._person(m) for m in moving[:SHOWN]]
            more = len(moving) - SHOWN
            names = self.tr("Moving to it: %1").replace("%1", ", ".join(shown))
            if more > 0:
                names += " " + self.tr("and %n more", "", more)
        return " ".join((head, names, self.tr("Forms already made keep the version they "
                                               "were scored with.")))

    def _person(self, moving):
        team = moving["team_name"] or "—"
        if moving["from_version"] is None:
            return f"{moving['code']} {moving['name']} ({team})"
        return self.tr("%1 (%2, from version %3)").replace(
            "%1", f"{moving['code']} {moving['name']}").replace("%2", team).replace(
            "%3", str(moving["from_version"]))
