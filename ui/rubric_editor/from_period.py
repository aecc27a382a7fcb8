"""The period a rubric version or an assignment applies from: a list around the current period,
by default the period shown (ui/period_picker.py), or the next one no team has closed yet."""

from PySide6.QtWidgets import QComboBox

from models.people.teams import list_teams
from models.results.closing import closing_of
from models.work.periods import current_period

BEFORE, AFTER = 6, 12       # periods offered before and after the current one


def is_closed(db, period, teams):
    for team in teams:
        closing = closing_of(db, team["id"], period)
        if closing is not None and closing["closed"]:
            return True
    return False


def default_from(session):
    """The session's period, or the first after it that no team has closed."""
    teams = list_teams(session.db)
    period = session.period
    for _ in range(AFTER):
        if not is_closed(session.db, period, teams):
            return period
        period = period.next()
    return period


class FromPeriodCombo(QComboBox):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("from-period")
        chosen = default_from(session)
        now = current_period(session.db)
        first, last = sorted((now, chosen), key=lambda p: p.start)
        for _ in range(BEFORE):
            first = first.previous()
        for _ in range(AFTER):
            last = last.next()
        periods, period = [], first
        while period.start <= last.start:
            periods.append(period)
            period = period.next()
        self.periods = periods
        for period in periods:
            text = period.key
            if period == now:
                text = self.tr("%1 (now)").replace("%1", period.key)
            self.addItem(text)
        self.setCurrentIndex(periods.index(chosen))

    @property
    def period(self):
        return self.periods[self.currentIndex()]

    def choose(self, key):
        """Pick the period of `key` (tests and callers that know it)."""
        for index, period in enumerate(self.periods):
            if period.key == key:
                self.setCurrentIndex(index)
                return period
        raise KeyError(key)
