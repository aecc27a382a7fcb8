"""Start-up paths that used to guess: an empty or page-1-damaged store with good backups beside
it is refused as damaged and the newest good backup offered, never set up anew as a demo."""

import pytest

from models.database import backups
from models.database.store import open_db
from models.people.employees import add_employee, list_employees
from models.people.teams import add_team
from models.storage.errors import StoreError


@pytest.fixture
def store_with_backup(store_path):
    db = open_db(store_path, first_run_setup=False)
    team = add_team(db, name="一班", by="test")
    add_employee(db, code="K001", name="王丽", team_id=team, post="客户服务代表", by="test")
    backup = backups.backup_now(db, by="test")
    db.close()
    return store_path, backup


def test_an_empty_file_with_backups_is_damaged_not_new(store_with_backup):
    path, backup = store_with_backup
    path.write_bytes(b"")
    with pytest.raises(StoreError) as refused:
        open_db(path)
    assert refused.value.reason == "damaged"
    assert refused.value.suggested_backup == backup
    assert "is empty (0 bytes)" in str(refused.value)
    assert path.read_bytes() == b""          # not set up as a new demo store


def test_a_zeroed_first_page_with_backups_offers_the_backup(store_with_backup):
    path, backup = store_with_backup
    data = bytearray(path.read_bytes())
    data[:4096] = bytes(4096)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as refused:
        open_db(path)
    assert refused.value.reason == "damaged"
    assert refused.value.suggested_backup == backup
    assert path.read_bytes() == bytes(data)


def test_without_backups_an_empty_file_is_a_new_store_and_a_foreign_file_refused(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    open_db(empty, first_run_setup=False).close()
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"shopping list\n" * 400)
    with pytest.raises(StoreError) as refused:
        open_db(foreign)
    assert refused.value.reason == "not_sqlite"


def test_the_app_restores_the_offered_backup_when_the_lead_agrees(store_with_backup, qtbot,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import _open_or_offer_backup

    path, _backup = store_with_backup
    path.write_bytes(b"")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.Yes)
    db = _open_or_offer_backup(path, open_db, StoreError)
    try:
        assert "is empty (0 bytes)" in asked[0]
        assert [e["name"] for e in list_employees(db)] == ["王丽"]
    finally:
        db.close()
    kept = [p.name for p in path.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1                    # the empty file kept aside, not deleted
