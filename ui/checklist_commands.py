"""Undoable checklist actions. Undo never erases: an undone tick is soft-deleted with a reason.

The first write happens before the command is pushed (so a refused or failed write leaves
nothing on the stack). Undo and redo write through the widget's `write` (ui/errors.run_op):
it reports the change to the hub, or says why not — it never raises a refusal, which could not
cross Qt's C++ undo stack anyway.
"""

from PySide6.QtGui import QUndoCommand

from ui.changes import INCIDENTS, VALUES


class StoreCommand(QUndoCommand):
    def __init__(self, checklist, text, write):
        super().__init__(text)
        self.checklist = checklist
        self.write = write          # ChecklistWidget.write(doing, action, *args, changes=…)
        self.done = True            # the first redo() comes from push(): already written

    def redo(self):
        if self.done:
            self.done = False
            return
        self.apply()

    def undo(self):
        self.revert()


class TickCommand(StoreCommand):
    def __init__(self, checklist, incident_id, *, text, write):
        super().__init__(checklist, text, write)
        self.incident_id = incident_id

    def apply(self):
        self.write(self.text(), self.checklist.restore, self.incident_id, changes={INCIDENTS})

    def revert(self):
        self.write(self.text(), self.checklist.untick, self.incident_id, reason="undo",
                   changes={INCIDENTS})


class UntickCommand(StoreCommand):
    def __init__(self, checklist, incident_id, *, text, write):
        super().__init__(checklist, text, write)
        self.incident_id = incident_id

    def apply(self):
        self.write(self.text(), self.checklist.untick, self.incident_id,
                   reason="removed at the checklist", changes={INCIDENTS})

    def revert(self):
        self.write(self.text(), self.checklist.restore, self.incident_id, changes={INCIDENTS})


class ValueCommand(StoreCommand):
    def __init__(self, checklist, item_id, *, old, new, text, write):
        super().__init__(checklist, text, write)
        self.item_id = item_id
        self.old, self.new = old, new

    def apply(self):
        self.write(self.text(), self.checklist.set_value, self.item_id, self.new,
                   changes={VALUES})

    def revert(self):
        self.write(self.text(), self.checklist.set_value, self.item_id, self.old,
                   changes={VALUES})
