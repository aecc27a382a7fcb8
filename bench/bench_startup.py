"""Cold start of the app to its first painted main window, against a bare PySide6 window.

    python bench/bench_startup.py [--runs 7]

Both are started as fresh processes (interpreter start included), alternating, on the demo
database (open mode: no sign-in), and quit once shown. Each says when its window was first
painted (the line `APPRAISAL_DESK_FIRST_FRAME <epoch seconds>`; the app's is its start window,
ui/start_window.py, shown before the store is opened): "to first frame" runs from the spawn to
that moment. For reading: "to main window", until the app's main window (its employees
listed) is painted (`APPRAISAL_DESK_MAIN_WINDOW`), and "whole run", from spawn to exit,
including what the app does after (the start-up checks, the daily backup, the signed anchor
at exit). Target: the app's first frame ≤ 1.5 × the bare window's, medians of the same run.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import load_note, result  # noqa: E402

TARGET_RATIO = 1.5
MARK = "APPRAISAL_DESK_FIRST_FRAME"         # ui/app.py: the start window painted
READY = "APPRAISAL_DESK_MAIN_WINDOW"        # ui/app.py: the main window painted
# The bare window says when it was first painted the same way ui/app.py does.
BARE = f"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))

class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint and watched is window and not hasattr(self, "done"):
            self.done = True
            QTimer.singleShot(0, lambda: (print("{MARK}", f"{{time.time():.6f}}", flush=True),
                                          app.quit()))
        return False

spy = FirstFrame()
window.installEventFilter(spy)
window.show()
app.exec()
"""


def timed(args, env):
    """(to first frame, to the main window, whole run) in seconds for one fresh process; the
    bare window has no main window of its own (its first frame is it)."""
    start = time.time()
    done = subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    whole = time.time() - start
    marks = dict(line.split()[:2] for line in done.stdout.splitlines()
                 if line.startswith((MARK, READY)))
    if MARK not in marks:
        raise SystemExit(f"{args[1]} printed no {MARK} line:\n{done.stdout}\n{done.stderr}")
    frame = float(marks[MARK]) - start
    return frame, float(marks.get(READY, marks[MARK])) - start, whole


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               APPRAISAL_DESK_EXIT_AFTER_SHOW="1")
    # As on a user's machine: compiled bytecode is cached after the first start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["APPRAISAL_DESK_LOCK_DIR"] = tmp
        db = str(Path(tmp) / "bench.db")
        app_cmd = [sys.executable, "main.py", "--db", db]
        bare_cmd = [sys.executable, "-c", BARE]
        timed(app_cmd, env)                                     # first run: makes the store
        timed(bare_cmd, env)                                    # warm caches
        timed(app_cmd, env)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed(bare_cmd, env))
            app.append(timed(app_cmd, env))
    bare_frame, _, bare_whole = (statistics.median(x) * 1000 for x in zip(*bare))
    app_frame, app_ready, app_whole = (statistics.median(x) * 1000 for x in zip(*app))
    print(f"medians over {args.runs} runs each, alternating ({load_note()}):")
    print(f"  bare PySide6 window      to first frame {bare_frame:6.0f} ms   "
          f"{'':26} whole run {bare_whole:6.0f} ms")
    print(f"  Appraisal Desk (demo)    to first frame {app_frame:6.0f} ms   to main window "
          f"{app_ready:6.0f} ms   whole run {app_whole:6.0f} ms")
    print()
    result("startup_bare_first_frame", bare_frame, digits=0)
    result("startup_first_frame", app_frame, baseline=bare_frame, relative=TARGET_RATIO,
           digits=0)
    result("startup_main_window", app_ready, baseline=bare_frame, digits=0)
    result("startup_bare_whole_run", bare_whole, digits=0)
    result("startup_whole_run", app_whole, baseline=bare_whole, digits=0)


if __name__ == "__main__":
    main()
