"""Damaged, read-only and full stores: refused or reported clearly, and never written to."""

import os
import random
import shutil
import sqlite3

import pytest

from models.database import backups
from models.database.store import open_db
from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import install_builtin_rubrics, rubric_for_post
from models.storage import integrity
from models.storage.errors import StoreError, write_errors
from models.work.incidents import add_incident
from tests.fs_helpers import made_read_only

POST = "客户服务代表"


def _fill(db, ticks):
    version_id, rubric = rubric_for_post(db, POST)
    item = next(i for i in rubric.items() if i.takes_incidents and i.kind != "veto"
                and not i.spec.is_range)
    team = add_team(db, name="一班", by="test")
    employee = add_employee(db, code="K001", name="王丽", team_id=team, post=POST, by="test")
    for n in range(ticks):
        add_incident(db, employee_id=employee, version_id=version_id, item_id=item.id,
                     note=f"第{n}次 note {n}", by="test")
    return employee, version_id, item.id


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A real store (built-in rubrics, demo team, 1,500 ticks), closed: checkpointed, no WAL."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    db = open_db(path)
    _fill(db, 1500)
    db.close()
    return path


@pytest.fixture
def real_store(template, tmp_path):
    path = tmp_path / "store.db"
    shutil.copyfile(template, path)
    return path


def listing(folder):
    return sorted(p.name for p in folder.iterdir())


def garble_middle_pages(path, seed=7):
    """Random bytes over whole pages in the middle of the file, as a failing disk leaves them."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    rng = random.Random(seed)
    for number in range(pages * 2 // 5, pages * 3 // 5):
        data[number * page:(number + 1) * page] = rng.randbytes(page)
    path.write_bytes(bytes(data))


def insert_orphan_incident(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO incidents (employee_id, rubric_version_id, item_id, at, "
                 "created_at) VALUES (9999, 1, 'x', '2026-11-01T09:00:00', "
                 "'2026-11-01T09:00:00')")
    conn.commit()
    conn.close()


# -- check_file ----------------------------------------------------------------------------------

def test_a_sound_store_passes_and_the_check_writes_nothing(real_store):
    before, names = real_store.read_bytes(), listing(real_store.parent)
    report = integrity.check_file(real_store)
    assert report.ok and report.checked and report.problems == () and report
    assert real_store.read_bytes() == before and listing(real_store.parent) == names


def test_garbage_in_the_middle_pages_is_found(real_store):
    garble_middle_pages(real_store)
    before, names = real_store.read_bytes(), listing(real_store.parent)
    report = integrity.check_file(real_store)
    assert not report.ok and report.problems
    assert real_store.read_bytes() == before and listing(real_store.parent) == names


def test_a_foreign_key_violation_is_found(real_store):
    insert_orphan_incident(real_store)
    report = integrity.check_file(real_store)
    assert not report.ok
    assert any("incidents row" in p and "employees" in p for p in report.problems)


def test_a_truncated_file_is_found(real_store):
    data = real_store.read_bytes()
    real_store.write_bytes(data[:len(data) // 2])
    report = integrity.check_file(real_store)
    assert not report.ok and "truncated" in report.problems[0]


def test_missing_and_foreign_files_are_reported_not_raised(tmp_path):
    assert not integrity.check_file(tmp_path / "none.db").ok
    (tmp_path / "x.db").write_text("工号,姓名\n")
    assert "not an SQLite database" in integrity.check_file(tmp_path / "x.db").problems[0]


# -- opening refuses a damaged file, byte for byte unchanged ---------------------------------------

@pytest.mark.parametrize("damage", [garble_middle_pages, insert_orphan_incident])
def test_open_refuses_a_damaged_file_and_leaves_it_byte_for_byte(real_store, damage):
    damage(real_store)
    before, names = real_store.read_bytes(), listing(real_store.parent)
    with pytest.raises(StoreError, match="is damaged") as info:
        open_db(real_store)
    error = info.value
    assert error.reason == "damaged" and error.problems and error.suggested_backup is None
    assert "No good backup" in str(error)
    assert real_store.read_bytes() == before
    assert listing(real_store.parent) == names  # no -wal, -shm, .bak or anything else


def test_a_damaged_file_points_to_the_newest_good_backup(real_store):
    db = open_db(real_store, first_run_setup=False)
    folder = backups.default_backup_folder(real_store)
    older = backups.backup_now(db, folder=folder, reason="test",
                               now=backups.datetime(2026, 11, 1, 8, 0, 0), by="test")
    newest = backups.backup_now(db, folder=folder, reason="test",
                                now=backups.datetime(2026, 11, 2, 8, 0, 0), by="test")
    db.close()
    garble_middle_pages(newest)      # the newest backup went bad on the disk too
    garble_middle_pages(real_store)
    before = real_store.read_bytes()
    with pytest.raises(StoreError) as info:
        open_db(real_store)
    assert info.value.reason == "damaged"
    assert info.value.suggested_backup == older == backups.newest_good_backup(folder)
    assert str(older) in str(info.value)
    assert real_store.read_bytes() == before


def test_big_clean_files_get_the_light_check_and_unclean_ones_the_full(real_store, monkeypatch):
    assert integrity.needs_full_check(real_store)                  # small: checked whole
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 1024)
    assert not integrity.needs_full_check(real_store)              # big and closed cleanly
    wal = real_store.with_name(real_store.name + "-wal")
    wal.write_bytes(b"")
    assert integrity.needs_full_check(real_store)                  # not closed cleanly
    wal.unlink()
    # The light check still covers every table but the big ones.
    conn = sqlite3.connect(real_store)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE employees SET team_id = 999 WHERE code = 'K001'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="employees row"):
        open_db(real_store)


# -- read-only files and folders ----------------------------------------------------------------

def test_a_read_only_file_is_refused_clearly(real_store):
    before = real_store.read_bytes()
    with made_read_only(real_store), pytest.raises(StoreError, match="read-only") as info:
        open_db(real_store)
    assert info.value.reason == "read_only"
    assert real_store.read_bytes() == before


def test_a_read_only_folder_is_refused_clearly(real_store, tmp_path):
    before = real_store.read_bytes()
    with made_read_only(tmp_path):
        with pytest.raises(StoreError, match="read-only") as info:
            open_db(real_store)
        assert info.value.reason == "read_only"
        with pytest.raises(StoreError, match="read-only") as info:
            open_db(tmp_path / "new.db")          # a new store cannot be created there either
        assert info.value.reason == "read_only"
    assert real_store.read_bytes() == before
    assert listing(tmp_path) == ["store.db"]


# -- a full disk -----------------------------------------------------------------------------------

def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_full_disk_refuses_the_write_clearly_and_loses_nothing(tmp_path):
    path = tmp_path / "store.db"
    db = open_db(path, first_run_setup=False)
    install_builtin_rubrics(db)
    employee, version_id, item_id = _fill(db, 0)
    events = count(db, "audit_events")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 3}")   # the disk fills up after a few ticks
    saved = []
    with pytest.raises(StoreError, match="disk is full") as info:
        for n in range(100_000):
            with write_errors("the tick", db=db):
                saved.append(add_incident(db, employee_id=employee, version_id=version_id,
                                          item_id=item_id, note="x" * 200 + str(n), by="test"))
    error = info.value
    assert error.reason == "disk_full" and isinstance(error, OSError)
    assert str(path) in str(error) and "everything saved before is safe" in str(error)
    assert len(saved) > 10
    assert count(db, "incidents") == len(saved)
    assert count(db, "audit_events") == events + len(saved)  # the failed tick left no half
    db.execute(f"PRAGMA max_page_count = {pages + 1000}")   # space freed: writing works again
    saved.append(add_incident(db, employee_id=employee, version_id=version_id, item_id=item_id,
                              by="test"))
    db.close()
    assert integrity.check_file(path).ok
    db = open_db(path, first_run_setup=False)
    assert [r[0] for r in db.execute("SELECT id FROM incidents ORDER BY id")] == saved
    db.close()


def test_write_errors_maps_the_machine_and_leaves_refusals_alone(real_store):
    db = open_db(real_store, first_run_setup=False)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="immutable"), write_errors(db=db):
            db.execute("UPDATE rubric_versions SET name = 'x'")     # a refusal stays itself
        with pytest.raises(sqlite3.OperationalError, match="no such table"), write_errors():
            db.execute("INSERT INTO no_such_table VALUES (1)")        # so does a bug
    finally:
        db.close()
    conn = sqlite3.connect(f"{real_store.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(StoreError, match="read-only") as info, write_errors("the note"):
            conn.execute("UPDATE settings SET value_json = '1'")
        assert info.value.reason == "read_only" and str(info.value).startswith("The note")
    finally:
        conn.close()
    for side in integrity.side_files(real_store):
        os.remove(side)  # left by the read-only connection above
