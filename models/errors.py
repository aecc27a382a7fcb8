"""The errors the store raises; every message names the file, row or field it is about."""


class StoreError(Exception):
    """The database file cannot be used: newer, not SQLite, not ours, unreadable.

    `reason` is a stable code ("newer", "not_sqlite", "not_ours", "unreadable", "migration")
    so the UI can show a translated message; str() is a complete English sentence.
    """

    def __init__(self, message, *, path=None, reason="unreadable"):
        super().__init__(message)
        self.path = path
        self.reason = reason


class NotFoundError(LookupError, ValueError):
    """A record id that does not exist (a ValueError too: it is bad input to a function)."""
