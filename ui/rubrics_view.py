"""HR's Rubrics screen (Tools → Rubrics…, `manage_rubrics` only): every rubric with its latest
version, built-in or the organisation's own, its posts and where it is assigned; from here a
rubric is made, edited (a new version), imported from Excel, exported, and assigned."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.rubrics import assignments, list_rubrics
from ui.changes import RUBRICS, TEAMS
from ui.screen_fit import fit_to_screen

ID_ROLE = Qt.UserRole


class RubricsView(QDialog):
    COLUMNS = ("name", "id", "version", "origin", "posts", "assigned")

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.editor = None          # the editor opened last (tests)
        self.dialog = None          # the dialog opened last (tests)
        self.rubrics = []
        self.setWindowTitle(self.tr("Rubrics"))
        fit_to_screen(self, 1100, 560)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("rubrics")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Id"), self.tr("Version"), self.tr("Built-in or own"),
            self.tr("Posts"), self.tr("Assigned to")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(False)     # one line a rubric; the whole text as its tip
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())

        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Opens the latest version; saving makes the next "
                                            "one (a built-in rubric gets a version of your own)"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button, slot in ((self.new_button, self.new), (self.edit_button, self.edit),
                             (self.import_button, self.import_excel),
                             (self.export_button, self.export),
                             (self.assign_button, self.assign),
                             (self.close_button, self.reject)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.import_button,
                       self.export_button, self.assign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        note = QLabel(self.tr("Versions are never changed: an edit is saved as the next version, "
                              "in use from the period you choose. Forms keep the version they "
                              "were scored with."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.reload()
        session.changes.changed.connect(self._store_changed)

    def _store_changed(self, kinds):
        if kinds & {RUBRICS, TEAMS}:
            self.reload()

    def reload(self):
        chosen = self.selected_id()
        self.rubrics = list_rubrics(self.db)
        by_rubric = {}
        for row in assignments.list_assignments(self.db):
            by_rubric.setdefault(row["rubric_id"], []).append(row)
        self.table.setRowCount(len(self.rubrics))
        for r, rubric in enumerate(self.rubrics):
            name = (self.session.language == "en" and rubric.get("name_en")) or rubric["name"]
            texts = (name, rubric["rubric_id"], str(rubric["version"]),
                     self.tr("Built-in") if rubric["builtin"] else self.tr("Own"),
                     ", ".join(rubric["posts"]),
                     self.assigned_text(by_rubric.get(rubric["rubric_id"], [])))
            for c, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, rubric["rubric_id"])
                cell.setToolTip(text)
                self.table.setItem(r, c, cell)
        self.select(chosen)
        self._selection_changed()

    def assigned_text(self, rows):
        """Per post or team, the assignment made last: "坐席: v2 from 2026-12"."""
        latest = {}
        for row in rows:            # by period, then as made: the last one per target wins
            latest[(row["post"], row["team_id"])] = row
        parts = []
        for row in latest.values():
            target = row["post"] if row["post"] is not None else row["team_name"] or "?"
            if row["ended"]:
                parts.append(self.tr("%1: ended from %2").replace("%1", target)
                             .replace("%2", row["from_period"]))
            else:
                parts.append(self.tr("%1: v%2 from %3").replace("%1", target).replace(
                    "%2", str(row["version"])).replace("%3", row["from_period"]))
        return "; ".join(parts)

    def selected_id(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(ID_ROLE)

    def select(self, rubric_id):
        for r, rubric in enumerate(self.rubrics):
            if rubric["rubric_id"] == rubric_id:
                self.table.selectRow(r)
                return True
        return False

    def selected_version_id(self):
        rubric_id = self.selected_id()
        return next((r["id"] for r in self.rubrics if r["rubric_id"] == rubric_id), None)

    def _selection_changed(self):
        chosen = self.selected_id() is not None
        for button in (self.edit_button, self.export_button, self.assign_button):
            button.setEnabled(chosen)

    # -- the buttons -----------------------------------------------------------------------
    def _show(self, window):
        window.setAttribute(Qt.WA_DeleteOnClose)
        window.open()
        return window

    def new(self):
        from ui.rubric_editor.new_dialog import NewRubricDialog

        dialog = self.dialog = NewRubricDialog(self.db, parent=self)
        dialog.accepted.connect(lambda: self._edit_new(dialog.data()))
        return self._show(dialog)

    def _edit_new(self, data):
        from ui.rubric_editor import editor_for_new

        self.editor = editor_for_new(self.session, data, parent=self)
        self.editor.saved.connect(lambda _vid: self.select(data["id"]))
        return self._show(self.editor)

    def edit(self):
        from ui.rubric_editor import editor_for

        rubric_id = self.selected_id()
        if rubric_id is None:
            return None
        self.editor = editor_for(self.session, rubric_id, parent=self)
        return self._show(self.editor)

    def import_excel(self):
        from ui.rubric_import_dialog import RubricImportDialog  # loads only when asked for

        self.dialog = RubricImportDialog(self.session, path=None, parent=self)
        return self._show(self.dialog)

    def export(self):
        from ui.rubric_export import export_rubric_file

        version_id = self.selected_version_id()
        if version_id is not None:
            return export_rubric_file(self, self.session, version_id)
        return None

    def assign(self):
        from ui.rubric_assign_dialog import RubricAssignDialog

        rubric_id = self.selected_id()
        if rubric_id is None:
            return None
        self.dialog = RubricAssignDialog(self.session, rubric_id, parent=self)
        return self._show(self.dialog)


def open_rubrics(session, parent):
    """Tools → Rubrics…: HR only (`manage_rubrics`); None for anyone else."""
    if not session.allowed("manage_rubrics"):
        return None
    view = RubricsView(session, parent=parent)
    view.setAttribute(Qt.WA_DeleteOnClose)
    view.open()
    return view
