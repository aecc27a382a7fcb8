"""Run every bench/bench_*.py and print one table of their figures and targets.

    python bench/run_all.py            # the full run (under 3 minutes on a quiet 2-core PC)
    python bench/run_all.py --quick    # a short run: fewer ticks, runs and forms
    python bench/run_all.py --only tick pdf

Each bench runs in its own process and ends with `RESULT name=value unit=… target=… ratio=…`
lines (bench/figures.py); this script reads those lines, prints the table and exits 1 when a
target is missed (2 when a bench failed or printed no figure). A bench that is not listed
below runs without arguments (e.g. bench_frozen_start.py, which skips itself without a build).
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.figures import load_note, parse  # noqa: E402

# The arguments each bench gets: (full run, --quick). bench_store's full size (7 M incidents,
# several minutes to generate) is its own run: `python bench/bench_store.py`; here it times
# the same two screens over a smaller store.
ARGUMENTS = {
    "bench_tick": ([], ["--ticks", "60"]),
    "bench_startup": (["--runs", "7"], ["--runs", "3"]),
    "bench_pdf": (["--runs", "10"], ["--runs", "5", "--batch", "60"]),
    "bench_store": (["--years", "2"], ["--years", "1", "--employees", "100", "--runs", "7"]),
}
TIMEOUT_S = 600


def benches(only):
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if any(p.stem == f"bench_{o}" or p.stem == o for o in only)]
    return found


def run(path, quick):
    """(figures, seconds, problem): the RESULT lines of one bench run."""
    full, short = ARGUMENTS.get(path.stem, ([], []))
    command = [sys.executable, str(path), *(short if quick else full)]
    print(f"$ {' '.join(command[1:])}", flush=True)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=HERE.parent, capture_output=True, text=True,
                              timeout=TIMEOUT_S, env=dict(os.environ))
    except subprocess.TimeoutExpired:
        return [], time.perf_counter() - start, f"timed out after {TIMEOUT_S} s"
    took = time.perf_counter() - start
    lines = done.stdout.splitlines()
    figures = [f for f in (parse(line) for line in lines) if f]
    for line in lines:
        if not line.startswith("RESULT "):
            print(f"    {line}")
    problem = None
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        problem = f"exit {done.returncode}: {tail}"
    elif not figures and not any(line.startswith("SKIP") for line in lines):
        problem = "no RESULT line"          # a bench that skips itself says SKIP and why
    return figures, took, problem


def table(rows):
    """rows: (bench, figure dict) → the printed table, one line per figure."""
    head = ("bench", "figure", "value", "target", "ratio", "")
    cells = [head] + [(bench, f["name"], f"{f['value']} {f['unit']}", f["target"], f["ratio"],
                       {True: "ok", False: "MISSED", None: ""}[f["met"]])
                      for bench, f in rows]
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(head))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short run")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="e.g. tick pdf")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load_at_start = load_note()
    rows, problems = [], []
    for path in benches(args.only):
        figures, took, problem = run(path, args.quick)
        print(f"  ({path.stem}: {took:.0f} s)\n", flush=True)
        rows += [(path.stem.removeprefix("bench_"), f) for f in figures]
        if problem:
            problems.append(f"{path.name}: {problem}")
    total = time.perf_counter() - started
    print(table(rows))
    print(f"\n{len(rows)} figures in {total:.0f} s{' (--quick)' if args.quick else ''}; "
          f"{load_at_start} at the start, {load_note()} at the end")
    for problem in problems:
        print(f"FAILED {problem}")
    missed = [f["name"] for _, f in rows if f["met"] is False]
    if missed:
        print("targets missed: " + ", ".join(missed))
    return 2 if problems else 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
