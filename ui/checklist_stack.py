"""Every rubric that applies to the employee in the period (issue 13): one checklist per rubric,
each with its own live tally, and above them the monthly form's one total.

A rubric may include others (models.work.applicable, scoring/includes.py): 客户服务部月度绩效考核
includes the 服务规范考核条例 as deductions. The stack shows each as the usual ChecklistWidget
on a tab of its own, built from one facade each (`models.work.checklist.Checklist.parts`), so a
tick on the norms' tab is stored under the norms' version; the combined total and each tab's
figure follow every change. With one rubric it is just that rubric's checklist.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from scoring import money, show
from ui.changes import INCIDENTS, VALUES
from ui.checklist import ChecklistWidget


class ChecklistStack(QWidget):
    error = Signal(str)         # a write of one of its checklists was refused or failed
    forms_wanted = Signal()     # a read-only banner's "Open the Forms tab"

    def __init__(self, session, checklist, *, read_only=False, parent=None):
        super().__init__(parent)
        self.session = session
        self.checklist = checklist
        self.language = session.language
        self.widgets = [ChecklistWidget(session, part, read_only=read_only)
                        for part in checklist.parts]
        for widget in self.widgets:
            widget.error.connect(self.error)
            widget.banner.forms_wanted.connect(self.forms_wanted)
            # its own write shows its figures when its undo stack moves: the total follows
            widget.undo_stack.indexChanged.connect(self.show_combined)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combined = self.breakdown = self.tabs = None
        if len(self.widgets) == 1:
            layout.addWidget(self.widgets[0])
            return
        self.combined = QLabel()
        self.combined.setObjectName("combined-total")
        self.combined.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.breakdown = QLabel()
        self.breakdown.setObjectName("combined-breakdown")
        self.breakdown.setWordWrap(True)
        self.breakdown.setStyleSheet("color: #444;")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for widget in self.widgets:
            self.tabs.addTab(widget, "")
        head = QVBoxLayout()
        head.setContentsMargins(9, 6, 9, 2)     # the widgets below keep their own margins
        head.addWidget(self.combined)
        head.addWidget(self.breakdown)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.show_combined()
        # After the checklists (connected first), so their facades have re-read.
        session.changes.changed.connect(self._changed)

    def disconnect_store(self):
        """Before it is deleted: no checklist re-reads an employee who may be gone."""
        for widget in self.widgets:
            self.session.changes.changed.disconnect(widget.store_changed)
        if self.tabs is not None:
            self.session.changes.changed.disconnect(self._changed)

    def _changed(self, kinds):
        if kinds & {INCIDENTS, VALUES}:
            self.show_combined()

    def show_combined(self, *_):
        """The form's one total and grade; how each rubric counts in it; each tab's figure."""
        if self.tabs is None:
            return
        en = self.language == "en"
        result = self.checklist.combined
        grade = (result.grade_en if en else result.grade) or ""
        self.combined.setText(self.tr("Monthly form total: %1").replace(
            "%1", f"{money(result.total)} / {money(result.max_total)}  {grade}"))
        tally = self.checklist.result
        parts = [f"{self.checklist.rubric.label(self.language)} {show(tally.total)}"]
        for part in result.included:
            name = part.rubric.label(self.language)
            if part.mode == "deductions":
                parts.append(f"− {name} {show(part.lost)}")
            else:
                parts.append(self.tr("(%1 counted in its section: %2)").replace(
                    "%1", name).replace("%2", show(part.score)))
        self.breakdown.setText(" ".join(parts) + f" = {show(money(result.total))}")
        for index, widget in enumerate(self.widgets):
            own = widget.checklist.result
            self.tabs.setTabText(index, f"{widget.checklist.rubric.label(self.language)}  "
                                        f"{money(own.total)}")
