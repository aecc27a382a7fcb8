"""Readying an imported rubric for the store: a rubric id the store already has becomes its
next version (latest + 1), so an import never collides with a stored version; an import equal
to the latest version (all but the number) is said to change nothing."""

from dataclasses import dataclass

from models.rubrics.rubric_yaml import dump_rubric, load_rubric_data


@dataclass
class SavePlan:
    rubric_id: str
    version: int                  # the version it will be stored as
    text: str                     # the YAML to store (models.rubrics.save_rubric_text)
    latest: int | None = None     # the store's latest version of this id, if any
    unchanged: bool = False       # the latest version already holds exactly this rubric

    @property
    def raised(self):
        """The file's version number was raised to follow the store's."""
        return self.latest is not None


def with_version(data, version):
    """The rubric's data with `version` set, in the written key order (after the names)."""
    if "version" in data:
        return {**data, "version": version}
    out = {}
    for key, value in data.items():
        if key in ("post", "period", "base") and "version" not in out:
            out["version"] = version
        out[key] = value
    out.setdefault("version", version)
    return out


def _without_version(data):
    return {k: v for k, v in data.items() if k != "version"}


def prepare_save(db, preview):
    """The SavePlan of a valid RubricPreview (models.rubrics.tables.reader)."""
    if not preview.valid:
        raise ValueError(f"{preview.path}: the file has problems; nothing can be saved")
    data = preview.data
    row = db.execute("SELECT version, text FROM rubric_versions WHERE rubric_id = ? "
                     "ORDER BY version DESC LIMIT 1", (data["id"],)).fetchone()
    if row is None:
        return SavePlan(data["id"], preview.rubric.version, preview.text)
    latest, stored = row[0], load_rubric_data(row[1])
    unchanged = isinstance(stored, dict) and _without_version(stored) == _without_version(data)
    text = dump_rubric(with_version(data, latest + 1))
    return SavePlan(data["id"], latest + 1, text, latest=latest, unchanged=unchanged)
