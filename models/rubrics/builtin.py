"""The built-in rubrics: every resources/rubrics/*.yaml, stored as versions when new or changed."""

from models.rubrics.versions import normalise, save_rubric_text, text_sha256
from models.storage.resources import resource_path


def builtin_files():
    return sorted(resource_path("rubrics").glob("*.yaml"))


def install_builtin_rubrics(db):
    """Store every resources/rubrics/*.yaml not stored yet. Idempotent and cheap when nothing
    changed (files are hashed, parsed only when new). Returns the problems, one line each;
    a bad file never stops the others."""
    known = {row[0] for row in db.execute("SELECT sha256 FROM rubric_versions")}
    problems = []
    for path in builtin_files():
        try:
            text = normalise(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot be read ({exc})")
            continue
        if text_sha256(text) in known:
            continue
        from scoring import RubricError

        try:
            save_rubric_text(db, text, builtin=True, file=str(path), by="(built-in)")
        except RubricError as exc:
            problems.append(str(exc))
    return problems
