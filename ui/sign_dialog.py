"""Signing a form: who signs (an app user with their own PIN, or the employee by name) and the
drawn signature. The dialog only collects; models.forms checks the PIN and writes. A signer
locked out after too many wrong PINs (models.people.users) is told how long to wait, and OK
stays disabled until then."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.people.users import list_users
from ui.sign_in import LockNotice
from ui.signature_pad import SignaturePad

ROLES_FOR = {"appraiser": ("lead", "reviewer", "hr"), "reviewer": ("reviewer", "hr"),
             "lock": ("reviewer", "hr"), "approve": ("reviewer", "hr")}


class SignDialog(QDialog):
    def __init__(self, session, *, role, title, employee_name="", needs_pad=True, reason=False,
                 preselect=None, parent=None):
        """`preselect`: the user offered first (default: the session's signed-in user)."""
        super().__init__(parent)
        db = session.db
        if preselect is None:
            preselect = session.user_id
        self.setWindowTitle(title)
        self.role = role
        form = QFormLayout()
        self.user = self.pin = self.name = self.reason = None
        if role == "employee":
            self.name = QLineEdit(employee_name)
            self.name.setReadOnly(True)       # the employee signs for herself only
            form.addRow(self.tr("Employee"), self.name)
        else:
            self.user = QComboBox()
            for user in list_users(db):
                if user["role"] in ROLES_FOR[role]:
                    self.user.addItem(user["name"], user["id"])
            if preselect is not None and self.user.findData(preselect) >= 0:
                self.user.setCurrentIndex(self.user.findData(preselect))
            self.pin = QLineEdit()
            self.pin.setEchoMode(QLineEdit.Password)
            self.pin.setPlaceholderText(self.tr("your own PIN"))
            form.addRow(self.tr("Signed by"), self.user)
            form.addRow(self.tr("PIN"), self.pin)
        if reason:
            self.reason = QLineEdit()
            self.reason.setPlaceholderText(self.tr("why the employee disagrees"))
            form.addRow(self.tr("Reason"), self.reason)
        self.pad = SignaturePad() if needs_pad else None
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.pad is not None:
            layout.addWidget(QLabel(self.tr("Sign below:")))
            layout.addWidget(self.pad, 1)
            clear = QPushButton(self.tr("Clear signature"))
            clear.clicked.connect(self.pad.clear)
            layout.addWidget(clear)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.lock_notice = None
        if self.user is not None and self.user.count() == 0:
            self.message.setText(self.tr("No app user may sign this. The HR admin adds users "
                                         "with their roles and PINs."))
            self.ok_button.setEnabled(False)
        elif self.user is not None:
            self.lock_notice = LockNotice(db, self.message, (self.pin, self.ok_button), self)
            self.user.currentIndexChanged.connect(self._signer_changed)
            self.lock_notice.watch(self.user.currentData())

    def _signer_changed(self):
        if not self.lock_notice.watch(self.user.currentData()):
            self.message.clear()

    def _accept(self):
        if self.pad is not None and self.pad.is_empty():
            self.message.setText(self.tr("Please sign in the box."))
            return
        if self.pin is not None and not self.pin.text():
            self.message.setText(self.tr("Enter your PIN."))
            return
        if self.reason is not None and not self.reason.text().strip():
            self.message.setText(self.tr("A dispute needs a reason."))
            return
        self.accept()

    def values(self):
        """What models.forms needs, by keyword."""
        values = {}
        if self.user is not None:
            values.update(user_id=self.user.currentData(), pin=self.pin.text())
        if self.name is not None:
            values["name"] = self.name.text()
        if self.reason is not None:
            values["reason"] = self.reason.text().strip()
        if self.pad is not None:
            values.update(strokes=self.pad.strokes, png=self.pad.to_png())
        return values
