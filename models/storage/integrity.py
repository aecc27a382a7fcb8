"""Is a database file sound? Checked read-only, so a damaged file is never written or "repaired".

`check_file` runs SQLite's `PRAGMA quick_check` and `PRAGMA foreign_key_check` on a read-only
connection. `check_before_open` is what `models.database.store.open_db` calls before anything
writes to an existing file: a damaged file is refused (with the newest good backup to suggest, which
the caller's `find_backup` looks up: backups are a layer above), a file or folder that cannot be
written is refused with a clear reason instead of a puzzling "database is locked" later.
"""

import logging
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from models.storage import live_files
from models.storage.errors import StoreError

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
MAX_PROBLEMS = 20
# quick_check reads every page: ~4 s for the 10-year benchmark store (bench/bench_store.py,
# 860 MB; docs/reliability.md) with a warm cache, ~20 s cold. Up to this size (or after an
# unclean shutdown, when damage is likeliest) opening runs the full check; a bigger file that was
# closed cleanly gets the light check (every table but the big ones, its header) and the UI runs
# the full one in the background.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
BIG_TABLES = ("incidents", "audit_events")
# SQLite result codes that say "not now" rather than "damaged": permission, busy, locked,
# read-only (e.g. a hot journal only a writer may roll back), cannot open (e.g. no -shm may be
# made in a read-only folder).
NOT_NOW = (3, 5, 6, 8, 14)


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool                 # no damage found
    problems: tuple = ()     # plain sentences, at most MAX_PROBLEMS (+ one "… more")
    path: Path | None = None
    checked: bool = True     # False: could not be checked now (locked, needs recovery)

    def __bool__(self):
        return self.ok and self.checked


def side_files(path):
    """The -wal / -shm / -journal files SQLite keeps beside `path` that exist now."""
    path = Path(path)
    return [p for p in (path.with_name(path.name + s) for s in SIDE_FILES) if p.exists()]


def has_sqlite_header(path):
    """The file starts as an SQLite database does (a file this process has open is one)."""
    try:
        head = live_files.read_head(path, len(SQLITE_HEADER))
    except OSError:
        return False
    return head is None or head == SQLITE_HEADER


@contextmanager
def open_read_only(path):
    """A read-only connection that writes nothing anywhere.

    With no -wal/-shm beside the file nobody has it open in WAL mode, and `immutable=1` reads it
    without creating them (a plain read-only open of a WAL file would leave both behind). With
    them present (a crash, or another program reading it) a plain read-only open is needed so
    the committed pages in the WAL are read too.
    """
    path = Path(path)
    query = "mode=ro" if side_files(path) else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, timeout=0.5)
    try:
        yield conn
    finally:
        conn.close()


def _clip(problems):
    if len(problems) > MAX_PROBLEMS:
        return (*problems[:MAX_PROBLEMS], f"… and {len(problems) - MAX_PROBLEMS} more")
    return tuple(problems)


def check_file(path, *, skip=(), foreign_keys=True):
    """`PRAGMA quick_check` and `PRAGMA foreign_key_check` of the file at `path`, read-only.

    `skip`: tables left out (a light check, table by table; the freelist is not checked then).
    """
    path = Path(path)
    if not path.is_file():
        return IntegrityReport(False, (f"{path} does not exist or is not a file",), path)
    if not has_sqlite_header(path):
        return IntegrityReport(False, (f"{path} is not an SQLite database",), path)
    problems = _header_problems(path)
    try:
        with open_read_only(path) as conn:
            if not skip:
                checks = [f"PRAGMA quick_check({MAX_PROBLEMS + 1})"]
                fk_checks = ["PRAGMA foreign_key_check"]
            else:
                tables = [r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    if r[0] not in skip]
                checks = [f'PRAGMA quick_check("{t}")' for t in tables]
                fk_checks = [f'PRAGMA foreign_key_check("{t}")' for t in tables]
            for sql in checks:
                rows = [r[0] for r in conn.execute(sql)]
                if rows != ["ok"]:
                    problems += [f"structure: {r}" for r in rows]
            if foreign_keys and not problems:
                for sql in fk_checks:
                    for table, rowid, parent, _ in conn.execute(sql):
                        problems.append(f"{table} row {rowid}: refers to a missing {parent} row")
                        if len(problems) > MAX_PROBLEMS:
                            break
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in NOT_NOW:
            # Held by another program, or needs a recovery only a writer can do: not damage;
            # the store's own open says what is wrong, or recovers it.
            log.warning("%s could not be checked: %s", path, exc)
            return IntegrityReport(True, (f"not checked: {exc}",), path, checked=False)
        problems.append(f"unreadable: {exc}")
    return IntegrityReport(not problems, _clip(problems), path)


def header_page_size(header):
    """The page size an SQLite file header (its first 18+ bytes) gives (1 stands for 65536)."""
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _header_problems(path):
    """A truncated file, told by its 100-byte header (only when no WAL or journal is beside it:
    a checkpoint killed half-way legitimately leaves the main file short until recovery)."""
    if side_files(path):
        return []
    header = live_files.read_head(path, 100)
    if header is None:
        return []   # open in this process: SQLite has read it, and reading it here would
                    # drop SQLite's locks (models/storage/live_files.py)
    if len(header) < 100:
        return [f"the file is truncated ({len(header)} bytes)"]
    page_size = header_page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        return [f"the header is damaged (page size {page_size})"]
    pages = int.from_bytes(header[28:32], "big")
    counter, valid_for = header[24:28], header[92:96]
    size = path.stat().st_size
    if counter == valid_for and pages * page_size > size:
        return [f"the file is truncated: {size} bytes, its header says {pages * page_size}"]
    return []


def needs_full_check(path):
    """Small enough to check whole at every start, or not closed cleanly last time."""
    path = Path(path)
    return bool(side_files(path)) or (FULL_CHECK_MAX_BYTES is None
                                      or path.stat().st_size <= FULL_CHECK_MAX_BYTES)


def check_before_open(path, *, find_backup=None):
    """Refuse, before anything writes to it, a store file that is damaged or cannot be written.

    The whole file is checked when it is small or was not closed cleanly (see
    `needs_full_check`); otherwise every table but BIG_TABLES. Files that are not SQLite at all,
    empty files, folders and missing folders are left to the store's own refusals. Returns
    True when the whole file was checked (False: the light check; the UI runs the full one
    after start). Raises StoreError with reason "damaged" (with `problems` and, if one is
    known, `suggested_backup`) or "read_only".

    `find_backup(path)`: the newest good backup of the store at `path`, or None (the store
    passes `models.database.backups.newest_good_backup_of`). Without it no backup is suggested,
    and an empty or headless file is left to the store's own refusals.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir() or not folder.is_dir():
        return True
    exists = path.exists()
    if exists and not live_files.is_live(path) and (
            not path.stat().st_size or not has_sqlite_header(path)):
        _refuse_empty_or_headless(path, find_backup)
        return True   # a file of another program, or an empty new one: the store's own refusals
    full = True
    if exists and path.stat().st_size:
        full = needs_full_check(path)
        report = check_file(path, skip=() if full else BIG_TABLES)
        if not report.ok:
            _refuse_damaged(path, report, find_backup)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"{path}: the folder {folder} is read-only; the database needs to "
                         "write its journal there. Move the file to a folder you can write "
                         "to, or ask for write permission", path=path, reason="read_only")
    for file in ([path] if exists else []) + side_files(path):
        if not os.access(file, os.R_OK | os.W_OK):
            raise StoreError(f"{file} is read-only (or not readable); the database cannot be "
                             "opened for writing. Make it writable, or copy it to a folder "
                             "of yours", path=path, reason="read_only")
    return full


def _suggest(path, find_backup):
    """The backup to offer for the store at `path` (None: none known, or the lookup failed)."""
    if find_backup is None:
        return None
    try:
        return find_backup(path)
    except OSError as exc:
        log.warning("looking for a backup of %s failed: %s", path, exc)
        return None


def _refuse_empty_or_headless(path, find_backup):
    """An empty file, or one whose first page is not SQLite's, with good backups of ours beside
    it is our store lost or damaged (a crash while copying, a zeroed page 1), not a new store
    or another program's file: never set it up anew, offer the newest good backup."""
    suggested = _suggest(path, find_backup)
    if suggested is None:
        return
    what = ("is empty (0 bytes)" if not path.stat().st_size
            else "has a damaged first page (it does not start as an SQLite database)")
    raise StoreError(f"{path} {what}. It was not changed. The newest good backup is "
                     f"{suggested}.", path=path, reason="damaged", problems=(f"the file {what}",),
                     suggested_backup=suggested)


def _refuse_damaged(path, report, find_backup):
    suggested = _suggest(path, find_backup)
    hint = (f" The newest good backup is {suggested}." if suggested
            else " No good backup was found beside it.")
    raise StoreError(f"{path} is damaged ({report.problems[0]}"
                     f"{'; …' if len(report.problems) > 1 else ''}). It was not changed."
                     f"{hint}", path=path, reason="damaged", problems=report.problems,
                     suggested_backup=suggested)


def table_counts(conn):
    """Rows in every table of ours (not SQLite's own), by name."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}


__all__ = ["IntegrityReport", "check_before_open", "check_file", "has_sqlite_header",
           "needs_full_check", "open_read_only", "side_files", "table_counts"]
