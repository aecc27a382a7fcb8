"""Settings → Signing key: how the organisation key is kept, its certificate's fingerprint (the
one printed on every form), and for the HR admin setting the key passphrase or unlocking the
key for this session (models/trust/keys.py)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models import audit
from models.trust import keys
from ui.errors import message

FIELD_HEIGHT = 36


class SigningKeyDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.org_dir = keys.store_signing_dir(session.db)
        self.setWindowTitle(self.tr("Signing key"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.fingerprint.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.Password)
        self.passphrase.setPlaceholderText(self.tr("Key passphrase (at least 10 characters)"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.repeat.setPlaceholderText(self.tr("The same passphrase again"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.set_button = QPushButton(self.tr("Set passphrase"))
        self.unlock_button.clicked.connect(lambda: self.unlock())
        self.set_button.clicked.connect(lambda: self.set_passphrase())
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Key"), self.state)
        form.addRow(self.tr("Certificate"), self.fingerprint)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for button in (self.unlock_button, self.set_button):
            button.setMinimumHeight(FIELD_HEIGHT)
            layout.addWidget(button)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.refresh()

    def refresh(self):
        hr = self.session.allowed("manage_settings")
        if self.org_dir is None:
            kept, locked = "none", False
        else:
            kept = keys.protection(self.org_dir)
            locked = kept != "none" and keys.is_locked(self.org_dir)
        texts = {
            "none": self.tr("Not made yet: it is made with the first signature."),
            "keyring": self.tr("Kept in the system's keyring; a passphrase copy can be set."),
            "passphrase": self.tr("Protected by the key passphrase."),
            "unprotected": self.tr("NOT PROTECTED: anyone who copies the signing folder can "
                                   "sign as the organisation. Set a passphrase."),
        }
        text = texts[kept]
        if locked:      # a line of its own: Chinese sentences are not joined by a space
            text += "\n" + self.tr("Locked: enter the passphrase and press Unlock.")
        self.state.setText(text)
        try:
            cert = keys.certificate(self.org_dir) if self.org_dir else None
        except (FileNotFoundError, ValueError):
            cert = None
        # SHA-256, as printed on the forms: two lines of 16 pairs, which fit any width.
        text = keys.fingerprint(cert) if cert is not None else "—"
        self.fingerprint.setText(text[:47] + "\n" + text[48:] if len(text) > 48 else text)
        self.unlock_button.setVisible(locked)
        self.form.setRowVisible(self.repeat, not locked)     # the label goes with it
        self.set_button.setVisible(not locked and kept != "none")
        for widget in (self.passphrase, self.repeat, self.unlock_button, self.set_button):
            widget.setEnabled(hr)
        if not hr:
            self.note.setText(self.tr("Only the HR admin manages the signing key."))

    def unlock(self):
        try:
            keys.unlock(self.org_dir, self.passphrase.text())
        except (ValueError, OSError) as exc:
            self.note.setText(message(exc))
        else:
            self.note.setText(self.tr("Unlocked until the app closes."))
        self.passphrase.clear()
        self.refresh()

    def set_passphrase(self):
        phrase = self.passphrase.text()
        if len(phrase.strip()) < keys.MIN_PASSPHRASE:
            self.note.setText(self.tr("The passphrase needs at least %1 characters: nothing "
                                      "was changed.").replace("%1", str(keys.MIN_PASSPHRASE)))
            return
        if phrase != self.repeat.text():
            self.note.setText(self.tr("The two passphrases differ: nothing was changed."))
            return
        try:
            keys.set_passphrase(self.org_dir, phrase)
            audit.record(self.session.db, actor=self.session.actor, action="set_key_passphrase",
                         entity="store", entity_id=None)
        except (ValueError, OSError) as exc:
            self.note.setText(message(exc))
            return
        self.passphrase.clear()
        self.repeat.clear()
        self.note.setText(self.tr("The passphrase is set. Write it down and keep it safe: "
                                  "without it (and without this computer's keyring) nothing "
                                  "can be signed."))
        self.refresh()
