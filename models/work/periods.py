"""Assessment periods: months (calendar or e.g. 26th→25th), quarters and years.

Keys: "2026-11", "2026-Q4", "2026". A custom month starting on day d > 1 is named after the
calendar month holding most of its days: when d ≤ 15 the month it starts in, otherwise the
month it ends in (start day 26: "2026-11" is 26 Oct – 25 Nov). Quarters and years are three
and twelve such months, so every day belongs to exactly one period of each kind.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

KINDS = ("month", "quarter", "year")
KEY = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def _check_start_day(start_day):
    if isinstance(start_day, bool) or not isinstance(start_day, int) or not 1 <= start_day <= 28:
        raise ValueError(f"period start day must be 1–28 (got {start_day!r})")


def _shift(year, month, by):
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _month_range(year, month, start_day):
    """First and last day of the (custom) month named year-month."""
    if start_day == 1:
        first = date(year, month, 1)
    else:
        y, m = (year, month) if start_day <= 15 else _shift(year, month, -1)
        first = date(y, m, start_day)
    ny, nm = _shift(first.year, first.month, 1)
    return first, date(ny, nm, first.day) - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    key: str
    start: date            # first day
    end: date              # last day, inclusive
    kind: str = "month"
    start_day: int = 1

    def contains(self, when):
        """A date, datetime or ISO string inside this period?"""
        if isinstance(when, str):
            when = datetime.fromisoformat(when)
        if isinstance(when, datetime):
            when = when.date()
        return self.start <= when <= self.end

    @property
    def bounds(self):
        """[start, end) as ISO text, for `at >= ? AND at < ?` on the indexes."""
        return self.start.isoformat(), (self.end + timedelta(days=1)).isoformat()

    def previous(self):
        return period_of(self.start - timedelta(days=1), kind=self.kind,
                         start_day=self.start_day)

    def next(self):
        return period_of(self.end + timedelta(days=1), kind=self.kind, start_day=self.start_day)


def make_period(kind, year, number=1, *, start_day=1):
    """Month `number` 1–12, quarter 1–4, or the year."""
    _check_start_day(start_day)
    if kind == "month":
        first, last = _month_range(year, number, start_day)
        return Period(f"{year:04d}-{number:02d}", first, last, kind, start_day)
    if kind == "quarter":
        first, _ = _month_range(year, 3 * number - 2, start_day)
        _, last = _month_range(year, 3 * number, start_day)
        return Period(f"{year:04d}-Q{number}", first, last, kind, start_day)
    if kind == "year":
        first, _ = _month_range(year, 1, start_day)
        _, last = _month_range(year, 12, start_day)
        return Period(f"{year:04d}", first, last, kind, start_day)
    raise ValueError(f"period kind must be one of {', '.join(KINDS)} (got {kind!r})")


def period_of(day, *, kind="month", start_day=1):
    """The period of `kind` that holds `day` (a date or datetime)."""
    _check_start_day(start_day)
    if isinstance(day, datetime):
        day = day.date()
    year, month = day.year, day.month
    if start_day > 1 and start_day <= 15 and day.day < start_day:
        year, month = _shift(year, month, -1)
    elif start_day > 15 and day.day >= start_day:
        year, month = _shift(year, month, 1)
    if kind == "month":
        return make_period("month", year, month, start_day=start_day)
    if kind == "quarter":
        return make_period("quarter", year, (month - 1) // 3 + 1, start_day=start_day)
    return make_period(kind, year, start_day=start_day)


def parse_period(key, *, start_day=1):
    """"2026-11", "2026-Q4" or "2026" → Period; ValueError naming the key otherwise."""
    match = KEY.match(str(key).strip())
    if not match or (match.group(2) and not 1 <= int(match.group(2)) <= 12):
        raise ValueError(f"period {key!r}: expected YYYY-MM, YYYY-Qn or YYYY")
    year = int(match.group(1))
    if match.group(2):
        return make_period("month", year, int(match.group(2)), start_day=start_day)
    if match.group(3):
        return make_period("quarter", year, int(match.group(3)), start_day=start_day)
    return make_period("year", year, start_day=start_day)


def current_period(db, day=None, *, kind=None):
    """The period holding `day` (default today) under the stored period settings."""
    from models.work import settings

    return period_of(day or date.today(), kind=kind or settings.get(db, "period_kind"),
                     start_day=settings.get(db, "period_start_day"))


def resolve(db, period):
    """A Period as given, or a key parsed with the stored start day."""
    if isinstance(period, Period):
        return period
    from models.work import settings

    return parse_period(period, start_day=settings.get(db, "period_start_day"))
