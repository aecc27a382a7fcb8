"""Above the checklist when it cannot be changed: why, and what to do — said before anyone
presses a button (a reviewer reads; a period whose form is signed, or locked, is frozen)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ui.form_state_names import state_name


class ReadOnlyBanner(QFrame):
    forms_wanted = Signal()     # "Open the Forms tab": the correction is made there

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("read-only-banner")
        self.setStyleSheet("QFrame#read-only-banner { background: #fff4d6; "
                           "border: 1px solid #e0b44c; border-radius: 4px; }")
        self.text = QLabel()
        self.text.setObjectName("read-only-reason")
        self.text.setTextFormat(Qt.PlainText)
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #5c4100; font-size: 14px; background: transparent;")
        self.forms_button = QPushButton(self.tr("Open the Forms tab"))
        self.forms_button.setMinimumHeight(36)
        self.forms_button.clicked.connect(lambda: self.forms_wanted.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.forms_button, 0, Qt.AlignVCenter)
        self.signed_form = None     # the id of the signed form that freezes the period
        self.hide()

    def check(self, session, checklist, *, may_tick):
        """Read the store: may the signed-in user tick, is the period's form signed for this
        employee (models.forms.signed_form_covering)? Shows the reasons; True: read-only."""
        from models import forms

        reasons = []
        if not may_tick:
            reasons.append(self.tr("Reviewers read checklists; shift leads tick them.")
                           if session.role == "reviewer" else self.tr(
                               "Your role does not allow ticking this checklist: it is shown "
                               "read-only."))
        period, employee_id = checklist.period, checklist.employee["id"]
        self.signed_form = next(filter(None, (
            forms.signed_form_covering(session.db, employee_id=employee_id, day=day)
            for day in (period.start, period.end))), None)
        if self.signed_form is not None:
            state = state_name(forms.get_form(session.db, self.signed_form)["state"])
            text = (self.tr("This month's form is signed (%1). To change an entry, make a "
                            "correction of the form (Forms tab).") if period.kind == "month"
                    else self.tr("This period's form is signed (%1). To change an entry, "
                                 "make a correction of the form (Forms tab)."))
            reasons.append(text.replace("%1", state))
        self.text.setText("\n".join(reasons))
        self.forms_button.setVisible(self.signed_form is not None)
        self.setVisible(bool(reasons))
        return bool(reasons)
