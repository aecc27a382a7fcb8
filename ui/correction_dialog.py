"""Before a signed form is corrected: what will happen (a new draft revision; the signed one is
kept as it is) and why it is corrected. Nothing is made unless she confirms with a reason;
models.forms.revise writes."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)


class CorrectionDialog(QDialog):
    def __init__(self, *, employee_name, period_key, revision, suggestion="", parent=None):
        """`revision`: the signed form's; `suggestion`: why a correction is due (an upheld
        dispute's answer), shown above the reason."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the form (new revision)"))
        self.resize(520, 360)
        new = str(revision + 1)
        what = QLabel(
            self.tr("This makes revision %1 of %2's form for %3 as a new draft, to be signed "
                    "again by everyone. Revision %4 is kept exactly as it was signed (its "
                    "snapshot and signatures) and is marked as corrected. The period's entries "
                    "open again for the correction until revision %1 is signed.")
            .replace("%1", new).replace("%2", employee_name).replace("%3", period_key)
            .replace("%4", str(revision)))
        what.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        if suggestion:
            from ui.answer_dialog import quoted

            hint = quoted(suggestion)
            hint.setStyleSheet("color: #1a4f8b;")
            layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Why is the signed form corrected? (printed on "
                                        "revision %1)").replace("%1", new)))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the exam score was entered wrong; the "
                                               "upheld dispute"))
        layout.addWidget(self.reason, 1)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = box.button(QDialogButtonBox.Ok)
        self.ok_button.setText(self.tr("Make revision %1").replace("%1", new))
        self.cancel_button = box.button(QDialogButtonBox.Cancel)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.cancel_button.setDefault(True)      # Enter does not make a revision
        self.reason.setFocus()

    def _accept(self):
        if not self.reason.toPlainText().strip():
            self.message.setText(self.tr("Give the reason for the correction: it is printed on "
                                         "the new revision and kept in the audit trail."))
            return
        self.accept()

    def values(self):
        return {"reason": self.reason.toPlainText().strip()}
