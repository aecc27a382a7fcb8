"""Signing in: choose a user, enter her own PIN. The form is shared by the start-up dialog and the
lock screen (ui/idle_lock.py); nothing here stores a PIN.

models.people.users checks the PIN, counts wrong ones and locks the user after too many, in the
database: a new lock screen or a restart does not start the count again. The form says how long
a locked user waits (`LockNotice`, also in the sign dialog). A user whose PIN is shorter than
today's rule chooses a new one (`NewPinDialog`) before she is in."""

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
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


class LockNotice(QObject):
    """While the watched user is locked out after too many wrong PINs
    (models.people.users.lockout), `label` says for how long and `widgets` are disabled; the
    time left is read again every second while the label is shown (a closed dialog asks the
    store nothing), and when the lock ends they are enabled again."""

    def __init__(self, db, label, widgets, parent):
        super().__init__(parent)
        self.db = db
        self.label = label
        self.widgets = tuple(widgets)
        self.user_id = None
        self.lock = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)
        label.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Show:
            self.refresh()
        elif event.type() == QEvent.Hide:
            self.timer.stop()
        return False

    def watch(self, user_id):
        """Follow `user_id` (None: nobody); True when she is locked out now."""
        self.user_id = user_id
        return self.refresh()

    def refresh(self):
        was_locked = self.lock is not None
        self.lock = None if self.user_id is None else users.lockout(self.db, self.user_id)
        if self.lock is None:
            self.timer.stop()
            if was_locked:
                self.label.clear()
                for widget in self.widgets:
                    widget.setEnabled(True)
            return False
        self.label.setText(errors.pin_locked_sentence(self.lock.name, self.lock.seconds_left))
        for widget in self.widgets:
            widget.setEnabled(False)
        if self.label.isVisible() and not self.timer.isActive():
            self.timer.start()
        return True


class NewPinDialog(QDialog):
    """A user whose PIN is shorter than the rule now asks chooses a new one before she is in
    (models.people.users.set_pin, by herself)."""

    def __init__(self, db, user, parent=None):
        super().__init__(parent)
        self.db = db
        self.user = user
        self.setWindowTitle(self.tr("Choose a new PIN"))
        note = QLabel(self.tr("{name}: your PIN is shorter than the rule now asks. Choose a new "
                              "PIN of 6–12 digits, or a password of at least 8 characters."
                              ).format(name=user["name"]))
        note.setWordWrap(True)
        self.pin = _pin_field(self.tr("6–12 digits, or 8+ characters"))
        self.pin_again = _pin_field(self.tr("the same again"))
        self.message = QLabel()
        self.message.setObjectName("new-pin-message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def save(self):
        """Set the new PIN; the dialog is accepted once it is stored."""
        pin, again = self.pin.text(), self.pin_again.text()
        self.pin.clear()
        self.pin_again.clear()
        if pin != again:
            self.message.setText(self.tr("The two PINs differ: type the same PIN twice."))
            return False
        if not users.meets_pin_rules(pin):
            self.message.setText(self.tr("A PIN is 6–12 digits, or a password of at least 8 "
                                         "characters."))
            return False
        user_id, name = self.user["id"], self.user["name"]
        done = errors.attempt(self, lambda: users.set_pin(self.db, user_id, pin=pin, by=name),
                              doing=self.windowTitle(), show=self.message.setText)
        if done.ok:
            self.accept()
        return done.ok


def _pin_field(placeholder):
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setMinimumHeight(FIELD_HEIGHT)
    field.setPlaceholderText(placeholder)
    return field


class SignInForm(QWidget):
    """User, PIN, a message line and a Sign in button; `signed_in` carries the user row
    (models.people.access.signed_in_user: with `team_ids`). A wrong PIN says so and stays; a
    locked-out user is told how long to wait. `operator` is the name of who is signed in (at
    the lock screen), the actor of a wrong PIN's audit event."""

    signed_in = Signal(object)

    def __init__(self, db, *, user_id=None, button_text=None, operator=None, parent=None):
        super().__init__(parent)
        self.db = db
        self.operator = operator
        self.user = QComboBox()
        self.user.setMinimumHeight(FIELD_HEIGHT)
        self.user.setAccessibleName(self.tr("User"))
        self.pin = _pin_field(self.tr("your own PIN"))
        self.pin.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("sign-in-message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.button = QPushButton(button_text or self.tr("Sign in"))
        self.button.setMinimumHeight(40)
        self.button.clicked.connect(self.submit)
        self.lock_notice = LockNotice(db, self.message, (self.pin, self.button), self)
        self.user.currentIndexChanged.connect(self._user_changed)
        # The demo store's own users and their PINs (models.people.users.demo_sign_ins): shown
        # only while they exist; a name chooses that user.
        self.demo_note = QLabel()
        self.demo_note.setObjectName("demo-sign-ins")
        self.demo_note.setWordWrap(True)
        self.demo_note.setTextFormat(Qt.RichText)
        self.demo_note.setStyleSheet("background: #fff8e1; border: 1px solid #ffe082; "
                                     "border-radius: 4px; padding: 8px;")
        self.demo_note.linkActivated.connect(lambda link: self._choose_demo_user(int(link)))
        form = QFormLayout()
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        layout.addWidget(self.demo_note)
        self.reload(user_id)

    def reload(self, user_id=None):
        """The users who can sign in (active, with a PIN); `user_id` chosen if among them."""
        self.user.blockSignals(True)
        self.user.clear()
        for user in users.list_users(self.db):
            if access.can_sign_in(user):
                self.user.addItem(f"{user['name']} ({role_name(user['role'])})", user["id"])
        self.user.setCurrentIndex(max(0, self.user.findData(user_id)))
        self.user.blockSignals(False)
        if not self.user.count():
            self.message.setText(self.tr("Nobody can sign in: no active user has a PIN."))
        self.button.setEnabled(self.user.count() > 0)
        self.lock_notice.watch(self.user.currentData())
        self._show_demo_users()

    def _show_demo_users(self):
        demo_users = users.demo_sign_ins(self.db)
        self.demo_note.setVisible(bool(demo_users))
        if not demo_users:
            self.demo_note.clear()
            return
        lines = "".join(
            "<tr><td><a href='{id}'>{name}</a></td><td>&nbsp;{role}&nbsp;</td>"
            "<td>{pin_label} <b>{pin}</b></td></tr>".format(
                id=u["id"], name=html.escape(u["name"]), role=html.escape(role_name(u["role"])),
                pin_label=html.escape(self.tr("PIN")), pin=u["pin"]) for u in demo_users)
        self.demo_note.setText(
            "<p>{intro}</p><table>{lines}</table>".format(
                intro=html.escape(self.tr("This is the demo: sign in as one of its users to look "
                                          "around.")), lines=lines))

    def _choose_demo_user(self, user_id):
        self.set_user(user_id)
        self.focus_pin()

    def set_user(self, user_id):
        self.user.setCurrentIndex(max(0, self.user.findData(user_id)))

    def _user_changed(self):
        if not self.lock_notice.watch(self.user.currentData()):
            self.message.clear()

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

        def check():     # a wrong PIN is said here; any other refusal as the store says it
            try:
                return users.authenticate(self.db, user_id, pin, doing="sign in",
                                          by=self.operator)
            except users.WrongPinError:
                return None

        checked = errors.attempt(self, check, doing=self.button.text(),
                                 show=self.message.setText)
        if not checked.ok:          # locked out (said, with the time left), deactivated …
            self.lock_notice.watch(user_id)
            return False
        if checked.value is None:
            if not self.lock_notice.watch(user_id):     # this wrong PIN may have locked her
                self.message.setText(self.tr("Wrong PIN. Try again."))
            return False
        if checked.value["pin_too_short"] and not self.choose_new_pin(checked.value):
            self.message.setText(self.tr("Your PIN is too short: choose a new one to continue."))
            return False
        self.message.clear()
        self.signed_in.emit(access.signed_in_user(self.db, user_id))
        return True

    def choose_new_pin(self, user):
        """True when the user set a new PIN (NewPinDialog)."""
        return NewPinDialog(self.db, user, parent=self).exec() == QDialog.Accepted

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
