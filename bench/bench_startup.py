"""Cold start of the app to a shown main window, against a bare PySide6 window, same run.

    python bench/bench_startup.py [--runs 7]

Both are started as fresh processes (interpreter start included), alternating, and quit right
after their window is shown. Target: the app ≤ 1.5 × the bare window.
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
BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(args, env):
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               APPRAISAL_DESK_EXIT_AFTER_SHOW="1")
    # As on a user's machine: compiled bytecode is cached after the first start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        app_cmd = [sys.executable, "main.py", "--db", db]
        subprocess.run(app_cmd, cwd=ROOT, env=env, check=True, capture_output=True)  # first run
        bare_cmd = [sys.executable, "-c", BARE]
        timed(bare_cmd, env)                                                        # warm caches
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed(bare_cmd, env))
            app.append(timed(app_cmd, env))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"Appraisal Desk main window (demo database): median {a * 1000:.0f} ms")
    print(f"ratio {a / b:.2f} (target ≤ 1.5) → {'OK' if a / b <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
