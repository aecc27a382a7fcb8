"""Rewrite imports and references after models/ became packages and a few names were made unique.

    python tools/rewrite_imports.py            # the whole repository
    python tools/rewrite_imports.py ui tests   # only these files or folders
    python tools/rewrite_imports.py --check    # change nothing; list what would change, exit 1

Idempotent: a second run changes nothing, so run it again after any edit that still uses an old
name (the tables below are the whole mapping). What it rewrites, in every .py file:

- dotted module paths anywhere, code, strings and comments alike: `from models.store import x`,
  `import models.store`, `models.store.open_db` in a docstring, "models.store.X" given to
  monkeypatch / mock.patch / importlib;
- `from models import a, b` (a statement per package: `from models.people import a` …, keeping
  the bound names, so `a.f()` still works), at module level and inside functions alike;
- the names in SYMBOLS: `from m import old` and its uses, `alias.old` where `alias` is bound to
  the module `m`, the definition in `m` itself and `__all__`; a name moved to another module gets
  an import of that module beside the one it came through;
- file paths such as `models/store.py` (in .py and .md files), and dotted paths in .md files.

Then, when ruff is installed, `ruff check --select I --fix` sorts the import blocks of the .py
files it changed, and lines now longer than the limit are listed. A Qt class rename (QT_CONTEXTS)
also renames the translation context in the .ts catalogue and rebuilds the .qm.
The edits are made by tools/import_edits.py and tools/prose_wrap.py; this file and its test
(tests/test_rewrite_imports.py) are left out of the rewriting, as they hold the old names.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # its two helpers beside it

from import_edits import Rules, rename_symbols, rewrite_text, split_package_imports  # noqa: E402
from prose_wrap import fit_long_lines  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Left out of the rewriting: this file and its test, which write the old names on purpose.
SKIP_FILES = {Path(__file__).resolve(), ROOT / "tests" / "test_rewrite_imports.py"}
LINE_LIMIT = 100

# old module → new module
MODULES = {
    # models.storage: the bottom (the file, its checks, the values written into it)
    "models.errors": "models.storage.errors",
    "models.clock": "models.storage.clock",
    "models.codec": "models.storage.codec",
    "models.resources": "models.storage.resources",
    "models.safe_files": "models.storage.safe_files",
    "models.live_files": "models.storage.live_files",
    "models.instance_lock": "models.storage.instance_lock",
    "models.wal_check": "models.storage.wal_check",
    "models.journal_rescue": "models.storage.journal_rescue",
    "models.integrity": "models.storage.integrity",
    # models.audit: one package (models.audit itself stays, exporting the public functions)
    "models.audit_chain": "models.audit.chain",
    "models.audit_query": "models.audit.query",
    # models.people
    "models.employees": "models.people.employees",
    "models.teams": "models.people.teams",
    "models.users": "models.people.users",
    "models.access": "models.people.access",
    "models.names": "models.people.names",
    "models.imports": "models.people.imports",
    # models.work
    "models.periods": "models.work.periods",
    "models.settings": "models.work.settings",
    "models.incidents": "models.work.incidents",
    "models.inspections": "models.work.inspections",
    "models.kpis": "models.work.kpis",
    "models.month": "models.work.month",
    "models.team_results": "models.work.team_results",
    "models.checklist": "models.work.checklist",
    # models.forms (models.forms itself stays, exporting what callers use)
    "models.form_states": "models.forms.form_states",
    "models.form_view": "models.forms.form_view",
    "models.form_document": "models.forms.form_document",
    "models.rule_text": "models.forms.rule_text",
    # models.database: the store as a whole (open, migrate, set up, back up, restore)
    "models.store": "models.database.store",
    "models.migrations": "models.database.migrations",
    "models.backups": "models.database.backups",
    "models.backup_restore": "models.database.backup_restore",
    "models.demo": "models.database.demo",
    # reports
    "reports.form_view": "reports.printed_form",
}

# Files that moved while their module name stayed (the module became a package).
EXTRA_PATHS = {
    "models/audit.py": "models/audit/trail.py",
    "models/rubrics.py": "models/rubrics/versions.py",
    "models/forms.py": "models/forms/drafts.py",
}

# (module, old name) → (module, new name); modules as they are after MODULES.
SYMBOLS = {
    ("models.storage.integrity", "newest_good_backup"):
        ("models.database.backups", "newest_good_backup"),
    ("models.storage.integrity", "record_full_check"):
        ("models.database.store", "record_full_check"),
    ("models.storage.integrity", "resume_writes"): ("models.database.store", "resume_writes"),
    ("models.forms", "approve_incident"): ("models.forms", "approve_form_entry"),
    ("models.forms.form_states", "approve_incident"):
        ("models.forms.form_states", "approve_form_entry"),
    ("models.storage.codec", "to_decimal"): ("models.storage.codec", "require_decimal"),
    ("reports.printed_form", "FormView"): ("reports.printed_form", "PrintedForm"),
    ("reports.printed_form", "form_view"): ("reports.printed_form", "printed_form"),
    ("ui.month_view", "MonthView"): ("ui.month_view", "MonthPanel"),
}

# Renamed Qt classes whose tr() context is the class name: old → new.
QT_CONTEXTS = {"MonthView": "MonthPanel"}
TS_FILE = ROOT / "resources" / "translations" / "appraisal_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
YAML_FILE = TS_FILE.with_name("zh_CN.yaml")

TEXT_SUFFIXES = {".md", ".rst", ".txt", ".toml", ".cfg", ".ini", ".spec"}
SKIP_DIRS = {".git", "__pycache__", ".pytest_cache", ".ruff_cache", "build", "dist",
             "resources", ".venv", "venv", "node_modules"}


RULES = Rules(MODULES, EXTRA_PATHS, SYMBOLS, LINE_LIMIT)


# -- the repository's modules -------------------------------------------------------------------

def module_of(path):
    rel = path.resolve().relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def known_modules():
    found = set(MODULES.values())
    for top in ("models", "reports", "scoring", "ui", "tests", "bench"):
        for path in (ROOT / top).rglob("*.py") if (ROOT / top).is_dir() else ():
            if "__pycache__" not in path.parts:
                found.add(module_of(path))
    return found


# -- files ----------------------------------------------------------------------------------------

def rewrite_python(path, text, modules, warnings):
    text = rewrite_text(text, RULES)
    try:
        text = split_package_imports(text, RULES)
        text = rename_symbols(text, module_of(path), RULES, modules, path, warnings)
        text = fit_long_lines(text, RULES.new_paths, LINE_LIMIT, path, warnings)
    except SyntaxError as exc:
        warnings.append(f"{path}: not valid Python ({exc.msg}, line {exc.lineno}): only module "
                        "paths were rewritten; run this again when it parses")
    return text


def files_under(targets):
    for target in targets:
        target = Path(target).resolve()
        if target.is_file():
            yield target
            continue
        for dirpath, dirnames, filenames in os.walk(target):
            dirnames[:] = sorted(d for d in dirnames
                                 if d not in SKIP_DIRS and not d.endswith(".egg-info"))
            for name in sorted(filenames):
                yield Path(dirpath) / name


def write_atomically(path, text):
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        shutil.copymode(path, temp)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.remove(temp)
        raise


def rewrite_translations(check):
    """Rename the tr() contexts of renamed Qt classes in the .ts and rebuild the .qm."""
    changed = []
    for path in (TS_FILE, YAML_FILE):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        new = text
        for old, name in QT_CONTEXTS.items():
            new = new.replace(f"<name>{old}</name>", f"<name>{name}</name>")
            new = re.sub(rf"^# {re.escape(old)}$", f"# {name}", new, flags=re.M)
        if new != text:
            changed.append(path)
            if not check:
                write_atomically(path, new)
    if TS_FILE in changed and not check:
        lrelease = shutil.which("pyside6-lrelease")
        if lrelease:
            subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(QM_FILE)], check=True)
        else:
            print(f"rebuild {QM_FILE.name}: python resources/translations/translate.py")
    return changed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="files or folders (default: the repository)")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if needed")
    parser.add_argument("--no-ruff", action="store_true", help="do not sort imports with ruff")
    args = parser.parse_args(argv)
    modules = known_modules()
    warnings, changed = [], []
    for path in files_under(args.paths or [ROOT]):
        if path.resolve() in SKIP_FILES:
            continue
        if path.suffix == ".py":
            rewrite = rewrite_python
        elif path.suffix in TEXT_SUFFIXES:
            def rewrite(_path, text, _modules, _warnings):
                return rewrite_text(text, RULES)
        else:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            warnings.append(f"{path}: not read ({exc})")
            continue
        new = rewrite(path, text, modules, warnings)
        if new != text:
            changed.append(path)
            if not args.check:
                write_atomically(path, new)
    if not args.paths or any(Path(p).resolve() in (ROOT, ROOT / "ui") for p in args.paths):
        changed += rewrite_translations(args.check)
    for path in changed:
        print(("would change " if args.check else "changed ") + str(path.relative_to(ROOT)))
    python_files = [str(p) for p in changed if p.suffix == ".py"]
    if python_files and not args.check and not args.no_ruff and shutil.which("ruff"):
        subprocess.run(["ruff", "check", "--quiet", "--select", "I", "--fix", *python_files],
                       cwd=ROOT, check=False)
        subprocess.run(["ruff", "check", "--quiet", "--select", "E501", "--output-format",
                        "concise", *python_files], cwd=ROOT, check=False)
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
