"""Backups from the app: back up now, preview, restore; a damaged file at start is offered the
newest good backup and is never overwritten silently."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from models.database import backups
from models.database.store import open_db
from models.people.employees import add_employee, list_employees
from models.storage.errors import StoreError
from tests.test_integrity import garble_middle_pages
from ui.backup_dialog import BackupDialog
from ui.damaged_store import offer_backup
from ui.session import Session


@pytest.fixture
def quiet(monkeypatch):
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: None)
    monkeypatch.setattr(QApplication, "quit", lambda *a: None)


def test_back_up_now_preview_and_restore(qtbot, store_path, quiet):
    db = open_db(store_path)                       # demo team: 6 employees
    dialog = BackupDialog(Session(db))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    path = dialog.back_up_now()
    assert path.exists() and "verified" in dialog.status.text()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "intact"
    assert dialog.table.item(0, 3).text() == "6"
    add_employee(db, code="NEW1", name="新人", team_id=None, post="客服", by="test")
    assert len(list_employees(db)) == 7
    dialog.table.selectRow(0)
    kept = dialog.restore_selected(confirm=True)
    assert kept.exists()                            # the current file is kept, not deleted
    again = open_db(store_path)
    assert len(list_employees(again)) == 6          # as in the backup
    again.close()


def test_a_damaged_store_is_offered_its_newest_good_backup(store_path, quiet):
    db = open_db(store_path)
    backups.backup_now(db, folder=backups.default_backup_folder(store_path), reason="daily",
                       by="test")
    for n in range(300):                            # enough pages to damage the middle of
        add_employee(db, code=f"X{n}", name=f"员工{n}", team_id=None, post="客服", by="test")
    db.close()
    garble_middle_pages(store_path)
    damaged = store_path.read_bytes()
    with pytest.raises(StoreError) as info:
        open_db(store_path)
    assert info.value.reason == "damaged" and info.value.suggested_backup
    asked = []
    assert not offer_backup(store_path, info.value, ask=lambda q: asked.append(q) or False)
    assert "damaged" in asked[0] and store_path.read_bytes() == damaged   # declined: untouched
    assert offer_backup(store_path, info.value, ask=lambda q: True)
    restored = open_db(store_path)
    assert len(list_employees(restored)) == 6
    restored.close()
    kept = [p for p in Path(store_path).parent.iterdir() if "before-restore" in p.name
            and not p.name.endswith(("-wal", "-shm"))]
    assert kept and kept[0].read_bytes() == damaged     # the damaged file kept as it was
