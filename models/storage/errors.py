"""The errors the store raises; every message names the file, row or field it is about."""

import sqlite3
from contextlib import contextmanager


class StoreError(OSError):
    """The database file cannot be used or written: newer, not SQLite, not ours, unreadable,
    damaged, read-only, full.

    An OSError, like any other trouble with a file or a disk, so a caller that already handles
    OSError around a write handles these too. `reason` is a stable code ("newer", "not_sqlite",
    "not_ours", "unreadable", "migration", "damaged", "read_only", "disk_full", "locked",
    "io_error", backups: "backup_folder", "backup_failed", "backup_invalid") so the UI can show a
    translated message; str() is a complete English sentence. A damaged file also carries its
    `problems` (strings) and, when one is known, `suggested_backup` (the newest good backup).
    """

    def __init__(self, message, *, path=None, reason="unreadable", problems=(),
                 suggested_backup=None):
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.problems = tuple(problems)
        self.suggested_backup = suggested_backup

    def __str__(self):
        return self.args[0] if self.args else ""


class NotFoundError(LookupError, ValueError):
    """A record id that does not exist (a ValueError too: it is bad input to a function)."""


# What the database's own triggers raise (models/database/migrations.py writes them in): the one
# place that knows the store's refusal texts.
FROZEN_MESSAGE = "signed assessment is frozen"
PERIOD_MESSAGE = "period is signed; make a revision"


class SignedPeriodError(sqlite3.IntegrityError, ValueError):
    """A write into a period whose form is signed, refused by the frozen-period triggers
    (models/database/migrations.py): make a correction (a new revision) of the form to change it.

    Still the IntegrityError SQLite raised (callers catching that keep working) and a refusal
    like any ValueError; `reason` lets the UI say it in the user's language."""

    reason = "signed_period"


def refusal_for(exc):
    """The typed refusal for a trigger's IntegrityError, or None. The triggers can only raise a
    message (PERIOD_MESSAGE above)."""
    if isinstance(exc, sqlite3.IntegrityError) and not isinstance(exc, SignedPeriodError) \
            and str(exc) == PERIOD_MESSAGE:
        return SignedPeriodError(str(exc))
    return None


@contextmanager
def refusals():
    """Around a write (outside its transaction, so the rollback comes first): a trigger's
    refusal leaves as its typed error (SignedPeriodError), anything else unchanged."""
    try:
        yield
    except sqlite3.IntegrityError as exc:
        refusal = refusal_for(exc)
        if refusal is None:
            raise
        raise refusal from exc


# SQLite primary result codes (the low byte of an extended code) that come from the machine,
# not from a bug in a query: the disk, the file's permissions, another program, damage.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_PERM = 3
_WRITE_FAILURES = {
    _SQLITE_FULL: ("disk_full", "the disk is full"),
    _SQLITE_READONLY: ("read_only", "the database file or its folder is read-only"),
    _PERM: ("read_only", "the database file or its folder is read-only"),
    _SQLITE_BUSY: ("locked", "another program is holding the database"),
    _SQLITE_LOCKED: ("locked", "another program is holding the database"),
    _SQLITE_IOERR: ("io_error", "the disk reported an input/output error"),
    _SQLITE_CANTOPEN: ("io_error", "the database file cannot be opened any more"),
    _SQLITE_CORRUPT: ("damaged", "the database file is damaged"),
    _SQLITE_NOTADB: ("damaged", "the database file is damaged"),
}


def _file_of(db):
    try:
        conn = getattr(db, "conn", db)
        return conn.execute("PRAGMA database_list").fetchone()[2] or None
    except (sqlite3.Error, AttributeError, TypeError):
        return None


def store_error_for(exc, *, what="the change", db=None):
    """The StoreError that explains a failed write, or None when `exc` is not the machine's
    fault (a constraint, a trigger's refusal, a bug in a query stay what they are)."""
    if isinstance(exc, (sqlite3.IntegrityError, sqlite3.ProgrammingError,
                        sqlite3.InterfaceError)):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    found = _WRITE_FAILURES.get(code & 0xFF)
    if found is None:
        return None
    reason, cause = found
    path = _file_of(db) if db is not None else None
    where = f" ({path})" if path else ""
    tail = {
        "damaged": "stop working in it and restore the newest good backup (nothing is "
                   "repaired or overwritten automatically)",
        "disk_full": "everything saved before is safe; free some space and try again",
        "read_only": "everything saved before is safe; make the file writable and try again",
        "locked": "everything saved before is safe; close the other program and try again",
    }.get(reason, "everything saved before is safe; check the disk and try again")
    return StoreError(f"{what[:1].upper()}{what[1:]} was not saved: {cause}{where}; {tail}.",
                      path=path, reason=reason)


@contextmanager
def write_errors(what="the change", *, db=None):
    """Turn a write that SQLite refused for a reason of the machine (disk full, read-only,
    locked, I/O error, damage) into a StoreError with a plain message; nothing else changes.

        with write_errors("the tick", db=db):
            incidents.add_incident(db, ...)

    Also usable as a decorator. The write functions already run in one transaction each, so
    when this raises, the failed change has been rolled back and everything committed before
    is still there.
    """
    try:
        yield
    except sqlite3.Error as exc:
        error = store_error_for(exc, what=what, db=db)
        if error is None:
            raise
        raise error from exc
