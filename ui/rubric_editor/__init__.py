"""The rubric editor (HR only, `manage_rubrics`): a rubric's plain data as a tree and forms,
checked by the engine's loader after every edit, previewed live, saved as a new immutable
version in use from a chosen period.

window (the editor) · document (the data, the edits, the check) · tree · node_forms and fields
(the form of each kind of node) · preview (checklist and sample month) · commands (undo) ·
save_dialog, from_period, target_picker (saving and assigning) · new_dialog (a new rubric).
"""

from models.rubrics import latest_version_id, version_row
from models.rubrics.rubric_yaml import load_rubric_data


def editor_for(session, rubric_id, parent=None):
    """The editor on the latest stored version of `rubric_id` (a built-in one too: saving
    makes the organisation's own next version)."""
    from ui.rubric_editor.window import RubricEditor

    row = version_row(session.db, latest_version_id(session.db, rubric_id))
    return RubricEditor(session, load_rubric_data(row["text"]), rubric_id=rubric_id,
                        latest_version=row["version"], parent=parent)


def editor_for_new(session, data, parent=None):
    """The editor on a new rubric's first data (ui/rubric_editor/new_dialog.py)."""
    from ui.rubric_editor.window import RubricEditor

    return RubricEditor(session, data, rubric_id=data["id"], parent=parent)
