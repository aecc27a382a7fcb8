"""The form of the node chosen in the tree: only the fields its kind has (docs/rubric-format.md
§1–§4, docs/rubric-extensions.md), each showing the loader's message about it."""

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from scoring.item_loader import DERIVED_SOURCES, PLACE_KINDS
from scoring.model import SCORED_KINDS
from ui.rubric_editor.document import get, kind_of, node_kind, place_of, weighted
from ui.rubric_editor.fields import (
    ERROR_STYLE,
    CheckField,
    ChoiceField,
    LineField,
    NotesField,
    RowsField,
)
from ui.rubric_editor.words import kind_name, source_name

# Keys that are not data: the form turns them into edits of their own.
KIND, STYLE, PAY_ON, PAY_MODE, RULE = ("~kind",), ("~style",), ("~pay",), ("~pay-mode",), ("~rule",)
DEFAULT_PAY = {"table": [{"min": 0, "percent": 100}]}
VALUE_KINDS_WITH_UNIT = ("shortfall", "rating", "linear", "bands", "derived")
NUMBER_INPUT_KINDS = ("shortfall", "rating", "linear", "bands")


def signature(node, data):
    """What decides which fields a node's form has: when it changes the form is rebuilt,
    otherwise its fields are only reloaded (the cursor stays where she types)."""
    kind = node_kind(node)
    item = get(data, node)
    if kind == "item":
        derived = item.get("derived") if isinstance(item, dict) else None
        rule = _rule_of(derived)
        lower = get(item, ("bands", "lower_better")) or get(item, ("derived", "bands",
                                                                    "lower_better"))
        return node, kind_of(item), rule, bool(lower)
    if kind == "rubric":
        return node, weighted(data)
    if kind == "section":
        return node, weighted(data)
    if kind == "pay":
        pay = data.get("pay")
        return node, isinstance(pay, dict), isinstance(pay, dict) and "proportional" in pay
    return (node,)


def _rule_of(derived):
    if not isinstance(derived, dict):
        return None
    return "linear" if "linear" in derived else "bands" if "bands" in derived else None


class NodeForm(QWidget):
    edited = Signal(tuple, tuple, object)   # the node edited, key path inside it, value
    kind_chosen = Signal(str)
    style_chosen = Signal(bool)

    def __init__(self, node, data, parent=None):
        super().__init__(parent)
        self.node = node
        self.kind = node_kind(node)
        self.signature = signature(node, data)
        # Grades and pay are keys of the rubric: their fields edit the rubric's data.
        self.base = () if self.kind in ("grades", "pay") else node
        self.fields = []
        self.current = {}
        self.title = QLabel()
        self.title.setObjectName("form-title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.general_error = QLabel()
        self.general_error.setObjectName("form-error")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.setTextFormat(Qt.PlainText)
        self.general_error.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.note.hide()
        self.layout_ = QFormLayout()
        self.layout_.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.note)
        box.addWidget(self.general_error)
        box.addLayout(self.layout_)
        box.addStretch(1)
        getattr(self, f"_build_{self.kind}")(data)
        self.load(data)

    # -- building ------------------------------------------------------------------------
    def _add(self, field, label=None):
        field.edited.connect(self._field_edited)
        self.fields.append(field)
        self.layout_.addRow(field.label if label is None else label, field)
        return field

    def _line(self, key, label, kind="text", hint=""):
        return self._add(LineField(key, label, kind=kind, hint=hint))

    def _texts(self):
        self._line(("name",), self.tr("Name"))
        self._line(("name_en",), self.tr("Name (English)"))

    def _build_rubric(self, data):
        self.title.setText(self.tr("Rubric"))
        field = self._line(("id",), self.tr("Id"))
        field.edit.setReadOnly(True)    # a rubric's id is what its versions share
        field.edit.setToolTip(self.tr("The id names the rubric across its versions"))
        self._texts()
        self._line(("post",), self.tr("Posts (岗位)"), "names",
                   self.tr("e.g. 客户服务代表, 坐席 (comma between posts)"))
        self._add(ChoiceField(("period",), self.tr("Period"), [
            ("month", self.tr("Month")), ("quarter", self.tr("Quarter")),
            ("year", self.tr("Year"))]))
        self._add(ChoiceField(STYLE, self.tr("Sections scored by"), [
            (False, self.tr("Points (分值)")), (True, self.tr("Weight in % (权重)"))]))
        self._line(("base",), self.tr("Base (标准分)"), "number")
        self._line(("max_total",), self.tr("Highest total"), "number",
                   self.tr("= base; higher when bonuses may lift the total"))
        self._line(("floor",), self.tr("Lowest total"), "number", "0")
        self._line(("approval", "bonus_over"), self.tr("Approve a bonus over"), "number")
        self._line(("approval", "deduction_over"), self.tr("Approve a deduction over"),
                   "number")
        self._add(RowsField(("includes",), self.tr("Rubrics included as deductions"), [
            ("rubric", self.tr("Rubric id"), "text")],
            new_row=lambda rows: {"rubric": "", "as": "deductions"}, optional=True))
        self._add(NotesField(("notes",), self.tr("Notes")))

    def _build_section(self, data):
        self.title.setText(self.tr("Section"))
        self._line(("id",), self.tr("Id"))
        self._texts()
        if weighted(data):
            self._line(("weight",), self.tr("Weight (%)"), "number")
        else:
            self._line(("points",), self.tr("Points"), "number")
        self._add(ChoiceField(("start",), self.tr("Starts at"), [
            (None, self.tr("As its items say")), ("full", self.tr("Full: items deduct (扣分制)")),
            ("empty", self.tr("Zero: items earn (得分制)"))]))
        self._line(("method",), self.tr("Method (检查方法)"))
        # scoring/includes.py: another rubric's total fills the section (then no items).
        self._line(("include",), self.tr("Included rubric"),
                   hint=self.tr("a rubric id: its total fills this section, instead of items"))

    def _build_group(self, data):
        words = {"bonuses": self.tr("Bonuses (加分) add to the total, each up to its cap."),
                 "deductions": self.tr("Form-level deductions come off the total, not a "
                                       "section."),
                 "vetoes": self.tr("Form-level vetoes (一票否决) set the total to 0 or give "
                                   "the lowest grade.")}
        self.title.setText(self.tr("Form-level list"))
        self.note.setText(words[self.node[0]] + "\n" + self.tr("Add item adds one here."))
        self.note.show()

    def _build_grades(self, data):
        self.title.setText(self.tr("Grades"))
        self.note.setText(self.tr("The first row whose minimum the total reaches gives the "
                                  "grade; minimums from high to low."))
        self.note.show()
        self._add(RowsField(("grades",), self.tr("Grades"), [
            ("min", self.tr("From total"), "number"), ("label", self.tr("Grade"), "text"),
            ("label_en", self.tr("Grade (English)"), "text")],
            new_row=lambda rows: {"min": 0}, optional=True), "")

    def _build_pay(self, data):
        self.title.setText(self.tr("Pay"))
        self._add(CheckField(PAY_ON, self.tr("The total sets a share of the performance pay")),
                  "")
        pay = data.get("pay")
        if not isinstance(pay, dict):
            return
        self._line(("pay", "amount"), self.tr("Amount"), "number")
        self._add(ChoiceField(PAY_MODE, self.tr("Share"), [
            (False, self.tr("By a table of totals")),
            (True, self.tr("Proportional to the total"))]))
        if "proportional" not in pay:
            self._add(RowsField(("pay", "table"), self.tr("Table"), [
                ("min", self.tr("From total"), "number"),
                ("percent", self.tr("Percent"), "number")],
                new_row=lambda rows: {"min": 0, "percent": 0}))
        self._line(("pay", "deduct_below", "total"), self.tr("Deduct below total"), "number")
        self._line(("pay", "deduct_below", "per_point"), self.tr("Deduct per point"), "number")

    def _build_item(self, data):
        item = get(data, self.node)
        kind = kind_of(item)
        place = place_of(self.node)
        self.title.setText(self.tr("Item"))
        self._line(("id",), self.tr("Id"))
        self._texts()
        self._add(ChoiceField(KIND, self.tr("Kind"),
                              [(k, kind_name(k)) for k in PLACE_KINDS[place]]))
        if kind in ("deduct", "add"):
            self._line((kind,), self.tr("Points per occurrence"), "amount",
                       self.tr("2, or 5-20 for a range the appraiser picks from"))
            if kind == "deduct":
                self._line(("severe_x",), self.tr("Severe ×"), "number",
                           self.tr("e.g. 2: a severe occurrence counts double"))
            self._line(("cap",), self.tr("At most (cap)"), "number")
            self._add(CheckField(("approval",), self.tr("Every occurrence needs approval"),
                                 on="always"), "")
        elif kind == "shortfall":
            self._line(("shortfall", "target"), self.tr("Target"), "number")
            self._line(("shortfall", "per"), self.tr("Deduct per unit short"), "number")
            self._line(("cap",), self.tr("At most (cap)"), "number")
        elif kind == "veto":
            scopes = [("form", self.tr("The total becomes 0")),
                      ("lowest_grade", self.tr("The lowest grade"))]
            if place == "section":
                scopes.insert(0, ("section", self.tr("This section scores 0")))
            self._add(ChoiceField(("veto",), self.tr("When it fires"), scopes))
        elif kind == "rating":
            self._line(("rating", "max"), self.tr("Highest mark"), "number")
        elif kind == "linear":
            self._linear(("linear",))
        elif kind == "bands":
            self._bands(("bands",), item.get("bands"))
        elif kind == "survey":
            self._add(RowsField(("survey", "scores"), self.tr("Answers"), [
                ("answer", self.tr("Answer"), "text"), ("score", self.tr("Score (0–100)"),
                                                         "number")],
                mapping=True, new_row=lambda rows: {"answer": str(len(rows) + 1),
                                                    "score": 0}))
        elif kind == "derived":
            self._derived(item.get("derived"))
        if kind in SCORED_KINDS:
            self._line(("points",), self.tr("Points"), "number")
        if kind in ("bands", "derived"):
            self._line(("scale",), self.tr("Scores out of (scale)"), "number",
                       self.tr("e.g. 100; empty: scores are points"))
        if kind in NUMBER_INPUT_KINDS:
            self._add(CheckField(("ratio",), self.tr("Entered as a ratio (num / den)")), "")
            self._add(CheckField(("relative_to",), self.tr("Divided by the team mean first"),
                                 on="team_mean"), "")
        if kind in VALUE_KINDS_WITH_UNIT:
            self._line(("unit",), self.tr("Unit"), hint="%, s, 次")
        self._add(NotesField(("text",), self.tr("Full text (考核标准)")))
        self._line(("method",), self.tr("Method (检查方法)"))

    def _linear(self, prefix):
        self._line(prefix + ("zero_at",), self.tr("Scores 0 at"), "number")
        self._line(prefix + ("full_at",), self.tr("Scores full at"), "number")

    def _bands(self, prefix, bands):
        lower = isinstance(bands, dict) and bands.get("lower_better") is True
        self._add(CheckField(prefix + ("lower_better",), self.tr("Lower is better")), "")
        bound = ("max", self.tr("At most"), "number") if lower else \
            ("min", self.tr("At least"), "number")
        self._add(RowsField(prefix + ("table",), self.tr("Bands"), [
            bound, ("score", self.tr("Score"), "number"), ("label", self.tr("Label"), "text")],
            new_row=lambda rows: {bound[0]: 0, "score": 0}))

    def _derived(self, derived):
        self._add(ChoiceField(("derived", "source"), self.tr("From"),
                              [(s, source_name(s)) for s in DERIVED_SOURCES]))
        self._line(("derived", "item"), self.tr("Item or section id"))
        self._line(("derived", "factor"), self.tr("Factor"), "number", "1")
        self._add(ChoiceField(RULE, self.tr("Rule"), [
            (None, self.tr("Points × value / 100")), ("linear", self.tr("A straight line")),
            ("bands", self.tr("Bands"))]))
        rule = _rule_of(derived)
        if rule == "linear":
            self._linear(("derived", "linear"))
        elif rule == "bands":
            self._bands(("derived", "bands"), derived.get("bands"))
        self._line(("derived", "require", "team_mean_total_min"),
                   self.tr("Only if the team mean is at least"), "number")

    # -- values in, edits out -------------------------------------------------------------
    def load(self, data):
        self.data = data
        self.current = get(data, self.base) or {}
        for field in self.fields:
            field.load(self._value_of(field.key))

    def _value_of(self, key):
        if key == KIND:
            return kind_of(self.current)
        if key == STYLE:
            return weighted(self.data)
        if key == PAY_ON:
            return isinstance(self.data.get("pay"), dict)
        if key == PAY_MODE:
            return "proportional" in (self.data.get("pay") or {})
        if key == RULE:
            return _rule_of(self.current.get("derived"))
        if key[-1] == "lower_better":
            return bool(get(self.current, key))
        if key == ("period",) and self.kind == "rubric":
            return self.current.get("period", "month")      # the loader's default
        return get(self.current, key)

    def _field_edited(self, key, value):
        if key == KIND:
            self.kind_chosen.emit(value)
        elif key == STYLE:
            self.style_chosen.emit(value)
        elif key == PAY_ON:
            self.edited.emit((), ("pay",), copy.deepcopy(DEFAULT_PAY) if value else None)
        elif key == PAY_MODE:
            pay = {k: v for k, v in (self.data.get("pay") or {}).items()
                   if k not in ("table", "proportional")}
            pay.update({"proportional": True} if value else copy.deepcopy(DEFAULT_PAY))
            self.edited.emit((), ("pay",), pay)
        elif key == RULE:
            derived = {k: v for k, v in (self.current.get("derived") or {}).items()
                       if k not in ("linear", "bands")}
            if value == "linear":
                derived["linear"] = {"zero_at": 0, "full_at": 100}
            elif value == "bands":
                derived["bands"] = {"table": [{"min": 0, "score": 0}]}
            self.edited.emit(self.base, ("derived",), derived)
        elif key[-1] == "lower_better":
            self.edited.emit(self.base, key[:-1], _flipped(get(self.current, key[:-1]), value))
        else:
            self.edited.emit(self.base, key, value)

    # -- the loader's message -----------------------------------------------------------
    def show_error(self, where, message):
        """Under the field the message is about (a table's row selected), else at the top."""
        for field in self.fields:
            field.set_error("")
        self.general_error.setText(message or "")
        self.general_error.setVisible(bool(message))
        if not message:
            return None
        prefix = self._field_for(where)
        if prefix is None:
            return None
        self.general_error.hide()
        prefix.set_error(message)
        if isinstance(prefix, RowsField) and len(where) > len(prefix.key):
            prefix.mark_row(where[len(prefix.key)])
        return prefix

    def _field_for(self, where):
        # Grades and pay fields are keyed from the rubric; the error path from their node.
        where = (self.node[0],) + tuple(where) if self.kind in ("grades", "pay") else where
        best = None
        for field in self.fields:
            if tuple(where[:len(field.key)]) == field.key and (
                    best is None or len(field.key) > len(best.key)):
                best = field
        if best is None and where:
            best = next((f for f in self.fields if f.key[-1] == where[-1]), None)
        return best

    def field(self, *key):
        """The field of `key` (tests and the keyboard)."""
        return next((f for f in self.fields if f.key == tuple(key)), None)


def _flipped(bands, lower):
    """A band table turned the other way: `min` rows become `max` rows and back."""
    bands = copy.deepcopy(bands) if isinstance(bands, dict) else {}
    old, new = ("min", "max") if lower else ("max", "min")
    for row in bands.get("table") or []:
        if isinstance(row, dict) and old in row:
            row[new] = row.pop(old)
    if lower:
        bands["lower_better"] = True
    else:
        bands.pop("lower_better", None)
    return bands
