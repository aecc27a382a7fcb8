"""Opening the store: schema, first-run setup, refusals that leave the file alone, migrations."""

import sqlite3

import pytest

from models.database import migrations
from models.database.store import StoreError, open_db
from models.rubrics import builtin_files

TABLES = {"teams", "employees", "users", "rubric_versions", "inspections", "incidents",
          "kpi_values", "audit_events", "settings"}


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_new_file_gets_schema_builtins_and_demo(store_path):
    db = open_db(store_path)
    assert set(db.table_names()) >= TABLES
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert count(db, "rubric_versions") == len(builtin_files()) > 0
    assert count(db, "employees") == 6 and count(db, "incidents") > 0
    db.close()


def test_reopening_shows_everything_again(store_path):
    db = open_db(store_path)
    before = {t: count(db, t) for t in TABLES}
    db.close()
    db = open_db(store_path)
    assert {t: count(db, t) for t in TABLES} == before  # no second demo, no duplicate rubrics
    assert not list(store_path.parent.glob("*.bak"))     # nothing migrated, nothing copied
    db.close()


def test_file_from_a_newer_version_is_refused_and_untouched(store_path):
    open_db(store_path, first_run_setup=False).close()
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.commit()
    conn.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="newer Appraisal Desk") as info:
        open_db(store_path)
    assert info.value.reason == "newer"
    assert store_path.read_bytes() == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(store_path):
    store_path.write_bytes("工号,姓名\nA001,张三\n".encode())
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="not an SQLite database") as info:
        open_db(store_path)
    assert info.value.reason == "not_sqlite"
    assert store_path.read_bytes() == before


def test_another_programs_sqlite_file_is_refused_and_untouched(store_path):
    conn = sqlite3.connect(store_path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.execute("INSERT INTO photos (path) VALUES ('a.jpg')")
    conn.commit()
    conn.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="another program") as info:
        open_db(store_path)
    assert info.value.reason == "not_ours"
    assert store_path.read_bytes() == before


def test_a_folder_or_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_db(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_db(tmp_path / "no-such-folder" / "store.db")


def test_an_empty_existing_file_is_migrated_after_a_copy(store_path):
    sqlite3.connect(store_path).close()  # an empty SQLite database (0 bytes)
    assert store_path.exists()
    db = open_db(store_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert count(db, "employees") == 6  # still a first run: demo installed
    db.close()
    copy = store_path.with_name(f"{store_path.name}.pre-v{migrations.latest_version()}.bak")
    assert copy.exists()


def _v2(db):
    db.execute("ALTER TABLE employees ADD COLUMN phone TEXT NOT NULL DEFAULT ''")


def test_a_file_is_copied_then_migrated_to_the_next_version(store_path, monkeypatch):
    current = migrations.latest_version()
    db = open_db(store_path, first_run_setup=False)
    db.execute("INSERT INTO settings (key, value_json) VALUES ('inspector_name', '\"王丽\"')")
    db.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(current + 1, _v2)])
    db = open_db(store_path, first_run_setup=False)
    assert db.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert "phone" in db["employees"].columns_dict
    assert count(db, "settings") == 1
    db.close()
    copy = sqlite3.connect(store_path.with_name(f"{store_path.name}.pre-v{current + 1}.bak"))
    assert copy.execute("PRAGMA user_version").fetchone()[0] == current
    assert copy.execute("SELECT value_json FROM settings").fetchone()[0] == '"王丽"'
    copy.close()


def test_a_failing_migration_leaves_the_file_at_its_version(store_path, monkeypatch):
    open_db(store_path, first_run_setup=False).close()

    def broken(db):
        db.execute("ALTER TABLE employees ADD COLUMN phone TEXT")
        db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    current = migrations.latest_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + [(current + 1, broken)])
    with pytest.raises(StoreError, match=f"from version {current} failed") as info:
        open_db(store_path, first_run_setup=False)
    assert info.value.reason == "migration"
    conn = sqlite3.connect(store_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    columns = [row[1] for row in conn.execute("PRAGMA table_info(employees)")]
    assert "phone" not in columns
    conn.close()


def test_database_refuses_edits_of_evidence(store):
    with pytest.raises(sqlite3.IntegrityError, match="immutable"):
        store.execute("UPDATE rubric_versions SET name = 'x'")
    store.execute("INSERT INTO audit_events (at, action, entity) VALUES ('t', 'a', 'e')")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.execute("UPDATE audit_events SET actor = 'someone else'")


def test_default_path_is_in_the_user_data_folder(tmp_path, monkeypatch):
    from models.database.store import default_db_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr("sys.platform", "linux")
    path = default_db_path()
    assert path.name == "appraisal-desk.db" and path.parent.is_dir()
    assert path.parent == tmp_path / "data" / "AppraisalDesk"


def test_a_locked_file_is_refused_with_the_reason(store_path, monkeypatch):
    open_db(store_path, first_run_setup=False).close()
    monkeypatch.setattr("models.database.store.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(store_path)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked") as info:
            open_db(store_path, first_run_setup=False)
        assert info.value.reason == "unreadable"
    finally:
        holder.rollback()
        holder.close()
