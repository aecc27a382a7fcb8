"""The HR admin's users dialog: who operates the app, their roles, PINs and teams, and the idle
lock. Every refusal (from models.people.users / models.people.access) is shown inside the dialog."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.people import access, users
from models.people.teams import list_teams
from models.work import settings
from ui.changes import SETTINGS, TEAMS, USERS
from ui.errors import run_op
from ui.screen_fit import fit_columns, fit_to_screen
from ui.sign_in import role_name

NAME, ROLE, STATUS, TEAM_NAMES = range(4)   # the table's columns
FIELD_HEIGHT = 36
TEAM_ROW = 40       # px: a team's row in the list of ticks


def _pin_field(placeholder):
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setMinimumHeight(FIELD_HEIGHT)
    field.setPlaceholderText(placeholder)
    return field


class UsersDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session      # its user is who acts (and may not deactivate herself)
        self.db = session.db
        self.setWindowTitle(self.tr("Users"))
        fit_to_screen(self, 1000, 680)
        self.rows = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Teams")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(FIELD_HEIGHT)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.error = QLabel()
        self.error.setObjectName("users-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.done_note = QLabel()
        self.done_note.setStyleSheet("color: #2e7d32;")
        self._build_add()
        self._build_selected()
        self._build_lock()
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        # The boxes on the right scroll when the screen is short (a 1366×768 laptop): the
        # dialog never asks for more height than that (ui/screen_fit.py).
        side_panel = QWidget()
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.add_box)
        side.addWidget(self.selected_box, 1)
        side.addWidget(self.lock_box)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side_panel)
        self.side_scroll.setMinimumWidth(side_panel.minimumSizeHint().width()
                                         + self.side_scroll.verticalScrollBar().sizeHint().width())
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.side_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.done_note)
        layout.addWidget(close)
        self.reload()
        session.changes.changed.connect(self._changed)

    def _changed(self, kinds):
        """The hub: users (here or at the lock screen) and the team names it lists."""
        if kinds & {USERS, TEAMS}:
            self.reload()

    # -- building ----------------------------------------------------------------------------
    def _build_add(self):
        self.add_box = QGroupBox(self.tr("Add a user"))
        self.new_name = QLineEdit()
        self.new_name.setMinimumHeight(FIELD_HEIGHT)
        self.new_role = QComboBox()
        self.new_role.setMinimumHeight(FIELD_HEIGHT)
        for role in users.ROLES:
            self.new_role.addItem(role_name(role), role)
        self._default_role()
        self.new_pin = _pin_field(self.tr("6–12 digits, or 8+ characters"))
        self.new_pin_again = _pin_field(self.tr("the same again"))
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.setMinimumHeight(40)
        self.add_button.clicked.connect(self.add_user)
        form = QFormLayout(self.add_box)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Role"), self.new_role)
        form.addRow(self.tr("PIN"), self.new_pin)
        form.addRow(self.tr("PIN again"), self.new_pin_again)
        form.addRow(self.add_button)

    def _default_role(self):
        """HR admin until the store has one (the first user must be one), then shift lead."""
        role = "lead" if access.has_hr_admin(self.db) else "hr"
        self.new_role.setCurrentIndex(self.new_role.findData(role))

    def _build_selected(self):
        self.selected_box = QGroupBox(self.tr("Selected user"))
        self.role = QComboBox()
        self.role.setMinimumHeight(FIELD_HEIGHT)
        self.role.setAccessibleName(self.tr("Role"))
        for role in users.ROLES:
            self.role.addItem(role_name(role), role)
        self.role_button = QPushButton(self.tr("Save role"))
        self.role_button.setMinimumHeight(FIELD_HEIGHT)
        self.role_button.clicked.connect(self.save_role)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.role_button)
        self.pin = _pin_field(self.tr("6–12 digits, or 8+ characters"))
        self.pin_again = _pin_field(self.tr("the same again"))
        self.pin_button = QPushButton(self.tr("Change PIN"))
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.teams = QListWidget()
        self.teams.setMinimumHeight(120)
        # Touch: a big tick box (28 px) on a row a finger hits (TEAM_ROW px).
        self.teams.setStyleSheet("QListWidget::indicator { width: 28px; height: 28px; }")
        self.teams_button = QPushButton(self.tr("Save teams"))
        for button in (self.pin_button, self.toggle_button, self.teams_button):
            button.setMinimumHeight(40)
        self.pin_button.clicked.connect(self.change_pin)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.teams_button.clicked.connect(self.save_teams)
        self.teams_note = QLabel(
            self.tr("A shift lead sees and ticks only the employees of her teams."))
        self.teams_note.setWordWrap(True)
        self.teams_note.setStyleSheet("color: palette(placeholder-text);")
        form = QFormLayout(self.selected_box)
        form.addRow(self.tr("Role"), role_row)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.pin_button)
        form.addRow(self.toggle_button)
        form.addRow(self.tr("Teams"), self.teams)
        form.addRow(self.teams_note)
        form.addRow(self.teams_button)

    def _build_lock(self):
        self.lock_box = QGroupBox(self.tr("Idle lock"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setMinimumHeight(FIELD_HEIGHT)
        declared = settings.DECLARED["idle_lock_minutes"]
        self.idle_minutes.setRange(declared.minimum, declared.maximum)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("never"))
        self.idle_minutes.setValue(settings.get(self.db, "idle_lock_minutes"))
        self.idle_button = QPushButton(self.tr("Save"))
        self.idle_button.setMinimumHeight(FIELD_HEIGHT)
        self.idle_button.clicked.connect(self.save_idle_minutes)
        row = QHBoxLayout(self.lock_box)
        row.addWidget(QLabel(self.tr("Lock the window after")))
        row.addWidget(self.idle_minutes, 1)
        row.addWidget(self.idle_button)

    # -- reading -----------------------------------------------------------------------------
    def reload(self, select_id=None):
        if select_id is None:
            select_id = self.selected_id()
        self.team_names = {t["id"]: t["name"] for t in list_teams(self.db, include_inactive=True)}
        self.rows = users.list_users(self.db, include_inactive=True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, user in enumerate(self.rows):
            user["team_ids"] = users.user_team_ids(self.db, user["id"])
            status = self.tr("active") if user["active"] else self.tr("inactive")
            if not user["has_pin"]:
                status += " · " + self.tr("no PIN")
            if user["demo"]:
                status += " · " + self.tr("demo")
            teams = ", ".join(self.team_names.get(t, "?") for t in user["team_ids"])
            for c, text in ((NAME, user["name"]), (ROLE, role_name(user["role"])),
                            (STATUS, status), (TEAM_NAMES, teams)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.UserRole, user["id"])
                if not user["active"]:
                    cell.setForeground(Qt.gray)
                self.table.setItem(r, c, cell)
        fit_columns(self.table)
        self.table.clearSelection()
        self.table.blockSignals(False)
        row = next((r for r, u in enumerate(self.rows) if u["id"] == select_id), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._selection_changed()

    def selected_id(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), NAME).data(Qt.UserRole) if rows else None

    def selected_user(self):
        user_id = self.selected_id()
        return next((u for u in self.rows if u["id"] == user_id), None)

    def select_user(self, user_id):
        row = next((r for r, u in enumerate(self.rows) if u["id"] == user_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self):
        user = self.selected_user()
        self.selected_box.setEnabled(user is not None)
        self.selected_box.setTitle(self.tr("Selected user: %s") % user["name"] if user
                                   else self.tr("Selected user"))
        self.toggle_button.setText(self.tr("Reactivate") if user and not user["active"]
                                   else self.tr("Deactivate"))
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user["role"]))
        is_lead = user is not None and user["role"] == "lead"
        self.teams.clear()
        for team_id, name in self.team_names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.UserRole, team_id)
            item.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            item.setSizeHint(QSize(0, TEAM_ROW))
            item.setCheckState(Qt.Checked if user and team_id in user["team_ids"]
                               else Qt.Unchecked)
            self.teams.addItem(item)
        self.teams.setEnabled(is_lead)
        self.teams_button.setEnabled(is_lead)

    # -- acting ------------------------------------------------------------------------------
    def _do(self, action, done_text, changes=frozenset({USERS})):
        """Run one model change (ui/errors.run_op): its refusal goes to the error line, the
        hub hears what it changed (this list re-reads from there). True when done."""
        self.error.clear()
        self.done_note.clear()
        done = run_op(self.session, self, action, doing=self.windowTitle(), changes=changes,
                      show=self.show_error)
        if not done.ok:
            return None
        self.done_note.setText(done_text)
        return True if done.value is None else done.value

    def show_error(self, text):
        """A refusal as a sentence: it starts with a capital letter (the store's own English
        messages start in lower case; ui/errors.py says the known ones in her language)."""
        self.error.setText(text[:1].upper() + text[1:])

    def _two_pins(self, first, second):
        """The PIN typed twice, refused here (in the user's language) unless it is the same
        twice and meets the rule; models.people.users checks the rule again."""
        pin, again = first.text(), second.text()
        if pin != again:
            raise ValueError(self.tr("The two PINs differ: type the same PIN twice."))
        if not users.meets_pin_rules(pin):
            raise ValueError(self.tr("A PIN is 6–12 digits, or a password of at least 8 "
                                     "characters."))
        return pin

    def add_user(self):
        def add():
            role = self.new_role.currentData()
            pin = self._two_pins(self.new_pin, self.new_pin_again)
            access.check_new_user(self.db, role=role)
            return users.add_user(self.db, name=self.new_name.text(), role=role, pin=pin,
                                  by=self.session.actor)

        name = self.new_name.text().strip()
        user_id = self._do(add, self.tr("Added %s.") % name)
        if user_id:     # a refused one keeps what was typed, to be corrected
            self.new_pin.clear()
            self.new_pin_again.clear()
            self.new_name.clear()
            self._default_role()
            self.select_user(user_id)
        return user_id

    def change_pin(self):
        user = self.selected_user()
        if user is None:
            return None

        def change():
            users.set_pin(self.db, user["id"], pin=self._two_pins(self.pin, self.pin_again),
                          by=self.session.actor)

        done = self._do(change, self.tr("The PIN of %s was changed.") % user["name"])
        if done:
            self.pin.clear()
            self.pin_again.clear()
        return done

    def save_role(self):
        user = self.selected_user()
        if user is None:
            return None
        role, by = self.role.currentData(), self.session.actor
        return self._do(lambda: users.set_user_role(self.db, user["id"], role, by=by),
                        self.tr("%s is now: %s.") % (user["name"], role_name(role)))

    def toggle_active(self):
        user = self.selected_user()
        if user is None:
            return None
        by_id = self.session.user_id

        def toggle():
            if user["active"]:
                access.check_deactivate(self.db, user["id"], by_user_id=by_id)
            users.set_user_active(self.db, user["id"], active=not user["active"],
                                  by=self.session.actor)

        text = (self.tr("%s was deactivated.") if user["active"]
                else self.tr("%s was reactivated.")) % user["name"]
        return self._do(toggle, text)

    def checked_team_ids(self):
        return [self.teams.item(i).data(Qt.UserRole) for i in range(self.teams.count())
                if self.teams.item(i).checkState() == Qt.Checked]

    def save_teams(self):
        user = self.selected_user()
        if user is None:
            return None
        team_ids, by = self.checked_team_ids(), self.session.actor
        return self._do(lambda: users.set_user_teams(self.db, user["id"], team_ids, by=by),
                        self.tr("The teams of %s were saved.") % user["name"])

    def save_idle_minutes(self):
        minutes, by = self.idle_minutes.value(), self.session.actor
        return self._do(lambda: settings.put(self.db, "idle_lock_minutes", minutes, by=by),
                        self.tr("Saved."), changes={SETTINGS})
