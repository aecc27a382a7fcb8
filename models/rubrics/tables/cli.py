"""`main.py rubric import FILE.xlsx|FILE.csv [-o OUT.yaml]` and `main.py rubric export
RUBRIC.yaml|ID -o OUT.xlsx|OUT.csv|OUT.yaml [--rubric-version N]`: headless, no Qt.

import: reads a filled-in template (docs/rubric-template.md), checks it with the engine and
        prints the rubric's YAML (or writes it to OUT.yaml). Nothing is stored.
export: writes a rubric file, or a rubric of the store (`--db`, default the app's database; its
        latest version unless --rubric-version), as the template (.xlsx, .csv) or as YAML.

Exit 0 done · 1 the store cannot be read · 2 bad input: every problem on stderr, one line each
with its sheet, row and column (import), or the file, line and field (export of a file).
"""

import argparse
import sys
from pathlib import Path

RUBRIC_SUFFIXES = (".yaml", ".yml", ".json")


def add_rubric_arguments(parser):
    actions = parser.add_subparsers(dest="rubric_command", metavar="import|export")
    actions.required = True
    imports = actions.add_parser("import", help="read a rubric from the Excel or CSV template")
    imports.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    imports.add_argument("-o", "--out", metavar="OUT.yaml", help="write the YAML here (default: "
                         "print it)")
    exports = actions.add_parser("export", help="write a rubric as the template or as YAML")
    exports.add_argument("rubric", metavar="RUBRIC.yaml|ID",
                         help="a rubric file, or the id of a rubric in the store (--db)")
    exports.add_argument("-o", "--out", required=True, metavar="OUT.xlsx|OUT.csv|OUT.yaml")
    exports.add_argument("--rubric-version", type=int, metavar="N",
                         help="this version of a stored rubric (default: the latest)")
    # Also after the sub-command; SUPPRESS keeps a --db given before it.
    exports.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                         help="the database of the rubric ID (default: the app's)")


def _fail(message, err):
    print(f"error: {message}", file=err)
    return 2


def main_rubric(args, *, default_db=None, out=None, err=None):
    out, err = out or sys.stdout, err or sys.stderr
    if args.rubric_command == "import":
        return _import(args, out, err)
    return _export(args, default_db, out, err)


def _import(args, out, err):
    from models.rubrics.tables.book import write_text
    from models.rubrics.tables.reader import preview_rubric_file

    try:
        preview = preview_rubric_file(args.file)
    except ValueError as exc:
        return _fail(str(exc), err)
    for notice in preview.notices:
        print(f"note: not read: {notice}", file=err)
    if preview.problems:
        for problem in preview.problems:
            print(f"error: {args.file}: {problem}", file=err)
        print(f"{len(preview.problems)} problem(s); nothing was written", file=err)
        return 2
    rubric = preview.rubric
    if not args.out:
        out.write(preview.text)
        return 0
    try:
        path = write_text(preview.text, args.out)
    except OSError as exc:
        return _fail(f"{args.out}: cannot be written ({exc.strerror or exc})", err)
    items = sum(len(s.items) for s in rubric.sections)
    print(f"wrote {path}: rubric {rubric.id} version {rubric.version}, "
          f"{len(rubric.sections)} section(s), {items} item(s)", file=out)
    return 0


def _export(args, default_db, out, err):
    from models.rubrics.tables.writer import export_rubric

    source = Path(args.rubric)
    if source.suffix.lower() in RUBRIC_SUFFIXES or source.is_file():
        text = _file_text(source, err)
    else:
        text = _stored_text(args, default_db, err)
    if isinstance(text, int):
        return text
    try:
        path = export_rubric(text, args.out)
    except OSError as exc:
        return _fail(f"{args.out}: cannot be written ({exc.strerror or exc})", err)
    except ValueError as exc:
        return _fail(str(exc), err)
    print(f"wrote {path}", file=out)
    return 0


def _file_text(path, err):
    from scoring import RubricError, rubric_from_text
    from scoring.source import read_file

    try:
        read_file(path)                        # unreadable, not UTF-8, not YAML: said here
        text = path.read_text(encoding="utf-8-sig")
        rubric_from_text(text, file=str(path))
    except RubricError as exc:
        return _fail(str(exc), err)
    return text


def _stored_text(args, default_db, err):
    import sqlite3

    from models.storage import integrity

    db_path = Path(args.db) if getattr(args, "db", None) else default_db() if default_db \
        else None
    if db_path is None or not db_path.is_file():
        return _fail(f"{args.rubric!r} is not a rubric file, and there is no database at "
                     f"{db_path}", err)
    query = "SELECT text, version FROM rubric_versions WHERE rubric_id = ?"
    params = [args.rubric]
    if args.rubric_version is not None:
        query += " AND version = ?"
        params.append(args.rubric_version)
    try:
        with integrity.open_read_only(db_path) as conn:
            row = conn.execute(query + " ORDER BY version DESC LIMIT 1", params).fetchone()
    except sqlite3.Error as exc:
        print(f"error: {db_path} cannot be read as a database: {exc}", file=err)
        return 1
    if row is None:
        version = f" version {args.rubric_version}" if args.rubric_version is not None else ""
        return _fail(f"no rubric {args.rubric!r}{version} in {db_path} (nor a file of that "
                     "name)", err)
    return row[0]
