"""Coverage during the month: for every employee, the entries (ticks) made this period, the KPI
values entered, and the last time anyone inspected her, so that nobody is forgotten until the
month's last day. One query for the whole list (indexed sub-queries per employee).

No sampling target: the rubric contract (docs/rubric-contract.md) has no field for how many
entries an employee should get a month. The "每人每月抽检拨测座席代表录音60条" of the 12580
lead's and coach's rubrics is a `shortfall: {target: 60}` item on *their own* form (the count of
recordings they checked, entered as a value), not a target of entries per employee; and a rubric
with an unknown key is refused. So coverage is the counts and the days since, without a target.

The last inspection is the latest of an employee's ticks (not deleted) and of her `inspections`
rows, as of `as_of`: the period's last day, or today while the period runs.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from models.storage import clock
from models.work.periods import resolve


@dataclass(frozen=True)
class Coverage:
    employee_id: int
    entries: int              # ticks (incident lines, not deleted) dated in the period
    occurrences: int          # the same ticks' counts added up
    values: int               # KPI values entered for the period
    last_at: str | None       # the last tick or inspection up to `as_of` (ISO), any period
    days_since: int | None    # days from last_at's day to `as_of`; None: never inspected

    @property
    def none_yet(self):
        """No entry yet this period: the employee nobody has looked at."""
        return self.entries == 0


COVERAGE_SQL = """
SELECT e.id,
  (SELECT count(*) FROM incidents i WHERE i.employee_id = e.id AND i.deleted_at IS NULL
     AND i.at >= :low AND i.at < :high),
  (SELECT coalesce(sum(i.count), 0) FROM incidents i WHERE i.employee_id = e.id
     AND i.deleted_at IS NULL AND i.at >= :low AND i.at < :high),
  (SELECT count(*) FROM kpi_values k WHERE k.employee_id = e.id AND k.period = :key),
  (SELECT max(i.at) FROM incidents i WHERE i.employee_id = e.id AND i.deleted_at IS NULL
     AND i.at < :until),
  (SELECT max(s.started_at) FROM inspections s WHERE s.employee_id = e.id
     AND s.started_at < :until)
FROM employees e
"""


def as_of_day(period, today=None):
    """The day coverage is counted to: today while `period` runs, else its last day (its
    first day for a period not begun)."""
    today = clock.to_day(today, what="today") if today is not None else date.today()
    return max(period.start, min(today, period.end))


def period_coverage(db, period, *, today=None, employee_ids=None):
    """{employee_id: Coverage} for every employee (or those in `employee_ids`) in `period`
    (a Period or its key)."""
    period = resolve(db, period)
    as_of = as_of_day(period, today)
    low, high = period.bounds
    params = {"low": low, "high": high, "key": period.key,
              "until": (as_of + timedelta(days=1)).isoformat()}
    wanted = None if employee_ids is None else set(employee_ids)
    out = {}
    for employee_id, entries, occurrences, values, tick, inspected in db.execute(
            COVERAGE_SQL, params):
        if wanted is not None and employee_id not in wanted:
            continue
        last = max(filter(None, (tick, inspected)), default=None)
        days = None if last is None else (as_of - date.fromisoformat(last[:10])).days
        out[employee_id] = Coverage(employee_id, entries, occurrences, values, last, days)
    return out
