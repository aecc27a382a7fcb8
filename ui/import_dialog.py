"""Import employees from a .csv or .xlsx file: preview every row first (problems in red), then
import all of them in one step — or none, while any row has a problem."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.people import imports
from ui import errors
from ui.changes import EMPLOYEES, TEAMS
from ui.screen_fit import fit_to_screen
from ui.work import on_worker_db, run_in_background

ERROR_COLOUR = QColor("#c62828")
OK_COLOUR = "#2e7d32"
FIELDS = ("code", "name", "team", "post", "hire_date", "probation")


def _get(record, key, default=None):
    """A field of a preview row or error, whether it is a dict or an object."""
    if isinstance(record, dict):
        return record.get(key, default)
    return getattr(record, key, default)


class ImportDialog(QDialog):
    def __init__(self, session, path=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.preview = None
        self.imported_count = 0
        self._task = None
        self.setWindowTitle(self.tr("Import employees"))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose a .csv or .xlsx file"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        hint = QLabel(self.tr("Columns: 工号 (code), 姓名 (name), 班组 (team), 岗位 (post), "
                              "入职日期 (hire_date), 试用期 (probation). "
                              "Unknown teams are created."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Employee no."), self.tr("Name"), self.tr("Team"),
            self.tr("Post"), self.tr("Hire date"), self.tr("Probation"), self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 560)
        if path is not None:
            self.load(path)

    # -- preview -----------------------------------------------------------------------------
    def choose_file(self):
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import employees"), "",
            self.tr("Employee lists (*.csv *.xlsx);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path):
        """Read and check the file off the GUI thread; the preview appears when it is done."""
        self.path.setText(str(path))
        self.preview = None
        self.table.setRowCount(0)
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.busy.show()
        self._say(self.tr("Reading {file}…").format(file=Path(path).name))
        db_file = self.session.path
        if db_file is None:   # an in-memory store cannot be shared with a thread
            read = errors.attempt(self, lambda: imports.preview_employees(self.db, path),
                                  doing=self.windowTitle(), show=self._preview_failed)
            if read.ok:
                self._show_preview(read.value)
            return
        # The preview only reads, on the worker's own connection.
        self._task = run_in_background(
            self, lambda: on_worker_db(db_file, lambda db: imports.preview_employees(db, path)),
            on_done=self._show_preview,
            on_error=lambda error: errors.tell(self, error, doing=self.windowTitle(),
                                               show=self._preview_failed))

    def _preview_failed(self, reason):
        self.busy.hide()
        self.choose_button.setEnabled(True)
        self._say(self.tr("The file cannot be read: {reason}").format(reason=reason), error=True)

    def _show_preview(self, preview):
        self.busy.hide()
        self.choose_button.setEnabled(True)
        self.preview = preview
        rows = [(_get(row, "row", 0), row, None) for row in preview.rows]
        rows += [(_get(error, "row", 0), None, error) for error in preview.errors]
        rows.sort(key=lambda entry: (entry[0] or 0, entry[2] is not None))
        self.table.setRowCount(len(rows))
        for index, (number, row, error) in enumerate(rows):
            self._fill_row(index, number, row, error)
        good, bad = len(preview.rows), len(preview.errors)
        if bad:
            self._say(self.tr("{bad} problem(s) in the file. Correct the file and choose it "
                              "again; nothing is imported while a row has a problem.").format(
                bad=bad), error=True)
        elif good:
            text = self.tr("{good} employee(s) ready to import.").format(good=good)
            if getattr(preview, "new_teams", None):
                text += " " + self.tr("New teams: {teams}.").format(
                    teams=", ".join(preview.new_teams))
            if getattr(preview, "ignored_columns", None):
                text += " " + self.tr("Columns not used: {columns}.").format(
                    columns=", ".join(preview.ignored_columns))
            self._say(text)
        else:
            self._say(self.tr("The file has no employees."), error=True)
        self.import_button.setEnabled(good > 0 and not bad)

    def _fill_row(self, index, number, row, error):
        values = [str(number or "")]
        source = row if row is not None else (_get(error, "values") or {})
        for field in FIELDS:
            value = _get(source, field)
            if field == "probation" and value is not None and not isinstance(value, str):
                value = self.tr("yes") if value else self.tr("no")
            values.append("" if value is None else str(value))
        if error is not None:
            column = _get(error, "column") or ""
            message = self.problem_text(error)
            values.append(f"{column}: {message}" if column else message)
        else:
            values.append("")
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if error is not None:
                item.setForeground(ERROR_COLOUR)
            self.table.setItem(index, column, item)

    def problem_text(self, error):
        """A problem of the file in the user's language, by its code (models/people/imports);
        the English message when the code is unknown."""
        code, args = _get(error, "code") or "", dict(_get(error, "args") or {})
        fields = {"code": self.tr("employee no."), "name": self.tr("name"),
                  "post": self.tr("post")}
        texts = {
            "duplicate_column": lambda: self.tr("this column appears twice"),
            "missing_column": lambda: self.tr("missing column ({names})").format(**args),
            "empty_file": lambda: self.tr("the file is empty"),
            "missing_value": lambda: self.tr("missing {field}").format(
                field=fields.get(args.get("field"), args.get("field"))),
            "duplicate_code": lambda: self.tr(
                "duplicate employee no. {code} (first on row {first_row})").format(**args),
            "code_taken": lambda: self.tr(
                "employee no. {code} already belongs to {name}").format(**args),
            "unknown_post": lambda: self.tr(
                "unknown post “{post}”: no rubric is for it").format(**args),
            "not_a_date": lambda: self.tr(
                "“{value}” is not a date (write 2024-03-01)").format(**args),
            "not_a_real_date": lambda: self.tr("“{value}” is not a real date").format(**args),
            "not_yes_no": lambda: self.tr("“{value}” is not yes or no (是/否)").format(**args),
        }
        try:
            return texts[code]()
        except (KeyError, IndexError):
            return _get(error, "message") or str(error)

    # -- import ------------------------------------------------------------------------------
    def commit(self):
        if self.preview is None or self.preview.errors:
            return
        preview, by = self.preview, self.session.actor
        done = errors.run_op(
            self.session, self, lambda: imports.commit_import(self.db, preview, by=by),
            doing=self.windowTitle(), changes={EMPLOYEES, TEAMS},
            show=lambda reason: self._say(self.tr("Nothing was imported: {reason}").format(
                reason=reason), error=True))
        if not done.ok:
            return
        count = self.imported_count = done.value
        self.preview = None
        self.import_button.setEnabled(False)
        self._say(self.tr("Imported 1 employee.") if count == 1 else
                  self.tr("Imported {count} employees.").format(count=count), ok=True)

    def reject(self):
        """Close; the dialog counts as accepted when something was imported."""
        if self.imported_count:
            self.done(QDialog.Accepted)
        else:
            super().reject()

    def _say(self, text, *, error=False, ok=False):
        colour = ERROR_COLOUR.name() if error else OK_COLOUR if ok else ""
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.status.setText(text)
