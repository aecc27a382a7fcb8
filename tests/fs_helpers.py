"""Read-only files and folders for tests, also when the tests run as root.

root ignores permission bits, so there `chmod` proves nothing; the immutable attribute
(`chattr +i`, ext4/xfs/btrfs) binds root too. Where neither works the test is skipped, saying
why, rather than passing without having tested anything.
"""

import os
import shutil
import subprocess
from contextlib import contextmanager

import pytest


def _chattr(flag, path):
    return subprocess.run(["chattr", flag, str(path)], capture_output=True, text=True)


@contextmanager
def made_read_only(path):
    """`path` (a file or a folder) cannot be written inside the block."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield "chmod"
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None:
        pytest.skip("running as root (permission bits are ignored) and chattr is missing")
    done = _chattr("+i", path)
    if done.returncode != 0:
        pytest.skip(f"running as root (permission bits are ignored) and the immutable "
                    f"attribute is not available here: {done.stderr.strip()}")
    try:
        yield "chattr +i"
    finally:
        _chattr("-i", path)
