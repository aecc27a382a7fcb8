"""Closing a team's period (issue 12): the reviewer's own PIN and drawn signature freeze the
team's ranks, stars and pay (models.results.closing), then "Save signed PDF…" writes the signed
考核结果汇总表 (reports/results_pdf.py) where she chooses, off the GUI thread.

The Results tab opens it with `open_close_dialog(session, team_id, period, parent)`. While the
period cannot be closed the dialog says why (forms not locked, people without a form). A closed
period shows who closed it, offers the PDF, and "Reopen…" with a reason (a new revision of the
closing; the closed one stays). The dialog only collects: the store checks the role, the PIN and
the forms, and writes.
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from models.people.teams import get_team
from models.people.users import list_users
from models.results.closing import (
    close_team_period,
    closing_blockers,
    closing_of,
    reopen_team_period,
)
from models.work.periods import resolve
from ui.changes import FORMS
from ui.errors import run_op
from ui.sign_in import LockNotice
from ui.signature_pad import SignaturePad

REVIEWERS = ("reviewer", "hr")


def open_close_dialog(session, team_id, period, parent=None):
    """The close dialog of the team's period (a Period or its key), opened window-modal;
    returns it (it is deleted once closed)."""
    dialog = ClosePeriodDialog(session, team_id, period, parent=parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class ClosePeriodDialog(QDialog):
    def __init__(self, session, team_id, period, parent=None):
        super().__init__(parent)
        self.session, self.db, self.team_id = session, session.db, team_id
        self.period = resolve(self.db, period)
        self.team = get_team(self.db, team_id)
        self.closing = None
        self.export = None          # the last "Save signed PDF…" (ui/pdf_export.py)
        self.setWindowTitle(self.tr("Close the period: %1, %2").replace(
            "%1", self.team["name"]).replace("%2", self.period.key))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #b00020;")

        self.signing = QGroupBox(self.tr("Close with your PIN and signature"))
        self.user = QComboBox()
        for user in list_users(self.db):
            if user["role"] in REVIEWERS:
                self.user.addItem(user["name"], user["id"])
        if session.user_id is not None and self.user.findData(session.user_id) >= 0:
            self.user.setCurrentIndex(self.user.findData(session.user_id))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(self.tr("your own PIN"))
        self.pad = SignaturePad()
        clear = QPushButton(self.tr("Clear signature"))
        clear.clicked.connect(self.pad.clear)
        self.close_period_button = QPushButton(self.tr("Close the period"))
        self.close_period_button.setMinimumHeight(36)
        self.close_period_button.clicked.connect(self.close_period)
        form = QFormLayout()
        form.addRow(self.tr("Signed by"), self.user)
        form.addRow(self.tr("PIN"), self.pin)
        signing = QVBoxLayout(self.signing)
        signing.addWidget(QLabel(self.tr(
            "Closing freezes every rank, star and pay figure of the team for this period, like "
            "a signed form. Its locked forms can then only be corrected after reopening it.")))
        signing.addLayout(form)
        signing.addWidget(QLabel(self.tr("Sign below:")))
        signing.addWidget(self.pad, 1)
        row = QHBoxLayout()
        row.addWidget(clear)
        row.addStretch(1)
        row.addWidget(self.close_period_button)
        signing.addLayout(row)

        self.save_button = QPushButton(self.tr("Save signed PDF…"))
        self.save_button.setMinimumHeight(36)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why the closed results are opened again"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.clicked.connect(self.reopen)
        closed = QHBoxLayout()
        closed.addWidget(self.save_button)
        closed.addWidget(self.reason, 1)
        closed.addWidget(self.reopen_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.blockers)
        layout.addWidget(self.signing, 10)
        layout.addLayout(closed)
        layout.addWidget(self.message)
        layout.addStretch(1)            # a closed period: its lines at the top
        layout.addWidget(buttons)
        self.lock_notice = LockNotice(self.db, self.message, (self.pin,), self)
        self.user.currentIndexChanged.connect(
            lambda: self.lock_notice.watch(self.user.currentData()))
        self.resize(640, 560)
        self.load()

    # -- showing ------------------------------------------------------------------------------
    def _blocker_text(self, blocker):
        """A reason of models.results.closing.closing_blockers in the interface language."""
        from ui.form_state_names import state_name

        shown = [f"{name} ({state_name(state)})" for name, state in zip(
            blocker.names, blocker.states)] if blocker.states else list(blocker.names)
        names = ("、" if self.session.language == "zh" else ", ").join(shown)
        texts = {
            "no_forms": self.tr("The team has no forms for this period."),
            "not_locked": self.tr("Forms not locked yet: %1"),
            "without_form": self.tr("Without a form: %1"),
            "unreadable": self.tr("Figures that cannot be read: %1"),
            "closed": self.tr("Already closed: reopen it to close it again."),
        }
        text = texts.get(getattr(blocker, "code", None))
        return str(blocker) if text is None else text.replace("%1", names)

    def load(self):
        closing = self.closing = closing_of(self.db, self.team_id, self.period)
        closed = closing is not None and closing["closed"]
        found = [] if closed else closing_blockers(self.db, self.team_id, self.period)
        if closed:
            text = self.tr("Closed by %1 on %2 (revision %3, SHA-256 %4…).").replace(
                "%1", closing["closed_by"]).replace("%2", closing["closed_at"][:16].replace(
                    "T", " ")).replace("%3", str(closing["revision"])).replace(
                "%4", closing["sha256"][:16])
        elif closing is not None:
            text = self.tr("Reopened by %1 on %2: %3. Close it again once its forms are "
                           "locked.").replace("%1", closing["created_by"]).replace(
                "%2", closing["created_at"][:10]).replace("%3", closing["reason"] or "")
        elif found:
            text = self.tr("This period cannot be closed yet:")
        else:
            text = self.tr("Every form of the team is locked: the period can be closed.")
        self.status.setText(text)
        self.blockers.setText("\n".join(self._blocker_text(b) for b in found))
        self.blockers.setVisible(bool(found))
        may_review = self.session.allowed("review", self.team_id)
        can_close = not closed and not found and may_review and self.user.count() > 0
        self.signing.setEnabled(can_close)
        self.signing.setVisible(not closed)
        if not closed and not may_review:
            self.message.setText(self.tr("Only a reviewer or the HR admin closes a period."))
        elif not closed and self.user.count() == 0:
            self.message.setText(self.tr("No app user may close a period. The HR admin adds "
                                         "reviewers with their PINs."))
        elif can_close:
            self.lock_notice.watch(self.user.currentData())
        self.save_button.setEnabled(closed and self.session.path is not None)
        self.reason.setEnabled(closed and may_review)
        self.reopen_button.setEnabled(closed and may_review)

    # -- acting -------------------------------------------------------------------------------
    def close_period(self):
        if self.pad.is_empty():
            self.message.setText(self.tr("Please sign in the box."))
            return
        if not self.pin.text():
            self.message.setText(self.tr("Enter your PIN."))
            return
        self.message.clear()
        values = {"user_id": self.user.currentData(), "pin": self.pin.text(),
                  "strokes": self.pad.strokes, "png": self.pad.to_png()}
        self.pin.clear()
        team_id, period, by = self.team_id, self.period, self.session.actor
        done = run_op(self.session, self, lambda: close_team_period(
            self.db, team_id, period, by=by, **values), doing=self.tr("Period not closed"),
            changes={FORMS}, show=self.message.setText)
        if done.ok:
            self.pad.clear()
            self.load()
        return done

    def reopen(self):
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(self.tr("Reopening needs a reason."))
            return None
        self.message.clear()
        closing_id, by = self.closing["id"], self.session.actor
        done = run_op(self.session, self, lambda: reopen_team_period(
            self.db, closing_id, reason=reason, by=by), doing=self.tr("Period not reopened"),
            changes={FORMS}, show=self.message.setText)
        if done.ok:
            self.reason.clear()
            self.load()
        return done

    def save_pdf(self, target=None):
        """The closing's signed results summary where she chooses (`target`: given, no file
        dialog), on the path of `main.py results --pdf`, off the GUI thread; at the end a
        message with "Open folder"."""
        from reports.results_pdf import file_name, save_results_pdf
        from ui.pdf_export import save_one_signed

        closing = self.closing
        if target is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = file_name({"period": {"key": self.period.key},
                                   "team": {"name": self.team["name"]},
                                   "revision": closing["revision"]})
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save signed PDF"),
                                                    str(Path.home() / suggested),
                                                    self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            target = chosen
        closing_id = closing["id"]
        language = "en" if self.session.language == "en" else "zh"
        self.export = save_one_signed(self, target, self.session.path, lambda db, path, org_dir:
                                      save_results_pdf(db, closing_id, path, org_dir=org_dir,
                                                       language=language))
        return self.export
