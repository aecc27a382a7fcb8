"""Backups of the one database file: taken through SQLite's online backup API, verified, rotated,
listed with a preview of what each holds (restoring one: models/database/backup_restore.py).

A backup is written to a temporary name in the target folder, fsynced, opened read-only and
checked (quick_check, foreign keys, schema version, every table's row count equal to the
source's at backup time), and only then renamed to `appraisal-desk-YYYYMMDD-HHMMSS.db`. So a
file with that name is always a complete, verified copy; a failed backup leaves no such file
and never touches the database.
"""

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.database import migrations
from models.people import access
from models.storage import clock, integrity
from models.storage.errors import StoreError
from models.storage.live_files import database_path
from models.storage.safe_files import (
    create_private,
    fsync,
    fsync_folder,
    place,
    private,
    remove_quietly,
)
from models.trust import anchors

log = logging.getLogger(__name__)

PREFIX = "appraisal-desk-"
NAME = re.compile(r"^appraisal-desk-(\d{8})-(\d{6})(?:-(\d+))?\.db$")
PARTIAL = ".partial"
KEEP_DAILY, KEEP_MONTHLY = 7, 12
PARTIAL_MAX_AGE_S = 24 * 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    ok: bool | None                   # None: not checked (list_backups(check=False))
    employees: int | None = None
    incidents: int | None = None
    newest_incident_at: str | None = None   # created_at of the last incident entered
    schema_version: int | None = None
    problems: tuple = ()


def default_backup_folder(db_path):
    """The `backups` folder beside the database (not created here)."""
    return Path(db_path).resolve().parent / "backups"


# -- the files ---------------------------------------------------------------------------------

def _taken_at(name):
    match = NAME.match(name)
    if not match:
        return None
    try:
        return datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
    except ValueError:
        return None


def backup_files(folder):
    """[(path, taken_at)] of the backups in `folder`, newest first ([] if there is no folder)."""
    folder = Path(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        taken_at = _taken_at(name)
        if taken_at is not None and (folder / name).is_file():
            found.append((folder / name, taken_at, int(NAME.match(name)[3] or 1)))
    found.sort(key=lambda f: (f[1], f[2]), reverse=True)
    return [(path, taken_at) for path, taken_at, _ in found]


def describe(path, *, check=True):
    """What one backup holds (BackupInfo), read-only; with `check`, `ok` is the full
    integrity check plus "ours and not newer than this program"."""
    path = Path(path)
    taken_at = _taken_at(path.name) or datetime.fromtimestamp(path.stat().st_mtime)
    size = path.stat().st_size
    problems = []
    facts = {}
    try:
        with integrity.open_read_only(path) as conn:
            facts = _facts(conn)
    except sqlite3.DatabaseError as exc:
        problems.append(f"unreadable: {exc}")
    if facts:
        if facts.pop("application_id") != migrations.APPLICATION_ID:
            problems.append("not an Appraisal Desk database")
        elif facts["schema_version"] > migrations.latest_version():
            problems.append(f"written by a newer Appraisal Desk (database version "
                            f"{facts['schema_version']})")
    if check and not problems:
        report = integrity.check_file(path)
        problems += list(report.problems) if not report.ok else []
        if not report.checked:
            problems.append("could not be checked now")
    ok = (not problems) if check or problems else None
    return BackupInfo(path, taken_at, size, ok, problems=tuple(problems), **facts)


def _facts(conn):
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def one(sql):
        # An empty incidents table has no newest row: None, not a crash (backups of new stores).
        row = conn.execute(sql).fetchone()
        return row[0] if row else None

    return {
        "application_id": one("PRAGMA application_id"),
        "schema_version": one("PRAGMA user_version"),
        "employees": one("SELECT count(*) FROM employees") if "employees" in tables else None,
        "incidents": one("SELECT count(*) FROM incidents") if "incidents" in tables else None,
        "newest_incident_at": (one("SELECT created_at FROM incidents ORDER BY id DESC LIMIT 1")
                               if "incidents" in tables else None),
    }


def newest_good_backup(folder):
    """The newest backup in `folder` that passes the integrity check and this program can open,
    or None (also when the folder does not exist)."""
    for path, _taken_at in backup_files(folder):
        if describe(path, check=True).ok:
            return path
    return None


def newest_good_backup_of(db_path):
    """`newest_good_backup` of the default folder beside the store at `db_path`: what opening
    a damaged store suggests (`integrity.check_before_open(path, find_backup=…)`)."""
    return newest_good_backup(default_backup_folder(db_path))


def list_backups(folder, *, check=True):
    """Every backup in `folder`, newest first, with a preview of what it holds. Read-only.

    `check=False` skips the full integrity check (it reads the whole file: seconds for a store
    of many years) and leaves `ok` None unless a problem is already plain.
    """
    return [describe(path, check=check) for path, _ in backup_files(folder)]


# -- taking a backup ---------------------------------------------------------------------------

def _db_file(conn):
    file = database_path(conn)
    if not file:
        raise StoreError("an in-memory database has no file to back up", reason="backup_failed")
    return Path(file)


def _prepare_folder(folder, *, create):
    folder = Path(folder)
    if not folder.exists():
        if not create:
            raise StoreError(f"the backup folder {folder} does not exist (is the USB stick or "
                             "network drive connected?); no backup was taken, the database is "
                             "unchanged", path=folder, reason="backup_folder")
        try:
            folder.mkdir(mode=0o700)
        except OSError as exc:
            raise StoreError(f"the backup folder {folder} cannot be created "
                             f"({exc.strerror or exc}); no backup was taken, the database is "
                             "unchanged", path=folder, reason="backup_folder") from exc
    if not folder.is_dir():
        raise StoreError(f"the backup folder {folder} is a file, not a folder; no backup was "
                         "taken, the database is unchanged", path=folder, reason="backup_folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"the backup folder {folder} is read-only; no backup was taken, the "
                         "database is unchanged", path=folder, reason="backup_folder")
    return folder


def copy_database(source_conn, temp):
    """The backup API into `temp`, in one step (one consistent snapshot); then the copy is made
    a plain rollback-journal file, so reading it later leaves no -wal/-shm files behind."""
    dest = sqlite3.connect(temp)
    try:
        source_conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()
    finally:
        dest.close()


def verify_copy(path, *, counts, version):
    """Problems of a fresh copy: integrity, schema version, every table's row count."""
    report = integrity.check_file(path)
    problems = list(report.problems) if not report.ok or not report.checked else []
    if problems:
        return problems
    with integrity.open_read_only(path) as conn:
        got_version = conn.execute("PRAGMA user_version").fetchone()[0]
        got_counts = integrity.table_counts(conn)
    if got_version != version:
        problems.append(f"schema version {got_version}, the database has {version}")
    for table in sorted(set(counts) | set(got_counts)):
        if counts.get(table) != got_counts.get(table):
            problems.append(f"{table}: {got_counts.get(table)} rows, the database has "
                            f"{counts.get(table)}")
    return problems


def _take(source_conn, folder, *, now):
    """Copy, verify, rename. Returns the backup's path; raises StoreError, leaving no file."""
    if source_conn.in_transaction:
        raise StoreError("a backup cannot be taken in the middle of a change; finish it first",
                         reason="backup_failed")
    final = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}.db"
    temp = folder / f"{final.name}.{os.getpid()}{PARTIAL}"
    leftovers = (temp, Path(f"{temp}-journal"))
    try:
        create_private(temp)
        # One read transaction: the counts and the copied pages are the same snapshot.
        source_conn.execute("BEGIN")
        try:
            version = source_conn.execute("PRAGMA user_version").fetchone()[0]
            counts = integrity.table_counts(source_conn)
            copy_database(source_conn, temp)
        finally:
            source_conn.rollback()  # a read transaction: nothing to undo, only the snapshot
        private(temp)
        fsync(temp)
        problems = verify_copy(temp, counts=counts, version=version)
        if problems:
            raise StoreError(f"the backup written to {folder} did not verify "
                             f"({'; '.join(problems[:3])}); it was removed. The database may "
                             "be damaged, or the backup disk faulty", path=folder,
                             reason="backup_invalid", problems=problems)
        target = place(temp, final)
        fsync_folder(folder)
        return target
    except StoreError:
        remove_quietly(*leftovers)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove_quietly(*leftovers)
        text = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(f"the backup to {folder} failed ({text}); no backup was taken, the "
                         "database is unchanged", path=folder, reason="backup_failed") from exc


def backup_now(db, *, folder=None, reason="manual", by, keep_daily=KEEP_DAILY,
               keep_monthly=KEEP_MONTHLY, now=None):
    """Take a verified backup of the open store into `folder` (default: `backups` beside the
    database, created 0700), then rotate the folder. Returns the backup's path.

    A configured folder that does not exist (a USB stick not plugged in) or cannot be written
    raises StoreError (reason "backup_folder"); a failed or unverified copy raises StoreError
    ("backup_failed" / "backup_invalid") and leaves no backup file. The database is never
    changed, except for one audit event recording the backup and its reason.
    Runs on the store's own connection (its thread); see `backup_file` for a worker thread.
    """
    access.require(by, "manage_backups")
    db_path = _db_file(db.conn)
    # The copy carries an anchor of the trail's head as it is now (models/trust/anchors.py),
    # made once the folder is known to be usable.
    target = _backup(db.conn, db_path, folder, keep_daily, keep_monthly, now,
                     before_copy=lambda: anchors.anchor_now(db, "backup"))
    record_backup(db, target, reason=reason, by=by)
    log.info("backup (%s) written to %s", reason, target)
    return target


def record_backup(db, target, *, reason, by):
    """The audit event of a backup taken (by `backup_now`, or by `backup_file` in a worker,
    recorded afterwards on the store's own connection)."""
    try:
        from models import audit

        audit.record(db, actor=by, action="backup", entity="database", entity_id=None,
                     after={"file": str(target), "reason": reason})
    except sqlite3.Error as exc:  # the backup exists; a full disk must not hide that
        log.warning("backup %s taken, but not recorded in the audit log: %s", target, exc)


def backup_file(db_path, *, folder=None, reason="manual", keep_daily=KEEP_DAILY,
                keep_monthly=KEEP_MONTHLY, now=None):
    """`backup_now` through a connection of its own (read-only), so it can run in a worker
    thread while the app keeps working; no audit event (the caller records it with
    `record_backup` on the store's own connection)."""
    db_path = Path(db_path)
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        target = _backup(conn, db_path, folder, keep_daily, keep_monthly, now)
    finally:
        conn.close()
    log.info("backup (%s) written to %s", reason, target)
    return target


def _backup(conn, db_path, folder, keep_daily, keep_monthly, now, before_copy=None):
    default = default_backup_folder(db_path)
    folder = default if folder in (None, "") else Path(folder)
    create = folder.resolve() == default
    folder = _prepare_folder(folder, create=create)
    if before_copy is not None:
        before_copy()
    target = _take(conn, folder, now=now or clock.now())
    try:
        rotate(folder, keep_daily=keep_daily, keep_monthly=keep_monthly, known_good=target)
    except OSError as exc:
        log.warning("rotating the backups in %s failed: %s", folder, exc)
    return target


def is_due(folder, *, now=None):
    """No backup in `folder` was taken today (by the newest file's name)."""
    files = backup_files(folder)
    today = (now or clock.now()).date()
    return not files or files[0][1].date() != today


def daily_backup_if_due(db, *, by, folder=None, now=None, **keep):
    """The day's backup, on the first start of a day: the newest file in the folder decides.
    Returns the new backup's path, or None when today's backup exists."""
    db_path = _db_file(db.conn)
    checked = default_backup_folder(db_path) if folder in (None, "") else Path(folder)
    if not is_due(checked, now=now):
        return None
    return backup_now(db, folder=folder, reason="daily", by=by, now=now, **keep)


# -- rotation ----------------------------------------------------------------------------------

def plan_rotation(files, *, keep_daily=KEEP_DAILY, keep_monthly=KEEP_MONTHLY):
    """Which of `files` ([(path, taken_at)] newest first) the policy keeps: every backup of the
    `keep_daily` newest days that have one, and the newest backup of each of the
    `keep_monthly` newest months that have one. Returns (keep, drop), both newest first.

    Days and months are counted among those that have backups, not on the calendar, so a PC
    left off for a year does not lose its old backups on the first start back.
    """
    if keep_daily < 1:
        raise ValueError(f"keep_daily must be at least 1, not {keep_daily}")
    days = list(dict.fromkeys(taken.date() for _, taken in files))[:keep_daily]
    months = {}
    for path, taken in files:
        months.setdefault((taken.year, taken.month), path)
    monthly = set(list(months.values())[:max(keep_monthly, 0)])
    keep = [(p, t) for p, t in files if t.date() in days or p in monthly]
    drop = [(p, t) for p, t in files if (p, t) not in keep]
    return keep, drop


def rotate(folder, *, keep_daily=KEEP_DAILY, keep_monthly=KEEP_MONTHLY, known_good=None):
    """Delete the backups the policy no longer keeps; returns the deleted paths.

    Never deletes the only verified backup: if none of the kept ones verifies, the newest one
    that does is kept too; if none verifies at all, nothing is deleted. Leftover temporary files
    of interrupted backups older than a day are removed.
    """
    folder = Path(folder)
    files = backup_files(folder)
    keep, drop = plan_rotation(files, keep_daily=keep_daily, keep_monthly=keep_monthly)
    if drop:
        def good(path):
            return path == known_good or describe(path).ok

        if not any(good(path) for path, _ in keep):
            rescue = next((f for f in drop if good(f[0])), None)
            if rescue is None:
                log.warning("no backup in %s verifies: none deleted", folder)
                drop = []
            else:
                drop.remove(rescue)
    deleted = []
    for path, _ in drop:
        try:
            os.remove(path)
            deleted.append(path)
        except OSError as exc:
            log.warning("could not delete the old backup %s: %s", path, exc)
    _remove_stale_partials(folder)
    return deleted


def _remove_stale_partials(folder):
    now = datetime.now().timestamp()
    for name in os.listdir(folder):
        if name.startswith(PREFIX) and (name.endswith(PARTIAL) or
                                        name.endswith(PARTIAL + "-journal")):
            path = folder / name
            try:
                if now - path.stat().st_mtime > PARTIAL_MAX_AGE_S:
                    os.remove(path)
            except OSError:
                pass
