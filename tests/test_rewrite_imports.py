"""tools/rewrite_imports.py: old flat models/ imports become the packages' (left out of the
script's own rewriting, so the old names below stay as written)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("rewrite_imports", ROOT / "tools/rewrite_imports.py")
tool = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(tool)
MODULES = tool.known_modules()


def rewrite(text, path="tests/example.py"):
    warnings = []
    once = tool.rewrite_python(ROOT / path, text, MODULES, warnings)
    assert tool.rewrite_python(ROOT / path, once, MODULES, []) == once, "not idempotent"
    return once, warnings


def test_module_paths_in_code_strings_and_comments():
    out, _ = rewrite('import models.store  # see models/store.py\n'
                     'from models.audit_chain import verify_chain\n'
                     'monkeypatch.setattr("models.store.BUSY_TIMEOUT_MS", 50)\n')
    assert out == ('import models.database.store  # see models/database/store.py\n'
                   'from models.audit.chain import verify_chain\n'
                   'monkeypatch.setattr("models.database.store.BUSY_TIMEOUT_MS", 50)\n')


def test_from_models_import_splits_by_package_keeping_names_and_comments():
    out, _ = rewrite("def f():\n"
                     "    from models import audit, settings as s, users  # noqa: E402\n"
                     "    return audit, s, users\n")
    assert out == ("def f():\n"
                   "    from models import audit  # noqa: E402\n"
                   "    from models.people import users  # noqa: E402\n"
                   "    from models.work import settings as s  # noqa: E402\n"
                   "    return audit, s, users\n")


def test_code_in_a_string_run_by_a_subprocess_too():
    out, _ = rewrite('LOOP = """\nfrom models import backups, forms\nbackups.rotate(f)\n"""\n')
    assert out == ('LOOP = """\nfrom models import forms\nfrom models.database import backups\n'
                   'backups.rotate(f)\n"""\n')


def test_a_moved_function_gets_its_module_and_the_unused_one_goes():
    out, _ = rewrite("def f(folder):\n"
                     "    from models import integrity\n\n"
                     "    return integrity.newest_good_backup(folder)\n")
    assert out == ("def f(folder):\n"
                   "    from models.database import backups\n\n"
                   "    return backups.newest_good_backup(folder)\n")


def test_renames_follow_the_module_a_name_comes_from():
    out, _ = rewrite("from models import forms, incidents\n"
                     "from reports.form_view import FormView, form_view\n"
                     "forms.approve_incident(db, 1, incident_id=2, user_id=3, pin='0000')\n"
                     "incidents.approve_incident(db, 2, by='x')\n"
                     "view: FormView = form_view(document)\n")
    assert "forms.approve_form_entry(db, 1" in out
    assert "incidents.approve_incident(db, 2" in out
    assert "from reports.printed_form import PrintedForm, printed_form\n" in out
    assert "view: PrintedForm = printed_form(document)\n" in out


def test_the_defining_module_renames_its_own_definition():
    out, _ = rewrite("class MonthView(QWidget):\n    pass\n\n__all__ = ['MonthView']\n",
                     path="ui/month_view.py")
    assert out == "class MonthPanel(QWidget):\n    pass\n\n__all__ = ['MonthPanel']\n"


def test_prose_pushed_over_the_line_limit_is_wrapped_and_code_is_not():
    doc = ('def f():\n    """Shows a `models.month.MonthView`; `load` is given a fresh one '
           'whenever inputs change."""\n')
    out, _ = rewrite(doc)
    assert all(len(line) <= tool.LINE_LIMIT for line in out.splitlines())
    assert " ".join(out.split()) == " ".join(doc.replace("models.month", "models.work.month")
                                                .split())


@pytest.mark.parametrize("folder", ["models", "reports", "ui", "tests", "bench", "docs"])
def test_nothing_in_the_repository_uses_an_old_name(folder, capsys):
    assert tool.main(["--check", str(ROOT / folder)]) == 0, capsys.readouterr().out
