"""The Results tab's table: one row per form of the period (models.results.MemberResult) with
its total, grade, rank, stars, pay share and amount, streak consequence and state; sorted by any
column (click its header: the Rank column sorts in the results' own order, group by group).

While a team's results are provisional (a form still open), its ranks and stars are grey and
italic (any open form can still move them), and so are a draft's own figures (its total follows
the checklist). It only shows what the model computed."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from scoring import money
from ui.form_state_names import state_name

COLUMNS = ("team", "code", "name", "total", "grade", "rank", "stars", "pay_percent", "pay",
           "money", "consequence", "state")
SORT_KEY = Qt.UserRole + 1
GREY = QColor("#6b6b6b")
RED = QColor("#b00020")
ROW_HEIGHT = 40                 # a finger's width: rows are picked on a touch screen too


class SortItem(QTableWidgetItem):
    def __lt__(self, other):
        return self.data(SORT_KEY) < other.data(SORT_KEY)


def stars_text(stars, classes):
    """★★★☆☆: the stars given, out of the group's classes."""
    if stars is None:
        return ""
    return "★" * stars + "☆" * max(0, classes - stars)


class ResultsTable(QTableWidget):
    def __init__(self, language, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.language = language
        self.members = {}           # form id → (TeamResult, MemberResult)
        self.setHorizontalHeaderLabels([
            self.tr("Team"), self.tr("No."), self.tr("Name"), self.tr("Total"),
            self.tr("Grade"), self.tr("Rank"), self.tr("Stars"), self.tr("Pay %"),
            self.tr("Pay"), self.tr("Money"), self.tr("Consequence"), self.tr("Form")])
        tips = {
            "rank": self.tr("Rank within the team and rubric; equal totals share the better "
                            "rank. Sorting by this column shows the results' own order."),
            "stars": self.tr("Stars by forced distribution within the team and rubric"),
            "pay_percent": self.tr("Share of the performance pay, by the rubric's pay rule"),
            "pay": self.tr("Performance pay amount"),
            "money": self.tr("The rubric's money side: the form's own lines (per ticket, fines, "
                             "rewards), then the star wage, streak rewards and team lines"),
            "consequence": self.tr("Streak rules of the rubric reached this period (e.g. "
                                   "below the line twice running)"),
            "state": self.tr("Where the form stands in its signing"),
        }
        for name, tip in tips.items():
            self.horizontalHeaderItem(self.column(name)).setToolTip(tip)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setMinimumSectionSize(40)
        self.setSortingEnabled(True)
        self.sortByColumn(self.column("rank"), Qt.AscendingOrder)

    @staticmethod
    def column(name):
        return COLUMNS.index(name)

    def form_at(self, row):
        return self.item(row, 0).data(Qt.UserRole)

    def member_at(self, row):
        """The MemberResult shown in `row` (as sorted now)."""
        return self.members[self.form_at(row)][1]

    def row_of(self, code):
        """The table row (as sorted now) of the employee with 工号 `code`, or None."""
        column = self.column("code")
        return next((r for r in range(self.rowCount()) if self.item(r, column).text() == code),
                    None)

    def text(self, code, name):
        """What the cell of column `name` shows for 工号 `code` (tests, at a glance)."""
        row = self.row_of(code)
        return None if row is None else self.item(row, self.column(name)).text()

    def fill(self, results, *, many_teams):
        """Every member of `results` (a PeriodResults), in the results' order."""
        from models.forms.dashboard import STATE_ORDER

        self.setSortingEnabled(False)
        self.clearContents()
        rows = [(team, member) for team in results.teams for member in team.members]
        self.members = {member.form_id: (team, member) for team, member in rows}
        self.setRowCount(len(rows))
        for r, (team, member) in enumerate(rows):
            classes = next((len(g.cutoffs) for g in team.groups
                            if g.rubric_id == member.rubric_id), 0)
            cells = {
                "team": (team.name, team.name),
                "code": (member.code, member.code),
                "name": self._name(member),
                "total": self._figure(member.total),
                "grade": (self._grade(member), _number(member.total)),
                "rank": self._rank(member, r),
                "stars": (stars_text(member.stars, classes),
                          -1 if member.stars is None else member.stars),
                "pay_percent": self._percent(member.pay_percent),
                "pay": self._figure(member.pay_amount, ""),
                "money": self._figure(member.money and member.money.total, ""),
                "consequence": self._consequence(member),
                "state": (state_name(member.state), STATE_ORDER.index(member.state)
                          if member.state in STATE_ORDER else -1),
            }
            for c, name in enumerate(COLUMNS):
                text, key = cells[name]
                cell = SortItem(text)
                cell.setData(Qt.UserRole, member.form_id)
                cell.setData(SORT_KEY, key)
                if name in ("total", "rank", "stars", "pay_percent", "pay", "money"):
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.setItem(r, c, cell)
            self._mark(r, team, member)
        self.setSortingEnabled(True)
        self.setColumnHidden(self.column("team"), not many_teams)
        self.setColumnHidden(self.column("pay_percent"), all(
            m.pay_percent is None for _t, m in rows))
        self.setColumnHidden(self.column("pay"), all(m.pay_amount is None for _t, m in rows))
        self.setColumnHidden(self.column("money"), all(m.money is None for _t, m in rows))
        self.resizeColumnsToContents()
        for c in range(len(COLUMNS) - 1):   # room to breathe; a long name is cut (tooltip)
            width = self.columnWidth(c) + 6
            self.setColumnWidth(c, min(width, 150) if COLUMNS[c] == "name" else width)

    # -- the cells ---------------------------------------------------------------------------
    def _name(self, member):
        text = member.name
        if member.lead:
            text = self.tr("%1 (team lead)").replace("%1", member.name)
        return text, member.name

    @staticmethod
    def _figure(value, none="—"):
        return (none, -1.0) if value is None else (f"{money(value)}", float(value))

    @staticmethod
    def _percent(value):
        return ("", -1.0) if value is None else (f"{money(value)}%", float(value))

    def _grade(self, member):
        return (member.grade_en if self.language == "en" else member.grade) or ""

    def _rank(self, member, position):
        if member.excluded:
            return self.tr("not ranked"), position
        return ("—" if member.rank is None else str(member.rank)), position

    def _consequence(self, member):
        labels = [(c.get("label_en") or c["label"]) if self.language == "en" else c["label"]
                  for c in member.consequences]
        text = ", ".join(labels) if self.language == "en" else "、".join(labels)
        return text, text or "\uffff"       # rows without one after those with one

    def _mark(self, r, team, member):
        """Grey italic for what may still move; red for a consequence or a problem."""
        group = next((g for g in team.groups if g.rubric_id == member.rubric_id), None)
        rank_tip = [] if group is None or member.rank is None else [
            f"{member.rubric_name}: {member.rank} / {group.count}"]
        live = ["total", "grade", "pay_percent", "pay"] if member.provisional else []
        # money moves with the form's lines and with the stars (a star wage)
        moving = live + ([] if team.final else ["rank", "stars"])
        if member.provisional or not team.final:
            moving.append("money")
        for name in moving:
            cell = self.item(r, self.column(name))
            cell.setForeground(QBrush(GREY))
            font = QFont(cell.font())
            font.setItalic(True)
            cell.setFont(font)
        if member.provisional:
            self.item(r, self.column("total")).setToolTip(self.tr(
                "A draft: the live total, which follows every tick until the appraiser "
                "signs."))
        if not team.final:
            rank_tip.append(self.tr("Provisional: ranks and stars may change until every "
                                    "form of the team is locked."))
        if member.excluded:
            rank_tip.append(self.tr("On probation: not ranked and not counted in the stars."))
        self.item(r, self.column("rank")).setToolTip("\n".join(rank_tip))
        self.item(r, self.column("name")).setToolTip(
            f"{member.name} ({member.code}) · {member.rubric_name} v{member.rubric_version}")
        consequence = self.item(r, self.column("consequence"))
        if member.consequences:
            consequence.setForeground(QBrush(RED))
            font = QFont(consequence.font())
            font.setBold(True)
            consequence.setFont(font)
        if member.problem:
            total = self.item(r, self.column("total"))
            total.setForeground(QBrush(RED))
            total.setToolTip(member.problem)
        state = self.item(r, self.column("state"))
        if member.needs_reevaluation:
            state.setToolTip(self.tr("The team's results changed: re-evaluate the form "
                                     "before signing it."))


def _number(value):
    return -1.0 if value is None else float(value)
