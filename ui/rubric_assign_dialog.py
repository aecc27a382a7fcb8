"""Assign a rubric (HR): its latest version applies to everyone with a post (岗位) or in a team
from a period on; the assignments made so far are listed, and one may be ended from a period
(models/rubrics/assignments.py). Rows are never changed: each act is a new row."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.rubrics import assignments, latest_version_id, version_row
from ui import errors
from ui.changes import RUBRICS
from ui.rubric_editor.from_period import FromPeriodCombo
from ui.rubric_editor.target_picker import TargetPicker
from ui.screen_fit import fit_to_screen


class RubricAssignDialog(QDialog):
    def __init__(self, session, rubric_id, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.rubric_id = rubric_id
        self.version_id = latest_version_id(self.db, rubric_id)
        row = version_row(self.db, self.version_id)
        self.version = row["version"]
        name = (session.language == "en" and row["name_en"]) or row["name"]
        self.setWindowTitle(self.tr("Assign a rubric"))
        fit_to_screen(self, 760, 560)
        heading = QLabel(self.tr("%1 — version %2").replace("%1", name)
                         .replace("%2", str(self.version)))
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        heading.setWordWrap(True)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("assignments")
        self.table.setHorizontalHeaderLabels([
            self.tr("For"), self.tr("Version"), self.tr("From"), self.tr("Made by"),
            self.tr("Made at")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        self.end_period = FromPeriodCombo(session)
        self.end_button = QPushButton(self.tr("End for this post or team"))
        self.end_button.clicked.connect(self.end_selected)
        ending = QHBoxLayout()
        ending.addWidget(self.end_button)
        ending.addWidget(QLabel(self.tr("from")))
        ending.addWidget(self.end_period)
        ending.addStretch(1)
        listed = QGroupBox(self.tr("Assignments"))
        listed_box = QVBoxLayout(listed)
        listed_box.addWidget(self.table, 1)
        listed_box.addLayout(ending)

        self.target = TargetPicker(self.db, posts=json.loads(row["posts_json"]))
        self.from_period = FromPeriodCombo(session)
        self.assign_button = QPushButton(self.tr("Assign version %1").replace(
            "%1", str(self.version)))
        self.assign_button.setObjectName("assign")
        self.assign_button.clicked.connect(self.assign)
        self.target.changed.connect(self._can_assign)
        adding = QGroupBox(self.tr("Assign"))
        form = QFormLayout(adding)
        form.addRow(self.tr("For"), self.target)
        form.addRow(self.tr("In use from"), self.from_period)
        form.addRow("", self.assign_button)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        note = QLabel(self.tr("Forms already made keep the version they were scored with."))
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(listed, 1)
        layout.addWidget(adding)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.rows = []
        self.reload()
        self._can_assign()

    def reload(self):
        self.rows = assignments.list_assignments(self.db, rubric_id=self.rubric_id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            target = (self.tr("post %1").replace("%1", row["post"]) if row["post"] is not None
                      else self.tr("team %1").replace("%1", row["team_name"] or "?"))
            version = self.tr("ended") if row["ended"] else str(row["version"])
            for c, text in enumerate((target, version, row["from_period"],
                                      str(row["created_by"]),
                                      row["created_at"][:16].replace("T", " "))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self._selected()

    def _selected(self):
        self.end_button.setEnabled(self.selected() is not None)

    def selected(self):
        index = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[index] if rows and 0 <= index < len(self.rows) else None

    def _can_assign(self):
        self.assign_button.setEnabled(self.target.target().get("post") != "")

    def _write(self, doing, write):
        self.error.clear()
        done = errors.run_op(self.session, self, write, doing=doing, changes={RUBRICS},
                             show=self.error.setText)
        if done.ok:
            self.reload()
        return done

    def assign(self):
        target, key, actor = self.target.target(), self.from_period.period.key, \
            self.session.actor
        return self._write(self.tr("Assigning the rubric"), lambda: assignments.assign(
            self.db, rubric_id=self.rubric_id, version_id=self.version_id, from_period=key,
            by=actor, **target))

    def end_selected(self):
        row = self.selected()
        if row is None:
            return None
        target = {"post": row["post"]} if row["post"] is not None else \
            {"team_id": row["team_id"]}
        key, actor = self.end_period.period.key, self.session.actor
        return self._write(self.tr("Ending the assignment"), lambda: assignments.end_assignment(
            self.db, rubric_id=self.rubric_id, from_period=key, by=actor, **target))

