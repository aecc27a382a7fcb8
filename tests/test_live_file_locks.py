"""While the store is open, this process never drops SQLite's locks on the live file.

On POSIX, closing *any* handle of a file drops every lock the process holds on it, SQLite's
included; another process closing the file then believes it is the last user and deletes the
running app's -wal and -shm. These tests open the store, run what the app runs beside it (the
checks, a second connection for a worker, a backup), let another process open, read and close
the file, write once more, and check that a third process sees that write and that the -wal
was never unlinked.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.database import backups
from models.database.store import open_db, worker_db
from models.storage import integrity, live_files

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX lock semantics")


def other_process(path, sql):
    code = ("import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], timeout=5)\n"
            "rows = c.execute(sys.argv[2]).fetchall()\n"
            "c.close()\n"
            "print(rows[0][0] if rows else '')\n")
    done = subprocess.run([sys.executable, "-c", code, str(path), sql], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def wal_identity(path):
    st = os.stat(f"{path}-wal")
    return st.st_dev, st.st_ino


def worker_check(path):
    db = worker_db(path)
    try:
        return db.execute("SELECT count(*) FROM settings").fetchone()[0]
    finally:
        db.close()


def command_line_print(path):
    out = path.with_name("pdfs")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "print",
                           "--period", "2026-11", "--out", str(out), "--no-sign"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


SIDE_WORK = {
    "integrity check": lambda path: integrity.check_file(path),
    "header read": lambda path: integrity.has_sqlite_header(path),
    "second open_db": lambda path: open_db(path, first_run_setup=False).close(),
    "worker connection": worker_check,
    "backup of the live file": lambda path: backups.backup_file(path),
    "main.py print beside the app": command_line_print,
}
SLOW_WORK = {"main.py print beside the app"}


@pytest.mark.parametrize("work", [pytest.param(w, marks=pytest.mark.slow) if w in SLOW_WORK
                                  else w for w in SIDE_WORK], ids=list(SIDE_WORK))
def test_another_process_never_unlinks_the_live_journal(store_path, work):
    db = open_db(store_path, first_run_setup=False)
    try:
        db.execute("CREATE TABLE t (x)")
        db.conn.commit()
        before = wal_identity(store_path)
        SIDE_WORK[work](store_path)
        assert other_process(store_path, "SELECT count(*) FROM t") == "0"
        with db.conn:
            db.execute("INSERT INTO t VALUES (42)")
        assert os.path.exists(f"{store_path}-wal"), "the app's -wal was unlinked"
        assert wal_identity(store_path) == before, "the -wal was deleted and made anew"
        # The write went into the live journal, so a third process sees it.
        assert other_process(store_path, "SELECT max(x) FROM t") == "42"
    finally:
        db.close()


def test_the_live_file_is_known_while_open_and_forgotten_after(store_path):
    db = open_db(store_path, first_run_setup=False)
    assert live_files.is_live(store_path)
    link = store_path.with_name("other-name.db")
    os.link(store_path, link)
    assert live_files.is_live(link)          # the same file through another name
    db.close()
    assert not live_files.is_live(store_path)
