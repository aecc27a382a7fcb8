"""The live preview: the checklist as a lead will see it (the checklist's own rows,
ui/checklist_rows.py) with counters and inputs to try, and that sample month scored by the
engine (`scoring.evaluate` on a sheet held in memory; nothing is stored)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scoring import RubricError, evaluate, money, sheet_from_data
from ui.checklist_rows import make_row

REBUILD_MS = 250    # the rows are rebuilt once typing pauses, not on every key


class SampleMonth:
    """The sheet the preview's counters make: what `ItemRow.show_result` asks a checklist."""

    def __init__(self):
        self.incidents = {}     # item id → [incident data]
        self.values = {}        # item id → value as the sheet takes it

    def occurrences(self, item_id):
        return len(self.incidents.get(item_id, ()))

    def value(self, item_id):
        return self.values.get(item_id)

    def keep_only(self, rubric):
        """Drop what the rubric no longer takes (an item removed, or of another kind)."""
        self.incidents = {k: v for k, v in self.incidents.items()
                          if rubric.item(k) is not None and rubric.item(k).takes_incidents}
        self.values = {k: v for k, v in self.values.items()
                       if rubric.item(k) is not None and rubric.item(k).takes_value}

    def sheet(self, rubric):
        incidents = [i for rows in self.incidents.values() for i in rows]
        return sheet_from_data({"incidents": incidents, "values": dict(self.values)}, rubric)


class PreviewPanel(QWidget):
    def __init__(self, language, parent=None):
        super().__init__(parent)
        self.language = language
        self.rubric = None
        self.sample = SampleMonth()
        self.rows = {}
        self.headers = {}
        self.result = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REBUILD_MS)
        self.timer.timeout.connect(self._rebuild)
        self._pending = None

        self.total = QLabel()
        self.total.setObjectName("sample-total")
        self.total.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.status = QLabel()
        self.status.setObjectName("sample-status")
        self.status.setWordWrap(True)
        self.stale = QLabel(self.tr("The rubric has an error: this is its last valid state."))
        self.stale.setStyleSheet("color: #b00020;")
        self.stale.setWordWrap(True)
        self.stale.hide()
        self.clear_button = QPushButton(self.tr("Clear the sample"))
        self.clear_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Sample month"))
        caption.setStyleSheet("font-weight: bold;")
        top.addWidget(caption)
        top.addWidget(self.total, 1, Qt.AlignRight)
        top.addWidget(self.clear_button)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)    # the rules wrap instead
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stale)
        layout.addWidget(scroll, 1)

    # -- the rubric ---------------------------------------------------------------------------
    def show_rubric(self, rubric, *, now=False):
        """The checked rubric (None while the data has an error: the last one stays)."""
        self.stale.setVisible(rubric is None and self.rubric is not None)
        if rubric is None or rubric == (self._pending or self.rubric):
            return              # an edit that changed nothing the checklist shows
        self._pending = rubric
        if now or self.rubric is None:
            self._rebuild()
        else:
            self.timer.start()

    def _rebuild(self):
        rubric, self._pending = self._pending, None
        if rubric is None:
            return
        self.timer.stop()
        self.rubric = rubric
        self.sample.keep_only(rubric)
        while self.body.count() > 1:
            widget = self.body.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)      # gone from the panel now, deleted later
                widget.deleteLater()
        self.rows, self.headers = {}, {}
        groups = [(s.id, s.label(self.language), s.items) for s in rubric.sections]
        for key, title, items in (("bonuses", self.tr("Bonuses"), rubric.bonuses),
                                  ("deductions", self.tr("Form-level deductions"),
                                   rubric.deductions),
                                  ("vetoes", self.tr("Vetoes"), rubric.vetoes)):
            if items:
                groups.append((key, title, items))
        at = 0
        for key, title, items in groups:
            header = QLabel(title)
            header.setObjectName(f"section-{key}")
            header.setStyleSheet("font-size: 15px; font-weight: bold; padding-top: 8px;")
            self.headers[key] = (header, title)
            self.body.insertWidget(at, header)
            at += 1
            for item in items:
                row = make_row(item, self.language)
                row.title.setWordWrap(True)     # the preview is narrower than the checklist
                if item.takes_incidents:
                    row.note.hide()     # a sample's ticks need no note: room for the rule
                    row.tick_requested.connect(self.tick)
                    row.untick_requested.connect(self.untick)
                else:
                    row.value_entered.connect(self.enter_value)
                self.rows[item.id] = row
                self.body.insertWidget(at, row)
                at += 1
        self.score()

    def flush(self):
        """Rebuild now what is waiting for typing to pause."""
        if self._pending is not None:
            self._rebuild()

    # -- the counters -------------------------------------------------------------------------
    def tick(self, item_id, severe=False, amount=None, _note=""):
        incident = {"item": item_id}
        if severe:
            incident["severe"] = True
        if amount is not None:
            incident["amount"] = amount
        self.sample.incidents.setdefault(item_id, []).append(incident)
        self.score()

    def untick(self, item_id):
        rows = self.sample.incidents.get(item_id)
        if rows:
            rows.pop()
            self.score()

    def enter_value(self, item_id, value):
        if value is None:
            self.sample.values.pop(item_id, None)
        else:
            self.sample.values[item_id] = value
        self.score()

    def clear(self):
        self.sample = SampleMonth()
        self.score()

    # -- the engine's figures -----------------------------------------------------------------
    def score(self):
        if self.rubric is None:
            return
        try:
            sheet = self.sample.sheet(self.rubric)
        except RubricError:     # the rubric changed under a tick (a range, severe): start over
            self.sample = SampleMonth()
            sheet = self.sample.sheet(self.rubric)
        result = self.result = evaluate(self.rubric, sheet)
        for item_result in result.items:
            row = self.rows.get(item_result.id)
            if row is not None:
                row.show_result(item_result, self.sample)
        for section in result.sections:
            header, title = self.headers[section.id]
            header.setText(f"{title}   {money(section.score)} / {money(section.max)}")
        for key, amount, sign in (("bonuses", result.bonus, "+"),
                                  ("deductions", result.deducted, "−")):
            if key in self.headers:
                header, title = self.headers[key]
                header.setText(f"{title}   {sign}{money(amount)}" if amount else title)
        grade = (result.grade_en if self.language == "en" else result.grade) or ""
        self.total.setText(f"{money(result.total)} / {money(result.max_total)}  {grade}".strip())
        self.status.setText(self._status(result))

    def _status(self, result):
        parts = []
        if result.missing:
            parts.append(self.tr("%n input(s) not entered (counted as 0)", "",
                                 len(result.missing)))
        if result.vetoed:
            parts.append(self.tr("Veto: %1").replace(
                "%1", self.rubric.item(result.vetoed).label(self.language)))
        if result.pay is not None:
            amount = result.pay.get("amount")
            parts.append(self.tr("Pay: %1 %").replace("%1", f"{money(result.pay['percent'])}")
                         + (f" = {money(amount)}" if amount is not None else ""))
        return " · ".join(parts)
