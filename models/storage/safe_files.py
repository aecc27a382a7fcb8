"""Careful file handling for copies that must survive a power cut: owner-only files, fsync of
the file and its folder, and a rename that never replaces an existing file."""

import contextlib
import logging
import os
import sys

from models.storage.errors import StoreError

log = logging.getLogger(__name__)


def create_private(path):
    """An empty file only the owner can read (0600), refusing to reuse an existing name."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)
    private(path)


def private(path, mode=0o600):
    with contextlib.suppress(OSError):  # a network share or FAT stick may not keep permissions
        os.chmod(path, mode)


def fsync(path):
    try:
        with open(path, "r+b") as f:
            os.fsync(f.fileno())
    except OSError as exc:
        raise StoreError(f"{path} could not be written to the disk ({exc.strerror or exc})",
                         path=path, reason="backup_failed") from exc


def fsync_folder(folder):
    if sys.platform == "win32":
        return  # NTFS makes the rename durable itself; folders cannot be opened for fsync
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse fsync on a folder
    finally:
        os.close(fd)


def place(temp, final):
    """Rename `temp` to `final` (or `final` with -2, -3 …), never over an existing file."""
    stem, n = final.name[:-len(".db")], 1
    while True:
        target = final if n == 1 else final.with_name(f"{stem}-{n}.db")
        if not target.exists():
            try:
                if sys.platform == "win32":
                    os.rename(temp, target)   # refuses an existing target
                else:
                    os.link(temp, target)     # refuses an existing target, atomically
                    os.remove(temp)
                return target
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links (FAT, some shares)
                if not target.exists():
                    os.rename(temp, target)
                    return target
        n += 1


def remove_quietly(*paths):
    for path in paths:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove %s: %s", path, exc)


def copy_bytes(source, target):
    with open(source, "rb") as src, open(target, "xb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
