"""Shared test set-up: Qt offscreen (no display needed) and fresh stores per test."""

import os
import shutil
import tempfile

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one-app-per-file locks of the tests' stores stay out of the user's cache folder.
os.environ.setdefault("APPRAISAL_DESK_LOCK_DIR", tempfile.mkdtemp(prefix="appraisal-locks-"))
# Tests never write into the developer's real keyring (tests/test_org_key.py fakes one).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

# Property tests draw the same examples on every run, so a CI result is repeatable; set
# HYPOTHESIS_PROFILE=explore to draw new ones locally.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store.db"


@pytest.fixture(scope="session")
def store_template(tmp_path_factory):
    """Opening a brand-new file costs ~0.6 s (built-in rubrics, demo team): made once."""
    from models.database.store import open_db

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_db(path).close()
    return path


@pytest.fixture
def db(store_template, tmp_path):
    """A fresh store file with the built-in rubrics and the demo team (a copy of the template),
    as a new user's first start makes it."""
    from models.database.store import open_db

    path = tmp_path / "t.db"
    shutil.copy(store_template, path)
    signing = store_template.parent / "signing"
    if signing.is_dir():        # the demo's signed history is sealed with the template's key
        shutil.copytree(signing, tmp_path / "signing")
    opened = open_db(path)
    yield opened
    opened.close()


@pytest.fixture
def store(store_path):
    """A fresh store file with the built-in rubrics and no demo team."""
    from models.database.store import open_db
    from models.rubrics import install_builtin_rubrics

    db = open_db(store_path, first_run_setup=False)
    assert install_builtin_rubrics(db) == []
    yield db
    db.close()


@pytest.fixture
def office(store, monkeypatch):
    """The forms' office (tests/forms_fixtures.py): two teams, three users with PINs."""
    from tests.forms_fixtures import make_office

    return make_office(store, monkeypatch)


@pytest.fixture
def led_office(office):
    """The forms' office with its shift lead assigned to team 一班 (the access tests)."""
    from models.people import users

    users.set_user_teams(office.db, office.lead_user, [office.team_a], by="孙人事")
    return office


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answered at once; what they said as (kind, text)."""
    from PySide6.QtWidgets import QMessageBox

    seen = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, k=kind: seen.append((k, text)))
    return seen


@pytest.fixture
def draft(office):
    """Employee A1's draft form of the office's period."""
    from models import forms
    from tests.forms_fixtures import PERIOD, form_of

    forms.create_forms(office.db, team_id=office.team_a, period=PERIOD, by="李班长")
    return form_of(office.db, office.a1)


@pytest.fixture
def session_for():
    """`session_for(db, user=None, language="zh")`: the ui.session.Session a panel or dialog
    is given (the main window makes one; a test of a lone panel makes its own)."""
    from ui.session import Session

    def make(db, user=None, *, language="zh"):
        return Session(db, user=user, language=language)

    return make
