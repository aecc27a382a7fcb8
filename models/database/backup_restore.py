"""Restoring a backup: verified before and after the copy, and the current file never lost."""

import logging
import os
import sqlite3
from pathlib import Path

from models.database.backups import PARTIAL, copy_database, describe, verify_copy
from models.people import access
from models.storage import clock, integrity
from models.storage.errors import StoreError
from models.storage.safe_files import (
    copy_bytes,
    create_private,
    fsync,
    fsync_folder,
    remove_quietly,
)

log = logging.getLogger(__name__)

def restore(backup_path, db_path, *, by, now=None):
    """Make `backup_path` the database at `db_path`. The store must be closed first.

    The backup is verified first (integrity, ours, not newer than this program); it is copied
    through the backup API to a temporary file beside the database and verified again there;
    the current file (with its -wal/-shm) is kept as `<db>.before-restore-<stamp>` (never
    overwritten); then the copy takes the database's name in one rename. Returns the path the
    current file was kept as (None when there was no current file). Raises StoreError
    ("backup_invalid", "read_only", "backup_failed"); on any error the database is unchanged.
    `by` is who restores: a signed-in user needs the right to manage backups (NotAllowedError).
    """
    access.require(by, "manage_backups")      # a restore replaces everyone's data
    backup_path, db_path = Path(backup_path), Path(db_path)
    info = describe(backup_path, check=True) if backup_path.is_file() else None
    if info is None or not info.ok:
        why = "; ".join(info.problems[:3]) if info else "no such file"
        raise StoreError(f"{backup_path} cannot be restored: {why}. The database is unchanged",
                         path=backup_path, reason="backup_invalid",
                         problems=info.problems if info else ())
    folder = db_path.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"{folder} does not exist or is read-only: nothing was restored",
                         path=db_path, reason="read_only")
    stamp = f"{now or clock.now():%Y%m%d-%H%M%S}"
    temp = db_path.with_name(f"{db_path.name}.restoring-{stamp}.{os.getpid()}{PARTIAL}")
    leftovers = (temp, Path(f"{temp}-journal"))
    try:
        create_private(temp)
        with integrity.open_read_only(backup_path) as source:
            version = source.execute("PRAGMA user_version").fetchone()[0]
            counts = integrity.table_counts(source)
            copy_database(source, temp)
        fsync(temp)
        problems = verify_copy(temp, counts=counts, version=version)
        if problems:
            raise StoreError(f"copying {backup_path} beside the database did not verify "
                             f"({'; '.join(problems[:3])}); the database is unchanged",
                             path=db_path, reason="backup_failed", problems=problems)
        aside = _set_aside(db_path, stamp) if db_path.exists() else None
        os.replace(temp, db_path)
        fsync_folder(folder)
    except StoreError:
        remove_quietly(*leftovers)
        raise
    except (OSError, sqlite3.Error) as exc:
        remove_quietly(*leftovers)
        text = getattr(exc, "strerror", None) or str(exc)
        raise StoreError(f"restoring {backup_path} failed ({text}); the database is unchanged",
                         path=db_path, reason="backup_failed") from exc
    log.info("%s restored %s to %s (the previous file kept as %s)", by, backup_path, db_path,
             aside)
    _note_restore(db_path)
    return aside


def _note_restore(db_path):
    """A restore made on purpose goes back to an older head of the audit trail: a signed line
    in the anchor log outside the file says so, so `check` does not take it for a rollback.
    Best effort (a locked key leaves the check to report it, which HR can then explain)."""
    from models.trust import anchors, keys

    try:
        with integrity.open_read_only(db_path) as conn:
            store = conn.execute("SELECT store_id FROM store_identity").fetchone()
            head = conn.execute("SELECT id, hash FROM audit_events ORDER BY id DESC "
                                "LIMIT 1").fetchone()
        if store and head:
            anchors.record_restore(keys.signing_dir(db_path), store[0], *head)
    except (OSError, ValueError, sqlite3.Error) as exc:
        log.warning("restore of %s not noted in the anchor log: %s", db_path, exc)


def _set_aside(db_path, stamp):
    """Keep the current file under a new name, byte for byte, with its -wal/-shm: first a second
    name for the file (a hard link, or a copy where links are not possible), then its side
    files moved, so that a stale -wal can never be applied to the restored file."""
    base, n = db_path.with_name(f"{db_path.name}.before-restore-{stamp}"), 1
    while True:
        aside = base if n == 1 else base.with_name(f"{base.name}-{n}")
        if not aside.exists() and not integrity.side_files(aside):
            try:
                os.link(db_path, aside)
                break
            except FileExistsError:
                pass
            except OSError:
                if not aside.exists():
                    copy_bytes(db_path, aside)
                    break
        n += 1
    for side in integrity.side_files(db_path):
        os.replace(side, Path(f"{aside}{side.name[len(db_path.name):]}"))
    return aside

