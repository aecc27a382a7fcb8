"""Month so far: the running assessment of one employee for one period, and what is missing."""

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scoring import money, show
from scoring.result import factor_text, signed
from ui.changes import INCIDENTS, RUBRICS, VALUES
from ui.money_tree import add_money, missing_names, money_of
from ui.shown_reload import ReloadWhenShown
from ui.wrapping import wrap_tree


class MonthPanel(ReloadWhenShown, QWidget):
    """Shows a `models.work.month.MonthView` of the subject (an employee in a period), re-read when
    the hub says her inputs changed — at once when shown, else when shown next. The period is
    picked in the main window's toolbar (ui/period_picker.py), for every tab at once."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.language = session.language
        self.employee = self.period = self.context = None
        self._stale = False
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.total = QLabel()
        self.total.setObjectName("month-total")
        self.total.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.missing = QLabel()
        self.missing.setObjectName("month-missing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b00020;")
        self.tree = QTreeWidget()
        wrap_tree(self.tree)                # a long reason wraps, never "…"
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Section / item"), self.tr("Score"),
                                   self.tr("Why")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 110)

        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addStretch(1)
        top.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.missing)
        layout.addWidget(self.tree, 1)
        session.changes.changed.connect(self._changed)

    def set_subject(self, employee, period, context):
        """Whose month (None: nobody) and the team figures a lead's form takes."""
        self.employee, self.period, self.context = employee, period, context
        self._refresh()

    def _changed(self, kinds):
        if kinds & {INCIDENTS, VALUES, RUBRICS}:
            self._refresh()

    def _refresh(self):
        if self.employee is None:
            self.tree.clear()
            self._stale = False
        elif not self.wait_until_shown():
            from models.work.month import month_so_far  # with the first employee, not at start-up

            self.load(month_so_far(self.session.db, employee_id=self.employee["id"],
                                   period=self.period, context=self.context or None),
                      self.employee)

    def reload_when_shown(self):
        self._refresh()

    def load(self, view, employee):
        result, rubric = view.result, view.rubric
        en = self.language == "en"
        self.period_label.setText(f"{employee['name']} · {view.period.key}")
        grade = (result.grade_en if en else result.grade) or ""
        self.total.setText(f"{money(result.total)} / {money(result.max_total)}  {grade}")
        notes = []
        if result.missing:
            names = [rubric.item(i).label(self.language) for i in result.missing]
            notes.append(self.tr("Missing inputs: %s") % ", ".join(names))
        if result.approval_needed:
            names = [rubric.item(i).label(self.language) for i in result.approval_needed]
            notes.append(self.tr("Awaiting approval: %s") % ", ".join(names))
        found = money_of(view)          # the rubric's money side (its `money:` block), or None
        if found and missing_names(found, en):      # a number line not entered counts 0
            notes.append(self.tr("Money not entered: %s") % ", ".join(missing_names(found, en)))
        complete = not notes
        if complete:
            notes.append(self.tr("Complete: every input is in."))
        self.missing.setText("\n".join(notes))
        self.missing.setStyleSheet("color: #1b5e20;" if complete else "color: #b00020;")
        if result.floored:      # the deductions went below the floor: the total stopped there
            self.total.setText(self.total.text() + "  " + self.tr("(stopped at %1)").replace(
                "%1", show(result.floor)))
        self.tree.clear()
        by_section = {}
        stopped = self.tr("(stopped at 0)")
        for section in result.sections:
            figure = f"{money(section.score)} / {money(section.max)}"
            node = QTreeWidgetItem([rubric_section_label(rubric, section.id, self.language),
                                    figure, stopped if section.floored else ""])
            by_section[section.id] = node
            self.tree.addTopLevelItem(node)
        extra = QTreeWidgetItem([self.tr("Bonuses, deductions and vetoes"),
                                 f"{signed(result.bonus, '+')} / {signed(result.deducted, '−')}",
                                 ""])
        for item_result in result.items:
            item = rubric.item(item_result.id)
            parent = by_section.get(item_result.section, extra)
            why = item_result.why_en if en else item_result.why
            if item_result.on_total is not None:    # a row of a weighted section
                why += "  ·  " + self.tr("×%1 weight: %2 on the total").replace(
                    "%1", factor_text(item_result.factor)).replace(
                    "%2", signed(item_result.on_total))
            QTreeWidgetItem(parent, [item.label(self.language, limit=0), _figure(item_result),
                                     why])
        if extra.childCount():
            self.tree.addTopLevelItem(extra)
        for part in view.included:      # each rubric it includes, with its own lines (issue 13)
            self._add_included(part, result, en)
        add_money(self.tree, found, en)     # its money lines and total, after the points
        self.tree.expandAll()

    def _add_included(self, part, result, en):
        effect = next((p for p in result.included if p.rubric.id == part.rubric.id), None)
        node = QTreeWidgetItem([part.rubric.label(self.language),
                                f"{money(part.result.total)} / {money(part.result.max_total)}",
                                (effect.why_en if en else effect.why) if effect else ""])
        for item_result in part.result.items:
            QTreeWidgetItem(node, [part.rubric.item(item_result.id).label(self.language, limit=0),
                                   _figure(item_result),
                                   item_result.why_en if en else item_result.why])
        self.tree.addTopLevelItem(node)


def rubric_section_label(rubric, section_id, language):
    section = next(s for s in rubric.sections if s.id == section_id)
    return section.label(language)


def _figure(item_result):
    if item_result.na:
        return "N/A"
    for attr, sign in (("score", ""), ("deducted", "−"), ("added", "+")):
        value = getattr(item_result, attr)
        if value is not None:
            return signed(value, sign) if sign else f"{money(value)}"
    return "✗" if item_result.fired else ""
