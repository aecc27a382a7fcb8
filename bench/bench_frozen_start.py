"""Cold start of the frozen app (dist/appraisal-desk/) to a shown main window, against a frozen
bare PySide6 window (dist/bare-window/), same run.

    python bench/bench_frozen_start.py [--runs 7] [--build]

Both are one-folder PyInstaller builds (packaging/build.py --bare), started as fresh processes,
alternating, offscreen, on a demo store (APPRAISAL_DESK_EXIT_AFTER_SHOW: no sign-in, quit once
shown), measured as bench/bench_startup.py measures the unfrozen app: "to first frame" runs
from the spawn to the line each prints when its first window is painted
(`APPRAISAL_DESK_FIRST_FRAME <epoch seconds>`; the app's is its start window); for reading, "to
main window" (`APPRAISAL_DESK_MAIN_WINDOW`, the app's main window painted) and "whole run", to
the exit. Target: the app's first frame ≤ 1.5 × the bare window's, medians of the same run.
Without a build it says so and skips, unless --build builds both first (about two minutes).
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import load_note, median, result  # noqa: E402

APP = ROOT / "dist" / "appraisal-desk" / "appraisal-desk"
BARE = ROOT / "dist" / "bare-window" / "bare-window"
TARGET = 1.5


MARK = "APPRAISAL_DESK_FIRST_FRAME"         # ui/app.py: the start window painted
READY = "APPRAISAL_DESK_MAIN_WINDOW"        # ui/app.py: the main window painted


def timed(command, env):
    """(to first frame, to main window, whole run) in ms for one fresh process. A process that
    prints no mark is timed by its whole run; the bare window's first frame is its window."""
    start = time.time()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True,
                          timeout=120)
    whole = (time.time() - start) * 1000
    marks = dict(line.split()[:2] for line in done.stdout.splitlines()
                 if line.startswith((MARK, READY)))
    frame = (float(marks[MARK]) - start) * 1000 if MARK in marks else whole
    ready = (float(marks[READY]) - start) * 1000 if READY in marks else frame
    return frame, ready, whole


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build", action="store_true",
                        help="build dist/appraisal-desk/ and dist/bare-window/ first")
    args = parser.parse_args(argv)
    if args.build:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--bare",
                        "--no-archive"], check=True)
    missing = [str(p.relative_to(ROOT)) for p in (APP, BARE) if not p.is_file()]
    if missing:
        print(f"SKIP bench_frozen_start: no frozen build ({', '.join(missing)} missing); "
              "build with `python packaging/build.py --bare` or run this with --build")
        return 0
    with tempfile.TemporaryDirectory() as home:
        # A home of its own: the app's data, log and lock folders land there, not in yours.
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=f"{home}/data",
                   XDG_STATE_HOME=f"{home}/state", XDG_CACHE_HOME=f"{home}/cache",
                   XDG_CONFIG_HOME=f"{home}/config", APPRAISAL_DESK_EXIT_AFTER_SHOW="1",
                   QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        app_cmd = [str(APP), "--db", str(Path(home) / "bench.db")]
        subprocess.run(app_cmd, env=env, check=True, capture_output=True)   # makes the store
        timed([str(BARE)], env)                                              # warm the caches
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed([str(BARE)], env))
            app.append(timed(app_cmd, env))
    bare_frame, _, bare_whole = (median(x) for x in zip(*bare))
    app_frame, app_ready, app_whole = (median(x) for x in zip(*app))
    print(f"medians over {args.runs} runs each, alternating ({load_note()}):")
    print(f"  frozen bare PySide6 window   to first frame {bare_frame:6.0f} ms   "
          f"{'':26} whole run {bare_whole:6.0f} ms")
    print(f"  frozen Appraisal Desk (demo) to first frame {app_frame:6.0f} ms   to main window "
          f"{app_ready:6.0f} ms   whole run {app_whole:6.0f} ms")
    ratio = app_frame / bare_frame
    print(f"ratio {ratio:.2f} (target ≤ {TARGET}) → {'OK' if ratio <= TARGET else 'OVER TARGET'}")
    result("frozen_bare_first_frame", bare_frame, digits=0)
    result("frozen_first_frame", app_frame, baseline=bare_frame, relative=TARGET, digits=0)
    result("frozen_main_window", app_ready, baseline=bare_frame, digits=0)
    result("frozen_bare_whole_run", bare_whole, digits=0)
    result("frozen_whole_run", app_whole, baseline=bare_whole, digits=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
