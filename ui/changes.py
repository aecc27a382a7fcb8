"""The one change hub: every UI action that writes says what kinds of data it changed, every
panel listens and refreshes only what it shows (in the spirit of Anki's OpChanges).

Before, each panel had its own "changed" signal and some were connected to nothing, so a team
added in one place stayed missing in another until a restart. Now a write goes through
`ui.errors.run_op(..., changes={...})`, which reports here once the store has accepted it.
The store's write functions know nothing of this: the UI's op knows what it changed.
"""

from PySide6.QtCore import QObject, Signal

# The kinds of change; a panel compares them with what it shows.
EMPLOYEES = "employees"   # added, edited, (de)activated, imported, demo removed
TEAMS = "teams"           # added, renamed, (de)activated, created by an import
INCIDENTS = "incidents"   # ticks: added, deleted (with reason), restored, approved
VALUES = "values"         # KPI values entered or cleared
FORMS = "forms"           # assessment forms created, signed, re-evaluated, revised
USERS = "users"           # users, PINs, a lead's teams
SETTINGS = "settings"     # any setting (the period, the inspector name, the idle lock …)
RUBRICS = "rubrics"       # rubrics installed or changed
BACKUPS = "backups"       # a backup was taken
SESSION = "session"       # another user signed in: what she may see and do changed (no write)
PERIOD = "period"         # another period is shown (ui/period_picker.py; no write)

KINDS = frozenset({EMPLOYEES, TEAMS, INCIDENTS, VALUES, FORMS, USERS, SETTINGS, RUBRICS,
                   BACKUPS, SESSION, PERIOD})


class ChangeHub(QObject):
    """One signal, `changed(frozenset of kinds)`, emitted after the store took a change."""

    changed = Signal(object)

    def report(self, kinds):
        """Tell every listener; an unknown kind is a bug in the caller, said at once."""
        kinds = frozenset(kinds)
        unknown = kinds - KINDS
        if unknown:
            raise ValueError(f"unknown change kind(s): {', '.join(sorted(unknown))}")
        if kinds:
            self.changed.emit(kinds)
