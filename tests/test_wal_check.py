"""models.storage.wal_check against real WAL files: what it calls lost is what SQLite really loses.

A writer process commits 40 one-row "ticks" in WAL mode (synchronous=FULL, no autocheckpoint)
and dies with os._exit, leaving the -wal un-checkpointed. Each test damages or cuts a copy of
that -wal, asks `analyse_wal_file`, then lets SQLite recover a copy of the store and counts the
rows it really got back.
"""

import shutil
import sqlite3
import struct
import subprocess
import sys
from contextlib import closing

import pytest

from models.storage.wal_check import analyse_wal, analyse_wal_file

TICKS = 40
PAGE = 4096
FRAME = 24 + PAGE
WRITER = """
import os, sqlite3, sys
db, mode = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db, isolation_level=None)
c.execute("CREATE TABLE ticks(id INTEGER PRIMARY KEY, note TEXT)")  # in the db file itself
c.execute("PRAGMA journal_mode=WAL")
c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("PRAGMA synchronous=FULL")
def tick(n):
    for i in range(n):
        c.execute("INSERT INTO ticks(note) VALUES (?)", (f"tick {i}",))
tick(40)
if mode in ("restart", "truncate"):
    c.execute(f"PRAGMA wal_checkpoint({mode.upper()})")
    tick(5)
if mode in ("inflight", "rewrite"):
    c.execute("PRAGMA cache_size=1")  # dirty pages spill to the WAL before any commit
    c.execute("BEGIN")
    for i in range(300):
        c.execute("INSERT INTO ticks(note) VALUES (?)", ("x" * 200,))
    if mode == "rewrite":  # pages already spilled change again: rewritten in place in the WAL
        c.execute("UPDATE ticks SET note = 'changed' WHERE id BETWEEN 45 AND 60")
        for i in range(50):
            c.execute("INSERT INTO ticks(note) VALUES (?)", ("z" * 200,))
os._exit(0)  # no COMMIT, no checkpoint, no close: the -wal stays as the crash left it
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """mode -> (db file bytes, -wal bytes) of a writer run in that mode, made once."""
    cache = {}

    def make(mode="ticks"):
        if mode not in cache:
            db = tmp_path_factory.mktemp(mode) / "store.db"
            subprocess.run([sys.executable, "-c", WRITER, str(db), mode], check=True)
            wal = db.with_name("store.db-wal")
            assert wal.exists()
            cache[mode] = (db.read_bytes(), wal.read_bytes())
        return cache[mode]

    return make


def recovered(tmp_path, db_bytes, wal_bytes, name="copy"):
    """Rows SQLite gets back from a copy of the store with this -wal (and no -shm)."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "store.db").write_bytes(db_bytes)
    (folder / "store.db-wal").write_bytes(wal_bytes)
    with closing(sqlite3.connect(folder / "store.db")) as conn:
        count = conn.execute("SELECT count(*) FROM ticks").fetchone()[0]
    shutil.rmtree(folder)
    return count


def analysed(tmp_path, wal_bytes):
    path = tmp_path / "aside.db-wal"  # the app analyses a copy set aside, never the live file
    path.write_bytes(wal_bytes)
    return analyse_wal_file(path)


def commit_frames(wal):
    """1-based numbers of the frames whose header says "commit" (database size nonzero)."""
    n = (len(wal) - 32) // FRAME
    return [i + 1 for i in range(n) if struct.unpack_from(">I", wal, 32 + i * FRAME + 4)[0]]


def flip(wal, offset):
    out = bytearray(wal)
    out[offset] ^= 0x5A
    return bytes(out)


def page_byte(frame):
    """Offset of a byte inside the page data of 1-based `frame`."""
    return 32 + (frame - 1) * FRAME + 24 + 100


def checksum(data, big_endian, s0=0, s1=0):
    """The WAL checksum, written out plainly here so the test does not trust the module's."""
    order = ">" if big_endian else "<"
    for i in range(0, len(data), 8):
        x0, x1 = struct.unpack_from(order + "2I", data, i)
        s0 = (s0 + x0 + s1) % 2**32
        s1 = (s1 + x1 + s0) % 2**32
    return s0, s1


def seal(header, frames, big_endian, page_size):
    """A WAL from a 16-byte header start (magic and version are set here), salts and
    (page number, database size, page) frames, with checksums in the given byte order."""
    magic = 0x377F0683 if big_endian else 0x377F0682
    head = struct.pack(">4I", magic, 3007000, page_size, 0) + header[16:24]
    sums = checksum(head, big_endian)
    out = bytearray(head + struct.pack(">2I", *sums))
    for pgno, db_size, page in frames:
        start = struct.pack(">2I", pgno, db_size)
        sums = checksum(page, big_endian, *checksum(start, big_endian, *sums))
        out += start + header[16:24] + struct.pack(">2I", *sums) + page
    return bytes(out)


def reseal(wal, big_endian):
    """The same WAL with every checksum recomputed in the other (or same) byte order."""
    n = (len(wal) - 32) // FRAME
    frames = [(*struct.unpack_from(">2I", wal, 32 + i * FRAME), wal[56 + i * FRAME:][:PAGE])
              for i in range(n)]
    return seal(wal[:32], frames, big_endian, PAGE)


def test_the_writer_leaves_a_wal_of_40_commits(made):
    db, wal = made()
    assert len(wal) == 32 + TICKS * FRAME
    assert commit_frames(wal) == list(range(1, TICKS + 1))
    assert struct.unpack_from(">I", wal)[0] == 0x377F0682  # little-endian checksums here
    assert checksum(wal[:24], False) == struct.unpack_from(">2I", wal, 24)  # the test's own sum


def test_intact_wal_is_not_damaged(made, tmp_path):
    db, wal = made()
    report = analysed(tmp_path, wal)
    assert (report.frames, report.valid_frames, report.commits) == (TICKS, TICKS, TICKS)
    assert report.header_ok and not report.damaged and report.problem is None
    assert (report.lost_frames, report.lost_commits, report.page_size) == (0, 0, PAGE)
    assert recovered(tmp_path, db, wal) == TICKS


# Where the damage lands -> (offset of a byte to flip, lost frames = lost commits)
DAMAGE = {
    "header": (lambda wal: 17, 40),                        # salt-1: header checksum fails
    "first frame": (lambda wal: page_byte(1), 40),
    "middle frame": (lambda wal: page_byte(commit_frames(wal)[19]), 21),  # the 20th commit
    "last frame": (lambda wal: page_byte(commit_frames(wal)[-1]), 1),
}


@pytest.mark.parametrize("where", DAMAGE)
def test_damage_is_reported_as_sqlite_loses_it(made, tmp_path, where):
    db, wal = made()
    at, lost = DAMAGE[where]
    damaged = flip(wal, at(wal))
    report = analysed(tmp_path, damaged)
    assert report.damaged and report.problem
    assert report.header_ok == (where != "header")
    assert (report.lost_frames, report.lost_commits) == (lost, lost)
    assert report.commits == report.valid_frames == TICKS - lost
    assert TICKS - recovered(tmp_path, db, damaged) == report.lost_commits


@pytest.mark.slow
def test_any_damaged_frame_agrees_with_sqlite(made, tmp_path):
    db, wal = made()
    for frame in range(1, TICKS + 1):
        for offset in (page_byte(frame), 32 + (frame - 1) * FRAME + 17):  # page, checksum
            damaged = flip(wal, offset)
            report = analyse_wal(damaged)
            assert report.damaged, (frame, offset)
            assert TICKS - recovered(tmp_path, db, damaged) == report.lost_commits, frame


def test_damaged_salt_in_a_middle_frame_still_counts_that_frame(made, tmp_path):
    db, wal = made()
    damaged = flip(wal, 32 + 19 * FRAME + 9)  # salt-1 of frame 20, not covered by checksums
    report = analyse_wal(damaged)
    assert report.damaged and (report.lost_frames, report.lost_commits) == (21, 21)
    assert TICKS - recovered(tmp_path, db, damaged) == 21


def test_in_flight_transaction_is_not_damage(made, tmp_path):
    db, wal = made("inflight")
    report = analysed(tmp_path, wal)
    assert report.frames > TICKS and (report.valid_frames, report.commits) == (TICKS, TICKS)
    assert not report.damaged and report.problem is None
    assert recovered(tmp_path, db, wal) == TICKS
    # The last frame of it torn (its page not written): still a write nobody was told of.
    report = analyse_wal(flip(wal, page_byte(report.frames)))
    assert not report.damaged and report.valid_frames == TICKS


def test_in_flight_transaction_with_pages_rewritten_in_place_is_not_damage(made, tmp_path):
    db, wal = made("rewrite")
    n = (len(wal) - 32) // FRAME
    salts = wal[16:24]
    sums, stale = struct.unpack_from(">2I", wal, 24), []
    for i in range(n):
        frame = wal[32 + i * FRAME:][:FRAME]
        ours = frame[8:16] == salts
        if ours and checksum(frame[24:], False, *checksum(frame[:8], False, *sums)) != \
                struct.unpack_from(">2I", frame, 16):
            stale.append(i + 1)
        sums = struct.unpack_from(">2I", frame, 16)
    assert stale and stale[0] > TICKS and stale[0] < max(  # a broken chain, then our frames
        i + 1 for i in range(n) if wal[32 + i * FRAME + 8:][:8] == salts)
    report = analysed(tmp_path, wal)
    assert not report.damaged and (report.valid_frames, report.commits) == (TICKS, TICKS)
    assert recovered(tmp_path, db, wal) == TICKS


@pytest.mark.parametrize("size", [32 + 39 * FRAME + 1000, 32 + 39 * FRAME + 10, 32, 20, 0])
def test_cut_short_wal_is_not_damage(made, tmp_path, size):
    db, wal = made()
    report = analysed(tmp_path, wal[:size])
    assert not report.damaged and report.problem is None
    assert report.frames == report.valid_frames == max(0, size - 32) // FRAME
    assert recovered(tmp_path, db, wal[:size]) == report.commits


def test_empty_wal_is_not_damage(tmp_path):
    assert analyse_wal(b"") == analysed(tmp_path, b"")
    assert not analyse_wal(b"").damaged and analyse_wal(b"").frames == 0


def test_older_generation_left_after_a_restart_is_not_damage(made, tmp_path):
    db, wal = made("restart")
    assert len(wal) == 32 + TICKS * FRAME  # 5 new frames over the start of 40 old ones
    report = analysed(tmp_path, wal)
    assert (report.frames, report.valid_frames, report.commits) == (TICKS, 5, 5)
    assert not report.damaged
    assert recovered(tmp_path, db, wal) == TICKS + 5
    damaged = flip(wal, page_byte(3))  # the old frames after the new ones are not "lost"
    report = analyse_wal(damaged)
    assert report.damaged and (report.lost_frames, report.lost_commits) == (3, 3)
    assert TICKS + 5 - recovered(tmp_path, db, damaged) == 3
    damaged = flip(wal, 17)  # a bad header: only the newest generation's frames are lost
    report = analyse_wal(damaged)
    assert report.damaged and (report.lost_frames, report.lost_commits) == (5, 5)
    assert TICKS + 5 - recovered(tmp_path, db, damaged) == 5


def test_truncated_wal_after_a_checkpoint_is_not_damage(made, tmp_path):
    db, wal = made("truncate")
    report = analysed(tmp_path, wal)
    assert (report.frames, report.valid_frames, report.commits) == (5, 5, 5)
    assert not report.damaged and recovered(tmp_path, db, wal) == TICKS + 5


def test_big_endian_checksums_are_read_as_sqlite_reads_them(made, tmp_path):
    db, wal = made()
    big = reseal(wal, big_endian=True)
    assert reseal(wal, big_endian=False) == wal  # the test's own sealing matches SQLite's
    assert struct.unpack_from(">I", big)[0] == 0x377F0683
    report = analyse_wal(big)
    assert report.header_ok and not report.damaged and report.commits == TICKS
    assert recovered(tmp_path, db, big) == TICKS  # SQLite takes it too
    damaged = flip(big, page_byte(20))
    assert analyse_wal(damaged).lost_commits == 21
    assert TICKS - recovered(tmp_path, db, damaged) == 21


@pytest.mark.parametrize("big_endian", [False, True])
def test_synthetic_wal_in_either_byte_order(big_endian):
    salts = struct.pack(">2I", 7, 0xDEADBEEF)
    pages = [(i % 3 + 1, 3 if i % 2 else 0, bytes([i]) * 1024) for i in range(6)]
    wal = seal(b"\0" * 16 + salts, pages, big_endian, 1024)
    report = analyse_wal(wal)
    assert (report.frames, report.valid_frames, report.commits, report.page_size) == \
        (6, 6, 3, 1024)
    assert not report.damaged
    # The magic hand-flipped to the other byte order: the header checksum no longer holds.
    other = bytearray(wal)
    other[3] ^= 1
    report = analyse_wal(bytes(other))
    assert not report.header_ok and report.damaged and report.lost_commits == 3
    # A header wiped to zeros: the page size is found from the frames' checksum chain.
    report = analyse_wal(b"\0" * 32 + wal[32:])
    assert (report.page_size, report.lost_frames, report.lost_commits) == (1024, 6, 3)
    assert analyse_wal(b"\0" * 32 + wal[32:], db_page_size=1024).lost_frames == 6
    # Damage in frame 4 (a commit): frames 3-6 are lost, holding commits 4 and 6.
    report = analyse_wal(flip(wal, 32 + 3 * (24 + 1024) + 24 + 5))
    assert (report.valid_frames, report.lost_frames, report.lost_commits) == (2, 4, 2)
