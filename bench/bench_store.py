"""Store benchmark: 300 employees × 10 years (≈ 7 million incidents), then the two screens that
must open in under 100 ms — one employee's history and one team's month.

    python bench/bench_store.py                        # full size into a temp file
    python bench/bench_store.py --years 1 --employees 60 --db /tmp/small.db
    python bench/bench_store.py --db big.db --reuse    # time an existing generated file again
    python bench/bench_store.py --db big.db --reuse --cold   # …evicting it from the OS cache

Data is written the way the app writes it over the years: month by month, every employee's
ticks interleaved in time order (so one employee's rows are scattered over the table), with
a few notes, severe marks and soft deletions, plus monthly KPI figures for the KPI posts.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.figures import load_note, result  # noqa: E402
from models.database.store import open_db  # noqa: E402
from models.people.employees import add_employee  # noqa: E402
from models.people.teams import add_team  # noqa: E402
from models.rubrics import clear_cache, install_builtin_rubrics, rubric_for_post  # noqa: E402
from models.storage import codec  # noqa: E402
from models.work import incidents, kpis  # noqa: E402
from models.work.month import month_so_far  # noqa: E402
from models.work.periods import make_period  # noqa: E402

TARGET_MS = 100
TEAM_SIZE = 15
POSTS = ("客户服务代表", "服务中心工作人员", "员工", "客服")  # deductions, deductions, ±, KPIs
KPI_VALUES = {"conversion-rate": lambda r: {"num": r.randint(50, 95), "den": 100},
              "payment-rate": lambda r: {"num": r.randint(70, 99), "den": 100},
              "basket-ratio": lambda r: {"num": r.randint(100, 120), "den": 100},
              "reply-rate": lambda r: {"num": r.randint(93, 100), "den": 100},
              "response-time": lambda r: r.randint(20, 60),
              "tasks-rating": lambda r: r.randint(60, 100),
              "attitude-rating": lambda r: r.randint(60, 100)}
INSERT = ("INSERT INTO incidents (employee_id, rubric_version_id, item_id, count, severe, "
          "amount, note, at, created_by, created_at, deleted_at, deleted_by, deleted_reason) "
          "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)")


def months_back(today, count):
    year, month = today.year, today.month
    out = []
    for _ in range(count):
        out.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def add_people(db, employees):
    people = []
    with db.atomic():
        teams = [add_team(db, name=f"班组{n + 1:02d}", by="bench set-up")
                 for n in range(-(-employees // TEAM_SIZE))]
        for n in range(employees):
            post = POSTS[n % len(POSTS)]
            version_id, rubric = rubric_for_post(db, post)
            items = [(i.id, i.severe_x is not None) for i in rubric.items()
                     if i.takes_incidents and i.kind != "veto" and not i.spec.is_range]
            employee_id = add_employee(db, code=f"E{n + 1:04d}", name=f"员工{n + 1}",
                                       team_id=teams[n // TEAM_SIZE], post=post, by="bench set-up")
            people.append((employee_id, version_id, items, post))
    return people


def generate(db, *, employees, years, per_month, seed=7):
    rng = random.Random(seed)
    people = add_people(db, employees)
    months = months_back(date.today(), years * 12)
    total, started = 0, time.perf_counter()
    db.execute("PRAGMA cache_size = -1000000")   # 1 GB while loading; the app keeps the default
    db.execute("PRAGMA synchronous = OFF")       # one big load, not user ticks
    with db.atomic():
        for done, (year, month) in enumerate(months, start=1):
            period = make_period("month", year, month)
            span = ((period.end - period.start).days + 1) * 86400
            start = datetime.combine(period.start, datetime.min.time())
            rows = []
            for employee_id, version_id, items, post in people:
                for _ in range(rng.randint(per_month * 7 // 10, per_month * 13 // 10)):
                    item_id, can_be_severe = rng.choice(items)
                    at = (start + timedelta(seconds=rng.randrange(span))).isoformat()
                    note = "客户投诉,已核实" if rng.random() < 0.1 else ""
                    gone = rng.random() < 0.01
                    rows.append((employee_id, version_id, item_id, 1 if rng.random() < 0.9 else 2,
                                 int(can_be_severe and rng.random() < 0.05), note, at, "值班长",
                                 at, at if gone else None, "值班长" if gone else None,
                                 "记错" if gone else None))
                if post == "客服":
                    db.conn.executemany(
                        "INSERT INTO kpi_values (employee_id, period, item_id, value_json, "
                        "entered_at) VALUES (?, ?, ?, ?, ?)",
                        [(employee_id, period.key, item_id,
                          codec.dumps(kpis.encode(make(rng))), period.end.isoformat())
                         for item_id, make in KPI_VALUES.items()])
            rows.sort(key=lambda r: r[7])
            db.conn.executemany(INSERT, rows)
            total += len(rows)
            if done % 12 == 0 or done == len(months):
                rate = total / (time.perf_counter() - started)
                print(f"  {year}-{month:02d}: {total:,} incidents ({rate:,.0f}/s)", flush=True)
    db.execute("PRAGMA synchronous = FULL")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return total, time.perf_counter() - started


def plan(db, sql, params):
    return [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params)]


def check_plans(db, employee_id, team_id, period):
    low, high = period.bounds
    queries = {
        "history": ("SELECT * FROM incidents WHERE employee_id = ? ORDER BY at DESC, id DESC "
                    "LIMIT 200", (employee_id,)),
        "team month": ("SELECT i.* FROM employees e JOIN incidents i ON i.employee_id = e.id "
                       "WHERE e.team_id = ? AND i.at >= ? AND i.at < ? AND i.deleted_at IS NULL "
                       "ORDER BY e.id, i.at, i.id", (team_id, low, high)),
        "employee month": ("SELECT * FROM incidents WHERE employee_id = ? AND at >= ? AND at < ? "
                           "AND deleted_at IS NULL ORDER BY at, id", (employee_id, low, high)),
        "kpi values": ("SELECT item_id, value_json FROM kpi_values WHERE employee_id = ? "
                       "AND period = ?", (employee_id, period.key)),
    }
    print("query plans:")
    for name, (sql, params) in queries.items():
        lines = plan(db, sql, params)
        print(f"  {name}: " + " | ".join(lines))
        scans = [line for line in lines if line.startswith("SCAN") and "incidents" in line
                 or line.startswith("SCAN i ") or line == "SCAN i"]
        if scans or not any("USING" in line for line in lines):
            raise SystemExit(f"{name} does not use an index: {lines}")


def evict(path):
    """Drop this file's pages from the OS cache (Linux), so a run reads from the disk."""
    with open(path, "rb") as f:
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def timed(fn, runs, cold=None):
    times = []
    for _ in range(runs):
        if cold:
            cold.execute("PRAGMA shrink_memory")  # and from SQLite's own page cache
            evict(cold.conn.execute("PRAGMA database_list").fetchone()[2])
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name, times, target=True):
    median = statistics.median(times)
    verdict = ("ok" if median < TARGET_MS else "OVER") if target else "baseline"
    print(f"  {name:<44} first {times[0]:7.1f}  median {median:7.1f}  max {max(times):7.1f} ms"
          f"   {verdict}{f' (target {TARGET_MS} ms)' if target else ''}")
    return median


def bench(db, runs, seed=11, cold=False):
    rng = random.Random(seed)
    employees = [r[0] for r in db.execute("SELECT id FROM employees WHERE post = '客服'")]
    teams = [r[0] for r in db.execute("SELECT DISTINCT team_id FROM employees")]
    years = db.execute("SELECT min(at), max(at) FROM incidents").fetchone()
    first, last = date.fromisoformat(years[0][:10]), date.fromisoformat(years[1][:10])
    months = [(y, m) for y in range(first.year, last.year + 1) for m in range(1, 13)
              if first <= date(y, m, 28) and date(y, m, 1) <= last]
    picks = [(rng.choice(employees), rng.choice(teams), make_period("month", *rng.choice(months)))
             for _ in range(runs)]
    check_plans(db, picks[0][0], picks[0][1], picks[0][2])
    it = {}

    def cycle(name):
        it[name] = (it.get(name, -1) + 1) % runs
        return picks[it[name]]

    def history():
        employee_id, _, _ = cycle("history")
        return incidents.history(db, employee_id=employee_id)

    def team_month():
        employee_id, team_id, period = cycle("team")
        rows = incidents.incidents_for_team(db, team_id=team_id, start=period.start,
                                            end=period.end)
        member = db.execute("SELECT id FROM employees WHERE team_id = ? AND post = '客服' "
                            "LIMIT 1", (team_id,)).fetchone()
        view = month_so_far(db, employee_id=member[0] if member else employee_id, period=period)
        return len(rows), view.result.total

    def bare_history():
        employee_id, _, _ = cycle("bare history")
        return db.execute("SELECT id FROM incidents WHERE employee_id = ? ORDER BY at DESC "
                          "LIMIT 200", (employee_id,)).fetchall()

    def bare_count():
        _, team_id, period = cycle("bare count")
        return db.execute("SELECT count(*) FROM employees e JOIN incidents i ON i.employee_id "
                          "= e.id WHERE e.team_id = ? AND i.at >= ? AND i.at < ?",
                          (team_id, *period.bounds)).fetchone()

    print(f"timings over {runs} runs (a different employee / team / month each run; "
          "'first' is the first query after opening the file):")
    cold = db if cold else None
    figures = {"store_history": report("history(employee), 200 newest",
                                       timed(history, runs, cold)),
               "store_team_month": report("team month: all incidents + month_so_far",
                                          timed(team_month, runs, cold))}
    rows, total = team_month()
    print(f"  (a team's month holds ~{rows:,} incidents; one form's total there: {total})")
    figures["store_bare_history"] = report("bare SELECT id … ORDER BY at DESC LIMIT 200",
                                           timed(bare_history, runs, cold), False)
    figures["store_bare_count"] = report("bare SELECT count(*) over a team's month",
                                         timed(bare_count, runs, cold), False)
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database file (default: a new temp file)")
    parser.add_argument("--employees", type=int, default=300)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-month", type=int, default=195,
                        help="mean incidents per employee and month (default 195 ≈ 7 M total)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--reuse", action="store_true", help="time an already generated --db")
    parser.add_argument("--cold", action="store_true",
                        help="evict the file from the OS and SQLite caches before every run")
    args = parser.parse_args(argv)
    if args.db:
        run(Path(args.db), args)
    else:
        with tempfile.TemporaryDirectory() as folder:  # removed again afterwards
            run(Path(folder) / "bench.db", args)


def run(path, args):
    if not args.reuse:
        if path.exists():
            raise SystemExit(f"{path} exists; give a new file, or --reuse to time it again")
        print(f"generating {args.employees} employees × {args.years} years into {path}")
        db = open_db(path, first_run_setup=False)
        problems = install_builtin_rubrics(db)
        if problems:
            raise SystemExit("built-in rubrics do not load:\n" + "\n".join(problems))
        total, seconds = generate(db, employees=args.employees, years=args.years,
                                  per_month=args.per_month)
        db.close()
        size = path.stat().st_size / 2**20
        print(f"generated {total:,} incidents in {seconds:.0f} s; file {size:,.0f} MB")
    # Reopened, rubrics unparsed: 'first' is what a freshly started app pays.
    clear_cache()
    db = open_db(path, first_run_setup=False)
    print(f"store: {db.execute('SELECT count(*) FROM incidents').fetchone()[0]:,} incidents, "
          f"{db.execute('SELECT count(*) FROM employees').fetchone()[0]} employees")
    figures = bench(db, args.runs, cold=args.cold)
    incidents_held = db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    db.close()
    print(f"\n{incidents_held:,} incidents in the store ({load_note()})")
    for name, value in figures.items():
        result(name, value, target=None if "bare" in name else TARGET_MS)


if __name__ == "__main__":
    main()
