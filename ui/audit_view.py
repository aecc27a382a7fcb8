"""The audit trail viewer: who did what and when, before and after, with filters and a check
of the hash chain."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
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


class AuditDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.db = db = session.db
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(1100, 700)
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Everything"), None)
        for name in entities(db):
            self.entity.addItem(name, name)
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
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Record"), self.tr("Before"),
                                              self.tr("After")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        filters = QHBoxLayout()
        for widget in (self.entity, self.actor, self.text, self.since, self.verify_button):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self, *_):
        rows = search_events(self.db, entity=self.entity.currentData(),
                             actor=self.actor.text().strip(), text=self.text.text().strip(),
                             since=self.since.text().strip() or None)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row["at"].replace("T", " ")[:19], row["actor"], row["action"],
                      f"{row['entity']} {row['entity_id'] or ''}".strip(),
                      _short(row["before"]), _short(row["after"]))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, row["id"])
                cell.setToolTip(value)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()

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


def _short(value):
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 160 else text[:159] + "…"
