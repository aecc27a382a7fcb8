"""The rubric as a tree: rubric → sections → items, then the form-level lists, grades and pay.
The node the loader's message is about is marked in red, with the message as its tip."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from scoring.model import SCORED_KINDS
from ui.rubric_editor.document import FORM_LISTS, kind_of, shown_value
from ui.rubric_editor.words import group_name, item_summary, points_text

PATH = Qt.UserRole
ERROR = QColor("#b00020")


def _name(record, fallback="?"):
    if not isinstance(record, dict):
        return fallback
    for key in ("name", "text", "id"):
        if isinstance(record.get(key), str) and record[key].strip():
            return record[key].strip().splitlines()[0][:40]
    return fallback


def nodes(data):
    """(path, label) of every node, in tree order; a node's parent is its path's prefix."""
    found = [((), _name(data, "?"))]
    for i, section in enumerate(data.get("sections") or []):
        if not isinstance(section, dict):
            found.append((("sections", i), "?"))
            continue
        size = section.get("weight", section.get("points"))
        suffix = (f"{shown_value(size)}%" if "weight" in section else points_text(size))
        if isinstance(section.get("include"), str):     # filled by another rubric's total
            suffix += f"  ← {section['include']}"
        found.append((("sections", i), f"{_name(section)}  · {suffix}"))
        for j, item in enumerate(section.get("items") or []):
            found.append((("sections", i, "items", j), _item_label(item)))
    for place in FORM_LISTS:
        found.append(((place,), group_name(place)))
        for j, item in enumerate(data.get(place) or []):
            found.append(((place, j), _item_label(item)))
    found.append((("grades",), group_name("grades")))
    found.append((("pay",), group_name("pay")))
    return found


def _item_label(item):
    kind = kind_of(item)
    if kind is None:
        return _name(item)
    value = item[kind]
    if kind in SCORED_KINDS:
        summary = points_text(item.get("points"))
    else:
        summary = item_summary(kind, shown_value(value) if kind in ("deduct", "add") else value)
    return f"{_name(item)}  · {summary}"


class RubricTree(QTreeWidget):
    node_chosen = Signal(tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.items = {}             # path → QTreeWidgetItem
        self.labels = {}
        self.marked = None
        self.currentItemChanged.connect(self._current_changed)

    def sync(self, data, selected):
        """Show `data`, `selected` chosen; rebuilt only when nodes came or went."""
        found = nodes(data)
        self.blockSignals(True)
        if [p for p, _l in found] != list(self.items):
            self.clear()
            self.items = {}
            for path, label in found:
                parent = self._parent_of(path)
                node = QTreeWidgetItem([label])
                node.setData(0, PATH, path)
                if parent is None:
                    self.addTopLevelItem(node)
                else:
                    parent.addChild(node)
                self.items[path] = node
            self.expandAll()
        self.labels = dict(found)
        for path, label in found:
            self.items[path].setText(0, label)
        self.marked = None
        self._restyle()
        chosen = self.items.get(selected) or self.items[()]
        self.setCurrentItem(chosen)
        self.blockSignals(False)
        return chosen.data(0, PATH)

    def _parent_of(self, path):
        if path == ():
            return None
        if path[0] == "sections":
            return self.items[path[:2]] if len(path) == 4 else self.items[()]
        if path[0] in FORM_LISTS and len(path) == 2:
            return self.items[path[:1]]
        return self.items[()]

    def mark(self, node, message):
        """The loader's message on its node (None clears every mark)."""
        self.marked = (node, message) if message else None
        self._restyle()

    def _restyle(self):
        for path, item in self.items.items():
            error = self.marked is not None and self.marked[0] == path
            item.setForeground(0, QBrush(ERROR) if error else QBrush())
            label = self.labels.get(path, item.text(0))
            item.setText(0, f"⚠ {label}" if error else label)
            item.setToolTip(0, self.marked[1] if error else "")

    def is_marked(self, path):
        return self.marked is not None and self.marked[0] == path

    def current_path(self):
        item = self.currentItem()
        return item.data(0, PATH) if item is not None else ()

    def _current_changed(self, current, _previous):
        if current is not None:
            self.node_chosen.emit(current.data(0, PATH))
