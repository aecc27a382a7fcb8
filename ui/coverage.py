"""Coverage in the employee list: a column with each employee's entries this period and the days
since her last inspection, and a filter "No entry yet this period", so that nobody is forgotten
until the month's last day. The figures are models.work.coverage's (one query for the list);
this module only words and colours them.

The rubrics name no sampling target (see models/work/coverage.py), so the column shows counts
and days, not a share of a target."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox

from models.storage import clock

RED = QColor("#b00020")
AMBER = QColor("#8a5a00")
STALE_DAYS = 7                  # a week without anyone looking: the days show in amber


class Words(QObject):
    """The column's words (a QObject: lupdate finds its tr() calls, numerus ones too)."""

    def header(self):
        return self.tr("This period")

    def cell_text(self, coverage):
        """"3 · 2 d": entries this period and days since the last inspection; "none yet"."""
        if coverage is None:
            return ""
        text = self.tr("none yet") if coverage.none_yet else str(coverage.entries)
        if coverage.days_since is not None:
            text += " · " + self.tr("%n d", "", coverage.days_since)
        return text

    def tooltip(self, coverage):
        if coverage is None:
            return None
        lines = [self.tr("%n entry(ies) this period", "", coverage.entries)
                 if coverage.entries else self.tr("No entry yet this period")]
        if coverage.occurrences > coverage.entries:
            lines.append(self.tr("%n occurrence(s) in them", "", coverage.occurrences))
        if coverage.values:
            lines.append(self.tr("%n KPI value(s) entered", "", coverage.values))
        if coverage.last_at is None:
            lines.append(self.tr("Never inspected"))
        else:
            lines.append(self.tr("Last inspection: %1 (%n day(s) ago)", "",
                                 coverage.days_since).replace("%1",
                                                              clock.shown(coverage.last_at)))
        return "\n".join(lines)


WORDS = Words()


def header():
    return WORDS.header()


def cell_text(coverage):
    return WORDS.cell_text(coverage)


def tooltip(coverage):
    return WORDS.tooltip(coverage)


def sort_key(coverage):
    """Fewest entries first (none yet before all), then the longest since the last inspection
    (never inspected before all): a number, as the proxy model compares numbers."""
    if coverage is None:
        return 10 ** 9
    days = 9_999 if coverage.days_since is None else min(coverage.days_since, 9_998)
    return coverage.entries * 10_000 + (9_999 - days)


def colour(coverage):
    if coverage is None:
        return None
    if coverage.none_yet:
        return RED
    if coverage.days_since is not None and coverage.days_since >= STALE_DAYS:
        return AMBER
    return None


def data(coverage, role, sort_role):
    """The COVERAGE column's data for one employee (ui/employee_list.py's model)."""
    if role == Qt.DisplayRole:
        return cell_text(coverage)
    if role == sort_role:
        return sort_key(coverage)
    if role == Qt.ForegroundRole:
        return colour(coverage)
    if role == Qt.ToolTipRole:
        return tooltip(coverage)
    if role == Qt.TextAlignmentRole:
        return int(Qt.AlignRight | Qt.AlignVCenter)
    return None


def read(db, period):
    """{employee_id: Coverage} of every employee in `period` (one query)."""
    from models.work.coverage import period_coverage

    return period_coverage(db, period)


def keep(rows, coverage, *, none_yet, chosen=None):
    """The rows the filter lets through: with `none_yet`, those without an entry this period
    (and the employee open now, who must not vanish while her checklist is in use)."""
    if not none_yet:
        return rows
    return [row for row in rows if row["id"] == chosen or (
        coverage.get(row["id"]) is not None and coverage[row["id"]].none_yet)]


class NoEntryFilter(QCheckBox):
    """"No entry yet this period": the employees nobody has inspected yet."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setText(self.tr("No entry yet"))
        self.setToolTip(self.tr("Show only the employees without an entry this period"))
