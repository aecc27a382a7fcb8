"""One app per database file, the file known by identity (device and inode; the file ID on
Windows), so a symlink, a hard link, a `..` path or another drive letter is refused as clearly
as the same path: two writers through a hard link corrupt a store within seconds.

The lock is an OS lock (flock / msvcrt.locking) on a small file in the user's cache folder
named after the identity, never a lock on the database file itself (that would interfere with
SQLite's own locks, see models/storage/live_files.py). The OS drops it when the process dies, so a
crash never locks the lead out of her own file.
"""

import hashlib
import os
import socket
import sys
from pathlib import Path

from models.storage.errors import StoreError
from models.storage.live_files import identity

LOCK_DIR_ENV = "APPRAISAL_DESK_LOCK_DIR"


class AlreadyOpen(StoreError):
    def __init__(self, message, path=None):
        super().__init__(message, path=path, reason="already_open")


def lock_folder():
    if os.environ.get(LOCK_DIR_ENV):
        folder = Path(os.environ[LOCK_DIR_ENV])
    else:
        import platformdirs

        folder = platformdirs.user_cache_path("AppraisalDesk", appauthor=False) / "locks"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _key(path):
    """The file's identity; for a file not made yet, its folder's identity and its name."""
    path = Path(path)
    found = identity(path)
    if found is not None:
        return "file-{:x}-{:x}".format(*found)
    folder = identity(path.parent)
    if folder is None:
        return None   # no folder: the store's own open says so
    name = hashlib.sha256(os.path.normcase(path.name).encode()).hexdigest()[:16]
    return "new-{:x}-{:x}-{}".format(*folder, name)


class DatabaseLock:
    """Held while this object lives (or until `release`)."""

    def __init__(self, path):
        self.path = Path(path)
        self._fds = []
        self._keys = []
        self._take(_key(self.path))

    def _take(self, key):
        if key is None:
            return
        lock_file = lock_folder() / f"{key}.lock"
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            self.release()
            raise AlreadyOpen(
                f"{self.path} is already open in another Appraisal Desk window ({holder}; "
                "perhaps under another name or through a link). Switch to that window, or "
                "close it and start again.", path=self.path)
        os.ftruncate(fd, 0)
        os.write(fd, f"process {os.getpid()} on {socket.gethostname()}\n{self.path}\n".encode())
        self._fds.append(fd)
        self._keys.append(key)

    def confirm(self):
        """After a new file was made: hold its identity too (a second app that starts now
        finds the file and keys on that)."""
        key = _key(self.path)
        if key is not None and key not in self._keys:
            self._take(key)

    def release(self):
        for fd in self._fds:
            os.close(fd)   # closing the descriptor releases its lock
        self._fds, self._keys = [], []


def lock_database(path):
    """Hold the file at `path` for this process; AlreadyOpen (a StoreError) names who holds it."""
    return DatabaseLock(path)


def is_open_in_app(path):
    """Some app (this process or another) holds the file at `path` now."""
    key = _key(path)
    if key is None or not key.startswith("file-"):
        return False
    lock_file = lock_folder() / f"{key}.lock"
    if not lock_file.exists():
        return False
    fd = os.open(lock_file, os.O_RDWR)
    try:
        free = _try_lock(fd)
    finally:
        os.close(fd)
    return not free


def _read_holder(fd):
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode(errors="replace").splitlines()[0]
    except (OSError, IndexError):
        return "another process"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd):
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
else:
    import fcntl

    def _try_lock(fd):
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
