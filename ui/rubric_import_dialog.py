"""Import a rubric from the Excel/CSV template (docs/rubric-template.md): preview its sections
and items with their rules, and every problem by sheet, row and column; Save stores it — as a
new version when the store has the rubric already — only while nothing is wrong."""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from models.rubrics import save_rubric_text
from models.rubrics.tables import prepare_save, preview_rubric_file
from models.rubrics.tables.template import FILES, template_dir
from ui import errors
from ui.changes import RUBRICS
from ui.screen_fit import fit_to_screen

ERROR_COLOUR = QColor("#c62828")
OK_COLOUR = "#2e7d32"


class RubricImportDialog(QDialog):
    def __init__(self, session, path=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.db = session.db
        self.preview = None
        self.plan = None                # models.rubrics.tables.SavePlan of a valid preview
        self.saved_version_id = None
        self.setWindowTitle(self.tr("Import a rubric"))
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose a filled-in rubric template (.xlsx or .csv)"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save the empty template…"))
        self.template_button.clicked.connect(self.save_template)
        hint = QLabel(self.tr(
            "Sheets: 设置 (settings: id, name, base …), 评分标准 (one row per section and per "
            "item, the rule in its column: 每次扣分, 评分满分, 分档 …), 加分扣分否决 (bonuses, "
            "form-level deductions, vetoes), 等级绩效 (grades and pay). Nothing is saved while "
            "the file has a problem."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.outline = QTreeWidget()
        self.outline.setHeaderLabels([self.tr("Section / item"), self.tr("ID"),
                                      self.tr("Points / weight"), self.tr("Rule"),
                                      self.tr("Read from")])
        self.outline.setWordWrap(True)
        header = self.outline.header()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeToContents)
        for column, width in ((0, 250), (1, 110), (2, 80)):
            self.outline.setColumnWidth(column, width)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"),
                                                 self.tr("Column"), self.tr("Problem")])
        self.problems.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.problems.setWordWrap(True)
        heading = self.problems.horizontalHeader()
        heading.setSectionResizeMode(QHeaderView.ResizeToContents)
        heading.setStretchLastSection(True)
        self.split = QSplitter(Qt.Vertical)
        self.split.addWidget(self.outline)
        self.split.addWidget(self.problems)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.AcceptRole)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(hint)
        layout.addWidget(self.split, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 640)
        if path is not None:
            self.load(path)

    # -- the file ------------------------------------------------------------------------------
    def choose_file(self):
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a rubric"), "",
            self.tr("Rubric templates (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load(path)

    def save_template(self):
        """Copy the empty template (resources/templates) where the user says."""
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the empty template"), FILES[0],
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not target:
            return
        target = Path(target)
        source = template_dir() / (FILES[1] if target.suffix.lower() == ".csv" else FILES[0])
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + source.suffix)
        done = errors.attempt(self, lambda: shutil.copyfile(source, target),
                              doing=self.windowTitle())
        if done.ok:
            self._say(self.tr("The template is saved at {path}. Fill it in, then choose it "
                              "here.").format(path=target), ok=True)

    def load(self, path):
        """Read and check the file (it is small: no worker needed); nothing is stored."""
        self.path.setText(str(path))
        self.preview = self.plan = None
        self.save_button.setEnabled(False)
        self.outline.clear()
        self.problems.setRowCount(0)
        read = errors.attempt(self, lambda: preview_rubric_file(path), doing=self.windowTitle(),
                              show=lambda reason: self._say(self.tr(
                                  "The file cannot be read: {reason}").format(reason=reason),
                                  error=True))
        if read.ok:
            self._show(read.value)

    def _show(self, preview):
        self.preview = preview
        self._fill_outline(preview.outline)
        self._fill_problems(preview.problems)
        not_read = ""
        if preview.notices:
            not_read = " " + self.tr("Not read: {names}.").format(names=", ".join(
                preview.notices))
        if preview.problems:
            self._say(self.tr("{count} problem(s) in the file. Correct the file and choose it "
                              "again; nothing is saved while a problem remains.").format(
                count=len(preview.problems)) + not_read, error=True)
            return
        self.plan = prepare_save(self.db, preview)
        rubric = preview.rubric
        items = sum(len(s.items) for s in rubric.sections)
        text = self.tr("“{name}” ({id}): {sections} section(s), {items} item(s).").format(
            name=rubric.name, id=rubric.id, sections=len(rubric.sections), items=items)
        if self.plan.unchanged:
            self._say(text + " " + self.tr("The store already holds this rubric as version "
                                           "{latest}, unchanged: nothing to save.").format(
                latest=self.plan.latest) + not_read)
            return
        if self.plan.raised:
            text += " " + self.tr("The store has this rubric up to version {latest}: it will "
                                  "be saved as version {version}.").format(
                latest=self.plan.latest, version=self.plan.version)
        else:
            text += " " + self.tr("It will be saved as version {version}.").format(
                version=self.plan.version)
        if self.session.user is not None and not self.session.allowed("manage_rubrics"):
            self._say(text + " " + self.tr("Only the HR admin may save rubrics."), error=True)
            return
        self._say(text + not_read)
        self.save_button.setEnabled(True)

    def _fill_outline(self, rows):
        groups = {"bonuses": self.tr("Bonuses"), "deductions": self.tr("Form-level deductions"),
                  "vetoes": self.tr("Vetoes")}
        parent, tops = None, {}
        for row in rows:
            where = self.tr("{sheet} row {row}").format(sheet=row.sheet, row=row.row)
            node = QTreeWidgetItem([row.name, row.id, row.points, row.rule, where])
            node.setToolTip(0, row.name)
            node.setToolTip(3, row.rule)
            if row.level == "section":
                parent = node
                self.outline.addTopLevelItem(node)
                font = node.font(0)
                font.setBold(True)
                node.setFont(0, font)
            elif row.level == "item" and parent is not None:
                parent.addChild(node)
            else:
                top = tops.get(row.level)
                if top is None:
                    top = tops[row.level] = QTreeWidgetItem([groups.get(row.level, row.level)])
                    self.outline.addTopLevelItem(top)
                top.addChild(node)
        self.outline.expandAll()

    def _fill_problems(self, problems):
        self.problems.setVisible(bool(problems))     # no empty table under a good file
        self.problems.setRowCount(len(problems))
        for index, problem in enumerate(problems):
            cells = [problem.sheet, str(problem.row or ""), problem.column,
                     self.problem_text(problem)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setForeground(ERROR_COLOUR)
                item.setToolTip(text)
                self.problems.setItem(index, column, item)
        self.problems.resizeRowsToContents()

    def problem_text(self, problem):
        """A problem of the file in the user's language, by its code
        (models/rubrics/tables/sheet.py); the English message when the code is unknown."""
        args = dict(problem.args or {})
        texts = {
            "missing_sheet": lambda: self.tr("missing sheet {sheet}"),
            "duplicate_sheet": lambda: self.tr("this sheet appears twice"),
            "empty_sheet": lambda: self.tr("the sheet is empty"),
            "missing_column": lambda: self.tr("missing column ({names})"),
            "duplicate_column": lambda: self.tr("this column appears twice"),
            "unknown_column": lambda: self.tr(
                "unknown column “{column}”: not in the template (rename or delete it)"),
            "not_a_number": lambda: self.tr("“{value}” is not a number"),
            "too_precise": lambda: self.tr(
                "“{value}” has more digits than can be kept (at most 15)"),
            "not_yes_no": lambda: self.tr("“{value}” is not yes or no (是/否)"),
            "unknown_word": lambda: self.tr("“{value}” is not one of {choices}"),
            "unreadable_rule": lambda: self.tr("cannot read “{value}”: write it like {example}"),
            "full_needs_points": lambda: self.tr("“满分” needs the row's 分值 (points)"),
            "no_rule": lambda: self.tr(
                "no rule: fill one rule column (每次扣分, 否决, 是否项, 评分满分, 零分点/满分点, "
                "分档, 未达目标扣分, 调查 or 团队数据)"),
            "two_rules": lambda: self.tr("two rules on one row ({first} and {second})"),
            "missing_value": lambda: self.tr("missing {field}"),
            "section_needed": lambda: self.tr("a row before any section: fill 考核项目 (section)"),
            "section_again": lambda: self.tr(
                "section “{section}” appears again (it began on row {first_row})"),
            "section_conflict": lambda: self.tr(
                "the section already has another {field} (row {first}); this row says "
                "“{value}”"),
            "row_without_item": lambda: self.tr("a row with neither an item nor a section"),
            "no_points_here": lambda: self.tr(
                "this kind of item has no 分值 of its own; a section's points go in 项目分值"),
            "until_zero_needs_points": lambda: self.tr("扣完为止 needs the item's 分值"),
            "cap_and_until_zero": lambda: self.tr("give 上限 or 扣完为止, not both"),
            "not_in_form": lambda: self.tr("this kind of item cannot stand outside a section"),
            "bad_advanced": lambda: self.tr(
                "the 高级 (YAML) cell is not a YAML mapping ({reason})"),
            "advanced_conflict": lambda: self.tr("“{key}” is given by a column too"),
            "unknown_setting": lambda: self.tr("unknown setting “{key}”"),
            "duplicate_setting": lambda: self.tr(
                "“{key}” is given twice (first on row {first_row})"),
            "missing_setting": lambda: self.tr("missing setting {key}"),
            "duplicate_id": lambda: self.tr(
                "duplicate id “{id}” (first used on {first_sheet} row {first_row})"),
            "no_points_or_weight": lambda: self.tr(
                "a section needs 项目分值 (points) or 权重 (weight)"),
            "mixed_styles": lambda: self.tr(
                "some sections have 项目分值 and others 权重: use one for every section"),
            "points_sum": lambda: self.tr(
                "the sections' points add up to {total}, not the base {base}"),
            "weights_sum": lambda: self.tr("the sections' weights add up to {total}, not 100"),
            "no_items": lambda: self.tr("no sections or items"),
            "grade_row_empty": lambda: self.tr(
                "a row needs 等级 (grade), 绩效比例 (pay %) or both"),
            "grade_gap": lambda: self.tr("“{value}” does not follow on from the row above"),
        }
        try:
            return texts[problem.code]().format(**args)
        except (KeyError, IndexError):
            return problem.message        # the engine's own check (code "engine"): English

    # -- saving --------------------------------------------------------------------------------
    def save(self):
        if self.plan is None or self.preview is None or not self.save_button.isEnabled():
            return
        plan, by, file = self.plan, self.session.actor, Path(self.path.text()).name
        done = errors.run_op(
            self.session, self, lambda: save_rubric_text(self.db, plan.text, file=file, by=by),
            doing=self.windowTitle(), changes={RUBRICS},
            show=lambda reason: self._say(self.tr("Nothing was saved: {reason}").format(
                reason=reason), error=True))
        if not done.ok:
            return
        self.saved_version_id = done.value
        self.save_button.setEnabled(False)
        self._say(self.tr("Saved “{name}” as version {version}.").format(
            name=self.preview.rubric.name, version=plan.version), ok=True)

    def reject(self):
        """Close; the dialog counts as accepted when a rubric was saved."""
        if self.saved_version_id is not None:
            self.done(QDialog.Accepted)
        else:
            super().reject()

    def _say(self, text, *, error=False, ok=False):
        colour = ERROR_COLOUR.name() if error else OK_COLOUR if ok else ""
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.status.setText(text)
