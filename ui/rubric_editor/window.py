"""The rubric editor (HR): the tree on the left, the chosen node's form in the middle, the live
preview on the right; every edit undoable; the engine's loader judges the data after each
edit, and Save stays disabled while it refuses it."""

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor, QTextFormat, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.rubric_editor import document as doc
from ui.rubric_editor.commands import EditCommand
from ui.rubric_editor.node_forms import NodeForm, signature
from ui.rubric_editor.preview import PreviewPanel
from ui.rubric_editor.tree import RubricTree
from ui.screen_fit import fit_to_screen


def located(error):
    """The loader's message without its file and line: which item, which field, what."""
    where = str(error.file or "<input>") + (f":{error.line}" if error.line else "")
    text = str(error)
    return text[len(where) + 2:] if text.startswith(where + ": ") else text


class RubricEditor(QDialog):
    saved = Signal(int)     # the stored version's id

    def __init__(self, session, data, *, rubric_id, latest_version=None, parent=None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.session = session
        self.rubric_id = rubric_id
        self.latest_version = latest_version      # None: a new rubric
        self.file = f"{rubric_id}.yaml"
        self.data = data
        self.original = copy.deepcopy(data)
        self.selected = ()
        self.form = None
        self.checked = None
        self.save_dialog = None
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("Rubric editor — %1").replace("%1", rubric_id))
        fit_to_screen(self, 1360, 780)

        self.tree = RubricTree()
        self.tree.setObjectName("rubric-tree")
        self.tree.node_chosen.connect(self.choose)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.NoFrame)
        self.preview = PreviewPanel(session.language)
        self.yaml_view = QPlainTextEdit()
        self.yaml_view.setReadOnly(True)
        self.yaml_view.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.yaml_view.setObjectName("yaml")
        self.right = QTabWidget()
        self.right.addTab(self.preview, self.tr("Checklist preview"))
        self.right.addTab(self.yaml_view, self.tr("YAML"))

        self.error_bar = QLabel()
        self.error_bar.setObjectName("error-bar")
        self.error_bar.setWordWrap(True)
        self.error_bar.setTextFormat(Qt.PlainText)
        self.error_bar.setStyleSheet("color: #b00020; font-weight: bold;")
        self.go_to_error = QPushButton(self.tr("Show"))
        self.go_to_error.clicked.connect(lambda: self.choose(self.checked.node, select=True))
        self.banner = QLabel()
        self.banner.setObjectName("moving-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #e8f4e8; padding: 6px;")
        self.banner.hide()
        self.version_label = QLabel()
        self.save_button = QPushButton(self.tr("Save as a new version…"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        self._build_actions()
        self._lay_out()
        self.apply(data, ())

    # -- building --------------------------------------------------------------------------
    def _build_actions(self):
        def action(text, keys, slot):
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_section_action = action(self.tr("Add section"), ["Ctrl+Shift+N"],
                                         self.add_section)
        self.add_item_action = action(self.tr("Add item"), ["Ctrl+N"], self.add_item)
        self.remove_action = action(self.tr("Remove"), ["Ctrl+Delete"], self.remove)
        self.up_action = action(self.tr("Move up"), ["Alt+Up"], lambda: self.move_node(-1))
        self.down_action = action(self.tr("Move down"), ["Alt+Down"], lambda: self.move_node(1))
        self.undo_action = action(self.tr("Undo"), ["Ctrl+Z"], self.undo_stack.undo)
        self.redo_action = action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"],
                                  self.undo_stack.redo)
        self.save_action = action(self.tr("Save"), ["Ctrl+S"], self.save)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def _button(self, action):
        shortcut = action.shortcut().toString(QKeySequence.NativeText)
        button = QPushButton(action.text())
        button.setToolTip(f"{action.text()} ({shortcut})")
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def _lay_out(self):
        self.add_section_button = self._button(self.add_section_action)
        self.add_item_button = self._button(self.add_item_action)
        self.remove_button = self._button(self.remove_action)
        self.up_button = self._button(self.up_action)
        self.down_button = self._button(self.down_action)
        self.undo_button = self._button(self.undo_action)
        self.redo_button = self._button(self.redo_action)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for button in (self.add_section_button, self.add_item_button, self.remove_button):
            row.addWidget(button)
        left_box.addLayout(row)
        row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.undo_button, self.redo_button):
            row.addWidget(button)
        left_box.addLayout(row)
        left_box.addWidget(self.tree, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form_area)
        splitter.addWidget(self.right)
        splitter.setSizes([300, 420, 680])
        errors = QHBoxLayout()
        errors.addWidget(self.error_bar, 1)
        errors.addWidget(self.go_to_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.version_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(errors)
        layout.addLayout(bottom)

    # -- the data, checked after each edit -------------------------------------------------
    def apply(self, data, select):
        """Show `data` (an edit, or an undo or redo of one), `select` chosen."""
        self.data = data
        self.checked = doc.check(data, self.file)
        self.selected = self.tree.sync(data, select)
        self._show_form()
        self._show_check()

    def choose(self, path, *, select=False):
        if select:
            self.selected = self.tree.sync(self.data, path)
        else:
            self.selected = path
        self._show_form()
        self._show_check()

    def _show_form(self):
        wanted = signature(self.selected, self.data)
        if self.form is not None and self.form.signature == wanted:
            self.form.load(self.data)
        else:
            self.form = NodeForm(self.selected, self.data)
            self.form.edited.connect(self._field_edited)
            self.form.kind_chosen.connect(self._kind_chosen)
            self.form.style_chosen.connect(self._style_chosen)
            # The old form may be the sender of this very edit (a kind chosen): deleted
            # once its signal has returned, not under it.
            old = self.form_area.takeWidget()
            if old is not None:
                old.hide()
                old.deleteLater()
            self.form_area.setWidget(self.form)
            self.form.show()        # a widget set into a visible scroll area needs showing
        node = self.selected
        self.add_item_action.setEnabled(doc.node_kind(node) in ("section", "item", "group"))
        self.remove_action.setEnabled(doc.removable(node))
        self.up_action.setEnabled(doc.moved(self.data, node, -1) is not None)
        self.down_action.setEnabled(doc.moved(self.data, node, 1) is not None)

    def _show_check(self):
        checked = self.checked
        if checked.text != self.yaml_view.toPlainText():
            self.yaml_view.setPlainText(checked.text)
        selections = []
        if checked.ok:
            self.tree.mark(None, None)
            self.form.show_error((), "")
            self.error_bar.clear()
        else:
            self.tree.mark(checked.node, str(checked.error))
            on_form = self.form.node == checked.node
            self.form.show_error(checked.where if on_form else (),
                                 located(checked.error) if on_form else "")
            self.error_bar.setText(str(checked.error))
            if checked.error.line:
                selections.append(self._line_mark(checked.error.line))
        self.yaml_view.setExtraSelections(selections)
        self.error_bar.setVisible(not checked.ok)
        self.go_to_error.setVisible(not checked.ok and checked.node != self.selected)
        self.preview.show_rubric(checked.rubric)
        self.save_button.setEnabled(checked.ok and self.changed())
        self.save_action.setEnabled(self.save_button.isEnabled())
        self.version_label.setText(self._version_text())

    def _line_mark(self, line):
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor("#fde0e0"))
        selection.format.setProperty(QTextFormat.FullWidthSelection, True)
        cursor = QTextCursor(self.yaml_view.document().findBlockByNumber(line - 1))
        selection.cursor = cursor
        return selection

    def _version_text(self):
        if self.latest_version is None:
            return self.tr("A new rubric: saved as version 1")
        text = self.tr("Editing version %1; saved as version %2").replace(
            "%1", str(self.latest_version)).replace("%2", str(self.latest_version + 1))
        if not self.changed():
            text += "  " + self.tr("(no change yet)")
        return text

    def changed(self):
        """Anything to save: a new rubric always, another version when it differs."""
        if self.latest_version is None:
            return True
        strip = [{k: v for k, v in d.items() if k != "version"} if isinstance(d, dict) else d
                 for d in (self.data, self.original)]
        return strip[0] != strip[1]

    # -- edits (each on the undo stack) ------------------------------------------------------
    def _edit(self, after, select, text, merge_key=None):
        if after == self.data:
            return
        self.undo_stack.push(EditCommand(self, self.data, after, text=text,
                                         select_before=self.selected, select_after=select,
                                         merge_key=merge_key))

    def _field_edited(self, base, key, value):
        after = doc.with_field(self.data, base, key, value)
        self._edit(after, self.selected, self.tr("Edit %1").replace("%1", key[-1]),
                   merge_key=(base, key))

    def _kind_chosen(self, kind):
        if doc.node_kind(self.selected) == "item" and kind:
            # Arrowing through the kinds is one step to undo, like typing into a field.
            self._edit(doc.with_kind(self.data, self.selected, kind), self.selected,
                       self.tr("Change the kind"), merge_key=(self.selected, "~kind"))

    def _style_chosen(self, weight):
        self._edit(doc.with_style(self.data, weight), self.selected, self.tr("Change the style"))

    def add_section(self):
        node = self.selected
        after = node[1] if node[:1] == ("sections",) else None
        data, select = doc.with_section(self.data, after, self.tr("New section"))
        self._edit(data, select, self.tr("Add section"))

    def add_item(self):
        if doc.node_kind(self.selected) not in ("section", "item", "group"):
            return
        data, select = doc.with_item(self.data, self.selected, self.tr("New item"))
        self._edit(data, select, self.tr("Add item"))

    def remove(self):
        if doc.removable(self.selected):
            data, select = doc.without(self.data, self.selected)
            self._edit(data, select, self.tr("Remove"))

    def move_node(self, step):  # not `move`: that is QWidget.move(x, y)
        found = doc.moved(self.data, self.selected, step)
        if found is not None:
            self._edit(found[0], found[1], self.tr("Move"))

    # -- saving --------------------------------------------------------------------------------
    def save(self):
        if not (self.checked.ok and self.changed()):
            return None
        from ui.rubric_editor.save_dialog import SaveDialog

        dialog = SaveDialog(self.session, self.data, rubric_id=self.rubric_id,
                            new=self.latest_version is None, parent=self)
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.save_dialog = dialog
        return dialog

    def _saved(self, version_id, version, data, banner):
        self.latest_version = version
        self.data = data
        self.original = copy.deepcopy(data)
        self.undo_stack.setClean()
        self.banner.setText(banner)
        self.banner.show()
        self.apply(data, self.selected)
        self.saved.emit(version_id)

    def keyPressEvent(self, event):
        # Enter finishes a field or a preview input; it never presses a button of the window.
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self):
        """Close (Escape, the window's ✕, Close): edits not saved are lost only when she
        says so."""
        if self.changed() and not self.undo_stack.isClean() and QMessageBox.question(
                self, self.tr("Rubric editor"),
                self.tr("Close the editor and lose the changes not saved?")) != \
                QMessageBox.Yes:
            return
        super().reject()
