"""Which database files this process has open through SQLite, known by identity, not by name.

On POSIX, closing any handle of a file drops every lock the process holds on it — SQLite's
included — and another process then deletes the running store's -wal and -shm. So code that
would read a file's bytes directly (a header check) asks `is_live` first and leaves a live file
to SQLite. A file is known by its device and inode (its file ID on Windows), so a symlink, a
hard link or a `..` path is the same file.
"""

import os
import sqlite3
import threading
import weakref
from pathlib import Path

_lock = threading.Lock()
_open = {}   # identity → set of weak references to sqlite_utils.Database objects


def identity(path):
    """(device, inode) of the file at `path` (symlinks followed), or None if there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def register(path, db):
    """Remember that `db` (a sqlite_utils.Database) has the file at `path` open."""
    key = identity(path)
    if key is not None:
        with _lock:
            _open.setdefault(key, set()).add(weakref.ref(db))


def _is_open(ref):
    db = ref()
    if db is None:
        return False
    try:
        db.conn.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        return False
    return True


def is_live(path):
    """Some connection of this process has the file at `path` open now."""
    key = identity(path)
    if key is None:
        return False
    with _lock:
        refs = _open.get(key, set())
        alive = {ref for ref in refs if _is_open(ref)}
        if alive:
            _open[key] = alive
        else:
            _open.pop(key, None)
        return bool(alive)


def read_head(path, size):
    """The first `size` bytes of a file that is not live in this process (None if it is)."""
    if is_live(path):
        return None
    with open(path, "rb") as f:
        return f.read(size)


def database_path(db):
    """The file the open store `db` lives in (None for an in-memory database)."""
    file = db.execute("PRAGMA database_list").fetchone()[2]
    return Path(file) if file else None
