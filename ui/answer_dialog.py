"""The reviewer's answer to an employee's dispute: upheld, partly upheld or rejected, the reasons,
and who answers with her own PIN (role reviewer or HR). The dialog only collects;
models.forms.answer_dispute checks the PIN and writes, once."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from models.people.users import list_users
from ui.sign_dialog import ROLES_FOR
from ui.sign_in import LockNotice


def quoted(text):
    """The employee's or the reviewer's own words, read-only: scrolls rather than widening the
    dialog past the screen however long they are."""
    from PySide6.QtGui import QTextOption

    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    box.setMaximumHeight(96)
    return box


class AnswerDialog(QDialog):
    def __init__(self, session, *, employee_name, reason, disputed_at="", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer the dispute"))
        self.resize(520, 420)
        dispute = QLabel(self.tr("%1 disputes this form (%2):").replace("%1", employee_name)
                         .replace("%2", (disputed_at or "")[:10]))
        self.reason = quoted(reason)
        self.reason.setStyleSheet("color: #b00020; font-weight: bold;")
        self.choices = QButtonGroup(self)
        self.buttons = {}
        for key, text in (("upheld", self.tr("Upheld: the employee is right")),
                          ("partly_upheld", self.tr("Partly upheld")),
                          ("rejected", self.tr("Rejected: the form stands"))):
            button = QRadioButton(text)
            self.choices.addButton(button)
            self.buttons[key] = button
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("your answer to the employee: what was checked and "
                                             "what follows"))
        self.user = QComboBox()
        for user in list_users(session.db):
            if user["role"] in ROLES_FOR["reviewer"]:
                self.user.addItem(user["name"], user["id"])
        if session.user_id is not None and self.user.findData(session.user_id) >= 0:
            self.user.setCurrentIndex(self.user.findData(session.user_id))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(self.tr("your own PIN"))
        note = QLabel(self.tr("The answer is printed on the form and cannot be changed. An "
                              "upheld or partly upheld dispute is corrected with a new revision "
                              "after the review."))
        note.setWordWrap(True)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = box.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Answer"))
        self.cancel_button = box.button(QDialogButtonBox.Cancel)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        form = QFormLayout()
        for key in self.buttons:
            form.addRow("" if key != "upheld" else self.tr("Answer"), self.buttons[key])
        form.addRow(self.tr("Reasons"), self.text)
        form.addRow(self.tr("Answered by"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(dispute)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(box)
        if self.user.count() == 0:
            self.message.setText(self.tr("No app user may answer a dispute. The HR admin adds "
                                         "reviewers with their PINs."))
            self.ok_button.setEnabled(False)
        else:
            self.lock_notice = LockNotice(session.db, self.message, (self.pin, self.ok_button),
                                          self)
            self.user.currentIndexChanged.connect(self._signer_changed)
            self.lock_notice.watch(self.user.currentData())

    def _signer_changed(self):
        if not self.lock_notice.watch(self.user.currentData()):
            self.message.clear()

    def answer(self):
        return next((key for key, button in self.buttons.items() if button.isChecked()), None)

    def _accept(self):
        if self.answer() is None:
            self.message.setText(self.tr("Choose the answer: upheld, partly upheld or "
                                         "rejected."))
            return
        if not self.text.toPlainText().strip():
            self.message.setText(self.tr("Write the reasons of the answer."))
            return
        if not self.pin.text():
            self.message.setText(self.tr("Enter your PIN."))
            return
        self.accept()

    def values(self):
        """What models.forms.answer_dispute needs, by keyword (`by` aside)."""
        return {"answer": self.answer(), "text": self.text.toPlainText().strip(),
                "user_id": self.user.currentData(), "pin": self.pin.text()}
