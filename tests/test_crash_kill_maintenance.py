"""SIGKILL during a backup, a restore and the start-up journal check: never a half file under a
final name, never a lost store, never a lost damaged journal.

Each child process repeats one operation until it is killed at a random moment; after every
kill the invariants are checked. MAINTENANCE_KILLS (default 12) kills per operation.
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.database import backups
from models.database.store import open_db, open_report
from models.storage import integrity, journal_rescue
from tests.test_crash_kill import prepare, stored
from tests.test_journal_rescue import damage

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
              pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("MAINTENANCE_KILLS", "12"))
PRELUDE = f"import os, sys, time\nsys.path.insert(0, {str(ROOT)!r})\n"


def kill_after(code, args, delay):
    proc = subprocess.Popen([sys.executable, "-c", PRELUDE + code, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"stopped by itself: {err[-2000:]}"
    return out


def filled_store(path, ticks=30):
    from models.work.incidents import add_incident

    employee, version, item = prepare(path)
    db = open_db(path, first_run_setup=False)
    for n in range(ticks):
        add_incident(db, employee_id=int(employee), version_id=int(version), item_id=item,
                     note=f"tick {n}", by="test")
    db.close()
    return stored(path)


BACKUP_LOOP = """
from models.database import backups
while True:
    print(backups.backup_file(sys.argv[1]), flush=True)
"""


def test_killed_backups_leave_only_whole_verified_backups(store_path):
    expected = filled_store(store_path)
    rng = random.Random(11)
    made = 0
    for _ in range(KILLS):
        made += len(kill_after(BACKUP_LOOP, [store_path], rng.uniform(0.2, 0.9)).split())
        folder = backups.default_backup_folder(store_path)
        for info in backups.list_backups(folder):
            assert info.ok, f"{info.path}: {info.problems}"   # a final name is a whole backup
        assert stored(store_path) == expected
        assert integrity.check_file(store_path).ok
    assert made > 0


RESTORE_LOOP = """
from models.database.backup_restore import restore
while True:
    restore(sys.argv[1], sys.argv[2], by="test")
    print("restored", flush=True)
"""


def test_killed_restores_leave_the_old_or_the_new_store_whole(store_path):
    old_count, _ = filled_store(store_path, ticks=10)
    db = open_db(store_path, first_run_setup=False)
    backup = backups.backup_now(db, by="test")
    db.close()
    rng = random.Random(12)
    for _ in range(KILLS):
        # The current file differs from the backup, so a mix of the two would show.
        db = open_db(store_path, first_run_setup=False)
        db.execute("DELETE FROM audit_events WHERE 0")   # a connection that opened it whole
        db.close()
        kill_after(RESTORE_LOOP, [backup, store_path], rng.uniform(0.15, 0.6))
        assert store_path.exists(), "the store is gone"
        assert integrity.check_file(store_path).ok
        count, _ = stored(store_path)
        assert count == old_count
        kept = list(store_path.parent.glob(f"{store_path.name}.before-restore-*"))
        for aside in kept:
            if not aside.name.endswith("-wal") and not aside.name.endswith("-shm"):
                assert integrity.check_file(aside).ok, aside
    open_db(store_path, first_run_setup=False).close()


OPEN_ONCE = """
from models.database.store import open_db
print("checking", flush=True)
open_db(sys.argv[1], first_run_setup=False)
print("opened", flush=True)
time.sleep(60)
"""


BIG_CRASH = """
from models.work.incidents import add_incident
from models.database.store import open_db
db = open_db(sys.argv[1], first_run_setup=False)
db.execute("PRAGMA wal_autocheckpoint = 0")
db.execute("CREATE TABLE filler (blob)")
with db.conn:
    db.conn.executemany("INSERT INTO filler VALUES (?)",
                        [(os.urandom(4000),) for _ in range(4000)])
for n in range(40):
    add_incident(db, employee_id=int(sys.argv[2]), version_id=int(sys.argv[3]),
                 item_id=sys.argv[4], note=f"tick {n}", by="writer")
os._exit(0)
"""


def damaged_crashed_store(path):
    """A crash left a big -wal (a 16 MB transaction, then 40 ticks) with a damaged frame."""
    args = prepare(path)
    subprocess.run([sys.executable, "-c", PRELUDE + BIG_CRASH, str(path), *args], check=True,
                   timeout=120)
    wal = journal_rescue.wal_path(path)
    page = int.from_bytes(wal.read_bytes()[8:12], "big")
    return damage(wal, (wal.stat().st_size - 32) // (24 + page) - 20)


def test_a_kill_during_the_journal_check_never_loses_the_damaged_journal(tmp_path):
    rng = random.Random(13)
    outcomes = {"before opening": 0, "while opening": 0, "after opening": 0}
    for n in range(KILLS):
        path = tmp_path / f"s{n}" / "store.db"
        path.parent.mkdir()
        damaged = damaged_crashed_store(path)
        out = kill_after(OPEN_ONCE, [path], rng.uniform(0.3, 2.0))
        wal = journal_rescue.wal_path(path)
        kept = list(path.parent.glob("store.db-wal.damaged-*"))
        still_there = wal.exists() and wal.read_bytes() == damaged
        assert still_there or any(k.read_bytes() == damaged for k in kept), \
            "the damaged journal was lost"
        outcomes["after opening" if "opened" in out else
                 "while opening" if "checking" in out else "before opening"] += 1
        db = open_db(path, first_run_setup=False)     # the next start: told, or told already
        report = open_report(db)
        assert (report.journal and report.journal.damaged) or kept
        db.close()
        assert not list(path.parent.glob("*.partial"))
    print(f"\njournal-check kills: {outcomes}")
    assert outcomes["while opening"] > 0      # the copy and check of the journal
