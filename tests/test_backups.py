"""Backups: verified copies through the backup API, private files, rotation, preview, restore."""

import os
import shutil
import sqlite3
import stat
import sys
from datetime import datetime, timedelta

import pytest

from models.database import backups, migrations
from models.database.backup_restore import restore
from models.database.backups import (
    backup_now,
    daily_backup_if_due,
    default_backup_folder,
    list_backups,
    plan_rotation,
    rotate,
)
from models.database.store import open_db
from models.people.employees import add_employee
from models.people.teams import add_team
from models.rubrics import rubric_for_post
from models.storage import codec, integrity
from models.storage.errors import StoreError
from models.work.incidents import add_incident
from tests.fs_helpers import made_read_only

POSIX = sys.platform != "win32"
DAY = datetime(2026, 11, 23, 9, 30, 0)


def count(db, table):
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def tick(db, n=1, note="巡查"):
    version_id, rubric = rubric_for_post(db, "客户服务代表")
    item = next(i for i in rubric.items() if i.takes_incidents and i.kind != "veto"
                and not i.spec.is_range)
    employee = db.execute("SELECT id FROM employees WHERE code = 'B001'").fetchone()
    if employee is None:
        team = add_team(db, name="备份组", by="test")
        employee = [add_employee(db, code="B001", name="赵敏", team_id=team,
                                 post="客户服务代表", by="test")]
    return [add_incident(db, employee_id=employee[0], version_id=version_id, item_id=item.id,
                         note=note, by="test") for _ in range(n)]


@pytest.fixture
def live(store_path):
    """An open store with the demo team and some ticks (a WAL not yet checkpointed)."""
    db = open_db(store_path)
    tick(db, 20)
    yield db
    db.close()


def test_default_folder_is_beside_the_database(tmp_path):
    assert default_backup_folder(tmp_path / "x.db") == tmp_path.resolve() / "backups"


def test_a_backup_is_verified_private_named_and_previewed(live, store_path):
    path = backup_now(live, reason="manual", now=DAY, by="test")
    folder = default_backup_folder(store_path)
    assert path == folder / "appraisal-desk-20261123-093000.db"
    assert os.listdir(folder) == [path.name]                      # no temp file left behind
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    now = integrity.table_counts(live.conn)
    now["audit_events"] -= 1                                      # the backup's own event
    with integrity.open_read_only(path) as conn:
        assert integrity.table_counts(conn) == now
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    [info] = list_backups(folder)
    newest = live.execute("SELECT created_at FROM incidents ORDER BY id DESC LIMIT 1").fetchone()
    assert (info.path, info.taken_at, info.ok, info.schema_version) == \
        (path, DAY, True, migrations.latest_version())
    assert (info.employees, info.incidents) == (count(live, "employees"),
                                                count(live, "incidents"))
    assert info.newest_incident_at == newest[0] and info.size == path.stat().st_size
    assert os.listdir(folder) == [path.name]                      # previewing wrote nothing
    [event] = live.execute("SELECT action, after_json FROM audit_events "
                           "WHERE entity = 'database'").fetchall()
    assert event[0] == "backup" and codec.loads(event[1]) == {"file": str(path),
                                                               "reason": "manual"}


def test_two_backups_in_the_same_second_do_not_overwrite(live, store_path):
    first = backup_now(live, reason="a", now=DAY, by="test")
    tick(live)
    second = backup_now(live, reason="b", now=DAY, by="test")
    assert first != second and second.name == "appraisal-desk-20261123-093000-2.db"
    infos = list_backups(first.parent)
    assert [i.path for i in infos] == [second, first]
    assert infos[0].incidents == infos[1].incidents + 1


def test_a_backup_from_a_worker_uses_its_own_connection(live, store_path, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    path = backups.backup_file(store_path, folder=folder, now=DAY)
    assert backups.describe(path).incidents == count(live, "incidents")


def test_a_missing_configured_folder_is_a_clear_error(live, store_path, tmp_path):
    before = integrity.table_counts(live.conn)
    with pytest.raises(StoreError, match="does not exist .*USB stick") as info:
        backup_now(live, folder=tmp_path / "unplugged-stick", reason="manual", by="test")
    assert info.value.reason == "backup_folder"
    assert not (tmp_path / "unplugged-stick").exists()
    assert integrity.table_counts(live.conn) == before


def test_a_read_only_folder_is_a_clear_error(live, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    with made_read_only(folder), pytest.raises(StoreError, match="read-only") as info:
        backup_now(live, folder=folder, reason="manual", by="test")
    assert info.value.reason == "backup_folder" and os.listdir(folder) == []


def test_a_copy_that_does_not_verify_is_removed(live, tmp_path, monkeypatch):
    folder = tmp_path / "b"
    folder.mkdir()
    real = integrity.check_file
    monkeypatch.setattr(integrity, "check_file", lambda path, **kw: integrity.IntegrityReport(
        False, ("structure: simulated damage",), path) if ".partial" in str(path)
        else real(path, **kw))
    with pytest.raises(StoreError, match="did not verify .*simulated damage") as info:
        backup_now(live, folder=folder, reason="manual", by="test")
    assert info.value.reason == "backup_invalid" and os.listdir(folder) == []


def test_the_daily_backup_is_taken_once_a_day(live, store_path):
    first = daily_backup_if_due(live, now=DAY, by="test")
    assert first is not None
    assert daily_backup_if_due(live, now=DAY + timedelta(hours=5), by="test") is None
    second = daily_backup_if_due(live, now=DAY + timedelta(days=1), by="test")
    assert second is not None and second != first
    # A clock that was set wrong and then corrected does not stop the daily backups.
    assert daily_backup_if_due(live, now=DAY - timedelta(days=30), by="test") is not None


# -- rotation --------------------------------------------------------------------------------------

def fake(folder, when, n=1):
    suffix = "" if n == 1 else f"-{n}"
    return folder / f"appraisal-desk-{when:%Y%m%d-%H%M%S}{suffix}.db"


def test_the_rotation_plan_keeps_days_and_months():
    start = datetime(2025, 1, 1, 8)
    files = [(f"f{d}", start + timedelta(days=d)) for d in range(0, 700, 3)]  # every 3rd day
    files.append(("extra", start + timedelta(days=699, hours=2)))              # two that day
    files.sort(key=lambda f: f[1], reverse=True)
    keep, drop = plan_rotation(files, keep_daily=7, keep_monthly=12)
    kept = [p for p, _ in keep]
    days = {t.date() for _, t in keep}
    assert kept[:2] == ["extra", files[1][0]]          # every backup of a kept day
    newest_days = list(dict.fromkeys(t.date() for _, t in files))[:7]
    assert set(newest_days) <= days
    months = {}
    for p, t in files:
        months.setdefault((t.year, t.month), p)
    assert set(list(months.values())[:12]) <= set(kept)
    assert len(kept) == len(set(kept)) and set(kept).isdisjoint(p for p, _ in drop)
    assert len(keep) + len(drop) == len(files)
    # Gaps count as nothing: a PC left off for a year keeps what it had.
    old = [(f"o{d}", datetime(2020, 1, 1) + timedelta(days=d)) for d in range(5)][::-1]
    assert plan_rotation(old, keep_daily=7, keep_monthly=0) == (old, [])
    with pytest.raises(ValueError):
        plan_rotation(old, keep_daily=0)


def test_rotation_deletes_old_backups_but_never_the_only_verified_one(live, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    good = backup_now(live, folder=folder, reason="t", now=datetime(2026, 1, 5, 9), by="test")
    for d in range(1, 40):  # 39 later days of copies that went bad on the disk
        fake(folder, datetime(2026, 1, 5, 9) + timedelta(days=d)).write_bytes(b"x" * 4096)
    (folder / "notes.txt").write_text("not ours")
    deleted = rotate(folder, keep_daily=7, keep_monthly=1)
    left = [p for p, _ in backups.backup_files(folder)]
    assert good in left and good not in deleted      # the only one that verifies stays
    assert len(left) == 7 + 1 and (folder / "notes.txt").exists()
    # With a verified backup among the kept ones, the old good one may go.
    newest = backup_now(live, folder=folder, reason="t", now=datetime(2026, 3, 1, 9),
                        keep_daily=7, keep_monthly=1, by="test")
    left = [p for p, _ in backups.backup_files(folder)]
    assert newest in left and good not in left


def test_rotation_after_a_backup_uses_the_settings_counts(live, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    for d in range(10):
        backup_now(live, folder=folder, reason="t", now=DAY + timedelta(days=d), keep_daily=3,
                   keep_monthly=0, by="test")
    assert [t.day for _, t in backups.backup_files(folder)] == [2, 1, 30]


def test_stale_partial_files_are_cleared_fresh_ones_kept(live, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    stale = folder / "appraisal-desk-20260101-000000.db.123.partial"
    fresh = folder / "appraisal-desk-20260102-000000.db.124.partial"
    for p in (stale, fresh):
        p.write_bytes(b"half")
    os.utime(stale, (0, 0))
    backup_now(live, folder=folder, reason="t", now=DAY, by="test")
    assert not stale.exists() and fresh.exists()


def test_list_backups_of_a_missing_folder_is_empty(tmp_path):
    assert list_backups(tmp_path / "nothing") == []


def test_list_backups_shows_a_bad_file_as_not_ok(live, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    fake(folder, DAY).write_bytes(b"garbage" * 100)
    [info] = list_backups(folder)
    assert info.ok is False and info.problems and info.incidents is None


# -- restore ---------------------------------------------------------------------------------------

def test_restore_brings_the_backup_back_and_keeps_the_current_file(live, store_path):
    taken = backup_now(live, reason="before import", now=DAY, by="test")
    held = count(live, "incidents")
    later = tick(live, 5, note="after the backup")
    live.close()
    current = store_path.read_bytes()
    aside = restore(taken, store_path, now=DAY + timedelta(hours=1), by="test")
    assert aside == store_path.with_name("store.db.before-restore-20261123-103000")
    assert aside.read_bytes() == current                      # kept byte for byte
    db = open_db(store_path)
    assert count(db, "incidents") == held
    assert not db.execute(f"SELECT 1 FROM incidents WHERE id = {later[0]}").fetchone()
    db.close()
    with integrity.open_read_only(aside) as conn:
        assert conn.execute(f"SELECT note FROM incidents WHERE id = {later[-1]}").fetchone() \
            == ("after the backup",)
    # A second restore in the same second never overwrites the first kept file.
    again = restore(taken, store_path, now=DAY + timedelta(hours=1), by="test")
    assert again != aside and aside.read_bytes() == current
    assert not list(store_path.parent.glob("*.partial"))


def test_restore_over_a_crashed_file_keeps_its_wal_with_it(live, store_path, tmp_path):
    taken = backup_now(live, reason="t", now=DAY, by="test")
    ids = tick(live, 3, note="only in the WAL")
    crashed = tmp_path / "crashed" / "store.db"
    crashed.parent.mkdir()
    # The files as a crash leaves them: the main file and a WAL holding the last commits.
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{store_path}{suffix}", f"{crashed}{suffix}")
    assert integrity.side_files(crashed)
    aside = restore(taken, crashed, now=DAY, by="test")
    assert integrity.side_files(crashed) == []               # no stale WAL on the restored file
    assert integrity.side_files(aside)                        # it went with the kept file
    with integrity.open_read_only(aside) as conn:
        assert conn.execute(f"SELECT count(*) FROM incidents WHERE id IN {tuple(ids)}"
                            ).fetchone()[0] == 3
    db = open_db(crashed)
    assert count(db, "incidents") == backups.describe(taken).incidents
    db.close()


def test_restore_refuses_a_bad_backup_and_changes_nothing(live, store_path, tmp_path):
    taken = backup_now(live, reason="t", now=DAY, by="test")
    live.close()
    (tmp_path / "elsewhere").mkdir()
    bad = tmp_path / "elsewhere" / "bad.db"
    data = bytearray(taken.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = os.urandom(8192)
    bad.write_bytes(bytes(data))
    other = tmp_path / "elsewhere" / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    before, names = store_path.read_bytes(), sorted(os.listdir(store_path.parent))
    for candidate, message in ((bad, "cannot be restored"), (other, "not an Appraisal Desk"),
                               (tmp_path / "missing.db", "no such file")):
        with pytest.raises(StoreError, match=message) as info:
            restore(candidate, store_path, by="test")
        assert info.value.reason == "backup_invalid"
    assert store_path.read_bytes() == before
    assert sorted(os.listdir(store_path.parent)) == names


def test_restore_into_a_new_place(live, tmp_path):
    taken = backup_now(live, reason="t", now=DAY, by="test")
    target = tmp_path / "fresh" / "restored.db"
    target.parent.mkdir()
    assert restore(taken, target, by="test") is None
    db = open_db(target)
    assert count(db, "incidents") == count(live, "incidents")
    db.close()


def test_a_full_backup_disk_leaves_no_file_and_the_database_unchanged(live, tmp_path,
                                                                      monkeypatch):
    folder = tmp_path / "stick"
    folder.mkdir()
    before = integrity.table_counts(live.conn)

    def full(source, temp):
        temp.write_bytes(b"half a copy")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "copy_database", full)
    with pytest.raises(StoreError, match="disk is full.*no backup was taken") as info:
        backup_now(live, folder=folder, reason="manual", by="test")
    assert info.value.reason == "backup_failed" and os.listdir(folder) == []
    # Only the anchor made for the copy stays: it signs the trail's head, it is not data.
    after = integrity.table_counts(live.conn)
    assert after.pop("chain_anchors") == before.pop("chain_anchors") + 1
    assert after == before
    assert not live.conn.in_transaction


def test_the_backup_settings_are_declared():
    from models.work import settings

    for key, default in (("backup_folder", ""), ("backup_keep_daily", backups.KEEP_DAILY),
                         ("backup_keep_monthly", backups.KEEP_MONTHLY)):
        assert settings.DECLARED[key].default == default
        settings._check(settings.DECLARED[key], default)


# -- backups of a store with empty tables ----------------------------------------------------------

@pytest.fixture
def empty(store_path):
    """An open store with no team, no employee and no incident: every backup of it is empty."""
    db = open_db(store_path, first_run_setup=False)
    yield db
    db.close()


def test_an_empty_backup_is_listed_and_restored(empty, store_path):
    taken = backup_now(empty, reason="t", now=DAY, by="test")
    [info] = list_backups(taken.parent)
    assert (info.ok, info.incidents, info.newest_incident_at) == (True, 0, None)
    assert info.employees == count(empty, "employees")
    empty.close()
    assert restore(taken, store_path, now=DAY, by="test") is not None
    db = open_db(store_path, first_run_setup=False)
    assert count(db, "incidents") == 0
    db.close()


def test_a_damaged_store_points_to_an_empty_newest_backup(empty, store_path):
    taken = backup_now(empty, reason="t", now=DAY, by="test")
    empty.close()
    with sqlite3.connect(store_path) as conn:  # an incident of no employee: damage
        conn.execute("INSERT INTO incidents (employee_id, rubric_version_id, item_id, at, "
                     "created_at) VALUES (9999, 1, 'x', '2026-11-01T09:00:00', "
                     "'2026-11-01T09:00:00')")
    conn.close()
    with pytest.raises(StoreError, match="is damaged") as info:
        open_db(store_path)
    assert info.value.reason == "damaged" and info.value.suggested_backup == taken


def test_rotation_of_empty_backups_deletes_the_oldest(empty, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    taken = [backup_now(empty, folder=folder, reason="daily", now=DAY + timedelta(days=d),
                        keep_monthly=0, by="test") for d in range(8)]
    assert [p for p, _ in backups.backup_files(folder)] == taken[:0:-1]
    fake(folder, DAY + timedelta(days=9)).write_bytes(b"x" * 4096)  # a newest copy gone bad
    assert rotate(folder, keep_daily=2, keep_monthly=0) == taken[:0:-1][1:]
