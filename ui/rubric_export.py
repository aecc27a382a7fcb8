"""Export a stored rubric version to a file: the Excel or CSV template (docs/rubric-template.md),
which imports back to the same rubric, or its YAML exactly as stored."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.rubrics import version_row
from models.rubrics.tables import export_rubric
from ui import errors

SUFFIXES = (".xlsx", ".csv", ".yaml")


def export_rubric_file(parent, session, version_id):
    """Ask where, write the rubric version there, say where it went. Returns the path written,
    or None when the user cancelled or the file could not be written (she was told why)."""
    translate = QCoreApplication.translate
    title = translate("RubricExport", "Export the rubric")
    row = version_row(session.db, version_id)
    folder = session.path.parent if session.path else Path.home()
    suggested = folder / f"{row['rubric_id']}-v{row['version']}.xlsx"
    filters = [translate("RubricExport", "Excel workbook (*.xlsx)"),
               translate("RubricExport", "CSV file (*.csv)"),
               translate("RubricExport", "YAML file (*.yaml)")]
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                   ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in SUFFIXES + (".yml",):   # a file chooser may drop it
        wanted = SUFFIXES[filters.index(selected)] if selected in filters else SUFFIXES[0]
        path = path.with_name(path.name + wanted)
    done = errors.attempt(parent, lambda: export_rubric(row["text"], path), doing=title)
    if not done.ok:
        return None
    QMessageBox.information(parent, title, translate(
        "RubricExport", "“{name}” version {version} is saved at {path}.").format(
        name=row["name"], version=row["version"], path=done.value))
    return Path(done.value)
