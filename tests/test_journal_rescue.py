"""A journal left by a crash is copied and checked before SQLite recovers it: damage that loses
saved ticks is told, kept and audited, never discarded silently
(models/storage/journal_rescue.py)."""

import subprocess
import sys
from pathlib import Path

import pytest

from models.audit.query import search_events
from models.database.store import open_db, open_report
from models.storage import journal_rescue
from tests.test_crash_kill import prepare

pytestmark = pytest.mark.slow   # a writer subprocess per test
ROOT = Path(__file__).resolve().parent.parent
TICKS = 40
WRITER = """
import os, sys
sys.path.insert(0, sys.argv[1])
from models.work.incidents import add_incident
from models.database.store import open_db
db = open_db(sys.argv[2], first_run_setup=False)
for n in range(int(sys.argv[6])):
    add_incident(db, employee_id=int(sys.argv[3]), version_id=int(sys.argv[4]),
                 item_id=sys.argv[5], note=f"tick {n}", by="writer")
os._exit(0)   # acknowledged, then the process dies: no checkpoint, the -wal stays
"""


def crashed_store(path, ticks=TICKS):
    args = prepare(path)
    subprocess.run([sys.executable, "-c", WRITER, str(ROOT), str(path), *args, str(ticks)],
                   check=True, timeout=120)
    wal = journal_rescue.wal_path(path)
    assert wal.stat().st_size > 0
    return wal


def frames(wal):
    page = int.from_bytes(wal.read_bytes()[8:12], "big")
    return page, (wal.stat().st_size - 32) // (24 + page)


def damage(wal, frame):
    page, _ = frames(wal)
    data = bytearray(wal.read_bytes())
    at = 32 + frame * (24 + page) + 24 + 100       # inside the frame's page
    data[at:at + 8] = b"\xde\xad\xbe\xef" * 2
    wal.write_bytes(bytes(data))
    return bytes(data)


def ticks(db):
    return db.execute("SELECT count(*) FROM incidents WHERE note LIKE 'tick %'").fetchone()[0]


def test_an_intact_journal_is_recovered_in_full_and_no_copy_is_kept(store_path):
    crashed_store(store_path)
    db = open_db(store_path, first_run_setup=False)
    try:
        assert ticks(db) == TICKS
        journal = open_report(db).journal
        assert journal is not None and not journal.damaged and journal.kept is None
    finally:
        db.close()
    assert not list(store_path.parent.glob("*.damaged-*"))
    assert not list(store_path.parent.glob("*.partial"))


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_damaged_journal_is_told_kept_and_audited(store_path, where):
    wal = crashed_store(store_path)
    _, count = frames(wal)
    frame = {"first": 0, "middle": count // 2, "last": count - 1}[where]
    damaged_bytes = damage(wal, frame)
    db = open_db(store_path, first_run_setup=False)
    try:
        lost = TICKS - ticks(db)
        assert lost > 0                            # SQLite really dropped saved ticks …
        journal = open_report(db).journal
        assert journal.damaged                     # … and we say so
        assert journal.report.lost_commits >= lost
        assert journal.kept.read_bytes() == damaged_bytes   # the journal, byte for byte
        assert journal.last_good_commit is not None
        assert "could not be recovered" in journal.sentence()
        event = search_events(db, entity="database", text="journal_damaged")[0]
        assert event["action"] == "journal_damaged"
        assert event["after"]["lost_commits"] == journal.report.lost_commits
        assert event["after"]["kept"] == str(journal.kept)
    finally:
        db.close()
    # Opened again: the journal was replayed and checkpointed; nothing more to report.
    db = open_db(store_path, first_run_setup=False)
    assert not open_report(db).journal or not open_report(db).journal.damaged
    db.close()
    assert journal.kept.exists()


def test_a_leftover_partial_copy_is_removed_and_the_journal_checked_again(store_path):
    wal = crashed_store(store_path)
    leftover = store_path.with_name(f"{wal.name}.20261129-000000.999{journal_rescue.PARTIAL}")
    leftover.write_bytes(b"half a copy")
    db = open_db(store_path, first_run_setup=False)
    try:
        assert ticks(db) == TICKS
    finally:
        db.close()
    assert not leftover.exists()


def test_no_journal_check_on_a_file_the_app_holds(store_path, monkeypatch):
    from models.storage import instance_lock

    wal = crashed_store(store_path)
    damage(wal, 0)
    lock = instance_lock.lock_database(store_path)   # a running app: its journal is live
    try:
        db = open_db(store_path, first_run_setup=False)
        assert open_report(db).journal is None
        db.close()
    finally:
        lock.release()


def test_the_command_line_tells_of_a_damaged_journal(store_path, tmp_path):
    wal = crashed_store(store_path)
    damage(wal, 0)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(store_path),
                           "print", "--period", "2026-11", "--out", str(tmp_path / "pdf"),
                           "--no-sign"], capture_output=True, text=True, timeout=120)
    assert "warning: The database journal was damaged" in done.stderr
    assert "could not be recovered" in done.stderr
