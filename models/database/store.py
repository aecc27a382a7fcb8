"""Opening the one SQLite file: checks, pragmas, migrations with a copy first, first-run setup;
and what the checks of an open store leave in its audit trail."""

import dataclasses
import logging
import os
import sqlite3
import weakref
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from models import audit
from models.database import backups, migrations
from models.storage import instance_lock, integrity, journal_rescue, live_files
from models.storage.errors import StoreError
from models.storage.live_files import database_path

__all__ = ["OpenReport", "StoreError", "database_path", "default_db_path", "open_db",
           "open_report", "record_full_check", "resume_writes", "worker_db"]

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
OWNER_ONLY = 0o600


def default_db_path():
    import platformdirs  # only needed when no --db is given

    folder = platformdirs.user_data_path("AppraisalDesk", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "appraisal-desk.db"


@dataclass(frozen=True)
class OpenReport:
    """What opening found, for the UI to tell: was the whole file checked (a big file that was
    closed cleanly gets the light check, and the UI runs the full one after start), and what
    became of a journal left by a crash (models/storage/journal_rescue.py)."""

    fully_checked: bool = True
    journal: object = None     # JournalCheck, or None when there was no journal to check


_reports = weakref.WeakKeyDictionary()


def open_report(db):
    """The OpenReport of a store opened by `open_db` (a default one for other connections)."""
    return _reports.get(db, OpenReport())


def open_db(path, *, first_run_setup=True, check_journal=None):
    """Open or create the store at `path` and bring its schema up to date.

    With `first_run_setup`, new or changed built-in rubrics are installed on every open
    (cheap: only files whose SHA-256 is not stored are parsed), and a brand-new file also
    gets the demo team. Raises StoreError when the file cannot be used; such a file is
    left exactly as it was.

    `check_journal`: copy and check a `-wal` left beside the file before SQLite recovers it.
    By default only when no app holds the file (else the journal is live, not left by a crash);
    the app, which holds the file's lock itself, passes True.
    """
    path = Path(path)
    if check_journal is None:
        check_journal = not live_files.is_live(path) and not instance_lock.is_open_in_app(path)
    journal = journal_rescue.check_left_journal(path) if check_journal else None
    # Damaged, read-only: refused before a byte is written (models/storage/integrity.py).
    fully_checked = integrity.check_before_open(path, find_backup=backups.newest_good_backup_of)
    existed = path.exists()
    version = _inspect(path) if existed else 0
    if not existed:
        _create_owner_only(path)
    db = _connect(path)
    try:
        latest = migrations.latest_version()
        if version < latest:
            if existed:
                _copy_before_migration(db, path, latest)
            try:
                migrations.migrate(db, version)
            except sqlite3.Error as exc:
                raise StoreError(f"{path}: upgrading the database from version {version} "
                                 f"failed ({exc}); the file is still at version {version}",
                                 path=path, reason="migration") from exc
        if first_run_setup:
            _setup(db, fresh=version == 0)
        if journal is not None and journal.damaged:
            journal = _record_damaged_journal(db, journal)
    except BaseException:
        db.close()
        raise
    _reports[db] = OpenReport(fully_checked=fully_checked, journal=journal)
    return db


def _record_damaged_journal(db, journal):
    """Into the audit trail, with the time of the last change that was recovered."""
    last = db.execute("SELECT max(at) FROM audit_events").fetchone()[0]
    journal = dataclasses.replace(journal, last_good_commit=last)
    r = journal.report
    audit.record(db, actor="start-up check", action="journal_damaged", entity="database",
                 entity_id=None,
                 after={"lost_frames": r.lost_frames, "lost_commits": r.lost_commits,
                        "last_good_commit": last, "kept": str(journal.kept),
                        "problem": r.problem})
    return journal


def record_full_check(db, report, *, by):
    """The background full check's result (`integrity.check_file`) into the audit trail; a
    failed one stops writes (`PRAGMA query_only`) until `resume_writes` — the event is written
    first."""
    audit.record(db, actor=by, action="integrity_check", entity="database", entity_id=None,
                 after={"ok": report.ok, "checked": report.checked,
                        "problems": list(report.problems)})
    if not report.ok:
        db.execute("PRAGMA query_only = ON")


def resume_writes(db, report, *, by):
    """The user chose to go on working in a file the full check found damaged: recorded."""
    db.execute("PRAGMA query_only = OFF")
    audit.record(db, actor=by, action="integrity_override", entity="database", entity_id=None,
                 after={"problems": list(report.problems)})


def _inspect(path):
    """The schema version of an existing file, read without writing a byte to it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file", path=path)
    try:
        header = live_files.read_head(path, len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"{path} cannot be read ({exc.strerror})", path=path) from exc
    if header is None:
        header = SQLITE_HEADER   # open in this process already: read it through SQLite only
    if not header:
        return 0  # an empty file is an empty database: set it up as new
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not an SQLite database (not an Appraisal Desk file)",
                         path=path, reason="not_sqlite")
    # Read-write but reading only: a read-only connection would leave -wal/-shm files behind
    # on a WAL database, while this one removes them again on close.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} cannot be opened ({exc})", path=path) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError as exc:  # locked by another program, I/O error …
        raise StoreError(f"{path} cannot be read ({exc})", path=path) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is damaged or not an SQLite database ({exc})",
                         path=path, reason="not_sqlite") from exc
    finally:
        conn.close()
    if app_id != migrations.APPLICATION_ID and (app_id != 0 or tables or version):
        raise StoreError(f"{path} is an SQLite database of another program, "
                         "not an Appraisal Desk file", path=path, reason="not_ours")
    if version > migrations.latest_version():
        raise StoreError(f"{path} was written by a newer Appraisal Desk (database version "
                         f"{version}, this program knows up to {migrations.latest_version()}); "
                         "update the program to open it", path=path, reason="newer")
    return version


def _create_owner_only(path):
    """Create the empty file readable by its owner only (0600 where the OS has modes), before
    SQLite writes to it: its -wal and -shm files are then given the same mode. An existing
    file keeps the permissions it has."""
    if not path.parent.is_dir():
        return  # _connect says so
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreError(f"{path} cannot be created ({exc.strerror})", path=path) from exc
    try:
        os.chmod(path, OWNER_ONLY)   # whatever the umask; on Windows only "not read-only"
    except OSError as exc:
        log.warning("could not make %s owner-only: %s", path, exc)
    finally:
        os.close(fd)


def _connect(path):
    if not path.parent.is_dir():
        raise StoreError(f"{path}: the folder {path.parent} does not exist", path=path)
    try:
        # No third-party sqlite-utils plugins: they would act on our store (and scanning for
        # them costs ~30 ms of every start).
        db = sqlite_utils.Database(path, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()
        # FULL in WAL mode: every committed tick survives a power cut, not only a crash.
        db.execute("PRAGMA synchronous = FULL")
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{path} cannot be opened ({exc})", path=path) from exc
    live_files.register(path, db)
    return db


def worker_db(path):
    """A connection of its own for a worker thread, on a store this process has opened and
    checked already (sqlite3 connections belong to the thread that made them). No checks, no
    migrations, no set-up; the caller closes it."""
    return _connect(Path(path))


def _copy_before_migration(db, path, target):
    """A consistent copy (the backup API includes the WAL) that is never overwritten."""
    copy = path.with_name(f"{path.name}.pre-v{target}.bak")
    n = 1
    while copy.exists():
        n += 1
        copy = path.with_name(f"{path.name}.pre-v{target}.{n}.bak")
    _create_owner_only(copy)        # a copy of the store is as private as the store
    dest = sqlite3.connect(copy)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    log.info("copied %s to %s before upgrading it", path, copy)
    return copy


def _setup(db, *, fresh):
    from models import rubrics

    for problem in rubrics.install_builtin_rubrics(db):
        log.warning("built-in rubric not installed: %s", problem)
    if fresh:
        from models.database import demo  # brings the engine along: only for a new file

        try:
            demo.install_demo(db)
        except ValueError as exc:  # a nicety: it must never stop the store from opening
            log.warning("demo team not installed: %s", exc)
