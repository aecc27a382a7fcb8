"""The form states as a person reads them, in the interface language: one word per state, the
same word the printed form uses (reports/labels.py "states"; tests/test_ui_dashboard.py checks
that the screen and the paper agree, in both languages)."""

from PySide6.QtCore import QCoreApplication


def state_name(state):
    # Literal translate() calls, one per state, so pyside6-lupdate finds every one.
    names = {
        "draft": QCoreApplication.translate("FormState", "draft"),
        "submitted": QCoreApplication.translate("FormState", "appraiser signed"),
        "acknowledged": QCoreApplication.translate("FormState", "employee signed"),
        "disputed": QCoreApplication.translate("FormState", "disputed"),
        "reviewed": QCoreApplication.translate("FormState", "reviewed"),
        "locked": QCoreApplication.translate("FormState", "locked"),
    }
    return names.get(state, state)
