"""The Forms tab's table, the period's dashboard: one row per form (models.forms.dashboard_rows)
with its score, grade, state, who signs next and the deadline; sorted by any column (click its
header), filtered by where the forms stand. It only shows what the model computed."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from scoring import money
from ui.form_state_names import state_name

COLUMNS = ("code", "name", "revision", "score", "grade", "state", "next", "due")
SORT_KEY = Qt.UserRole + 1          # what a column sorts by (numbers as numbers, dates as text)
RED = QColor("#b00020")
GREY = QColor("#666666")
STEPS = ("appraiser", "employee", "reviewer", "lock")


class SortItem(QTableWidgetItem):
    def __lt__(self, other):
        return self.data(SORT_KEY) < other.data(SORT_KEY)


class FormsTable(QTableWidget):
    def __init__(self, language, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.language = language
        self.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Name"), self.tr("Rev."), self.tr("Score"),
            self.tr("Grade"), self.tr("State"), self.tr("Next to sign"), self.tr("Deadline")])
        tips = {"score": self.tr("Total / maximum. A draft's score is provisional: it follows "
                                 "the checklist until the appraiser signs."),
                "next": self.tr("Who must sign next"),
                "due": self.tr("The employee's deadline to sign (set when the appraiser "
                               "signs)")}
        for name, tip in tips.items():
            self.horizontalHeaderItem(self.column(name)).setToolTip(tip)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(36)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.AscendingOrder)

    @staticmethod
    def column(name):
        return COLUMNS.index(name)

    def form_at(self, row):
        return self.item(row, 0).data(Qt.UserRole)

    def row_of(self, code):
        """The table row (as sorted now) of the employee with 工号 `code`, or None."""
        return next((r for r in range(self.rowCount()) if self.item(r, 0).text() == code),
                    None)

    def fill(self, rows):
        from models.forms.dashboard import STATE_ORDER

        self.setSortingEnabled(False)       # rows are put where they were given, then sorted
        self.clearContents()
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = {
                "code": (row.code, row.code),
                "name": (row.name, row.name),
                "revision": (str(row.revision), row.revision),
                "score": self._score(row),
                "grade": (self._grade(row), self._grade(row)),
                "state": (state_name(row.state), STATE_ORDER.index(row.state)),
                "next": self._next(row),
                "due": self._due(row),
            }
            for c, name in enumerate(COLUMNS):
                text, key = cells[name]
                cell = SortItem(text)
                cell.setData(Qt.UserRole, row.id)
                cell.setData(SORT_KEY, key)
                self.setItem(r, c, cell)
            self._mark(r, row)
        self.setSortingEnabled(True)        # sorts by the column and order chosen last
        # The revision only when there is a correction (a revision 2 or more) to tell apart.
        self.setColumnHidden(self.column("revision"), all(row.revision == 1 for row in rows))
        # A grade only when some rubric grades (an empty column looked broken).
        self.setColumnHidden(self.column("grade"), not any(self._grade(row) for row in rows))
        self.resizeColumnsToContents()
        for c in range(len(COLUMNS) - 1):   # room to breathe (bold red text is wider)
            self.setColumnWidth(c, self.columnWidth(c) + 8)

    def apply_filter(self, stage, rows):
        """Show the forms at `stage` (models.forms.dashboard.STAGES; None: all)."""
        stages = {row.id: row.stage for row in rows}
        for r in range(self.rowCount()):
            self.setRowHidden(r, stage is not None and stages[self.form_at(r)] != stage)

    # -- the cells ---------------------------------------------------------------------------
    def _score(self, row):
        if row.total is None:
            return "—", -1.0
        text = f"{money(row.total)} / {money(row.max_total)}"
        if row.provisional:
            text += "  " + self.tr("provisional")
        return text, float(row.total)

    def _grade(self, row):
        return (row.grade_en if self.language == "en" else row.grade) or ""

    def _next(self, row):
        if row.next_step is None:
            return "—", len(STEPS)
        role = {"appraiser": self.tr("Appraiser"), "employee": self.tr("Employee"),
                "reviewer": self.tr("Reviewer"), "lock": self.tr("Reviewer's lock")}[
            row.next_step]
        names = (", " if self.language == "en" else "、").join(row.next_names)
        text = self.tr("%1: %2").replace("%1", role).replace("%2", names) if names else role
        return text, STEPS.index(row.next_step)

    def _due(self, row):
        if row.due is None:
            return "", "9999"
        text = row.due.isoformat()
        if row.days_overdue:        # on a second line: the column stays narrow
            text += "\n" + self.tr("overdue by %n day(s)", "", row.days_overdue)
        return text, row.due.isoformat()

    def _mark(self, r, row):
        """Colours and tooltips: a provisional score grey and italic, an overdue deadline red."""
        score = self.item(r, self.column("score"))
        if row.provisional:
            score.setForeground(QBrush(GREY))
            font = QFont(score.font())
            font.setItalic(True)
            score.setFont(font)
            tip = self.tr("A draft: the live score, which follows every tick until the "
                          "appraiser signs.")
            if row.needs_reevaluation:
                tip += "\n" + self.tr("The team's results changed: re-evaluate the form "
                                      "before signing it.")
            score.setToolTip(tip)
        if row.problem:
            score.setToolTip(row.problem)
        state = self.item(r, self.column("state"))
        if row.dispute_reason and row.state == "disputed":
            state.setToolTip(self.tr("Disputed: %s") % row.dispute_reason)
        elif row.sha256:
            state.setToolTip(f"SHA-256 {row.sha256}")
        if row.days_overdue:
            for name in ("due", "next"):
                cell = self.item(r, self.column(name))
                cell.setForeground(QBrush(RED))
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
