"""The employee's inspection history: who ticked what, when, with which note; delete with reason."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import INCIDENTS
from ui.errors import run_op
from ui.shown_reload import ReloadWhenShown

COLUMNS = ("at", "by", "item", "detail", "note", "status")


class HistoryView(ReloadWhenShown, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.language = session.language
        self.employee_id = None
        self.rubric = None
        self._stale = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Item"), self.tr("Detail"),
            self.tr("Note"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.delete_button = QPushButton(self.tr("Delete with reason…"))
        self.delete_button.setMinimumHeight(40)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.changes.changed.connect(self._changed)

    def set_subject(self, employee_id, rubric):
        """The employee shown (None: nobody); read now if shown, else when shown."""
        self.employee_id, self.rubric = employee_id, rubric
        self._refresh()

    def _changed(self, kinds):
        if INCIDENTS in kinds:      # ticked, deleted or restored anywhere
            self._refresh()

    def _refresh(self):
        if self.employee_id is None:
            self.table.setRowCount(0)
        elif not self.wait_until_shown():
            self.load(self.employee_id, self.rubric)

    def reload_when_shown(self):
        self._refresh()

    def load(self, employee_id, rubric=None):
        self.employee_id = employee_id
        self.rubric = rubric
        self._stale = False
        from models.work import incidents  # with the first employee, not at start-up

        rows = incidents.history(self.db, employee_id=employee_id)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["at"].replace("T", " ")[:16], row.get("created_by") or "",
                      self._item_label(row), self._detail(row), row.get("note") or "",
                      self._status(row))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c == 0:
                    cell.setData(Qt.UserRole, row["id"])
                if row.get("deleted_at"):
                    cell.setForeground(Qt.gray)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

    def _item_label(self, row):
        item = self.rubric.item(row["item_id"]) if self.rubric else None
        # whole (the column widens to it), never cut with "…"
        return (item.label(self.language, limit=0) if item
                else row.get("item_text") or row["item_id"])

    def _detail(self, row):
        parts = [f"×{row['count']}"]
        if row.get("severe"):
            parts.append(self.tr("severe"))
        if row.get("amount") is not None:
            parts.append(str(row["amount"]))
        return " ".join(parts)

    def _status(self, row):
        if row.get("deleted_at"):
            return self.tr("deleted: %s") % (row.get("deleted_reason") or "")
        return ""

    def selected_incident(self):
        items = self.table.selectedItems()
        if not items:
            return None
        return self.table.item(items[0].row(), 0).data(Qt.UserRole)

    def delete_selected(self, *, reason=None):
        incident_id = self.selected_incident()
        if incident_id is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Delete entry"),
                                              self.tr("Why is this entry deleted?"))
            if not ok:
                return False
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Delete entry"),
                                self.tr("A reason is required to delete an entry."))
            return False
        from models.work import incidents

        by = self.session.actor
        # The table, the checklist and the month re-read through the hub.
        return run_op(self.session, self, lambda: incidents.delete_incident(
                          self.db, incident_id, by=by, reason=reason.strip()),
                      doing=self.tr("Delete entry"), changes={INCIDENTS}).ok
