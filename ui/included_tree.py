"""The rubrics a form's rubric includes (issue 13), as nodes of the form dialog's tree: one per
included rubric, with what it moved on the one total, then its own lines and their entries.
Read from the form's document (live draft or frozen snapshot), like the rest of the dialog."""

from PySide6.QtWidgets import QTreeWidgetItem


def add_included(tree, document, en):
    for part in document.get("included") or ():
        rubric, result = part["rubric"], part.get("result") or {}
        effect = part.get("score") if part.get("as") == "section" else (
            f"−{part['lost']}" if part.get("lost") not in (None, "0.00") else "0.00")
        node = QTreeWidgetItem([(en and rubric.get("name_en")) or rubric["name"], effect,
                                part.get("why", "")])
        entries = {}
        for incident in part.get("incidents", ()):
            entries.setdefault(incident["item_id"], []).append(incident)
        for item in result.get("items", ()):
            figure = item.get("score") or next(
                (f"{sign}{item[key]}" for key, sign in (("deducted", "−"), ("added", "+"))
                 if key in item and item[key] not in ("0.00", "0")), "0.00")
            row = QTreeWidgetItem(node, [(en and item.get("name_en")) or item["name"], figure,
                                         (en and item.get("why_en")) or item["why"]])
            for incident in entries.get(item["id"], ()):
                line = f"{incident['at'][:16].replace('T', ' ')}  {incident.get('by') or ''}"
                QTreeWidgetItem(row, [line, f"×{incident['count']}", incident["note"]])
        tree.addTopLevelItem(node)
