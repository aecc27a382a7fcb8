"""Settings: language, inspector name, assessment period, and removing the demo data."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from models.database import demo
from models.work import periods, settings
from ui.changes import EMPLOYEES, FORMS, INCIDENTS, SETTINGS, TEAMS, USERS, VALUES
from ui.errors import run_op

FIELD_HEIGHT = 36


class SettingsDialog(QDialog):
    language_changed = Signal(str)   # "", "zh" or "en" — the app says "from the next start"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        # The language names are not translated: each is shown in its own language.
        for label, code in ((self.tr("As the system"), ""), ("中文", "zh"), ("English", "en")):
            self.language.addItem(label, code)
        self.inspector = QLineEdit()
        self.inspector.setPlaceholderText(self.tr("Printed on forms as the inspector"))
        self.period_kind = QComboBox()
        for label, kind in ((self.tr("Month"), "month"), (self.tr("Quarter"), "quarter"),
                            (self.tr("Year"), "year")):
            self.period_kind.addItem(label, kind)
        # 1 = calendar months; 26 = each month runs from the 26th to the 25th (named after
        # the month it ends in); quarters and years are made of such months.
        self.start_day = QSpinBox()
        self.start_day.setRange(1, 28)
        self.start_day.setPrefix(self.tr("day "))
        self.start_day.setSpecialValueText(self.tr("day 1 (calendar months)"))
        self.remove_demo_button = QPushButton(self.tr("Remove demo data…"))
        self.remove_demo_button.clicked.connect(self.remove_demo)
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.period_kind.currentIndexChanged.connect(self._period_changed)
        self.start_day.valueChanged.connect(self._period_changed)
        self._load()

    def _lay_out(self):
        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language is fully applied at the next start."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", note)
        form.addRow(self.tr("Inspector's name"), self.inspector)
        period = QGroupBox(self.tr("Assessment period"))
        period_form = QFormLayout(period)
        period_form.addRow(self.tr("Period"), self.period_kind)
        period_form.addRow(self.tr("Months start on"), self.start_day)
        self.period_example = QLabel()
        self.period_example.setStyleSheet("color: palette(placeholder-text);")
        period_form.addRow("", self.period_example)
        key_box = QGroupBox(self.tr("Signing key"))
        key_layout = QVBoxLayout(key_box)
        self.signing_key_button = QPushButton(self.tr("Signing key…"))
        self.signing_key_button.setMinimumHeight(FIELD_HEIGHT)
        self.signing_key_button.clicked.connect(lambda: self.open_signing_key())
        key_layout.addWidget(self.signing_key_button)
        demo_box = QGroupBox(self.tr("Demo data"))
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.addWidget(self.demo_note)
        demo_layout.addWidget(self.remove_demo_button)
        for widget in (self.language, self.inspector, self.period_kind, self.start_day,
                       self.remove_demo_button):
            widget.setMinimumHeight(FIELD_HEIGHT)   # touch-friendly; labels centred beside
            label = form.labelForField(widget) or period_form.labelForField(widget)
            if label is not None:
                label.setMinimumHeight(FIELD_HEIGHT)
                label.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        layout = QVBoxLayout(self)
        for widget in (general, period, key_box, demo_box, self.error):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _load(self):
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(self.db,
                                                                                  "language"))))
        self.inspector.setText(settings.get(self.db, "inspector_name"))
        kind = settings.get(self.db, "period_kind")
        self.period_kind.setCurrentIndex(max(0, self.period_kind.findData(kind)))
        self.start_day.setValue(settings.get(self.db, "period_start_day"))
        self._period_changed()
        self._show_demo_state()

    def _period_changed(self, *_):
        """Show the period today falls in, so "26" is not a riddle."""
        try:
            current = periods.period_of(date.today(), kind=self.period_kind.currentData(),
                                        start_day=self.start_day.value())
        except ValueError:
            self.period_example.clear()
            return
        self.period_example.setText(self.tr("Now: {key}, {start} to {end}").format(
            key=current.key, start=current.start.isoformat(), end=current.end.isoformat()))

    def _show_demo_state(self):
        present = demo.has_demo(self.db)
        self.remove_demo_button.setEnabled(present)
        self.demo_note.setText(
            self.tr("The demo team, its employees and their records can be removed in one "
                    "step. Your own data is not touched.") if present
            else self.tr("There is no demo data."))

    # -- saving ------------------------------------------------------------------------------
    def values(self):
        return {
            "language": self.language.currentData(),
            "inspector_name": self.inspector.text().strip(),
            "period_kind": self.period_kind.currentData(),
            "period_start_day": self.start_day.value(),
        }

    def accept(self):
        values = self.values()
        # The actor is who saves, not the inspector's name being saved.
        by = self.session.actor
        saved = run_op(self.session, self, lambda: settings.put_many(self.db, values, by=by),
                       doing=self.windowTitle(), show=self._show_error,
                       changes=lambda changed: {SETTINGS} if changed else ())
        if not saved.ok:
            return
        if "language" in saved.value:
            self.language_changed.emit(values["language"])
        super().accept()

    def _show_error(self, text):
        self.error.setText(text)
        self.error.show()

    def open_signing_key(self):
        from ui.signing_key import SigningKeyDialog

        SigningKeyDialog(self.session, parent=self).exec()

    def remove_demo(self):
        answer = QMessageBox.question(
            self, self.tr("Remove demo data"),
            self.tr("Remove the demo team, its employees and all their inspections and KPI "
                    "figures? This cannot be undone."))
        if answer != QMessageBox.Yes:
            return
        by = self.session.actor
        removed = run_op(self.session, self, lambda: demo.remove_demo(self.db, by=by),
                         doing=self.tr("Demo data not removed"),
                         changes={EMPLOYEES, TEAMS, INCIDENTS, VALUES, FORMS, USERS})
        if removed.ok:
            self._show_demo_state()
            kept = removed.value
            self.demo_note.setText(self.tr("The demo data was removed.") if not kept else self.tr(
                "The demo data was removed, except %n employee(s) with signed forms: a signed "
                "form is never deleted, so they stay as inactive employees.", "", kept))
