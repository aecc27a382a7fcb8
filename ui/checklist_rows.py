"""A checklist row per rubric item: counters for incidents, inputs for values."""

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from scoring import Ratio, show
from scoring.fields import out_of_range
from scoring.result import factor_text, signed
from ui.steady_label import SteadyLabel

TOUCH = 44  # px: big enough for a finger on a tablet
# The incident rows' controls in fixed-width slots (an empty slot where a row has no amount or
# no severe toggle), so the note, severe, − and + columns line up from row to row.
NOTE_W, AMOUNT_W, SEVERE_W, BUTTON_W, COUNT_W = 180, 96, 120, TOUCH + 8, 40


def item_title(item, language):
    title = item.label(language, limit=80)
    full = (language == "en" and item.texts.get("text_en")) or item.text
    return title, full


class ItemRow(QFrame):
    """Common frame: title, the engine's reason for this item, and a slot for controls."""

    read_only = False

    def set_read_only(self, read_only):
        """Read-only (a reviewer's view): the inputs are disabled, the figures still show."""
        self.read_only = read_only
        for widget in self.editors():
            widget.setEnabled(not read_only)

    def editors(self):
        return []

    def __init__(self, item, language, parent=None):
        super().__init__(parent)
        self.item = item
        self.language = language
        self.setObjectName(f"row-{item.id}")
        self.setFrameShape(QFrame.StyledPanel)
        self.setFocusPolicy(Qt.StrongFocus)
        title, full = item_title(item, language)
        self.title = QLabel(f"<b>{escape(title)}</b>")
        self.title.setToolTip(full)
        self.detail = QLabel(full if full != title else "")
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setVisible(full != title)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        # The engine's reason, wrapped (never cut). Its line is there before the first tick, so
        # ticking moves no row under the finger; a SteadyLabel, so a new reason repaints only
        # itself (a QLabel would re-lay out every row of the checklist).
        self.reason = SteadyLabel(wrap=True, color="#8a3b12")
        self.reason.setObjectName("reason")
        # In a weighted section: what the item moved on the total ("×0.1 weight: −0.20 on the
        # total"); shown (its line kept) only there.
        self.weight_note = SteadyLabel(wrap=True, color="#555")
        self.weight_note.setObjectName("weight-note")
        self.weight_note.setVisible(False)
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        for label in (self.title, self.detail, self.reason, self.weight_note):
            text_box.addWidget(label)
        self._flagged = False
        self.controls = QHBoxLayout()
        self.controls.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.addLayout(text_box, 1)
        layout.addLayout(self.controls)

    def show_result(self, item_result, checklist):
        why = item_result.why_en if self.language == "en" else item_result.why
        # The engine's reason shows once something happened (or is missing), not for idle rows;
        # its line stays reserved either way.
        active = any((item_result.deducted, item_result.added, item_result.score is not None
                      and self.item.is_scored, item_result.fired, item_result.missing,
                      item_result.na))
        self.reason.setText(why if active else "")
        if item_result.factor is not None:      # weighted: known from the first showing on
            self.weight_note.setVisible(True)
            effect = item_result.on_total
            # translate() with this class's context: tr() of a subclass would look in its own
            words = QCoreApplication.translate("ItemRow", "×%1 weight: %2 on the total")
            self.weight_note.setText("" if effect is None else words.replace(
                "%1", factor_text(item_result.factor)).replace("%2", signed(effect)))
        flagged = bool(item_result.missing or item_result.fired or item_result.needs_approval)
        if flagged != self._flagged:        # restyling is slow: only when the flag flips
            self._flagged = flagged
            self.setStyleSheet("ItemRow { background: #fff4e5; }" if flagged else "")


class IncidentRow(ItemRow):
    """deduct / add / veto items: big − and + counters, a severe toggle, an amount, a note."""

    tick_requested = Signal(str, bool, object, str)   # item id, severe, amount, note
    untick_requested = Signal(str)

    def __init__(self, item, language, parent=None):
        super().__init__(item, language, parent)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note"))
        self.note.setMinimumHeight(TOUCH)
        self.note.setFixedWidth(NOTE_W)
        self.note.returnPressed.connect(self._plus)
        self.amount = None
        if item.kind != "veto" and item.spec.is_range:
            self.amount = QDoubleSpinBox()
            self.amount.setDecimals(1)
            self.amount.setRange(float(item.spec.low), float(item.spec.high))
            self.amount.setValue(float(item.spec.low))
            self.amount.setMinimumHeight(TOUCH)
            self.amount.setFixedWidth(AMOUNT_W)
            self.amount.setToolTip(self.tr("Amount per occurrence"))
        self.severe = None
        if item.severe_x is not None:
            self.severe = QPushButton(self.tr("Severe ×%s") % show(item.severe_x))
            self.severe.setCheckable(True)
            self.severe.setMinimumHeight(TOUCH)
            self.severe.setFixedWidth(SEVERE_W)
            self.severe.setToolTip(self.tr("Next tick counts as severe (S)"))
        self.minus = big_button("−", self.tr("Remove the latest occurrence (−)"))
        self.count = QLabel("0")
        self.count.setObjectName("count")
        self.count.setAlignment(Qt.AlignCenter)
        # Fixed in both directions: a new count repaints the label alone, no re-layout.
        self.count.setFixedSize(COUNT_W, TOUCH)
        self.count.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.plus = big_button("+", self.tr("Add an occurrence (+)"))
        for widget, width in ((self.note, NOTE_W), (self.amount, AMOUNT_W),
                              (self.severe, SEVERE_W), (self.minus, BUTTON_W),
                              (self.count, COUNT_W), (self.plus, BUTTON_W)):
            self.controls.addWidget(widget if widget is not None else empty_slot(width))
        self.minus.clicked.connect(lambda: self.untick_requested.emit(item.id))
        self.plus.clicked.connect(self._plus)

    def editors(self):
        return [w for w in (self.note, self.amount, self.severe, self.minus, self.plus) if w]

    def _plus(self):
        severe = bool(self.severe and self.severe.isChecked())
        amount = None
        if self.amount is not None:
            amount = Decimal(str(round(self.amount.value(), 1)))
        self.tick_requested.emit(self.item.id, severe, amount, self.note.text().strip())
        self.note.clear()
        if self.severe:
            self.severe.setChecked(False)

    def keyPressEvent(self, event):
        key = event.key()
        if self.read_only:
            super().keyPressEvent(event)
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self._plus()
        elif key == Qt.Key_Minus:
            self.untick_requested.emit(self.item.id)
        elif key == Qt.Key_S and self.severe is not None:
            self.severe.toggle()
        else:
            super().keyPressEvent(event)

    def show_result(self, item_result, checklist):
        super().show_result(item_result, checklist)
        count = checklist.occurrences(self.item.id)
        self.count.setText(str(count))
        self.minus.setEnabled(count > 0 and not self.read_only)


class ValueRow(ItemRow):
    """Value items: a validated input in the item's unit; empty means not entered yet."""

    value_entered = Signal(str, object)   # item id, value (None clears)

    def __init__(self, item, language, parent=None):
        super().__init__(item, language, parent)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.inputs = {}
        if item.kind == "check":
            self.choice = QComboBox()
            self.choice.addItems(["—", self.tr("Met ✓"), self.tr("Not met ✗")])
            self.choice.setMinimumHeight(TOUCH)
            self.choice.activated.connect(self._choice)
            self.controls.addWidget(self.choice)
        elif item.kind == "survey":
            grid = QGridLayout()
            for col, answer in enumerate(item.spec):
                grid.addWidget(QLabel(answer), 0, col)
                self.inputs[answer] = self._line(grid.addWidget, 1, col)
            holder = QWidget()
            holder.setLayout(grid)
            self.controls.addWidget(holder)
        elif item.kind == "derived":
            self.controls.addWidget(QLabel(self.tr("from the team's results")))
        elif item.ratio:
            self.inputs["num"] = self._line(self.controls.addWidget)
            self.controls.addWidget(QLabel("/"))
            self.inputs["den"] = self._line(self.controls.addWidget)
        else:
            self.inputs["value"] = self._line(self.controls.addWidget)
        if item.unit:
            self.controls.addWidget(QLabel(item.unit))
        self.controls.addWidget(self.error)

    def editors(self):
        return [self.choice] if self.item.kind == "check" else list(self.inputs.values())

    def _line(self, add, *position):
        edit = QLineEdit()
        edit.setMinimumHeight(TOUCH)
        edit.setMaximumWidth(90)
        edit.setAlignment(Qt.AlignRight)
        edit.editingFinished.connect(self._commit)
        add(edit, *position)
        return edit

    def _choice(self, index):
        self.value_entered.emit(self.item.id, {0: None, 1: True, 2: False}[index])

    def _commit(self):
        try:
            value = self.parse()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.value_entered.emit(self.item.id, value)

    def parse(self):
        """The typed value as the engine takes it; ValueError with a message when invalid."""
        texts = {k: e.text().strip() for k, e in self.inputs.items()}
        if not any(texts.values()):
            return None
        numbers = {}
        for key, text in texts.items():
            try:
                number = Decimal(text or "0")
            except InvalidOperation:
                raise ValueError(self.tr("Not a number: %s") % text) from None
            # "NaN", "inf" and 40-digit values would fail in the engine, not here.
            if not number.is_finite() or out_of_range(number):
                raise ValueError(self.tr("Not a number: %s") % text)
            numbers[key] = number
        if self.item.kind == "survey":
            if any(n < 0 or n != n.to_integral_value() for n in numbers.values()):
                raise ValueError(self.tr("Counts are whole numbers"))
            return {k: int(n) for k, n in numbers.items()}
        if self.item.ratio:
            if numbers["den"] <= 0:
                raise ValueError(self.tr("The denominator must be above 0"))
            return {"num": numbers["num"], "den": numbers["den"]}
        value = numbers["value"]
        if self.item.kind == "rating" and not 0 <= value <= self.item.spec:
            raise ValueError(self.tr("Between 0 and %s") % show(self.item.spec))
        return value

    def show_result(self, item_result, checklist):
        super().show_result(item_result, checklist)
        value = checklist.value(self.item.id)
        if self.item.kind == "check":
            self.choice.setCurrentIndex(0 if value is None else (1 if value else 2))
            return
        for key, edit in self.inputs.items():
            if edit.hasFocus():
                continue
            edit.setText(shown_input(value, key))


def shown_input(value, key):
    if value is None:
        return ""
    if isinstance(value, Ratio):
        return show(getattr(value, key))
    if isinstance(value, dict):
        return str(value.get(key, ""))
    return f"{value}"


def empty_slot(width):
    """A blank of a control's width: the columns after it stay in line with other rows'."""
    slot = QWidget()
    slot.setFixedWidth(width)
    return slot


def big_button(text, tip):
    button = QPushButton(text)
    button.setFixedSize(BUTTON_W, TOUCH)
    button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
    button.setStyleSheet("font-size: 22px; font-weight: bold;")
    button.setToolTip(tip)
    button.setFocusPolicy(Qt.NoFocus)
    return button


def escape(text):
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_row(item, language):
    return (IncidentRow if item.takes_incidents else ValueRow)(item, language)
