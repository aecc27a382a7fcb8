"""The checklist's "Money" group: a rubric's `money:` side (docs/rubric-format.md §9) under its
sections, a row per money line with its rule and its amount, the money total in the header.

A line with its own input takes it here, stored as the sheets and `main.py` store it: a number
(tickets, minutes, a sales figure: `kpis.set_value`) or occurrences of a fine or reward, with the
amount when the rubric gives a range (`incidents.add_incident`). Both go through the checklist's
own writes (`ChecklistWidget.enter_value`, `tick`, `untick_latest`), so the signed-in actor,
undo, the hub and refusals are those of every other row. A line that reads an item (`item:`,
ticked above) or the form's total shows its amount only. The figures are the engine's
(scoring/money_side.py, as the form freezes them: ui/money_tree.py); nothing is added up here.
"""

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from scoring import show
from scoring.fields import out_of_range
from ui.checklist_rows import (
    AMOUNT_W,
    NOTE_W,
    TOUCH,
    big_button,
    empty_slot,
    escape,
    item_title,
    shown_input,
)
from ui.money_tree import (
    currency_of,
    line_amount,
    line_detail,
    missing_names,
    money_of,
    total_text,
)
from ui.steady_label import SteadyLabel

CENT = Decimal("0.01")
FIGURE_W = 130      # px: the line's amount, right-aligned: the amounts line up down the group


def parse_money_input(text, name, *, low=None, high=None):
    """The typed figure as a Decimal (None when empty); ValueError with the user's sentence,
    naming the line, when it is not a number, negative, has more than two decimals (money
    lines count to the fen) or lies outside [low, high]."""
    text = text.strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite() or out_of_range(number):
        raise ValueError(QCoreApplication.translate("MoneyRow", "%1: not a number (%2)")
                         .replace("%1", name).replace("%2", text))
    if number < 0:
        raise ValueError(QCoreApplication.translate("MoneyRow", "%1: must not be negative (%2)")
                         .replace("%1", name).replace("%2", text))
    if number != number.quantize(CENT):
        raise ValueError(QCoreApplication.translate(
            "MoneyRow", "%1: at most two decimals (%2)").replace("%1", name).replace("%2", text))
    if low is not None and not low <= number <= high:
        raise ValueError(QCoreApplication.translate("MoneyRow", "%1: between %2 and %3 (%4)")
                         .replace("%1", name).replace("%2", show(low)).replace(
                             "%3", show(high)).replace("%4", text))
    return number


def rate_text(line, currency):
    """The line's rule in figures ("× 0.2 元/笔", "−10 → −30 元 → 开除", "1–1000 元 each"),
    shown beside its name."""
    kind, spec = line.kind, line.spec
    sign = "−" if line.costs else "+"
    per = f"/{line.unit}" if line.unit else ""
    if kind in ("per_unit", "fine_per_unit") and line.unit in ("元", currency):
        text = f"× {show(spec)}"            # an amount in 元 taken as it is (基准奖金 × 1)
    elif kind in ("per_unit", "fine_per_unit"):
        text = f"{sign}{show(spec)} {currency}{per}"
    elif kind in ("reward", "fine") and hasattr(spec, "amounts"):      # escalating steps
        text = " → ".join(f"{sign}{show(a)}" for a in spec.amounts) + f" {currency}"
        if spec.beyond:
            text += f" → {spec.beyond}"
    elif kind in ("reward", "fine"):
        amount = show(spec.low) if not spec.is_range else f"{show(spec.low)}–{show(spec.high)}"
        words = (QCoreApplication.translate("MoneyRow", "%1 off each time") if line.costs
                 else QCoreApplication.translate("MoneyRow", "%1 added each time"))
        text = words.replace("%1", f"{amount} {currency}")
    elif kind == "below_total":
        total, per_point = spec
        text = QCoreApplication.translate("MoneyRow", "%1 a point below %2").replace(
            "%1", f"−{show(per_point)} {currency}").replace("%2", show(total))
    elif kind == "permille":
        text = " · ".join(f"≥{show(low)}: {show(rate)}‰" for low, rate in spec)
    elif kind == "factor":
        parts = []
        if spec.below_at is not None:
            parts.append(f"<{show(spec.below_at)}: ×(1 − ({show(spec.below_at)} − v) × "
                         f"{show(spec.below_per)})")
        if spec.above_at is not None:
            parts.append(f">{show(spec.above_at)}: ×(1 + (v − {show(spec.above_at)}) × "
                         f"{show(spec.above_per)})")
        text = " · ".join(parts)
    else:                                   # team_mean
        text = f"× {show(spec)}"
    if line.cap is not None:
        text += " " + QCoreApplication.translate("MoneyRow", "(at most %1)").replace(
            "%1", f"{show(line.cap)} {currency}")
    return text


class MoneyRow(QFrame):
    """A money line: its name and rule, the engine's reason, its amount; controls per kind."""

    read_only = False

    def __init__(self, line, language, currency, parent=None):
        super().__init__(parent)
        self.line, self.language, self.currency = line, language, currency
        self.setObjectName(f"money-{line.id}")
        self.setFrameShape(QFrame.StyledPanel)
        title, full = item_title(line, language)
        self.name = line.label(language, limit=0)
        self.title = QLabel(f"<b>{escape(title)}</b>&nbsp;&nbsp;<span style='color:#1a4f8b;'>"
                            f"{escape(rate_text(line, currency))}</span>")
        self.title.setWordWrap(True)
        self.title.setToolTip(full)
        self.detail = QLabel(full if full != title else "")
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setVisible(full != title)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        self.reason = SteadyLabel(wrap=True, color="#8a3b12")    # its line kept, as items'
        self.reason.setObjectName("reason")
        self.error = QLabel()               # why a typed figure was refused, under the rule
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        self.figure = QLabel()
        self.figure.setObjectName("amount")
        self.figure.setFixedWidth(FIGURE_W)
        self.figure.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.figure.setStyleSheet("font-size: 16px; font-weight: bold;")
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        for label in (self.title, self.detail, self.reason, self.error):
            text_box.addWidget(label)
        self.controls = QHBoxLayout()
        self.controls.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.addLayout(text_box, 1)
        layout.addLayout(self.controls)
        layout.addWidget(self.figure)
        self._flagged = False

    def editors(self):
        return []

    def set_read_only(self, read_only):
        self.read_only = read_only
        for widget in self.editors():
            widget.setEnabled(not read_only)

    def show_error(self, text):
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_line(self, found, checklist):
        """`found`: the line's JSON in the money side (ui/money_tree.py)."""
        en = self.language == "en"
        # translate() with this class's context: tr() of a subclass would look in its own
        self.reason.setText(QCoreApplication.translate("MoneyRow", "not entered (counts 0)")
                            if found.get("missing") else line_detail(found, en))
        self.figure.setText(line_amount(found, self.currency))
        flagged = bool(found.get("missing") or found.get("flag"))
        if flagged != self._flagged:        # restyling is slow: only when the flag flips
            self._flagged = flagged
            self.setStyleSheet("MoneyRow { background: #fff4e5; }" if flagged else "")


class MoneyValueRow(MoneyRow):
    """A number line (per_unit, fine_per_unit, permille, factor, team_mean): a count, minutes,
    a sales figure or a mean wage, in the line's unit; empty means not entered."""

    value_entered = Signal(str, object)   # line id, Decimal (None clears)

    def __init__(self, line, language, currency, parent=None):
        super().__init__(line, language, currency, parent)
        self.input = QLineEdit()
        self.input.setObjectName("money-input")
        self.input.setMinimumHeight(TOUCH)
        self.input.setFixedWidth(AMOUNT_W + 24)
        self.input.setAlignment(Qt.AlignRight)
        self.input.setToolTip(self.tr("Type the figure and press Enter"))
        self.input.editingFinished.connect(self._commit)
        self.controls.addWidget(self.input)
        unit = (language == "en" and line.texts.get("unit_en")) or line.unit
        if unit:
            self.controls.addWidget(QLabel(unit))

    def editors(self):
        return [self.input]

    def _commit(self):
        try:
            value = parse_money_input(self.input.text(), self.name)
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.show_error("")
        self.value_entered.emit(self.line.id, value)

    def show_line(self, found, checklist):
        super().show_line(found, checklist)
        if self.line.kind == "team_mean" and found.get("from_team"):
            self.reason.setText(self.tr("left empty: the team's results fill it"))
        if not self.input.hasFocus() and not self.error.isVisible():
            self.input.setText(shown_input(checklist.value(self.line.id), "value"))


class MoneyIncidentRow(MoneyRow):
    """A fine or reward of its own: − and + for its occurrences, the amount when the rubric
    gives a range (领导检查扣款 1–1000 元), a note."""

    tick_requested = Signal(str, bool, object, str)   # line id, severe, amount, note
    untick_requested = Signal(str)

    def __init__(self, line, language, currency, parent=None):
        super().__init__(line, language, currency, parent)
        spec = line.spec
        self.amount = None
        if getattr(spec, "is_range", False):
            self.amount = QLineEdit()
            self.amount.setObjectName("money-amount")
            self.amount.setMinimumHeight(TOUCH)
            self.amount.setFixedWidth(AMOUNT_W)
            self.amount.setAlignment(Qt.AlignRight)
            self.amount.setPlaceholderText(f"{show(spec.low)}–{show(spec.high)}")
            self.amount.setToolTip(self.tr("Amount of this occurrence (%1)").replace(
                "%1", currency))
            self.amount.returnPressed.connect(self._plus)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("note"))
        self.note.setMinimumHeight(TOUCH)
        self.note.setFixedWidth(NOTE_W)
        self.note.returnPressed.connect(self._plus)
        self.minus = big_button("−", self.tr("Remove the latest occurrence (−)"))
        self.count = QLabel("0")
        self.count.setObjectName("count")
        self.count.setAlignment(Qt.AlignCenter)
        self.count.setFixedSize(40, TOUCH)
        self.count.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.plus = big_button("+", self.tr("Add an occurrence (+)"))
        for widget in (self.amount or empty_slot(AMOUNT_W), self.note, self.minus, self.count,
                       self.plus):
            self.controls.addWidget(widget)
        self.minus.clicked.connect(lambda: self.untick_requested.emit(line.id))
        self.plus.clicked.connect(self._plus)

    def editors(self):
        return [w for w in (self.amount, self.note, self.minus, self.plus) if w is not None]

    def _plus(self):
        amount = None
        if self.amount is not None:
            spec = self.line.spec
            try:
                amount = parse_money_input(self.amount.text(), self.name, low=spec.low,
                                           high=spec.high)
            except ValueError as exc:
                self.show_error(str(exc))
                return
            if amount is None:
                self.show_error(self.tr("%1: type the amount (%2) first").replace(
                    "%1", self.name).replace("%2", f"{show(spec.low)}–{show(spec.high)}"))
                return
        self.show_error("")
        self.tick_requested.emit(self.line.id, False, amount, self.note.text().strip())
        self.note.clear()
        if self.amount is not None:
            self.amount.clear()

    def show_line(self, found, checklist):
        super().show_line(found, checklist)
        count = checklist.occurrences(self.line.id)
        self.count.setText(str(count))
        self.minus.setEnabled(count > 0 and not self.read_only)


class MoneyReadRow(MoneyRow):
    """A line that takes no input of its own: it reads an item ticked or entered above, or
    the form's total."""

    def __init__(self, line, language, currency, rubric, parent=None):
        super().__init__(line, language, currency, parent)
        if line.of is not None:
            source = rubric.item(line.of).label(language)
            text = self.tr("from “%1” above").replace("%1", source)
        else:
            text = self.tr("from the total")
        note = QLabel(text)
        note.setObjectName("source")
        note.setStyleSheet("color: #555;")
        self.controls.addWidget(note)


class MoneyGroup(QWidget):
    """The money lines of the checklist's rubric, hosted by a ChecklistWidget (`host`): built
    with its sections, shown with its figures (`show_figures`), written through its writes."""

    def __init__(self, host, rule, parent=None):
        super().__init__(parent)
        self.host = host
        self.language = host.language
        en = self.language == "en"
        self.currency = (rule.currency_en if en else rule.currency) or ""
        self._shown = {}
        self._read_only = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = SteadyLabel(pixel_size=16, bold=True, top_margin=10)
        self.header.setObjectName("section-money")
        self.note = SteadyLabel(wrap=True, color="#555")
        self.note.setObjectName("money-note")
        layout.addWidget(self.header)
        layout.addWidget(self.note)
        self.rows = {}
        rubric = host.checklist.rubric
        for line in rule.lines:
            if line.takes_value:
                row = MoneyValueRow(line, self.language, self.currency)
                row.value_entered.connect(host.enter_value)
            elif line.takes_incidents:
                row = MoneyIncidentRow(line, self.language, self.currency)
                row.tick_requested.connect(host.tick)
                row.untick_requested.connect(host.untick_latest)
            else:
                row = MoneyReadRow(line, self.language, self.currency, rubric)
            self.rows[line.id] = row
            layout.addWidget(row)

    @classmethod
    def for_checklist(cls, host):
        """The group under `host`'s sections, or None: no `money:` block, or the checklist of
        an included rubric (the form's money is its main rubric's)."""
        from models.work.checklist import IncludedChecklist

        rule = host.checklist.rubric.money
        if rule is None or isinstance(host.checklist, IncludedChecklist):
            return None
        group = cls(host, rule)
        host.body_layout.addWidget(group)
        return group

    def show_figures(self, changed_only=False):
        """The engine's money on the rows and the header; after the checklist's own write
        (`changed_only`) only the rows whose figures moved are touched."""
        checklist, host = self.host.checklist, self.host
        if not changed_only:
            self._shown.clear()
        if host.read_only != self._read_only:
            self._read_only = host.read_only
            self._shown.clear()
            for row in self.rows.values():
                row.set_read_only(host.read_only)
        if self._shown.get("view") is checklist.view:
            return
        self._shown["view"] = checklist.view
        found = money_of(checklist.view)
        en = self.language == "en"
        for line in found["lines"]:
            row = self.rows[line["id"]]
            state = (tuple(sorted(line.items())), checklist.occurrences(line["id"]),
                     checklist.value(line["id"]))
            if self._shown.get(line["id"]) != state:
                self._shown[line["id"]] = state
                row.show_line(line, checklist)
        title = self.tr("Money")     # (not in an f-string: lupdate reads no tr() inside one)
        self.header.setText(f"{title}   {total_text(found, en)}")
        notes = []
        if found.get("pay") is not None:
            notes.append(self.tr("Includes the pay of %1").replace(
                "%1", f"{found['pay']} {currency_of(found, en)}".strip()))
        if found.get("capped") or found.get("floored"):
            notes.append(self.tr("The lines add up to %1").replace("%1", found["subtotal"]))
        missing = missing_names(found, en)
        if missing:
            notes.append(self.tr("Not entered yet: %1").replace(
                "%1", (", " if en else "、").join(missing)))
        self.note.setText(" · ".join(notes))
        self.note.setVisible(bool(notes))
