"""The employee list: a table model (testable without a window) and the panel around it."""

from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.people import employees
from ui import coverage as coverage_ui
from ui.changes import EMPLOYEES, INCIDENTS, PERIOD, SESSION, TEAMS, VALUES
from ui.errors import run_op
from ui.team_picker import ROW_HEIGHT, TeamPicker

CODE, NAME, TEAM, POST, STATUS, COVERAGE = range(6)
EMPLOYEE_ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2     # what a column sorts by: its text; coverage by ui/coverage.py


class EmployeeListModel(QAbstractTableModel):
    """Rows are the dicts `models.people.employees.list_employees/search_employees` return."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []
        self._team_names = {}
        self._coverage = {}     # employee id → models.work.coverage.Coverage (the period's)

    def set_rows(self, rows, *, team_names=None):
        """Replace every row; `team_names` ({team_id: name}) fills TEAM when a row lacks it."""
        self.beginResetModel()
        self._rows = list(rows)
        self._team_names = dict(team_names or {})
        self.endResetModel()

    def set_coverage(self, coverage):
        """The period's coverage ({employee_id: Coverage}): only the COVERAGE column changes."""
        self._coverage = dict(coverage)
        if self._rows:
            self.dataChanged.emit(self.index(0, COVERAGE), self.index(len(self._rows) - 1,
                                                                      COVERAGE))

    def employee(self, row):
        return self._rows[row]

    def row_of(self, employee_id):
        for row, employee in enumerate(self._rows):
            if employee["id"] == employee_id:
                return row
        return -1

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (self.tr("No."), self.tr("Name"), self.tr("Team"), self.tr("Post"),
                self.tr("Status"), coverage_ui.header())[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        employee = self._rows[index.row()]
        if role == EMPLOYEE_ID_ROLE:
            return employee["id"]
        if index.column() == COVERAGE:
            return coverage_ui.data(self._coverage.get(employee["id"]), role, SORT_ROLE)
        if role == SORT_ROLE:
            return self._text(employee, index.column())
        if role == Qt.DisplayRole:
            return self._text(employee, index.column())
        if role == Qt.ForegroundRole and not employee.get("active", True):
            return QColor("#8a8a8a")
        if role == Qt.ToolTipRole and index.column() == NAME and employee.get("name_initials"):
            return f"{employee['name']} ({employee['name_initials']})"
        return None

    def _text(self, employee, column):
        if column == CODE:
            return employee.get("code") or ""
        if column == NAME:
            return employee.get("name") or ""
        if column == TEAM:
            return (employee.get("team_name") or employee.get("team")
                    or self._team_names.get(employee.get("team_id"), ""))
        if column == POST:
            return employee.get("post") or ""
        if not employee.get("active", True):
            return self.tr("Inactive")
        return self.tr("Probation") if employee.get("probation") else self.tr("Active")


class EmployeePanel(QWidget):
    """Team filter, search, the employee table and the employee actions."""

    employee_chosen = Signal(int)   # the selection moved to an employee, or Enter on one
    employee_opened = Signal(int)   # Enter / double click on an employee

    def __init__(self, session, parent=None):
        super().__init__(parent)
        # Who works (ui/session.py): her teams are the ones shown, her rights the actions.
        self.session = session
        self.db = session.db
        self._chosen_id = None
        self._dialog = None
        self.team_picker = TeamPicker(session)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, number or initials (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(ROW_HEIGHT)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.no_entry = coverage_ui.NoEntryFilter()     # nobody forgotten until the 30th
        self.model = EmployeeListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._make_table()
        self._make_actions()
        self._lay_out()
        self.team_picker.team_changed.connect(self._fill_rows)
        self.search.textChanged.connect(self._fill_rows)
        self.search.returnPressed.connect(self._open_first)
        self.show_inactive.toggled.connect(self.reload)
        self.no_entry.toggled.connect(self._fill_rows)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._open_index)
        QShortcut(QKeySequence.Find, self, self.focus_search, context=Qt.WindowShortcut)
        QShortcut(QKeySequence.Delete, self.table, self._delete_pressed,
                  context=Qt.WidgetShortcut)
        self._apply_team_access()
        self._fill_rows()
        # After the team picker's own listener: it has re-read the teams when this runs.
        session.changes.changed.connect(self._changed)

    def _changed(self, kinds):
        """The hub (ui/changes.py): people, teams (their names are a column) or the user."""
        if SESSION in kinds:
            self._apply_team_access()
        if kinds & {EMPLOYEES, TEAMS, SESSION}:
            self._fill_rows()
        elif kinds & {INCIDENTS, VALUES, PERIOD}:     # ticks and the period: the coverage
            if self.no_entry.isChecked():
                self._fill_rows()
            else:
                self.model.set_coverage(coverage_ui.read(self.db, self.session.period))

    # -- building ----------------------------------------------------------------------------
    def _make_table(self):
        table = QTableView()
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(CODE, Qt.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # The name must always show in full; a long team name may be elided instead.
        header.setSectionResizeMode(TEAM, QHeaderView.Stretch)
        table.setTextElideMode(Qt.ElideRight)
        return table

    def _make_actions(self):
        def action(text, slot):
            made = QAction(text, self)
            made.triggered.connect(slot)
            return made
        self.add_employee_action = action(self.tr("Add employee"), self.add_employee)
        self.edit_employee_action = action(self.tr("Edit employee"), self.edit_employee)
        self.toggle_employee_action = action(self.tr("Deactivate employee"),
                                             self.toggle_employee)
        self.import_action = action(self.tr("Import employees…"), self.import_employees)
        self.import_action.setIconText(self.import_action.text())   # keep the "…" on buttons
        self.add_team_action = self.team_picker.add_team_action
        self.rename_team_action = self.team_picker.rename_team_action
        self.toggle_team_action = self.team_picker.toggle_team_action

    def _button(self, action):
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        button.setMinimumHeight(ROW_HEIGHT)
        button.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        return button

    def _lay_out(self):
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.show_inactive)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_picker, 1)
        team_row.addWidget(self.no_entry)
        buttons = QHBoxLayout()
        for act in (self.add_employee_action, self.edit_employee_action,
                    self.toggle_employee_action):
            buttons.addWidget(self._button(act))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(team_row)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.import_button = self._button(self.import_action)
        layout.addWidget(self.import_button)

    # -- reading -----------------------------------------------------------------------------
    def reload(self):
        """Re-read teams and employees from the store, keeping the selection where possible."""
        self.team_picker.reload(include_inactive=self.show_inactive.isChecked())
        self._fill_rows()

    def _fill_rows(self, *_):
        include_inactive = self.show_inactive.isChecked()
        team_id = self.team_picker.current_team_id()
        text = self.search.text().strip()
        if text:
            # No 50-row cap here: the team filter below must see every match.
            rows = employees.search_employees(self.db, text, include_inactive=include_inactive,
                                              limit=100_000)
            if team_id is not None:
                rows = [row for row in rows if row.get("team_id") == team_id]
        else:
            rows = employees.list_employees(self.db, team_id=team_id,
                                            include_inactive=include_inactive)
        team_filter = self.session.team_filter
        if team_filter is not None:     # a lead: her own teams' people only
            rows = [row for row in rows if row.get("team_id") in team_filter]
        coverage = coverage_ui.read(self.db, self.session.period)
        rows = coverage_ui.keep(rows, coverage, none_yet=self.no_entry.isChecked(),
                                chosen=self._chosen_id)
        self.model.set_coverage(coverage)
        self.model.set_rows(rows, team_names=self.team_picker.names())
        row = self.model.row_of(self._chosen_id) if self._chosen_id is not None else -1
        if row >= 0:   # the same employee stays selected, without choosing it again
            index = self.proxy.mapFromSource(self.model.index(row, CODE))
            self.table.setCurrentIndex(index)
        self._update_actions()

    def current_employee_id(self):
        selected = self.table.selectionModel().selectedRows()
        return selected[0].data(EMPLOYEE_ID_ROLE) if selected else None

    def _current_employee(self):
        employee_id = self.current_employee_id()
        return None if employee_id is None else self.model.employee(self.model.row_of(employee_id))

    def _update_actions(self):
        employee = self._current_employee()
        allowed = self.session.allowed
        may_edit = employee is not None and allowed("manage_people",
                                                    team_id=employee.get("team_id"))
        self.edit_employee_action.setEnabled(may_edit)
        self.toggle_employee_action.setEnabled(may_edit)
        self.add_employee_action.setEnabled(allowed("manage_people") or any(
            allowed("manage_people", team_id=team["id"]) for team in self.team_picker.teams))
        active = employee is None or employee.get("active", True)
        self.toggle_employee_action.setText(
            self.tr("Deactivate employee") if active else self.tr("Reactivate employee"))

    # -- selection and keys ------------------------------------------------------------------
    def _selection_changed(self, *_):
        self._update_actions()
        employee_id = self.current_employee_id()
        if employee_id is not None and employee_id != self._chosen_id:
            self._chosen_id = employee_id
            self.employee_chosen.emit(employee_id)

    def _open_index(self, index):
        employee_id = index.data(EMPLOYEE_ID_ROLE)
        if employee_id is not None:
            self._chosen_id = employee_id
            self.employee_chosen.emit(employee_id)
            self.employee_opened.emit(employee_id)

    def _open_first(self):
        """Enter in the search box opens the selected employee, or the first one shown."""
        if self.proxy.rowCount():
            row = self.table.currentIndex().row() if self.current_employee_id() else 0
            self.table.selectRow(row)
            self.table.setFocus()
            self._open_index(self.proxy.index(row, CODE))

    def focus_search(self):
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()

    def _delete_pressed(self):
        if not self.toggle_employee_action.isEnabled():
            return
        employee = self._current_employee()
        if employee is not None and employee.get("active", True):
            self.toggle_employee()

    def select_next(self, step):
        """Move the selection `step` rows down (negative: up), staying inside the list."""
        count = self.proxy.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row() if self.current_employee_id() else -1
        row = min(count - 1, max(0, current + step)) if current >= 0 else 0
        self.table.selectRow(row)

    # -- actions -----------------------------------------------------------------------------
    def _show_dialog(self, dialog):
        """Window-modal without blocking; what it saves comes back through the hub."""
        self._dialog = dialog
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, _result):
        self._dialog = None

    def add_employee(self):
        from ui.employee_dialog import EmployeeDialog
        if not self.add_employee_action.isEnabled():
            return
        team_id = self.team_picker.current_team_id()
        self._show_dialog(self._own_teams_only(
            EmployeeDialog(self.session, team_id=team_id, parent=self)))

    def edit_employee(self):
        from ui.employee_dialog import EmployeeDialog
        employee_id = self.current_employee_id()
        if employee_id is not None and self.edit_employee_action.isEnabled():
            self._show_dialog(self._own_teams_only(
                EmployeeDialog(self.session, employee_id=employee_id, parent=self)))

    def import_employees(self):
        from ui.import_dialog import ImportDialog
        if not self.session.allowed("manage_teams"):    # an import may add teams: HR's
            return
        self._show_dialog(ImportDialog(self.session, parent=self))

    def toggle_employee(self):
        employee = self._current_employee()
        if employee is None:
            return
        active = employee.get("active", True)
        if active and QMessageBox.question(
                self, self.tr("Deactivate employee"),
                self.tr("Deactivate {name} ({code})? Their records stay; they are listed again "
                        "when “Show inactive” is ticked.").format(
                    name=employee["name"], code=employee["code"])) != QMessageBox.Yes:
            return
        session = self.session
        run_op(session, self, lambda: employees.set_employee_active(
                   self.db, employee["id"], active=not active, by=session.actor),
               doing=self.toggle_employee_action.text(), changes={EMPLOYEES})

    # -- access ------------------------------------------------------------------------------
    def _apply_team_access(self):
        may = self.session.allowed("manage_teams")
        for act in (self.import_action, self.add_team_action, self.rename_team_action,
                    self.toggle_team_action):
            act.setVisible(may)
        self.import_action.setEnabled(may)
        self.import_button.setVisible(may)
        self.team_picker.button.setVisible(may)

    def _own_teams_only(self, dialog):
        """A lead may put people only into her own teams: the others leave the team list."""
        allowed = self.session.allowed
        if not allowed("manage_people"):
            combo = dialog.team
            for index in reversed(range(combo.count())):
                if not allowed("manage_people", team_id=combo.itemData(index)):
                    combo.removeItem(index)
        return dialog
