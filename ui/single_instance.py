"""One app window per database file: a second start on the same file is refused, clearly."""

from PySide6.QtCore import QLockFile


class AlreadyOpen(Exception):
    pass


def lock_database(db_path):
    """Hold `<db>.lock` for the life of the process; AlreadyOpen names who holds it.

    QLockFile notices a lock left by a crashed process (its pid is gone) and takes it over,
    so a crash never locks the lead out of her own file.
    """
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)          # stale only when its process is gone, never by age
    if lock.tryLock(100):
        return lock
    info = lock.getLockInfo()        # (pid, hostname, app name), or empty when unreadable
    pid, host = (info[0], info[1]) if len(info) >= 2 else ("?", "")
    raise AlreadyOpen(
        f"{db_path} is already open in another Appraisal Desk window "
        f"(process {pid} on {host or 'this computer'}). Switch to that window, or close it "
        "and start again.")
