"""Names of the rubric's kinds and parts in the user's language, for the tree and the forms.
(Each string is a literal `translate` call: lupdate reads no other form.)"""

from PySide6.QtCore import QCoreApplication


def kind_name(kind):
    names = {
        "deduct": QCoreApplication.translate("RubricWords", "Deduct per occurrence (扣分)"),
        "add": QCoreApplication.translate("RubricWords", "Add per occurrence (加分)"),
        "shortfall": QCoreApplication.translate("RubricWords", "Short of a target"),
        "veto": QCoreApplication.translate("RubricWords", "Veto (一票否决)"),
        "check": QCoreApplication.translate("RubricWords", "Met or not (是/否)"),
        "rating": QCoreApplication.translate("RubricWords", "Mark out of a maximum"),
        "linear": QCoreApplication.translate("RubricWords", "Straight line between two values"),
        "bands": QCoreApplication.translate("RubricWords", "Bands (档次)"),
        "survey": QCoreApplication.translate("RubricWords", "Survey answers"),
        "derived": QCoreApplication.translate("RubricWords", "From the team's results"),
    }
    return names.get(kind, kind or "?")


def group_name(place):
    names = {"bonuses": QCoreApplication.translate("RubricWords", "Bonuses"),
             "deductions": QCoreApplication.translate("RubricWords", "Form-level deductions"),
             "vetoes": QCoreApplication.translate("RubricWords", "Vetoes"),
             "grades": QCoreApplication.translate("RubricWords", "Grades"),
             "pay": QCoreApplication.translate("RubricWords", "Pay")}
    return names[place]


def source_name(source):
    names = {
        "team_mean_total": QCoreApplication.translate("RubricWords",
                                                      "The team members' mean total"),
        "team_rank": QCoreApplication.translate("RubricWords", "The team's rank"),
        "team_mean_item": QCoreApplication.translate("RubricWords",
                                                     "The members' mean score of an item"),
        "team_value": QCoreApplication.translate("RubricWords", "A team figure"),
    }
    return names.get(source, source)


def points_text(points):
    from ui.rubric_editor.document import shown_value

    text = QCoreApplication.translate("RubricWords", "%1 pts")
    return text.replace("%1", shown_value(points) or "?")


def item_summary(kind, value):
    """A short rule for the tree: −2, +1–5, veto, short of a target."""
    if kind in ("deduct", "add"):
        sign = "" if str(value).startswith("-") else "−" if kind == "deduct" else "+"
        return f"{sign}{value}"
    if kind == "veto":
        return QCoreApplication.translate("RubricWords", "veto")
    return QCoreApplication.translate("RubricWords", "short of a target")
