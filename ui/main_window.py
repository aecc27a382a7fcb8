"""The main window: employees on the left; checklist, month so far and history on the right."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import access, settings
from models.periods import current_period
from models.store import database_path
from ui.employee_list import EmployeePanel
from ui.history_view import HistoryView
from ui.month_view import MonthView


class MainWindow(QMainWindow):
    def __init__(self, db, *, language="zh", db_path=None, user=None, idle_lock_ms=None,
                 parent=None):
        super().__init__(parent)
        self.db = db
        self.language = language
        self.period = current_period(db)
        # The signed-in user (models.access.signed_in_user), None in open mode (no users).
        self.user = user
        self.inspector = settings.get(db, "inspector_name") or ""
        self.employee_id = None
        self.checklist_widget = None
        self.setWindowTitle(self.tr("Appraisal Desk 考评台") + (f" — {db_path}" if db_path else ""))
        self.resize(1280, 800)

        self.employees = EmployeePanel(db, team_filter=access.team_filter(user),
                                       allowed=self.allowed)
        self.employees.employee_chosen.connect(self.open_employee)
        self.placeholder = QLabel(self.tr("Choose an employee on the left to open the "
                                          "inspection checklist of their post."))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.checklist_tab = QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist_tab)
        self.checklist_layout.addWidget(self.placeholder)
        self.month = MonthView(language=language)
        self.month.previous.clicked.connect(lambda: self.shift_period(-1))
        self.month.next.clicked.connect(lambda: self.shift_period(1))
        self.history = HistoryView(db, language=language, inspector=self.inspector)
        self.history.changed.connect(self.refresh_employee)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checklist_tab, self.tr("Checklist"))
        self.tabs.addTab(self.month, self.tr("Month so far"))
        self.tabs.addTab(self.history, self.tr("History"))
        from ui.forms_panel import FormsPanel

        self.db_path = db_path or database_path(db)
        self.forms = FormsPanel(db, language=language, db_path=db_path)
        self.forms.set_team_filter(access.team_filter(user))
        self.forms.set_period(self.period)
        self.tabs.addTab(self.forms, self.tr("Forms"))
        self.tabs.currentChanged.connect(lambda _: self.refresh_views())

        splitter = QSplitter()
        splitter.addWidget(self.employees)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 900])
        self.setCentralWidget(splitter)
        self._build_menu()
        self.statusBar().showMessage(self.tr("Period %s") % self.period.key)
        self._build_access(idle_lock_ms)

    def _build_menu(self):
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.employees.import_action)
        file_menu.addSeparator()
        for text, shortcut, slot in (
                (self.tr("&Settings…"), QKeySequence.Preferences, self.open_settings),
                (self.tr("&Quit"), QKeySequence.Quit, self.close)):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            if slot == self.open_settings:
                self.settings_action = action
        people = self.menuBar().addMenu(self.tr("&Employees"))
        panel = self.employees
        people.addActions([panel.add_employee_action, panel.edit_employee_action,
                           panel.toggle_employee_action])
        people.addSeparator()
        people.addActions([panel.add_team_action, panel.rename_team_action,
                           panel.toggle_team_action])
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        self.backups_action = QAction(self.tr("Backups…"), self)
        self.backups_action.triggered.connect(self.open_backups)
        tools.addAction(self.backups_action)
        self.audit_action = QAction(self.tr("Audit trail…"), self)
        self.audit_action.triggered.connect(self.open_audit)
        tools.addAction(self.audit_action)
        self.users_action = QAction(self.tr("Users…"), self)
        self.users_action.triggered.connect(self.open_users)
        tools.addAction(self.users_action)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.window_lock.lock())
        tools.addAction(self.lock_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")):
            action = QAction(self.tabs.tabText(index), self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        next_action = QAction(self.tr("Next employee"), self)
        next_action.setShortcut(QKeySequence("Ctrl+Down"))
        next_action.triggered.connect(lambda: self.employees.select_next(1))
        prev_action = QAction(self.tr("Previous employee"), self)
        prev_action.setShortcut(QKeySequence("Ctrl+Up"))
        prev_action.triggered.connect(lambda: self.employees.select_next(-1))
        view_menu.addActions([next_action, prev_action])

    # -- employee ----------------------------------------------------------------------------
    def open_employee(self, employee_id):
        from models.checklist import Checklist  # the engine loads with the first checklist
        from scoring import RubricError

        try:
            checklist = Checklist(self.db, employee_id=employee_id, period=self.period,
                                  inspector=self.inspector)
        except (LookupError, RubricError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open the checklist"), str(exc))
            return
        team_id = checklist.employee.get("team_id")
        if not self.allowed("view", team_id=team_id):
            QMessageBox.warning(self, self.tr("Cannot open the checklist"),
                                self.tr("This employee is not in one of your teams."))
            return
        may_tick = self.allowed("tick", team_id=team_id)
        self.history.delete_button.setEnabled(may_tick)
        self.employee_id = employee_id
        if self.checklist_widget is not None:
            self.checklist_widget.deleteLater()
        self.placeholder.hide()
        from ui.checklist import ChecklistWidget  # the engine loads with the first checklist

        self.checklist_widget = ChecklistWidget(checklist, language=self.language,
                                                read_only=not may_tick)
        self.checklist_widget.error.connect(self.show_error)
        self.checklist_widget.figures_changed.connect(self.refresh_views)
        self.checklist_layout.addWidget(self.checklist_widget)
        self.refresh_views()

    def refresh_employee(self):
        if self.checklist_widget is not None:
            self.checklist_widget.checklist.refresh()
            self.checklist_widget.show_figures()

    def refresh_views(self):
        """Only the visible tab is rebuilt; the others catch up when shown."""
        if self.checklist_widget is None:
            return
        checklist = self.checklist_widget.checklist
        current = self.tabs.currentWidget()
        if current is self.month:
            from models.month import month_so_far

            view = month_so_far(self.db, employee_id=self.employee_id, period=self.period,
                                context=checklist.context or None)
            self.month.load(view, checklist.employee)
        elif current is self.history:
            self.history.load(self.employee_id, checklist.rubric)

    def shift_period(self, step):
        self.period = self.period.next() if step > 0 else self.period.previous()
        self.forms.set_period(self.period)
        self.statusBar().showMessage(self.tr("Period %s") % self.period.key)
        if self.employee_id is not None:
            self.open_employee(self.employee_id)

    def show_error(self, message):
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def open_settings(self):
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, parent=self)
        dialog.settings_changed.connect(self.apply_settings)
        dialog.demo_removed.connect(self.demo_removed)
        dialog.language_changed.connect(self.language_changed)
        dialog.exec()

    def open_backups(self):
        from ui.backup_dialog import BackupDialog

        BackupDialog(self.db, self.db_path, parent=self).exec()

    def daily_backup(self, db_path):
        """Once a day on the first start, off the GUI thread: a verified, rotated backup."""
        from models import backups, settings
        from ui.backup_dialog import backup_folder
        from ui.work import run_in_background

        folder = backup_folder(self.db, db_path)
        keep = {"keep_daily": settings.get(self.db, "backup_keep_daily"),
                "keep_monthly": settings.get(self.db, "backup_keep_monthly")}
        self.backup_result = None
        if not backups.is_due(folder):
            return None

        def done(path):
            from models import audit

            self.backup_result = path
            audit.record(self.db, actor="", action="backup", entity="database", entity_id=None,
                         after={"path": str(path), "reason": "daily"})

        def failed(error):
            self.backup_result = error
            self.statusBar().showMessage(self.tr("Daily backup failed: %s") % error)

        return run_in_background(
            self, lambda: backups.backup_file(db_path, folder=folder, reason="daily", **keep),
            on_done=done, on_error=failed)

    def open_audit(self):
        from ui.audit_view import AuditDialog

        if self.allowed("view"):
            AuditDialog(self.db, parent=self).exec()

    def check_audit_trail(self, db_path):
        """At start, off the GUI thread: the whole hash chain, on a connection of its own."""
        from ui.work import run_in_background

        def job():
            from models.audit_chain import verify_chain
            from models.store import worker_db

            db = worker_db(db_path)
            try:
                return verify_chain(db)
            finally:
                db.close()

        def done(report):
            self.audit_report = report
            if not report.ok:
                QMessageBox.critical(self, self.tr("Audit trail"),
                                     self.tr("The audit trail was tampered with: %s")
                                     % report.message)

        def failed(error):
            self.audit_report = error

        self.audit_report = None
        return run_in_background(self, job, on_done=done, on_error=failed)

    def apply_settings(self):
        self.inspector = self._inspector_name()
        self.history.inspector = self.inspector
        self.period = current_period(self.db)
        self.forms.set_period(self.period)
        self.statusBar().showMessage(self.tr("Period %s") % self.period.key)
        if self.employee_id is not None:
            self.open_employee(self.employee_id)

    def demo_removed(self):
        self.employees.reload()
        if self.employee_id is not None and not _exists(self.db, self.employee_id):
            self.close_employee()

    def language_changed(self, _language):
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language applies from the next start."))

    def close_employee(self):
        if self.checklist_widget is not None:
            self.checklist_widget.deleteLater()
            self.checklist_widget = None
        self.employee_id = None
        self.placeholder.show()
        self.month.tree.clear()
        self.history.table.setRowCount(0)

    # -- access: the signed-in user, her role, the idle lock (models.access, ui/idle_lock.py) -----
    def _build_access(self, idle_lock_ms):
        from ui.idle_lock import WindowLock

        self.idle_lock_injected = idle_lock_ms is not None
        if idle_lock_ms is None:
            idle_lock_ms = settings.get(self.db, "idle_lock_minutes") * 60_000
        self.user_label = QLabel()
        self.user_label.setObjectName("signed-in")
        self.statusBar().addPermanentWidget(self.user_label)
        self._users_dialog = None
        self.window_lock = WindowLock(self, timeout_ms=idle_lock_ms)
        self._apply_user()

    def allowed(self, action, team_id=None):
        """May the signed-in user (anyone, in open mode) do `action` (on `team_id`)?"""
        return access.can(self.user, action, team_id=team_id)

    def set_user(self, user):
        """Another user signed in (at the lock screen): her teams, her rights, nothing of the
        last user's left open."""
        previous, self.user = self.user, user
        if previous is None or user is None or previous["id"] != user["id"]:
            self.close_employee()
        elif self.checklist_widget is not None and not self.allowed(
                "view", team_id=self.checklist_widget.checklist.employee.get("team_id")):
            self.close_employee()     # no longer one of her teams
        team_filter = access.team_filter(user)
        self.employees.set_access(team_filter=team_filter, allowed=self.allowed)
        self.forms.set_team_filter(team_filter)
        self._apply_user()

    def _apply_user(self):
        from ui.sign_in import signed_in_text

        user = self.user
        self.user_label.setText(signed_in_text(user) if user else "")
        self.user_label.setVisible(user is not None)
        self.inspector = self._inspector_name()
        self.history.inspector = self.inspector
        self.users_action.setVisible(self.allowed("manage_users"))
        self.settings_action.setVisible(self.allowed("manage_settings"))
        self.backups_action.setVisible(self.allowed("manage_backups"))
        self.forms.set_user(self.user, self.allowed)
        self.audit_action.setVisible(self.allowed("view"))
        self.lock_action.setVisible(user is not None)
        self.window_lock.resume()

    def _inspector_name(self):
        """Who ticks: the signed-in user (the evidence must say who), else the setting."""
        if self.user is not None:
            return self.user["name"]
        return settings.get(self.db, "inspector_name") or ""

    def open_users(self):
        from ui.users_dialog import UsersDialog

        if not self.allowed("manage_users"):
            return None
        dialog = UsersDialog(self.db, current_user=self.user, parent=self)
        dialog.finished.connect(self._users_closed)
        self._users_dialog = dialog
        dialog.open()
        return dialog

    def _users_closed(self, _result):
        self._users_dialog = None
        if not self.idle_lock_injected:
            self.window_lock.set_timeout(settings.get(self.db, "idle_lock_minutes") * 60_000)
        if self.user is not None:
            try:   # her own teams may have changed
                self.set_user(access.signed_in_user(self.db, self.user["id"]))
            except LookupError:
                self.set_user(None)
        if self.user is None and not access.open_mode(self.db):
            self.window_lock.lock()     # the first users were added: from now on, sign in
        elif self.user is not None and not self.user["active"]:
            self.window_lock.lock()


def _exists(db, employee_id):
    return db.execute("SELECT 1 FROM employees WHERE id = ?", (employee_id,)).fetchone() is not None
