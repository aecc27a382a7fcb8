"""Read a copy of SQLite's write-ahead log (the `-wal` file) and tell what SQLite cannot recover.

Why this exists: on opening, SQLite replays the `-wal` frame by frame and stops, without a word,
at the first frame whose salts or cumulative checksum do not match; a damaged WAL header makes it
ignore the whole file. Changes the app had already reported as saved (committed, fsynced with
synchronous=FULL) are then simply gone. So the app copies the `-wal` aside before SQLite gets to
recover it, runs `analyse_wal_file` on the copy, and tells the user what could not be recovered.

Format (https://www.sqlite.org/fileformat2.html#walformat): a 32-byte header of big-endian u32s
(magic 0x377f0682 = checksums over little-endian words, 0x377f0683 = big-endian; version 3007000;
page size; checkpoint sequence; salt-1; salt-2; checksum of the first 24 bytes), then frames of a
24-byte header (page number; database size in pages, nonzero only on a commit frame; salt-1;
salt-2; checksum) and one page. Each frame's checksum covers its first 8 header bytes and its
page, continuing from the previous frame's (the first frame's from the header's). SQLite replays
the unbroken chain of valid frames up to its last commit frame.

Not damage: an empty or header-only file; frames of an older generation after the current ones
(after a checkpoint SQLite rewrites the file from the start with new salts); a partial frame at
the end; frames of a transaction that never wrote its commit frame (killed mid-transaction).
"""

import struct
from dataclasses import dataclass

HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
MAGIC_LE = 0x377F0682  # checksums over little-endian words (what x86/ARM SQLite writes)
MAGIC_BE = 0x377F0683  # checksums over big-endian words
VERSION = 3007000
PAGE_SIZES = tuple(1 << n for n in range(9, 17))  # 512 … 65536
DEFAULT_PAGE_SIZE = 4096
MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalReport:
    frames: int = 0          # whole frames in the file (a trailing partial frame is not counted)
    valid_frames: int = 0    # frames SQLite will replay (up to its last good commit frame)
    commits: int = 0         # commit frames among those: transactions that will be recovered
    lost_frames: int = 0     # frames of this generation that held saved data SQLite will drop
    lost_commits: int = 0    # commit frames among them (by their header): saved changes lost
    header_ok: bool = False  # False also for an empty or short file (which is not damage)
    problem: str | None = None  # one plain sentence when damaged, else None
    page_size: int = 0

    @property
    def damaged(self):
        """True when committed data in the file will not be recovered by SQLite."""
        return self.lost_frames > 0


def wal_checksum(data, big_endian, s0=0, s1=0):
    """SQLite's WAL checksum of `data` (a multiple of 8 bytes), continuing from (s0, s1)."""
    it = iter(struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data))
    for x0, x1 in zip(it, it):
        s0 = (s0 + x0 + s1) & MASK
        s1 = (s1 + x1 + s0) & MASK
    return s0, s1


def _frame(data, i, page_size):
    """(offset, page number, db size, salts, stored checksum) of 0-based frame `i`."""
    off = HEADER_SIZE + i * (FRAME_HEADER_SIZE + page_size)
    pgno, db_size, salt1, salt2, c0, c1 = struct.unpack_from(">6I", data, off)
    return off, pgno, db_size, (salt1, salt2), (c0, c1)


def _frame_sum(data, off, page_size, big_endian, seed):
    s = wal_checksum(data[off:off + 8], big_endian, *seed)
    start = off + FRAME_HEADER_SIZE
    return wal_checksum(data[start:start + page_size], big_endian, *s)


def _count(data, page_size):
    return max(0, len(data) - HEADER_SIZE) // (FRAME_HEADER_SIZE + page_size)


def _guess_page_size(data, header_size):
    """Page size for a WAL whose header cannot be trusted: the one under which frame 2's
    checksum continues from frame 1's, else the header's if plausible, else SQLite's default."""
    for size in (header_size, *PAGE_SIZES):
        if size in PAGE_SIZES and _count(data, size) >= 2:
            off1, *_, seed = _frame(data, 0, size)
            off2, *_, stored = _frame(data, 1, size)
            if any(_frame_sum(data, off2, size, big, seed) == stored for big in (False, True)):
                return size
    return header_size if header_size in PAGE_SIZES else DEFAULT_PAGE_SIZE


def analyse_wal_file(path, *, db_page_size=None):
    """Analyse the WAL at `path`: call it on a COPY of the -wal, never on the live file."""
    with open(path, "rb") as f:
        return analyse_wal(f.read(), db_page_size=db_page_size)


def analyse_wal(data, *, db_page_size=None):
    """What SQLite will replay from the WAL bytes `data`, and what it will silently drop.
    `db_page_size` (from the database header) is used only when the WAL header is damaged."""
    data = bytes(data)
    if len(data) < HEADER_SIZE:
        return WalReport()
    magic, version, page_size, _seq, salt1, salt2, h0, h1 = struct.unpack_from(">8I", data)
    big = magic == MAGIC_BE
    header_ok = (magic in (MAGIC_LE, MAGIC_BE) and version == VERSION and page_size in PAGE_SIZES
                 and wal_checksum(data[:24], big) == (h0, h1))
    if not header_ok:
        return _damaged_header(data, db_page_size or _guess_page_size(data, page_size))
    frames = _count(data, page_size)
    salts, seed = (salt1, salt2), (h0, h1)
    valid = commits = 0
    broken = None  # 0-based index of the first frame that breaks the chain
    last_ours = -1  # 0-based index of the last frame of this generation (the header's salts)
    for i in range(frames):
        off, pgno, db_size, frame_salts, stored = _frame(data, i, page_size)
        ours = frame_salts == salts
        if broken is None:
            seed = _frame_sum(data, off, page_size, big, seed)
            if ours and pgno and seed == stored:
                if db_size:
                    valid, commits = i + 1, commits + 1
                continue
            broken = i
            # Salts are not covered by the checksum: a frame that continues the chain but
            # carries other salts is one of ours whose salt bytes were damaged.
            ours = ours or seed == stored
        if ours:
            last_ours = i
    # The chain broke at frame `broken`; the frames after the last good commit up to the last
    # frame of this generation were written in this generation but will not be replayed. They
    # held saved data only if a commit frame (by its header) is among them. Otherwise they are
    # a transaction in flight when the process died, which was never acknowledged:
    # - the tricky case, the LAST frame of this generation has a bad checksum: a commit frame
    #   there is damage (its transaction had been acknowledged: "last frame damaged" loses one
    #   tick); a non-commit frame there is a write cut short (its page written over an old
    #   frame's) and is not damage;
    # - deliberately wider than "any frame of this generation after the break": SQLite rewrites
    #   the page of an uncommitted frame in place when a transaction changes a page it already
    #   spilled to the WAL (the frame's checksum stays stale until commit, and later frames get
    #   zeroed salts), so a killed big transaction leaves a broken chain followed by frames with
    #   our salts and no commit frame. That is not damage either.
    # A commit frame we cannot see as one (its size field damaged, or its salts damaged while
    # its checksum broke too) is missed; nothing in the file tells it apart from in-flight data.
    lost = range(valid, last_ours + 1) if broken is not None and broken <= last_ours else ()
    lost_commits = sum(1 for i in lost if _frame(data, i, page_size)[2])
    if not lost_commits:
        return WalReport(frames, valid, commits, header_ok=True, page_size=page_size)
    problem = (f"The write-ahead log is damaged at frame {broken + 1} of {frames}: "
               f"{_changes(lost_commits)} from that point on cannot be recovered.")
    return WalReport(frames, valid, commits, len(lost), lost_commits, True, problem, page_size)


def _damaged_header(data, page_size):
    """SQLite ignores a WAL whose header is bad, so all its frames are lost. The header's salts
    cannot be trusted; the newest generation is the run of frames from the start of the file
    carrying the first frame's salts (older generations' frames, after it, were checkpointed
    into the database file before SQLite reused the WAL, so they are not lost)."""
    frames = _count(data, page_size)
    if not frames:
        return WalReport(page_size=page_size)
    first_salts = _frame(data, 0, page_size)[3]
    ours = [i for i in range(frames) if _frame(data, i, page_size)[3] == first_salts]
    lost = range(ours[-1] + 1)
    lost_commits = sum(1 for i in lost if _frame(data, i, page_size)[2])
    problem = (f"The header of the write-ahead log is damaged, so SQLite ignores all of it: "
               f"{len(lost)} pages written to it, holding {_changes(lost_commits)}, "
               f"cannot be recovered.")
    return WalReport(frames, 0, 0, len(lost), lost_commits, False, problem, page_size)


def _changes(n):
    return "1 saved change" if n == 1 else f"{n} saved changes"
