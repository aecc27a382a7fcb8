"""Who works on which store, in which language: one object, made once by the main window and
handed to every panel and dialog.

Before, who was acting travelled as loose `inspector`, `allowed`, `user_id` and `db_path`
arguments, often as "" — so some writes were audited with no actor at all. Now every panel asks
the session: `session.actor` for the audit trail and the ticks, `session.allowed(...)` for what
the signed-in user may do, `session.changes` to report and hear changes (ui/changes.py),
`session.period` for the period every tab shows (one picker drives them all).
"""

from pathlib import Path

from models.database.store import database_path
from models.people import access
from models.work import settings
from models.work.periods import current_period
from ui.changes import PERIOD, SESSION, ChangeHub


class Session:
    def __init__(self, db, *, user=None, language="zh", path=None, changes=None):
        self.db = db
        # The signed-in user (models.people.access.signed_in_user: with team_ids); None in open
        # mode.
        self.user = user
        self.language = language
        # The file behind the store, for workers' own connections; None for an in-memory one.
        self.path = Path(path) if path else database_path(db)
        self.changes = changes if changes is not None else ChangeHub()
        self._period = None

    @property
    def user_id(self):
        return self.user["id"] if self.user else None

    @property
    def role(self):
        return self.user["role"] if self.user else None

    @property
    def actor(self):
        """Who acts, for the audit trail and the ticks: the signed-in user (the evidence must
        say who) as a `UserActor`, so the store checks her role too (models.people.access); in
        open mode the inspector's name from the settings, else `access.NO_SIGN_IN` (never "":
        the audit trail refuses an event without an actor). Read at each write, so a name saved
        in the settings counts from the next write on — not for that save."""
        if self.user is not None:
            return access.UserActor(self.user)
        return (settings.get(self.db, "inspector_name") or "").strip() or access.NO_SIGN_IN

    def allowed(self, action, team_id=None):
        """May the signed-in user (anyone, in open mode) do `action` (on `team_id`)?"""
        return access.can(self.user, action, team_id=team_id)

    @property
    def team_filter(self):
        """The teams whose people she sees: None for all, else a frozenset of ids."""
        return access.team_filter(self.user)

    @property
    def period(self):
        """The period every tab shows (the period picker's); at first the current one by the
        period settings."""
        if self._period is None:
            self._period = current_period(self.db)
        return self._period

    def show_period(self, period):
        """Show `period` (a models.work.periods.Period) in every tab: each panel hears it
        through the hub (kind "period") and reads `session.period`."""
        if period != self.period:
            self._period = period
            self.changes.report({PERIOD})

    def sign_in(self, user):
        """Another user (or, with None, nobody: open mode) works from now on; every panel
        hears it through the hub and shows what she may see."""
        self.user = user
        self.changes.report({SESSION})
