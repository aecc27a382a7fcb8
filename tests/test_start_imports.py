"""Start-up speed: the window shows first, and the start loads nothing its frames do not need.

The app is started in a fresh process on a demo store (as bench/bench_startup.py does) and
asked which modules were loaded when its first frame (the start window, ui/start_window.py)
and when its main window were painted.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DRIVER = """
import json, sys
import ui.app as app

loaded = {}
show = app.show_start_window
after = app.after_first_frame

def first_frame(qapp):
    shell = show(qapp)
    loaded["first frame"] = sorted(sys.modules)
    return shell

def after_main_window(window, work):
    if type(window).__name__ != "MainWindow":
        return after(window, work)
    def painted():
        loaded["main window"] = sorted(sys.modules)
        work()
    return after(window, painted)

app.show_start_window = first_frame
app.after_first_frame = after_main_window
import main
code = main.main(["--db", sys.argv[1]])
print("LOADED " + json.dumps(loaded))
"""

# Loaded later, when a form is printed, a name sorted, a rubric read or a form signed.
HEAVY = ("reportlab", "pypinyin", "yaml", "scoring.evaluate", "pyhanko", "openpyxl")


def loaded_at_start(tmp_path, store_template):
    path = tmp_path / "start.db"
    shutil.copy(store_template, path)
    if (store_template.parent / "signing").is_dir():
        shutil.copytree(store_template.parent / "signing", tmp_path / "signing")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", APPRAISAL_DESK_EXIT_AFTER_SHOW="1")
    done = subprocess.run([sys.executable, "-c", DRIVER, str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("LOADED "))
    return {frame: set(names) for frame, names in json.loads(line[7:]).items()}


def test_the_window_shows_before_the_store_and_the_start_loads_no_report_library(
        tmp_path, store_template):
    loaded = loaded_at_start(tmp_path, store_template)
    first, main_window = loaded["first frame"], loaded["main window"]
    # the first frame: Qt and the start window, before the store is opened
    assert not {"sqlite_utils", "models.database.store"} & first
    assert not set(HEAVY) & first
    # the main window with its employees: the store, still no PDF, pinyin, YAML or engine
    assert {"sqlite_utils", "models.database.store"} <= main_window
    assert not set(HEAVY) & main_window
    assert not {"ui.forms_panel", "ui.results_view", "ui.month_view"} & main_window  # tabs


def test_the_engine_s_names_stay_functions_after_their_modules_are_imported():
    """scoring/__init__.py loads its names on first use; importing the submodule
    scoring.evaluate must not turn `scoring.evaluate` into that module (it once broke
    `main.py results`: "'module' object is not callable")."""
    code = ("import scoring.evaluate, scoring.result, scoring.loader, scoring.sheet\n"
            "from scoring import evaluate, money, rubric_from_text, load_sheet\n"
            "import scoring\n"
            "assert callable(evaluate) and callable(money), (evaluate, money)\n"
            "assert scoring.evaluate is evaluate and callable(scoring.rubric_from_text)\n"
            "assert callable(load_sheet)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
