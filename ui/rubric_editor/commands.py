"""Undo and redo of the editor: every edit is one command holding the data before and after
(a rubric is a few kilobytes: whole copies are simpler and safer than inverse operations)."""

from PySide6.QtGui import QUndoCommand

MERGING = 1     # QUndoCommand.id() of typing into one field: one undo step per field


class EditCommand(QUndoCommand):
    def __init__(self, editor, before, after, *, text, select_before, select_after,
                 merge_key=None):
        super().__init__(text)
        self.editor = editor
        self.before, self.after = before, after
        self.select_before, self.select_after = select_before, select_after
        self.merge_key = merge_key

    def redo(self):
        self.editor.apply(self.after, self.select_after)

    def undo(self):
        self.editor.apply(self.before, self.select_before)

    def id(self):
        return MERGING if self.merge_key is not None else -1

    def mergeWith(self, other):
        """Keys typed into the same field, one after the other, are one step."""
        if other.merge_key != self.merge_key:
            return False
        self.after, self.select_after = other.after, other.select_after
        return True
