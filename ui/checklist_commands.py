"""Undoable checklist actions. Undo never erases: an undone tick is soft-deleted with a reason.

The first write happens before the command is pushed (so a refused or failed write raises
straight to the caller and nothing lands on the stack); undo and redo report failures through
`on_error`, because exceptions cannot cross Qt's C++ undo stack.
"""

import sqlite3

from PySide6.QtGui import QUndoCommand


class StoreCommand(QUndoCommand):
    def __init__(self, checklist, text, on_error):
        super().__init__(text)
        self.checklist = checklist
        self.on_error = on_error
        self.done = True            # the first redo() comes from push(): already written

    def redo(self):
        if self.done:
            self.done = False
            return
        self._guard(self.apply)

    def undo(self):
        self._guard(self.revert)

    def _guard(self, action):
        try:
            action()
        except (ValueError, OSError, sqlite3.Error) as exc:
            self.checklist.refresh()
            self.on_error(str(exc))


class TickCommand(StoreCommand):
    def __init__(self, checklist, incident_id, *, text, on_error):
        super().__init__(checklist, text, on_error)
        self.incident_id = incident_id

    def apply(self):
        self.checklist.restore(self.incident_id)

    def revert(self):
        self.checklist.untick(self.incident_id, reason="undo")


class UntickCommand(StoreCommand):
    def __init__(self, checklist, incident_id, *, text, on_error):
        super().__init__(checklist, text, on_error)
        self.incident_id = incident_id

    def apply(self):
        self.checklist.untick(self.incident_id, reason="removed at the checklist")

    def revert(self):
        self.checklist.restore(self.incident_id)


class ValueCommand(StoreCommand):
    def __init__(self, checklist, item_id, *, old, new, text, on_error):
        super().__init__(checklist, text, on_error)
        self.item_id = item_id
        self.old, self.new = old, new

    def apply(self):
        self.checklist.set_value(self.item_id, self.new)

    def revert(self):
        self.checklist.set_value(self.item_id, self.old)
