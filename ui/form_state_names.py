"""The form states as a person reads them, in the interface language."""

from PySide6.QtCore import QCoreApplication


def state_name(state):
    # Literal translate() calls, one per state, so pyside6-lupdate finds every one.
    names = {
        "draft": QCoreApplication.translate("FormState", "draft"),
        "submitted": QCoreApplication.translate("FormState", "submitted"),
        "acknowledged": QCoreApplication.translate("FormState", "acknowledged"),
        "disputed": QCoreApplication.translate("FormState", "disputed"),
        "reviewed": QCoreApplication.translate("FormState", "reviewed"),
        "locked": QCoreApplication.translate("FormState", "locked"),
    }
    return names.get(state, state)
