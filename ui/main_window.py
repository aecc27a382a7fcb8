"""The main window: employees on the left; checklist, month so far and history on the right."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.people import access, employees
from models.storage.errors import NotFoundError
from models.work import settings
from models.work.periods import current_period
from ui import errors
from ui.changes import BACKUPS, EMPLOYEES, PERIOD, RUBRICS, SESSION, SETTINGS, USERS
from ui.employee_list import EmployeePanel
from ui.lazy_tabs import LazyTab, LazyTabs
from ui.screen_fit import fit_to_screen
from ui.session import Session


class MainWindow(QMainWindow):
    def __init__(self, db, *, language="zh", db_path=None, user=None, idle_lock_ms=None,
                 parent=None):
        super().__init__(parent)
        # The one session (ui/session.py): the store, who is signed in, the language. Every
        # panel and dialog is handed it, and hears every change through its hub.
        self.session = Session(db, user=user, language=language, path=db_path)
        # First of all listeners: an employee removed is closed before the panels re-read.
        self.session.changes.changed.connect(self._changed)
        self.db = db
        self._current = current_period(db)  # "now" by the period settings: moves when they change
        self.employee_id = None
        self.checklist_widget = None
        self.checklist_stack = None     # every applying rubric's checklist (ui/checklist_stack)
        self.setWindowTitle(self.tr("Appraisal Desk 考评台") + (f" — {db_path}" if db_path else ""))
        fit_to_screen(self, 1280, 700)      # a 1366×768 laptop (ui/screen_fit.py)

        self.employees = EmployeePanel(self.session)
        self.employees.employee_chosen.connect(self.open_employee)
        self.placeholder = QLabel(self.tr("Choose an employee on the left to open the "
                                          "inspection checklist of their post."))
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.checklist_tab = QWidget()
        self.checklist_layout = QVBoxLayout(self.checklist_tab)
        self.checklist_layout.addWidget(self.placeholder)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checklist_tab, self.tr("Checklist"))
        # The tabs behind the first are made after the first frame, or when first shown or
        # asked for (`self.month` …): the window shows sooner (ui/lazy_tabs.py).
        self.lazy_tabs = LazyTabs(self.tabs, self.session)
        self.lazy_tabs.add("month", self.tr("Month so far"), "ui.month_view.MonthPanel")
        self.lazy_tabs.add("history", self.tr("History"), "ui.history_view.HistoryView")
        self.lazy_tabs.add("forms", self.tr("Forms"), "ui.forms_panel.FormsPanel")
        self.lazy_tabs.add("results", self.tr("Results"), "ui.results_view.ResultsView",
                           then=lambda results: setattr(results, "on_close", self._close_period))

        splitter = QSplitter()
        splitter.addWidget(self.employees)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 900])
        self.setCentralWidget(splitter)
        self._build_menu()
        self._build_period_bar()
        self._build_access(idle_lock_ms)

    month = LazyTab("month")
    history = LazyTab("history")
    forms = LazyTab("forms")
    results = LazyTab("results")

    @property
    def period(self):
        """The period every tab shows: the session's, picked in the toolbar."""
        return self.session.period

    def _build_period_bar(self):
        """The period picker, always in sight above the tabs (ui/period_picker.py)."""
        from ui.period_picker import PeriodPicker

        self.period_picker = PeriodPicker(self.session)
        self.period_picker.add_to(self)

    @property
    def user(self):
        """The signed-in user (None in open mode); the idle lock asks for it."""
        return self.session.user

    @property
    def language(self):
        return self.session.language

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
        self.rubrics_action = QAction(self.tr("Rubrics…"), self)     # HR: ui/rubrics_view.py
        self.rubrics_action.triggered.connect(self.open_rubrics)
        tools.addAction(self.rubrics_action)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.window_lock.lock(now=True))
        tools.addAction(self.lock_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")):
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
        from ui.about_dialog import add_help_menu

        add_help_menu(self)     # Help → About: version, data folder

    # -- employee ----------------------------------------------------------------------------
    def open_employee(self, employee_id):
        from models.work.checklist import Checklist  # the engine loads with the first checklist

        opened = errors.attempt(
            self, lambda: Checklist(self.db, employee_id=employee_id, period=self.period,
                                    inspector=self.session.actor),
            doing=self.tr("Cannot open the checklist"))
        if not opened.ok:
            return
        checklist = opened.value
        team_id = checklist.employee.get("team_id")
        if not self.session.allowed("view", team_id=team_id):
            QMessageBox.warning(self, self.tr("Cannot open the checklist"),
                                self.tr("This employee is not in one of your teams."))
            return
        may_tick = self.session.allowed("tick", team_id=team_id)
        self.history.delete_button.setEnabled(may_tick)
        self.employee_id = employee_id
        self._drop_checklist()
        self.placeholder.hide()
        from ui.checklist_stack import ChecklistStack  # the engine loads with the first one

        # One checklist per applying rubric (the main rubric's first), one total above them.
        self.checklist_stack = ChecklistStack(self.session, checklist, read_only=not may_tick)
        self.checklist_widget = self.checklist_stack.widgets[0]
        self.checklist_stack.error.connect(self.show_error)
        self.checklist_stack.forms_wanted.connect(lambda: self.tabs.setCurrentWidget(self.forms))
        self.checklist_layout.addWidget(self.checklist_stack)
        # The month and the history follow this employee; each re-reads on the hub's changes.
        self.month.set_subject(checklist.employee, self.period, checklist.context)
        self.history.set_subject(employee_id, checklist.rubric)

    def shift_period(self, step):
        self.period_picker.step(step)

    def show_error(self, message):
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def open_settings(self):
        from ui.settings_dialog import SettingsDialog

        # Window-modal, not exec(): what it saves reaches every panel through the hub.
        dialog = SettingsDialog(self.session, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.language_changed.connect(self.language_changed)
        dialog.open()
        return dialog

    def open_backups(self):
        from ui.backup_dialog import BackupDialog

        BackupDialog(self.session, parent=self).exec()

    def daily_backup(self):
        """Once a day on the first start, off the GUI thread: a verified, rotated backup;
        its audit event then on the store's own connection. None when not due."""
        from models.database import backups
        from models.trust import anchors
        from ui.backup_dialog import backup_folder
        from ui.work import run_in_background

        path = self.session.path
        if path is None:        # an in-memory store has no file to back up
            return None
        folder = backup_folder(self.db, path)
        keep = {"keep_daily": settings.get(self.db, "backup_keep_daily"),
                "keep_monthly": settings.get(self.db, "backup_keep_monthly")}
        if not backups.is_due(folder):
            return None

        def done(target):
            # A start-up job, not the signed-in user's act: a plain-string actor.
            backups.record_backup(self.db, target, reason="daily", by="daily backup")
            self.session.changes.report({BACKUPS})

        def failed(error):
            self.statusBar().showMessage(self.tr("Daily backup failed: %s")
                                         % errors.message(error))

        # The backup carries an anchor of the trail's head as it is now (models/trust/anchors).
        anchors.anchor_now(self.db, "backup")
        return run_in_background(
            self, lambda: backups.backup_file(path, folder=folder, reason="daily", **keep),
            on_done=done, on_error=failed)

    def _close_period(self, team_id, period):
        """The Results tab's "Close period…": the reviewer signs the team's results."""
        from ui.close_period_dialog import open_close_dialog

        return open_close_dialog(self.session, team_id, period, self)

    def open_audit(self):
        from ui.audit_view import AuditDialog

        if self.session.allowed("view"):
            AuditDialog(self.session, parent=self).exec()

    def check_store(self):
        """At start, off the GUI thread, on a connection of its own: `main.py check`'s checks
        (integrity, triggers, the audit chain and its anchors, snapshots, seals, the forms
        against the trail). Problems are shown at once; a clean result in the status bar."""
        from models.database.tamper_check import check_store
        from ui.work import on_worker_db, run_in_background

        path = self.session.path
        if path is None:
            return None

        def done(report):
            self.store_check = report
            if report.ok:
                self.statusBar().showMessage(self.tr("Store check: no problem found"), 10000)
                return
            box = QMessageBox(QMessageBox.Critical, self.tr("Store check"), self.tr(
                "The database was changed outside the app, or is damaged: %n problem(s) "
                "found. Forms that fail the check are not printed. Ask the HR admin to "
                "compare it with a backup.", "", len(report.problems)), parent=self)
            box.setDetailedText("\n".join(report.lines()))
            box.open()
            self.store_check_box = box

        def failed(error):
            errors.tell(self, error, doing=self.tr("Store check"))

        # SQLite's own integrity check runs apart (ui/store_checks.py), light for a big file.
        return run_in_background(self, lambda: on_worker_db(
            path, lambda db: check_store(db, integrity=False)),
                                 on_done=done, on_error=failed)

    # -- what changed (ui/changes.py): the status bar, the period, the user, the open employee --
    def _changed(self, kinds):
        if SETTINGS in kinds:
            self._settings_changed()
        if USERS in kinds and self.user is not None:
            try:   # her own teams may have changed, or she was deactivated
                fresh = access.signed_in_user(self.db, self.user["id"])
            except NotFoundError:
                fresh = None
            if fresh != self.user:
                self.set_user(fresh)
                if fresh is None:       # removed (with the demo data): nobody goes on as her
                    self._user_removed()
        if SESSION in kinds:
            self._apply_user()
        if EMPLOYEES in kinds and self.employee_id is not None:
            self._employee_changed()
        if kinds & {PERIOD, RUBRICS} and self.employee_id is not None:
            # her checklist and month of that period, or of the rubrics that apply now
            self.open_employee(self.employee_id)

    def _settings_changed(self):
        current = current_period(self.db)
        if current != self._current:     # the period settings moved "now": show it
            self._current = current
            self.session.show_period(current)
        if not self.idle_lock_injected:
            self.window_lock.set_timeout(settings.get(self.db, "idle_lock_minutes") * 60_000)

    def _employee_changed(self):
        """The open employee was removed (the demo) or edited (a new post, another team)."""
        try:
            employee = employees.get_employee(self.db, self.employee_id)
        except NotFoundError:
            self.close_employee()
            return
        widget = self.checklist_widget
        if widget is not None and widget.checklist.employee.get("demo") and \
                not employee["demo"] and not employee["active"]:
            self.close_employee()       # the demo removed, her signed history kept (inactive)
            return
        if widget is not None and employee != widget.checklist.employee:
            self.open_employee(self.employee_id)

    def language_changed(self, _language):
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language applies from the next start."))

    def _drop_checklist(self):
        stack, self.checklist_stack, self.checklist_widget = self.checklist_stack, None, None
        if stack is not None:
            # Deleted later: until then it must not re-read an employee who may be gone.
            stack.disconnect_store()
            stack.deleteLater()

    def close_employee(self):
        self._drop_checklist()
        self.employee_id = None
        self.placeholder.show()
        self.month.set_subject(None, None, None)
        self.history.set_subject(None, None)

    # -- access: the signed-in user, her role, the idle lock (models.people.access, ui/idle_lock.py)
    def _build_access(self, idle_lock_ms):
        from ui.idle_lock import WindowLock

        self.idle_lock_injected = idle_lock_ms is not None
        if idle_lock_ms is None:
            idle_lock_ms = settings.get(self.db, "idle_lock_minutes") * 60_000
        self.user_label = QLabel()
        self.user_label.setObjectName("signed-in")
        self.statusBar().addPermanentWidget(self.user_label)
        self.window_lock = WindowLock(self, timeout_ms=idle_lock_ms)
        self._apply_user()

    def set_user(self, user):
        """Another user signed in (at the lock screen): her teams, her rights, nothing of the
        last user's left open. Every panel hears it through the hub (kind "session")."""
        previous = self.user
        if previous is None or user is None or previous["id"] != user["id"]:
            self.close_employee()
        elif self.checklist_widget is not None and not access.can(
                user, "view", team_id=self.checklist_widget.checklist.employee.get("team_id")):
            self.close_employee()     # no longer one of her teams
        self.session.sign_in(user)

    def _apply_user(self):
        from ui.sign_in import signed_in_text

        user = self.user
        self.user_label.setText(signed_in_text(user) if user else "")
        self.user_label.setVisible(user is not None)
        allowed = self.session.allowed
        self.users_action.setVisible(allowed("manage_users"))
        self.rubrics_action.setVisible(allowed("manage_rubrics"))
        self.settings_action.setVisible(allowed("manage_settings"))
        self.backups_action.setVisible(allowed("manage_backups"))
        self.audit_action.setVisible(allowed("view"))
        self.lock_action.setVisible(user is not None)
        self.window_lock.resume()

    def open_rubrics(self):
        from ui.rubrics_view import open_rubrics

        return open_rubrics(self.session, self)

    def open_users(self):
        from ui.users_dialog import UsersDialog

        if not self.session.allowed("manage_users"):
            return None
        dialog = UsersDialog(self.session, parent=self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.finished.connect(self._users_closed)
        dialog.open()
        return dialog

    def closeEvent(self, event):
        # Closed, it locks nothing: its idle timer would run on until it is deleted, and lock
        # over a store that may be closed by then.
        self.window_lock.watcher.stop()
        super().closeEvent(event)

    def _user_removed(self):
        """The signed-in user is gone: the window locks for whoever can sign in; when nobody
        can (the demo users were the only ones), the first run's set-up comes again."""
        if not self.window_lock.lock():
            QTimer.singleShot(0, self.first_run)

    def first_run(self):
        """The set-up of ui/first_run.py on a store nobody can sign in to: the user it set up
        works on; after "Just look around" the window locks for a demo user's sign-in; quit
        closes the window. Returns the dialog (None when not asked)."""
        from ui.first_run import FirstRunDialog

        if self.user is not None or not access.open_mode(self.db):
            return None
        dialog = FirstRunDialog(self.db, parent=self)
        if dialog.exec() != QDialog.Accepted:
            self.close()
        elif dialog.user is not None:
            self.set_user(dialog.user)
        else:
            self.window_lock.lock()
        return dialog

    def _users_closed(self, _result):
        # Locking waits until HR is done with the dialog (the hub already refreshed the rest).
        if self.user is None and not access.open_mode(self.db):
            self.window_lock.lock()     # the first users were added: from now on, sign in
        elif self.user is not None and not self.user["active"]:
            self.window_lock.lock()
