"""A `-wal` left beside the store (a crash, a power cut) is copied aside and its frames checked
before SQLite recovers it: SQLite silently drops every frame after a damaged one, and with them
ticks it had acknowledged. A damaged journal is never discarded: its copy is kept beside the
store, the user is told what could not be recovered, and the audit trail records it.
"""

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models.storage import integrity, live_files
from models.storage.safe_files import copy_bytes, private, remove_quietly
from models.storage.wal_check import WalReport, analyse_wal_file

log = logging.getLogger(__name__)
PARTIAL = ".partial"


@dataclass(frozen=True)
class JournalCheck:
    report: WalReport
    kept: Path | None = None          # the copy of a damaged journal, kept for recovery
    last_good_commit: str | None = None   # filled in after opening (the newest audit event)

    @property
    def damaged(self):
        return self.report.damaged

    def sentence(self):
        """What could not be recovered, for the user (English; the UI translates the frame)."""
        r = self.report
        when = self.last_good_commit or "unknown"
        return (f"The database journal was damaged: {r.lost_frames} frame(s) after the last "
                f"good commit ({when}) could not be recovered, about {r.lost_commits} saved "
                f"change(s). A copy of the journal was kept as {self.kept}. {r.problem or ''}"
                ).strip()


def wal_path(path):
    path = Path(path)
    return path.with_name(path.name + "-wal")


def check_left_journal(path, *, now=None):
    """Copy and check the `-wal` beside `path`; None when there is none (or it is empty).

    Must run before any connection of this process opens the file (a connection recovers, and
    later checkpoints over, the journal). A kill half-way leaves only a `.partial` copy, which
    the next start removes; the store itself is not touched here.
    """
    path = Path(path)
    _remove_partials(path)
    wal = wal_path(path)
    try:
        if wal.stat().st_size == 0:
            return None
    except FileNotFoundError:
        return None
    stamp = f"{now or datetime.now():%Y%m%d-%H%M%S}"
    temp = path.with_name(f"{wal.name}.{stamp}.{os.getpid()}{PARTIAL}")
    try:
        copy_bytes(wal, temp)
        private(temp)
        report = analyse_wal_file(temp, db_page_size=_page_size(path))
    except OSError as exc:
        remove_quietly(temp)
        log.warning("the journal of %s could not be copied aside: %s", path, exc)
        return None
    if not report.damaged:
        remove_quietly(temp)
        return JournalCheck(report)
    kept = _keep(temp, path.with_name(f"{wal.name}.damaged-{stamp}"))
    log.error("%s: damaged journal kept as %s (%s)", path, kept, report.problem)
    return JournalCheck(report, kept)


def _keep(temp, target):
    n = 1
    while True:
        final = target if n == 1 else target.with_name(f"{target.name}-{n}")
        if not final.exists():
            os.replace(temp, final)
            return final
        n += 1


def _page_size(path):
    """The store's page size from its header (read before SQLite opens it), or None."""
    try:
        header = live_files.read_head(path, 18)
    except OSError:
        return None
    if header is None or len(header) < 18:
        return None
    return integrity.header_page_size(header) or None


def _remove_partials(path):
    prefix = wal_path(path).name + "."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(PARTIAL):
            remove_quietly(path.parent / name)
