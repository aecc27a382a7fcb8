"""Ticks incidents into a store until it is killed; used by tests/test_crash_kill.py.

    python tests/crash_writer.py DB EMPLOYEE_ID VERSION_ID ITEM_ID

Prints "ready" once the store is open, then the id of every incident as soon as
`add_incident` has returned (the write is committed), flushed: what was printed is what the
app told the shift lead was saved.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.database.store import open_db  # noqa: E402
from models.work.incidents import add_incident  # noqa: E402


def main(db_path, employee_id, version_id, item_id):
    db = open_db(db_path, first_run_setup=False)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        n += 1
        incident_id = add_incident(db, employee_id=employee_id, version_id=version_id,
                                   item_id=item_id, note=f"crash test tick {n} 检查 ✓",
                                   by="crash-writer")
        out.write(f"{incident_id}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
