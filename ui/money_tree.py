"""A rubric's money side (docs/rubric-format.md §9) as a node of a tree: the month so far
(ui/month_view.py) and the form dialog (ui/form_dialog.py) show it under the points, one child per
money line with its amount and the engine's reason, the node's figure the money total.

Both read the money as the form document freezes it (`MoneyResult.to_json()`, models/forms/
form_document.py `money_part`): the month from its live view (`money_of`), the dialog from the
form's document — so the app shows the figures the printed form prints. Nothing is added up here.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItem

from scoring.result import signed


def money_of(view):
    """The money side of a models.work.month.MonthView as JSON (the form document's `money`),
    or None for a rubric without a `money:` block."""
    if view.rubric.money is None:
        return None
    from scoring.money_side import evaluate_money  # with the first money rubric, not at start

    return evaluate_money(view.rubric, view.sheet, view.result).to_json()


def currency_of(money, en):
    return (money.get("currency_en") if en else money.get("currency")) or ""


def line_name(line, en):
    return (en and line.get("name_en")) or line.get("name") or line.get("id", "")


def line_detail(line, en):
    """The engine's reason without the line's name in front ("1500笔 × 0.2 → +300.00")."""
    name, why = line_name(line, en), (en and line.get("why_en")) or line.get("why", "")
    return why[len(name):].lstrip(" :：") if why.startswith(name) else why


def line_amount(line, currency):
    """"+300.00 元", "−30.00 元", "0.00 元"; "N/A" for a line marked not applicable."""
    if line.get("na"):
        return "N/A"
    return f"{signed(line['amount'])} {currency}".strip()


def total_text(money, en):
    """"500.00 元 (capped at 500.00)": the form's money within its cap and floor."""
    total = str(money["total"])
    text = f"{'−' + total[1:] if total.startswith('-') else total} {currency_of(money, en)}"
    text = text.strip()
    if money.get("capped"):
        text += " " + QCoreApplication.translate("MoneyTree", "(capped at %1)").replace(
            "%1", str(money.get("cap")))
    if money.get("floored"):
        text += " " + QCoreApplication.translate("MoneyTree", "(floor %1)").replace(
            "%1", str(money.get("floor")))
    return text


def missing_names(money, en):
    """The lines whose number is not entered yet (they count 0)."""
    return [line_name(line, en) for line in money.get("lines", ()) if line.get("missing")]


def add_money(tree, money, en, *, incidents=(), values=None):
    """A "Money" node at the end of `tree` (nothing without a money side); under a line with
    its own input, its entries (`incidents`: rows with item_id, at, by, count, note) and value
    (`values`: {id: text}), as the dialog shows an item's."""
    if not money:
        return None
    currency = currency_of(money, en)
    node = QTreeWidgetItem([QCoreApplication.translate("MoneyTree", "Money"),
                            total_text(money, en), ""])
    node.setData(0, 32, "money")        # Qt.UserRole: found by tests and the dialog alike
    if money.get("pay") is not None:
        QTreeWidgetItem(node, [QCoreApplication.translate("MoneyTree", "Pay"),
                               f"{money['pay']} {currency}".strip(), ""])
    entries = {}
    for incident in incidents:
        entries.setdefault(incident["item_id"], []).append(incident)
    for line in money.get("lines", ()):
        detail = line_detail(line, en)
        if line.get("missing"):
            detail = QCoreApplication.translate("MoneyTree", "not entered (counts 0)")
        row = QTreeWidgetItem(node, [line_name(line, en), line_amount(line, currency), detail])
        for incident in entries.get(line["id"], ()):
            at = incident["at"][:16].replace("T", " ")
            figure = f"×{incident['count']}"
            if incident.get("amount") is not None:      # a range: the amount she gave
                figure += f" · {incident['amount']} {currency}"
            QTreeWidgetItem(row, [f"{at}  {incident.get('by') or ''}", figure,
                                  incident.get("note") or ""])
        value = (values or {}).get(line["id"])
        if value is not None:
            QTreeWidgetItem(row, [QCoreApplication.translate("MoneyTree", "value"), "",
                                  str(value)])
    tree.addTopLevelItem(node)
    return node
