"""The audit trail viewer: who did what and when, to which record and what changed (in words:
ui/audit_words.py), with filters and a check of the hash chain."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.audit.chain import verify_chain
from models.audit.query import entities, search_events
from models.storage import clock
from ui.audit_words import EventWords, entity_name
from ui.screen_fit import fit_to_screen


class AuditDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.db = db = session.db
        self.language = session.language
        self.setWindowTitle(self.tr("Audit trail"))
        fit_to_screen(self, 1100, 680)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Everything"), None)
        for name in entities(db):
            self.entity.addItem(entity_name(name), name)
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("who"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("contains"))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("from (2026-11-01)"))
        for widget in (self.actor, self.text, self.since):
            widget.textChanged.connect(self.reload)
        self.entity.currentIndexChanged.connect(self.reload)
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Record"), self.tr("Changes")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Wrapped cells take the height their width needs: again whenever a column's width
        # changes (the last one stretches with the window).
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.fit_rows)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows.start)
        self.close_button = QDialogButtonBox(QDialogButtonBox.Close)
        self.close_button.rejected.connect(self.reject)
        filters = QHBoxLayout()
        for widget in (self.entity, self.actor, self.text, self.since, self.verify_button):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.close_button)
        self.reload()

    def reload(self, *_):
        rows = search_events(self.db, entity=self.entity.currentData(),
                             actor=self.actor.text().strip(), text=self.text.text().strip(),
                             since=self.since.text().strip() or None)
        words = EventWords(self.db, self.language)      # each record's name read once
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (clock.shown(row["at"]), words.actor(row), words.action(row),
                      words.record(row), "\n".join(words.changes(row)))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, row["id"])
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        for column in (3, 4):       # long names and change lists wrap rather than widen
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 420))
        self.fit_rows()

    def fit_rows(self):
        """Each row as tall as its wrapped cells, with a little room per line: a line with
        Chinese in it is drawn in the CJK font, taller than the one Qt measures with."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 4)
            lines = cell.text().count("\n") + 1 if cell is not None else 1
            self.table.setRowHeight(row, self.table.rowHeight(row) + 3 * lines)

    def verify(self):
        report = verify_chain(self.db)
        if report.ok:
            self.verdict.setStyleSheet("color: #1b5e20;")
            self.verdict.setText(self.tr("Intact: %n event(s) checked.", "", report.checked))
        else:
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verdict.setText(self.tr("The audit trail was tampered with: %s")
                                 % report.message)
        return report
