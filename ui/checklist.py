"""The inspection checklist: the employee's rubric as sections of rows, figures updating live."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scoring import money, show
from ui.changes import FORMS, INCIDENTS, SETTINGS, VALUES
from ui.checklist_commands import TickCommand, UntickCommand, ValueCommand
from ui.checklist_rows import make_row
from ui.errors import run_op
from ui.money_rows import MoneyGroup
from ui.read_only_banner import ReadOnlyBanner
from ui.steady_label import SteadyLabel


class ChecklistWidget(QWidget):
    """Built from a `models.work.checklist.Checklist` facade; knows nothing of SQL or arithmetic."""

    error = Signal(str)     # a write was refused or failed: the user's sentence (ui/errors.py)

    def __init__(self, session, checklist, *, read_only=False, parent=None):
        super().__init__(parent)
        self.session = session
        self.checklist = checklist
        self.language = session.language
        self.may_tick = not read_only   # a reviewer reads
        # Read-only (the inputs disabled, the banner saying why) when she may not tick or the
        # period's form is signed; checked again when a form is signed or corrected.
        self.banner = ReadOnlyBanner(self)
        self.read_only = self.banner.check(session, checklist, may_tick=self.may_tick)
        self._writing = False           # its own write: the facade has re-read already
        self.undo_stack = QUndoStack(self)
        self.rows = {}
        self.section_headers = {}
        self._shown = {}    # what each row, header and label shows now (show_figures)
        self._header_words = None
        self._header_made = {}      # section id → (its result, its header's text)
        self._view_shown = None     # the facade's view the figures come from (store_changed)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        for button, slot in ((self.undo_button, self.undo_stack.undo),
                             (self.redo_button, self.undo_stack.redo)):
            button.setMinimumHeight(40)
            button.clicked.connect(slot)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.total)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self._build_sections()
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.NoFrame)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        # Ctrl+Z undoes; Ctrl+Y and Ctrl+Shift+Z both redo on every platform (one shortcut
        # per key: a key bound twice is ambiguous and fires neither).
        QShortcut(QKeySequence.Undo, self, self.undo_stack.undo)
        redo_keys = {k.toString() for k in QKeySequence.keyBindings(QKeySequence.Redo)}
        for key in sorted(redo_keys | {"Ctrl+Y", "Ctrl+Shift+Z"}):
            QShortcut(QKeySequence(key), self, self.undo_stack.redo)
        self.show_figures()
        session.changes.changed.connect(self.store_changed)

    def store_changed(self, kinds):
        """The hub: an entry deleted in the history, a value entered elsewhere …"""
        if SETTINGS in kinds:       # in open mode the inspector's name signs the ticks
            self.checklist.inspector = self.session.actor
        if kinds & {INCIDENTS, VALUES} and not self._writing:
            if self.checklist.view is self._view_shown:     # written elsewhere: re-read
                self.checklist.refresh()
                self.show_figures()
            else:       # another rubric's checklist of the same form wrote and re-read the
                self.show_figures(changed_only=True)       # facade (ui/checklist_stack.py)
        if FORMS in kinds:          # signed (frozen) or corrected (open again)
            self.check_read_only()

    def check_read_only(self):
        read_only = self.banner.check(self.session, self.checklist, may_tick=self.may_tick)
        if read_only != self.read_only:
            self.read_only = read_only
            if read_only:           # nothing of a frozen period can be undone
                self.undo_stack.clear()
            for row in self.rows.values():
                row.set_read_only(read_only)
            self.show_figures()

    # -- building --------------------------------------------------------------------------
    def _build_sections(self):
        rubric = self.checklist.rubric
        groups = [(s.id, s.label(self.language), s.items) for s in rubric.sections]
        for key, title, items in (("bonuses", self.tr("Bonuses"), rubric.bonuses),
                                  ("deductions", self.tr("Form-level deductions"),
                                   rubric.deductions),
                                  ("vetoes", self.tr("Vetoes"), rubric.vetoes)):
            if items:
                groups.append((key, title, items))
        for key, title, items in groups:
            header = SteadyLabel(pixel_size=16, bold=True, top_margin=10)  # repaints alone
            header.setObjectName(f"section-{key}")
            self.section_headers[key] = (header, title)
            self.body_layout.addWidget(header)
            for item in items:
                row = make_row(item, self.language)
                if item.takes_incidents:
                    row.tick_requested.connect(self.tick)
                    row.untick_requested.connect(self.untick_latest)
                else:
                    row.value_entered.connect(self.enter_value)
                row.set_read_only(self.read_only)
                self.rows[item.id] = row
                self.body_layout.addWidget(row)
        self.money = MoneyGroup.for_checklist(self)     # the rubric's money lines, or None

    # -- actions (each one a store write, then figures re-read from the engine) -------------
    def tick(self, item_id, severe=False, amount=None, note=""):
        if self.read_only:
            return
        text = self.tr("Tick %s") % self._label(item_id)
        done = self.write(text, self.checklist.tick, item_id, severe=severe, amount=amount,
                          note=note, changes={INCIDENTS})
        if done.ok:
            self.undo_stack.push(TickCommand(self.checklist, done.value, text=text,
                                             write=self.write))

    def untick_latest(self, item_id):
        if self.read_only:
            return
        latest = self.checklist.latest_incident(item_id)
        if latest is None:
            return
        text = self.tr("Remove %s") % self._label(item_id)
        if self.write(text, self.checklist.untick, latest["id"],
                      reason="removed at the checklist", changes={INCIDENTS}).ok:
            self.undo_stack.push(UntickCommand(self.checklist, latest["id"], text=text,
                                               write=self.write))

    def enter_value(self, item_id, value):
        if self.read_only:
            return
        old = self.checklist.value(item_id)
        if _same_value(old, value):
            return
        text = self.tr("Enter %s") % self._label(item_id)
        if self.write(text, self.checklist.set_value, item_id, value, changes={VALUES}).ok:
            self.undo_stack.push(ValueCommand(self.checklist, item_id, old=_plain(old),
                                              new=value, text=text, write=self.write))

    def write(self, doing, action, *args, changes, **kwargs):
        """The one way this widget writes (the undo commands too): ui/errors.run_op. Done, the
        hub tells the month, the history …; refused or failed, the figures are re-read and the
        sentence goes out through `error`. Returns the Outcome."""
        self._writing = True
        try:
            return run_op(self.session, self, lambda: action(*args, **kwargs), doing=doing,
                          changes=changes, show=self._refused)
        finally:
            self._writing = False

    def _refused(self, text):
        self.checklist.refresh()
        self.show_figures()
        self.error.emit(text)

    def _label(self, item_id):
        return self.checklist.rubric.item(item_id).label(self.language)

    # -- showing ---------------------------------------------------------------------------
    def _stack_moved(self, _index):
        self.show_figures(changed_only=True)

    def show_figures(self, changed_only=False):
        """The engine's figures on the rows, the section headers and the total. After its own
        write (`changed_only`) only what the engine changed is touched — the ticked row, the
        rows whose figures moved, their headers, the total — so Qt repaints just those; after
        anyone else's change (or a refusal) every row is shown again."""
        if not changed_only:
            self._shown.clear()
        checklist, shown = self.checklist, self._shown
        self._view_shown = checklist.view
        result = checklist.result
        for item_result in result.items:
            row = self.rows.get(item_result.id)
            if row is None:
                continue
            before = shown.get(("row", item_result.id))
            if before is not None and before[0] is item_result and before[1] == row.read_only:
                continue    # the engine's very answer again: its inputs, so its row, unchanged
            state = (item_result, row.read_only, checklist.occurrences(item_result.id)
                     if row.item.takes_incidents else checklist.value(item_result.id))
            if before != state:
                shown["row", item_result.id] = state
                row.show_result(item_result, checklist)
        for key, text in self._header_texts(result):
            header, _ = self.section_headers[key]
            if shown.get(("header", key)) != text:
                shown["header", key] = text
                header.setText(text)
        grade = (result.grade_en if self.language == "en" else result.grade) or ""
        total = f"{money(result.total)} / {money(result.max_total)}  {grade}"
        if result.floored:      # the deductions went below the floor: it stopped there
            note = self.tr("(stopped at %1)").replace("%1", show(result.floor))
            total += f"<span style='font-size: 13px; color: #b00020;'> {note}</span>"
        for label, text in ((self.total, total), (self.heading, self._heading()),
                            (self.status, self._status(result))):
            if shown.get(("label", label.objectName())) != text:
                shown["label", label.objectName()] = text
                label.setText(text)
        if self.money is not None:
            self.money.show_figures(changed_only)

    def _header_texts(self, result):
        if self._header_words is None:          # translated once: a tick asks for them again
            self._header_words = (self.tr("(stopped at 0)"), self.tr("  (N/A)"))
        stopped, not_applicable = self._header_words    # (not in an f-string: lupdate reads
        for section in result.sections:                  # no tr() inside one)
            made = self._header_made.get(section.id)
            if made is not None and made[0] is section:     # the engine's very answer again
                yield section.id, made[1]
                continue
            _, title = self.section_headers[section.id]
            suffix = not_applicable if section.na else ""
            if section.floored:
                suffix += f"  {stopped}"
            text = f"{title}   {money(section.score)} / {money(section.max)}{suffix}"
            self._header_made[section.id] = (section, text)
            yield section.id, text
        for key, attr in (("bonuses", "bonus"), ("deductions", "deducted")):
            if key in self.section_headers:
                _, title = self.section_headers[key]
                amount = show(getattr(result, attr))
                sign = "" if amount == "0" else "+" if key == "bonuses" else "−"
                yield key, f"{title}   {sign}{amount}"
        if "vetoes" in self.section_headers:
            yield "vetoes", self.section_headers["vetoes"][1]

    def _heading(self):
        employee, rubric = self.checklist.employee, self.checklist.rubric
        return (f"<b>{employee['name']}</b> ({employee['code']}) · {rubric.label(self.language)}"
                f" · {self.checklist.period.key}")

    def _status(self, result):
        parts = []
        if result.missing:
            parts.append(self.tr("%n input(s) missing", "", len(result.missing)))
        if result.approval_needed:
            parts.append(self.tr("%n item(s) await approval", "", len(result.approval_needed)))
        if result.vetoed:
            parts.append(self.tr("Veto: %s") % self.checklist.rubric.item(result.vetoed)
                         .label(self.language))
        return " · ".join(parts)

    def focus_row(self, item_id):
        row = self.rows[item_id]
        row.setFocus(Qt.OtherFocusReason)
        return row


def _plain(value):
    """A stored value back into the shape the store takes (for undo)."""
    num = getattr(value, "num", None)
    if num is not None:
        return {"num": value.num, "den": value.den}
    return value


def _same_value(old, new):
    return _plain(old) == new
