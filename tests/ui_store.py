"""Fixtures for the UI tests: a fresh store per test.

Opening a brand-new file costs ~0.6 s (built-in rubrics, demo team), so one template is made per
session and each test opens its own copy with `models.database.store.open_db` — still a fresh temp
file.
"""

import shutil

import pytest

from models.database.store import open_db


@pytest.fixture(scope="session")
def store_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_db(path).close()
    return path


@pytest.fixture
def db(store_template, tmp_path):
    path = tmp_path / "t.db"
    shutil.copy(store_template, path)
    store = open_db(path)
    yield store
    store.close()


def count(db, table, where="1", params=()):
    return db.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
