"""Signing in: choose a user, enter her own PIN. The form is shared by the start-up dialog and the
lock screen (ui/idle_lock.py); models.people.users checks the PIN, nothing here stores it."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.people import access, users
from ui import errors

MAX_TRIES = 5              # wrong PINs in a row before the form waits
COOL_DOWN_MS = 30_000
FIELD_HEIGHT = 36


def role_name(role):
    """The role as people say it ("shift lead"), translated."""
    names = {"lead": QCoreApplication.translate("Roles", "shift lead"),
             "reviewer": QCoreApplication.translate("Roles", "reviewer"),
             "hr": QCoreApplication.translate("Roles", "HR admin")}
    return names.get(role, role)


def signed_in_text(user):
    """The status bar's "Signed in: 李班长 (shift lead)"."""
    return QCoreApplication.translate("Roles", "Signed in: {name} ({role})").format(
        name=user["name"], role=role_name(user["role"]))


class SignInForm(QWidget):
    """User, PIN, a message line and a Sign in button; `signed_in` carries the user row
    (models.people.access.signed_in_user: with `team_ids`). A wrong PIN says so and stays."""

    signed_in = Signal(object)

    def __init__(self, db, *, user_id=None, button_text=None, parent=None):
        super().__init__(parent)
        self.db = db
        self.failures = 0
        self.user = QComboBox()
        self.user.setMinimumHeight(FIELD_HEIGHT)
        self.user.setAccessibleName(self.tr("User"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMinimumHeight(FIELD_HEIGHT)
        self.pin.setPlaceholderText(self.tr("your own PIN"))
        self.pin.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("sign-in-message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.button = QPushButton(button_text or self.tr("Sign in"))
        self.button.setMinimumHeight(40)
        self.button.clicked.connect(self.submit)
        self.cool_down = QTimer(self)
        self.cool_down.setSingleShot(True)
        self.cool_down.timeout.connect(self._cooled_down)
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        self.reload(user_id)

    def reload(self, user_id=None):
        """The users who can sign in (active, with a PIN); `user_id` chosen if among them."""
        self.user.clear()
        for user in users.list_users(self.db):
            if access.can_sign_in(user):
                self.user.addItem(f"{user['name']} ({role_name(user['role'])})", user["id"])
        self.user.setCurrentIndex(max(0, self.user.findData(user_id)))
        if not self.user.count():
            self.message.setText(self.tr("Nobody can sign in: no active user has a PIN."))
        self.button.setEnabled(self.user.count() > 0)

    def set_user(self, user_id):
        self.user.setCurrentIndex(max(0, self.user.findData(user_id)))

    def submit(self):
        """Check the PIN; True (and `signed_in`) when it is the chosen user's own."""
        if not self.button.isEnabled():
            return False
        user_id = self.user.currentData()
        if user_id is None:
            self.message.setText(self.tr("Choose a user."))
            return False
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            self.message.setText(self.tr("Enter your PIN."))
            return False
        def check():     # a wrong PIN is counted here; any other refusal is said as it is
            try:
                users.authenticate(self.db, user_id, pin, doing="sign in")
            except users.WrongPinError:
                return False
            return True

        checked = errors.attempt(self, check, doing=self.button.text(),
                                 show=self.message.setText)
        if not checked.ok:
            return False
        if not checked.value:
            self.failures += 1
            if self.failures >= MAX_TRIES:
                self._wait()
            else:
                self.message.setText(self.tr("Wrong PIN. Try again."))
            return False
        self.failures = 0
        self.message.clear()
        self.signed_in.emit(access.signed_in_user(self.db, user_id))
        return True

    def _wait(self):
        self.message.setText(self.tr("Too many wrong PINs: wait %s seconds.")
                             % (COOL_DOWN_MS // 1000))
        self.button.setEnabled(False)
        self.pin.setEnabled(False)
        self.cool_down.start(COOL_DOWN_MS)

    def _cooled_down(self):
        self.failures = 0
        self.message.clear()
        self.pin.setEnabled(True)
        self.button.setEnabled(self.user.count() > 0)
        self.pin.setFocus(Qt.OtherFocusReason)

    def focus_pin(self):
        self.pin.setFocus(Qt.OtherFocusReason)


class SignInDialog(QDialog):
    """At start, when users exist: `user` is the signed-in user's row once accepted."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in — Appraisal Desk 考评台"))
        self.user = None
        self.form = SignInForm(db, parent=self)
        self.form.signed_in.connect(self._signed_in)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.form.focus_pin()

    def _signed_in(self, user):
        self.user = user
        self.accept()


def sign_in(db, parent=None):
    """Ask who is here; the user's row, or None when the dialog was cancelled."""
    dialog = SignInDialog(db, parent)
    return dialog.user if dialog.exec() == QDialog.Accepted else None
