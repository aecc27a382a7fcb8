"""A new rubric: its id (what every later version shares) and its name, then the editor."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from models.rubrics import latest_version_id
from models.storage.errors import NotFoundError
from scoring.item_loader import ID_PATTERN


def starter(rubric_id, name, section_name, item_name):
    """The smallest valid rubric: one 100-point section with one deduction."""
    return {"id": rubric_id, "name": name, "version": 1, "base": 100, "sections": [
        {"id": "section", "name": section_name, "points": 100,
         "items": [{"id": "item", "name": item_name, "deduct": 1}]}]}


class NewRubricDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("New rubric"))
        self.setMinimumWidth(460)
        self.rubric_id = QLineEdit()
        self.rubric_id.setObjectName("new-id")
        self.rubric_id.setPlaceholderText(self.tr("e.g. agent-monthly (a-z, 0-9 and -)"))
        self.name = QLineEdit()
        self.name.setObjectName("new-name")
        self.name.setPlaceholderText(self.tr("e.g. 坐席月度考核"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextFormat(Qt.PlainText)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Id"), self.rubric_id)
        form.addRow(self.tr("Name"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def check(self):
        """Accepted once the id is well formed and not taken, and the name is given."""
        rubric_id, name = self.rubric_id.text().strip(), self.name.text().strip()
        if not ID_PATTERN.fullmatch(rubric_id):
            self.error.setText(self.tr("Id: lowercase letters, digits and '-', not starting "
                                       "with '-'."))
            return
        try:
            latest_version_id(self.db, rubric_id)
        except NotFoundError:
            pass
        else:
            self.error.setText(self.tr("Id: a rubric with the id %1 exists; edit it instead.")
                               .replace("%1", rubric_id))
            return
        if not name:
            self.error.setText(self.tr("Name: give the rubric a name."))
            return
        self.accept()

    def data(self):
        return starter(self.rubric_id.text().strip(), self.name.text().strip(),
                       self.tr("New section"), self.tr("New item"))
