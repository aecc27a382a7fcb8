"""One app per database file, known by identity: a second start on the same file — by the same
path, a symlink, a hard link or a `..` path — is refused with a message, not a corrupted file."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.storage.instance_lock import AlreadyOpen, is_open_in_app, lock_database

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def own_lock_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("APPRAISAL_DESK_LOCK_DIR", str(tmp_path / "locks"))


def in_other_process(db, body):
    """Run `body` in a fresh interpreter that has `lock_database` (no Qt needed)."""
    code = "\n".join([
        "import os, sys",
        f"sys.path.insert(0, {str(ROOT)!r})",
        "from models.storage.instance_lock import AlreadyOpen, lock_database",
        f"db = {str(db)!r}",
        body,
    ])
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env=os.environ)


def refusal_in_other_process(path):
    return in_other_process(path, "try:\n    lock_database(db)\n    print('NOT REFUSED')\n"
                                  "except AlreadyOpen as e:\n    print(e)")


def test_second_lock_on_the_same_file_is_refused(tmp_path):
    db = tmp_path / "a.db"
    db.touch()
    held = lock_database(db)
    held.confirm()                            # an existing file: nothing more to hold
    other = refusal_in_other_process(db)
    assert "already open in another Appraisal Desk window" in other.stdout, other.stderr
    assert f"process {os.getpid()}" in other.stdout
    held.release()
    assert "NOT REFUSED" in refusal_in_other_process(db).stdout


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need rights on Windows")
def test_another_name_for_the_same_file_is_refused(tmp_path):
    db = tmp_path / "a.db"
    db.touch()
    (tmp_path / "sub").mkdir()
    os.symlink(db, tmp_path / "sym.db")
    os.link(db, tmp_path / "sub" / "hard.db")
    held = lock_database(db)
    for other_name in (tmp_path / "sym.db", tmp_path / "sub" / "hard.db",
                       tmp_path / "sub" / ".." / "a.db"):
        assert "already open" in refusal_in_other_process(other_name).stdout, other_name
        with pytest.raises(AlreadyOpen):
            lock_database(other_name)      # in this process too
    held.release()


def test_a_new_file_is_held_by_name_then_by_identity(tmp_path):
    db = tmp_path / "new.db"
    held = lock_database(db)                # the file does not exist yet
    assert "already open" in refusal_in_other_process(db).stdout
    db.touch()                              # the store makes it
    held.confirm()
    os.link(db, tmp_path / "hard.db")
    assert "already open" in refusal_in_other_process(tmp_path / "hard.db").stdout
    assert is_open_in_app(db)
    held.release()
    assert not is_open_in_app(db)


def test_lock_of_a_dead_process_is_taken_over(tmp_path):
    db = tmp_path / "b.db"
    db.touch()
    died = in_other_process(db, "lock = lock_database(db)\nos._exit(9)   # dies holding it")
    assert died.returncode == 9, died.stderr
    lock = lock_database(db)          # the crashed holder must not lock us out
    lock.release()


def test_other_files_are_independent(tmp_path):
    (tmp_path / "one.db").touch()
    (tmp_path / "two.db").touch()
    first = lock_database(tmp_path / "one.db")
    second = lock_database(tmp_path / "two.db")
    with pytest.raises(AlreadyOpen):
        lock_database(tmp_path / "one.db")
    first.release()
    second.release()


def test_the_app_refuses_a_hard_link_to_an_open_store(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from models.database.store import open_db
    from ui import app as app_module

    db_path = tmp_path / "store.db"
    open_db(db_path, first_run_setup=False).close()
    os.link(db_path, tmp_path / "link.db")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    held = lock_database(db_path)               # the first window
    try:
        assert app_module.run(db_path=tmp_path / "link.db", lang="en") == 2
    finally:
        held.release()
    assert "already open in another Appraisal Desk window" in said[0]
