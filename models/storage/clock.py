"""Local wall-clock timestamps as ISO text: the office PC's time, to the second.

ISO text sorts in time order, so period ranges are plain string comparisons on an index.
"""

from datetime import date, datetime


def now():
    return datetime.now().replace(microsecond=0)


def stamp():
    return now().isoformat(timespec="seconds")


def shown(value):
    """A stored time as people read it, to the minute: '2026-11-29T15:42:10' → '2026-11-29
    15:42' (never the 'T'); a date stays '2026-11-29'; None or '' → ''."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    day, _, time = str(value).strip().partition("T")
    if not time and " " in day:
        day, _, time = day.partition(" ")
    return f"{day} {time[:5]}" if time else day


def to_iso(value, *, what="time"):
    """A datetime, date or ISO string as 'YYYY-MM-DDTHH:MM:SS' local time; ValueError if bad."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{what}: {value!r} is not an ISO date/time "
                             "(YYYY-MM-DD or YYYY-MM-DDTHH:MM)") from None
    if isinstance(value, datetime):
        if value.tzinfo is not None:  # stored times are the office's local time
            value = value.astimezone().replace(tzinfo=None)
        return value.replace(microsecond=0).isoformat(timespec="seconds")
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day).isoformat(timespec="seconds")
    raise ValueError(f"{what}: expected a date/time, got {type(value).__name__}")


def to_day(value, *, what="date"):
    """A date or 'YYYY-MM-DD' string as a date; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from None
    raise ValueError(f"{what}: expected a date, got {type(value).__name__}")
