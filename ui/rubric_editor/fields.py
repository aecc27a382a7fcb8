"""The editor's field widgets: each edits one key of a node's data and shows the loader's
message about it, in red, right under it."""

import copy

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.rubric_editor.document import shown_value, typed_amount, typed_number

ERROR_STYLE = "color: #b00020;"
# The editor's own undo (Ctrl+Z) and redo keys, which a text box would otherwise keep for itself.
UNDO_REDO = (QKeySequence.Undo, QKeySequence.Redo)
EXTRA_REDO = ("Ctrl+Shift+Z", "Ctrl+Y")


def is_undo_redo(event):
    if any(event.matches(key) for key in UNDO_REDO):
        return True
    pressed = QKeySequence(event.keyCombination()).toString()
    return pressed in EXTRA_REDO


class FieldEdit(QLineEdit):
    """A line edit that leaves Ctrl+Z / Ctrl+Shift+Z to the editor's undo stack: every edit
    is on that stack already, so two undo histories would only confuse."""

    def event(self, event):
        if event.type() == QEvent.ShortcutOverride and is_undo_redo(event):
            event.ignore()
            return True
        return super().event(event)


class Field(QWidget):
    """One key (`key`, a path inside the node) with its label and error line."""

    edited = Signal(tuple, object)      # key path, new value (None removes the key)

    def __init__(self, key, label, parent=None):
        super().__init__(parent)
        self.key = key
        self.label = label
        self.setObjectName("field-" + ".".join(map(str, key)))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.PlainText)
        self.error.hide()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(2)

    def finish(self, widget):
        self.box.addWidget(widget)
        self.box.addWidget(self.error)

    def set_error(self, text):
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def load(self, value):
        raise NotImplementedError


class LineField(Field):
    """Text, a number, an amount ("2" or a range "5-20"), or a list of names ("a, b")."""

    def __init__(self, key, label, *, kind="text", hint="", parent=None):
        super().__init__(key, label, parent)
        self.kind = kind
        self.edit = FieldEdit()
        self.edit.setPlaceholderText(hint)
        self.edit.textEdited.connect(lambda text: self.edited.emit(self.key, self.value(text)))
        self.finish(self.edit)

    def value(self, text):
        if not text.strip():
            # An item's own rule emptied stays, empty: the loader says what it needs.
            return "" if self.kind == "amount" else None
        if self.kind == "number":
            return typed_number(text)
        if self.kind == "amount":
            return typed_amount(text)
        if self.kind == "names":
            names = [n.strip() for n in text.replace("，", ",").split(",") if n.strip()]
            return names[0] if len(names) == 1 else names
        return text

    def load(self, value):
        # While she types, the box keeps her text ("2." stays "2.", not "2.0").
        if self.edit.hasFocus() and self.value(self.edit.text()) == value:
            return
        if self.kind == "names" and isinstance(value, list):
            text = ", ".join(map(str, value))
        elif self.kind == "text":
            text = "" if value is None else str(value)
        else:
            text = shown_value(value)
        if text != self.edit.text():
            self.edit.setText(text)


class NotesField(Field):
    """Several lines of text (an item's full wording, notes)."""

    def __init__(self, key, label, parent=None):
        super().__init__(key, label, parent)
        self.edit = QPlainTextEdit()
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 12)
        self.edit.setTabChangesFocus(True)
        self._loading = False
        self.edit.textChanged.connect(self._changed)
        self.finish(self.edit)

    def _changed(self):
        if not self._loading:
            text = self.edit.toPlainText()
            self.edited.emit(self.key, text if text.strip() else None)

    def load(self, value):
        text = "" if value is None else str(value)
        if text != self.edit.toPlainText():
            self._loading = True
            self.edit.setPlainText(text)
            self._loading = False


class ChoiceField(Field):
    """One of a few values; `choices` are (value, label), value None for "not set"."""

    def __init__(self, key, label, choices, parent=None):
        super().__init__(key, label, parent)
        self.choices = list(choices)
        self.combo = QComboBox()
        for _value, text in self.choices:
            self.combo.addItem(text)
        self.combo.activated.connect(
            lambda index: self.edited.emit(self.key, self.choices[index][0]))
        self.finish(self.combo)

    def load(self, value):
        values = [v for v, _t in self.choices]
        if value not in values:        # a value the list does not offer: shown, kept
            self.choices.append((value, shown_value(value)))
            self.combo.addItem(shown_value(value))
            values.append(value)
        self.combo.setCurrentIndex(values.index(value))


class CheckField(Field):
    """A yes/no: checked writes `on` (true, "always", "team_mean"), unchecked removes the key."""

    def __init__(self, key, label, *, on=True, parent=None):
        super().__init__(key, label, parent)
        self.on = on
        self.check = QCheckBox(label)
        self.check.clicked.connect(
            lambda checked: self.edited.emit(self.key, self.on if checked else None))
        self.finish(self.check)

    def load(self, value):
        self.check.setChecked(value == self.on)


class RowsField(Field):
    """A table of rows (bands, grades, pay rows, survey answers): `columns` are
    (key, title, "number" | "text"). With `mapping`, the value is {first column: second}."""

    def __init__(self, key, label, columns, *, new_row, mapping=False, optional=False,
                 parent=None):
        super().__init__(key, label, parent)
        self.optional = optional        # no rows left: the key goes (grades, includes)
        self.columns = list(columns)
        self.new_row = new_row
        self.mapping = mapping
        self.rows = []
        self._loading = False
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([title for _k, title, _t in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.itemChanged.connect(self._cell_changed)
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.table)
        inner.addLayout(buttons)
        self.finish(holder)

    def load(self, value):
        if self.mapping:
            first, second = self.columns[0][0], self.columns[1][0]
            rows = [{first: k, second: v} for k, v in (value or {}).items()] \
                if isinstance(value, dict) else []
        else:
            rows = [r if isinstance(r, dict) else {} for r in value or []] \
                if isinstance(value, list) else []
        self.rows = copy.deepcopy(rows)
        self._loading = True
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (key, _title, _type) in enumerate(self.columns):
                text = shown_value(row.get(key))
                cell = self.table.item(r, c)
                if cell is None:
                    self.table.setItem(r, c, QTableWidgetItem(text))
                elif cell.text() != text:
                    cell.setText(text)
        self._loading = False
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 6
                                  + self.table.verticalHeader().defaultSectionSize()
                                  * max(len(rows), 2))

    def _value(self, rows):
        if not rows and self.optional:
            return None
        if self.mapping:
            first, second = self.columns[0][0], self.columns[1][0]
            return {str(r.get(first, "")): r.get(second) for r in rows}
        return rows

    def _cell_changed(self, cell):
        if self._loading:
            return
        key, _title, kind = self.columns[cell.column()]
        rows = copy.deepcopy(self.rows)
        text = cell.text()
        value = None if not text.strip() else typed_number(text) if kind == "number" else text
        if value is None:
            rows[cell.row()].pop(key, None)
        else:
            rows[cell.row()][key] = value
        self.rows = rows
        self.edited.emit(self.key, self._value(rows))

    def _add(self):
        rows = copy.deepcopy(self.rows) + [self.new_row(self.rows)]
        self.edited.emit(self.key, self._value(rows))

    def _remove(self):
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            rows = copy.deepcopy(self.rows)
            rows.pop(index)
            self.edited.emit(self.key, self._value(rows))

    def mark_row(self, index):
        """The row the loader's message is about, selected."""
        if isinstance(index, int) and 0 <= index < self.table.rowCount():
            self.table.selectRow(index)
