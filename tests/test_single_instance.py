"""A second app on the same database file is refused with a message, not a corrupted file."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.single_instance import AlreadyOpen, lock_database

ROOT = Path(__file__).resolve().parent.parent


def in_other_process(db, body):
    """Run `body` in a fresh interpreter that has a QCoreApplication and `lock_database`."""
    code = "\n".join([
        "import os, sys",
        f"sys.path.insert(0, {str(ROOT)!r})",
        "from PySide6.QtCore import QCoreApplication",
        "app = QCoreApplication([])",
        "from ui.single_instance import AlreadyOpen, lock_database",
        f"db = {str(db)!r}",
        body,
    ])
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=60)


def test_second_lock_on_the_same_file_is_refused(qtbot, tmp_path):
    db = tmp_path / "a.db"
    held = lock_database(db)
    other = in_other_process(db, "try:\n    lock_database(db)\n"
                                 "except AlreadyOpen as e:\n    print(e)")
    assert "already open in another Appraisal Desk window" in other.stdout, other.stderr
    assert f"process {os.getpid()}" in other.stdout
    held.unlock()


def test_lock_of_a_dead_process_is_taken_over(qtbot, tmp_path):
    db = tmp_path / "b.db"
    in_other_process(db, "lock = lock_database(db)\nos._exit(9)   # dies holding the lock")
    assert Path(str(db) + ".lock").exists()
    lock = lock_database(db)          # the crashed holder must not lock us out
    lock.unlock()


def test_other_files_are_independent(qtbot, tmp_path):
    first = lock_database(tmp_path / "one.db")
    second = lock_database(tmp_path / "two.db")
    with pytest.raises(AlreadyOpen):
        in_process = lock_database(tmp_path / "one.db")
        in_process.unlock()
    first.unlock()
    second.unlock()
