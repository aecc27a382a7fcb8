"""Rubric versions: stored YAML text, immutable, parsed once per process by SHA-256."""

import hashlib
import json

from models import audit
from models.storage import clock
from models.storage.errors import NotFoundError

_parsed = {}  # sha256 → Rubric; the text is immutable, so the parse is too


def normalise(text):
    # CRLF from Windows editors and a BOM must not make "the same file" a new version.
    return text.lstrip("\ufeff").replace("\r\n", "\n")


def text_sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _parse(text, sha, file):
    from scoring import rubric_from_text  # the engine loads only when a rubric is read (start-up)

    rubric = _parsed.get(sha)
    if rubric is None:
        rubric = _parsed[sha] = rubric_from_text(text, file=file)
    return rubric


def clear_cache():
    """Forget parsed rubrics (benchmarks measuring a fresh process)."""
    _parsed.clear()


def save_rubric_text(db, text, *, builtin=False, file="<input>", by):
    """Validate and store one rubric version; returns its row id.

    The same content again returns the same row; different content under a version number
    already stored is refused (an edit must raise `version`). Raises RubricError (a
    ValueError) naming the file, item and field.
    """
    from scoring import RubricError

    # The role rule (manage_rubrics) for a signed-in user (models.people.access.UserActor): the
    # actor checks itself, since models.rubrics sits below the role rules. A plain-string actor
    # (the built-in rubrics, a tool) has no `require` and is not checked.
    if hasattr(by, "require"):
        by.require("manage_rubrics")
    text = normalise(text)
    sha = text_sha256(text)
    rubric = _parse(text, sha, file)
    with db.atomic():
        row = db.execute("SELECT id, sha256 FROM rubric_versions WHERE rubric_id = ? "
                         "AND version = ?", (rubric.id, rubric.version)).fetchone()
        if row is not None:
            if row[1] == sha:
                return row[0]
            raise RubricError(f"rubric '{rubric.id}' version {rubric.version} is already stored "
                              "with different content; raise `version` to save an edit",
                              file=file, field="version")
        version_id = db.execute(
            "INSERT INTO rubric_versions (rubric_id, version, name, name_en, posts_json, text, "
            "sha256, builtin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rubric.id, rubric.version, rubric.name, rubric.texts.get("name_en"),
             json.dumps(list(rubric.posts), ensure_ascii=False), text, sha, int(builtin),
             clock.stamp())).lastrowid
        audit.record(db, actor=by, action="add", entity="rubric_version", entity_id=version_id,
                     after={"rubric_id": rubric.id, "version": rubric.version, "sha256": sha,
                            "builtin": builtin})
    return version_id


def version_row(db, version_id):
    rows = list(db.query("SELECT * FROM rubric_versions WHERE id = ?", (version_id,)))
    if not rows:
        raise NotFoundError(f"no rubric version with id {version_id}")
    return rows[0]


def load_version(db, version_id):
    """The parsed scoring Rubric of a stored version (cached per process)."""
    row = db.execute("SELECT text, sha256, rubric_id, version FROM rubric_versions WHERE id = ?",
                     (version_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no rubric version with id {version_id}")
    text, sha, rubric_id, version = row
    return _parse(text, sha, f"{rubric_id} v{version} (stored)")


def latest_version_id(db, rubric_id):
    row = db.execute("SELECT id FROM rubric_versions WHERE rubric_id = ? "
                     "ORDER BY version DESC LIMIT 1", (rubric_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no rubric with id {rubric_id!r}")
    return row[0]


LATEST = ("SELECT * FROM rubric_versions r WHERE version = "
          "(SELECT max(version) FROM rubric_versions WHERE rubric_id = r.rubric_id)")


def _listed(row):
    row = dict(row)
    row.pop("text")
    return dict(row, posts=json.loads(row.pop("posts_json")), builtin=bool(row["builtin"]))


def list_rubrics(db):
    """The latest version of every rubric, by name (without the YAML text)."""
    return [_listed(row) for row in db.query(LATEST + " ORDER BY name, rubric_id")]


def list_posts(db):
    """Every post (岗位) a rubric's latest version is for, sorted."""
    return sorted({post for rubric in list_rubrics(db) for post in rubric["posts"]})


# Which version of a rubric is in use in month M (assignments.period_month) when nothing assigns
# one: saving v2 "from December" must leave November on v1 even where the rubric reaches people
# by its file's posts. A version first assigned from a later month is not in use yet; of the
# rest the highest wins; when every version starts later, the first to start does.
def _starts(db, rubric_ids):
    """{version id: the first month it is assigned from} for these rubrics' versions."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'rubric_assignments'").fetchone():
        return {}
    marks = ", ".join("?" * len(rubric_ids))
    return dict(db.execute(
        "SELECT version_id, min(from_month) FROM rubric_assignments WHERE version_id IS NOT NULL "
        f"AND rubric_id IN ({marks}) GROUP BY version_id", list(rubric_ids)).fetchall())


def _in_use(rows, starts, month):
    """The row of the version in use in `month` among one rubric's version rows."""
    if month is None:
        return max(rows, key=lambda r: r["version"])
    ready = [r for r in rows if starts.get(r["id"], month) <= month]
    if ready:
        return max(ready, key=lambda r: r["version"])
    return min(rows, key=lambda r: (starts[r["id"]], r["version"]))


def latest_version_in_use(db, rubric_id, month=None):
    """The id of the rubric's version in use in `month` by its latest-version rule (None: the
    latest stored)."""
    rows = list(db.query("SELECT id, version FROM rubric_versions WHERE rubric_id = ?",
                         (rubric_id,)))
    if not rows:
        raise NotFoundError(f"no rubric with id {rubric_id!r}")
    return _in_use(rows, _starts(db, {rubric_id}) if month is not None else {}, month)["id"]


def rubric_for_post(db, post, month=None):
    """(version_id, Rubric) for a post, or None. A rubric of the organisation's own wins over a
    built-in one; among equals the most recently stored. With `month` (assignments.period_month),
    each rubric counts in the version in use by then, as `latest_version_in_use` says."""
    rows = [dict(r) for r in db.query("SELECT id, rubric_id, version, posts_json, builtin, "
                                      "created_at FROM rubric_versions")]
    rubrics = {}
    for row in rows:
        rubrics.setdefault(row["rubric_id"], []).append(row)
    starts = _starts(db, set(rubrics)) if month is not None and rubrics else {}
    chosen = [_in_use(versions, starts, month) for versions in rubrics.values()]
    chosen = [r for r in chosen if post in json.loads(r["posts_json"])]
    if not chosen:
        return None
    newest_first = sorted(chosen, key=lambda r: (r["created_at"], r["id"]), reverse=True)
    best = min(newest_first, key=lambda r: r["builtin"])   # own before built-in (min is stable)
    return best["id"], load_version(db, best["id"])
