"""Smoke test of the frozen app: does dist/appraisal-desk/ do, on a fresh store, what a user does?

    python packaging/smoke_test.py [--app dist/appraisal-desk]

Every step runs the frozen executable as a user would, in a temporary home (its data, log and
cache folders there, never the real ones): start the window offscreen and quit, check every
built-in rubric, score the sample sheets (the same result as the unfrozen code), print the
period's forms and verify them, with the key unprotected and then behind a passphrase, the
results as JSON (the same as unfrozen), Excel and the signed summary PDF, `check`,
`rubric export` when the app has it, and `--version`. A module PyInstaller missed fails here,
not at the office. Exit 1 on any failure; `.ci/run` runs it after the build.
"""

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MAX_MB = 200
PASSPHRASE = "smoke test passphrase 考评"


class Smoke:
    def __init__(self, app_dir, home):
        self.app_dir = Path(app_dir)
        self.exe = self.app_dir / ("appraisal-desk-cli.exe" if os.name == "nt" else
                                   "appraisal-desk")
        self.home = Path(home)
        # Linux: the default data folder (platformdirs under XDG_DATA_HOME) is tested too.
        # Windows and macOS ask the system for it, not the environment: --db in the temp home.
        self.xdg = sys.platform.startswith("linux")
        self.data = self.home / "data" / "AppraisalDesk"
        self.db = self.data / "appraisal-desk.db"
        self.db_args = [] if self.xdg else ["--db", str(self.db)]
        self.env = dict(os.environ, HOME=str(self.home), XDG_DATA_HOME=str(self.home / "data"),
                        XDG_STATE_HOME=str(self.home / "state"),
                        XDG_CACHE_HOME=str(self.home / "cache"),
                        XDG_CONFIG_HOME=str(self.home / "config"),
                        APPRAISAL_DESK_LOCK_DIR=str(self.home / "locks"),
                        QT_QPA_PLATFORM="offscreen",
                        # never the real keyring: the key's secret lies beside it, as on a PC
                        # without one, until the passphrase step
                        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        self.env.pop("APPRAISAL_DESK_KEY_PASSPHRASE", None)
        self.env.pop("APPRAISAL_DESK_FONT", None)
        self.passed, self.failed = 0, 0

    def run(self, *args, timeout=120, **env):
        """The frozen app with `args` (after --db on Windows and macOS)."""
        if args and args[0] not in ("--version", "--help"):
            args = (*self.db_args, *args)
        result = subprocess.run([str(self.exe), *map(str, args)], env={**self.env, **env},
                                capture_output=True, text=True, encoding="utf-8",
                                timeout=timeout, cwd=self.home)
        return result

    def check(self, name, ok, result=None, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}", flush=True)
            return True
        self.failed += 1
        print(f"FAIL  {name} {detail}", flush=True)
        if result is not None:
            print(f"      exit {result.returncode}\n      stdout: {result.stdout[-2000:]}\n"
                  f"      stderr: {result.stderr[-3000:]}", flush=True)
        return False


def unfrozen_score(rubric, sheet):
    """The unfrozen code's `score --json` (the reference), in this process."""
    from scoring.cli import score

    out = io.StringIO()
    code = score(str(rubric), str(sheet), as_json=True, out=out, err=io.StringIO())
    return code, out.getvalue()


def unfrozen_results(db, period):
    """The unfrozen code's `results --period P --json` (the reference), in this process."""
    import main
    from reports.results_cli import main_results

    out = io.StringIO()
    args = main.build_parser().parse_args(["--db", str(db), "results", "--period", period,
                                           "--json"])
    return main_results(args, out=out), out.getvalue()


def _json(text):
    try:
        return json.loads(text)
    except ValueError:
        return None


def check_bundle(s):
    from models.storage.resources import app_version

    internal = s.app_dir / "_internal"
    res = internal / "resources"
    wanted = [res / "VERSION", res / "translations" / "appraisal_zh_CN.qm",
              res / "rubric.schema.json", res / "sheet.schema.json",
              res / "icons" / "appraisal-desk-256.png",
              # Qt's own catalogue (PySide6/translations/ on Windows)
              internal / "PySide6" / ("" if os.name == "nt" else "Qt") / "translations" /
              "qtbase_zh_CN.qm"]
    if sys.platform.startswith("linux"):
        wanted += [res / "fonts" / "fallback" / "wqy-microhei.ttc",
                   res / "fonts" / "fallback" / "wqy-microhei-NOTICE.txt"]
    if (ROOT / "resources" / "templates").is_dir():
        wanted += [res / "templates" / p.relative_to(ROOT / "resources" / "templates")
                   for p in (ROOT / "resources" / "templates").rglob("*") if p.is_file()]
    missing = [str(p.relative_to(s.app_dir)) for p in wanted if not p.is_file()]
    s.check("bundle: resources, catalogues, icon and font are there", not missing,
            detail=f"missing {missing}")
    rubrics = sorted(p.name for p in (ROOT / "resources" / "rubrics").glob("*.yaml"))
    bundled = sorted(p.name for p in (res / "rubrics").glob("*.yaml"))
    s.check(f"bundle: all {len(rubrics)} built-in rubrics", rubrics == bundled,
            detail=f"missing {sorted(set(rubrics) - set(bundled))}")
    unwanted = [p.name for p in internal.rglob("*") if p.name.startswith(
        ("libQt6WebEngine", "libQt6Quick", "libQt6Qml", "libQt63D", "libQt6Multimedia",
         "Qt6WebEngine", "Qt6Quick", "Qt6Qml")) or p.name == "numpy"]
    s.check("bundle: no WebEngine, Quick/QML, 3D, Multimedia, numpy", not unwanted,
            detail=str(unwanted[:10]))
    # Without it reportlab falls back to pure Python: every form ~20 % slower (issue 15).
    accel = [p.name for p in internal.rglob("_rl_accel*")]
    s.check("bundle: reportlab's C accelerator (_rl_accel)", bool(accel))
    size = sum(p.stat().st_size for p in s.app_dir.rglob("*") if p.is_file()
               and not p.is_symlink())
    s.check(f"bundle: {size / 2**20:.0f} MB (limit {MAX_MB} MB)", size < MAX_MB * 2**20)
    if s.xdg:
        check_desktop_entry(s)
    result = s.run("--version")
    s.check(f"--version: {result.stdout.strip()}",
            result.returncode == 0 and result.stdout.strip() == f"Appraisal Desk {app_version()}",
            result)


def check_desktop_entry(s):
    """Linux: install-desktop-entry.sh puts a valid menu entry and the icon under the data
    home, starting the app where it is."""
    share = s.home / "data"
    result = subprocess.run(["sh", str(s.app_dir / "install-desktop-entry.sh")], env=s.env,
                            capture_output=True, text=True)
    entry = share / "applications" / "appraisal-desk.desktop"
    icon = share / "icons" / "hicolor" / "256x256" / "apps" / "appraisal-desk.png"
    ok = result.returncode == 0 and entry.is_file() and icon.is_file() and \
        f'Exec="{s.exe.resolve()}"' in entry.read_text(encoding="utf-8")
    if ok and shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                text=True)
        ok = result.returncode == 0 and not result.stdout.strip()
    s.check("install-desktop-entry.sh: the menu entry and the icon", ok, result)


def check_window(s):
    """The app's own quit-after-start (APPRAISAL_DESK_EXIT_AFTER_SHOW): a fresh store in the
    default data folder, the main window shown, the daily backup and the log written."""
    s.data.mkdir(parents=True, exist_ok=True)
    result = s.run("--lang", "zh", APPRAISAL_DESK_EXIT_AFTER_SHOW="1")
    s.check("window: a fresh store, shown offscreen and quit", result.returncode == 0
            and s.db.is_file(), result, f"(no store at {s.db})")
    backups = list((s.data / "backups").glob("*"))
    s.check("window: the daily backup beside the store", bool(backups), result)
    if s.xdg:
        log = s.home / "state" / "AppraisalDesk" / "log" / "appraisal-desk.log"
        s.check("window: the log in the platform's log folder", log.is_file(), result, str(log))
    result = s.run("--lang", "en", APPRAISAL_DESK_EXIT_AFTER_SHOW="1")
    s.check("window: started again on the store it made", result.returncode == 0, result)


def check_rubrics_and_scores(s):
    rubrics = sorted((s.app_dir / "_internal" / "resources" / "rubrics").glob("*.yaml"))
    result = s.run("check-rubric", *rubrics)
    s.check(f"check-rubric: {len(rubrics)} built-in rubrics", result.returncode == 0
            and result.stdout.count("ok: ") == len(rubrics), result)
    samples = sorted((ROOT / "tests" / "samples").glob("*.sheet.yaml"))
    differ = []
    for sheet in samples:
        rubric = ROOT / "resources" / "rubrics" / sheet.name.replace(".sheet.yaml", ".yaml")
        if not rubric.is_file():
            continue
        result = s.run("score", rubric, sheet, "--json")
        code, expected = unfrozen_score(rubric, sheet)
        got, want = _json(result.stdout), _json(expected)
        if result.returncode != code or want is None or got != want:
            differ.append(sheet.name)
    s.check(f"score: {len(samples)} sample sheets, the same as unfrozen", not differ,
            detail=str(differ))


def periods(s):
    import sqlite_utils

    from models.storage import integrity
    from models.work.periods import current_period

    with integrity.open_read_only(s.db) as conn:
        now = current_period(sqlite_utils.Database(conn))
    return now.key, now.previous().key


def check_print_and_verify(s, closed):
    """The closed period's forms are signed by everyone: `verify` passes them (exit 0)."""
    out = s.home / "forms"
    result = s.run("print", "--period", closed, "--out", out)
    pdfs = sorted(out.glob("*.pdf"))
    s.check(f"print {closed}: {len(pdfs)} signed forms", result.returncode == 0 and pdfs, result)
    if not pdfs:
        return
    result = s.run("verify", *pdfs)
    s.check("verify: every form intact, signed by the organisation, as in the store",
            result.returncode == 0 and result.stdout.count("intact:") == len(pdfs), result)
    check_pdf_font(s, pdfs[0])


def check_print_batch(s, period):
    """This period's forms, drafts made by `print`, in worker processes; then the key behind a
    passphrase, unlocked from the environment."""
    # Enough people that the batch prints in worker processes (reports/batch.py: from 8 forms),
    # which a frozen build starts as itself (multiprocessing.freeze_support in main.py).
    people = add_people(s, 4)
    drafts = s.home / "drafts"
    result = s.run("print", "--period", period, "--out", drafts)
    pdfs = sorted(drafts.glob("*.pdf"))
    verified = s.run("verify", *pdfs)
    s.check(f"print {period}: {len(pdfs)} draft forms (worker processes), verified intact",
            result.returncode == 0 and len(pdfs) == people
            and verified.stdout.count("intact:") == len(pdfs), verified)
    # The key behind a passphrase (a PC without a keyring): unlocked from the env from now on.
    from models.trust import keys

    os.environ["PYTHON_KEYRING_BACKEND"] = s.env["PYTHON_KEYRING_BACKEND"]
    keys.set_passphrase(s.data / "signing", PASSPHRASE)
    s.env["APPRAISAL_DESK_KEY_PASSPHRASE"] = PASSPHRASE
    again = s.home / "drafts-unlocked"
    result = s.run("print", "--period", period, "--out", again)
    s.check("print: the key unlocked with APPRAISAL_DESK_KEY_PASSPHRASE",
            result.returncode == 0 and len(list(again.glob("*.pdf"))) == people, result)


def add_people(s, count):
    """`count` more people in the demo team, on the post of its first; the team's size."""
    from models.database.store import open_db
    from models.people.employees import add_employee, list_employees
    from models.work.periods import current_period

    db = open_db(s.db)
    try:
        first = list_employees(db)[0]
        hired = current_period(db).start.isoformat()
        for n in range(count):
            add_employee(db, code=f"SMOKE-{n + 1:02d}", name=f"试{n + 1}", post=first["post"],
                         team_id=first["team_id"], hire_date=hired, by="smoke test")
        return sum(1 for e in list_employees(db) if e["team_id"] == first["team_id"])
    finally:
        db.close()


def check_pdf_font(s, pdf):
    """Every font of a printed form embedded, and its Chinese text extractable (poppler)."""
    if not (shutil.which("pdffonts") and shutil.which("pdftotext")):
        print("skip  the PDF's fonts: no poppler-utils")
        return
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    s.check("print: every font embedded, the Chinese text on the page",
            rows and all(" yes " in row for row in rows) and "考核" in text,
            detail=fonts + text[:300])


def check_results(s, closed):
    result = s.run("results", "--period", closed, "--json")
    code, expected = unfrozen_results(s.db, closed)
    got, want = _json(result.stdout), _json(expected)
    same = result.returncode == code == 0 and want is not None and got == want
    s.check(f"results --period {closed} --json: the same as unfrozen", same, result)
    xlsx = s.home / "results.xlsx"
    result = s.run("results", "--period", closed, "--xlsx", xlsx)
    s.check("results --xlsx", result.returncode == 0 and xlsx.is_file()
            and xlsx.read_bytes()[:2] == b"PK", result)
    teams = (got or {}).get("teams", [])
    final = [t["team"]["name"] for t in teams if t.get("final")]
    s.check(f"results: the demo's {closed} is closed", bool(final), detail=str(teams)[:300])
    if final:
        pdf = s.home / "results.pdf"
        result = s.run("results", "--period", closed, "--team", final[0], "--pdf", pdf)
        s.check(f"results --period {closed} --pdf", result.returncode == 0 and pdf.is_file(),
                result)
        result = s.run("verify", pdf)
        s.check("verify: the results summary", result.returncode == 0
                and "intact:" in result.stdout, result)
    result = s.run("check")
    s.check("check: no problem found in the store", result.returncode == 0, result)


def check_rubric_export(s):
    """A stored rubric out to the Excel template and back to YAML (openpyxl, frozen)."""
    commands = re.search(r"\{(check-rubric,[^}]*)\}", s.run("--help").stdout)
    if not commands or "rubric" not in commands.group(1).split(","):
        print("skip  rubric export: this version has no `rubric` command")
        return
    xlsx, yaml = s.home / "rubric.xlsx", s.home / "rubric.yaml"
    result = s.run("rubric", "export", "cs-service-norms", "-o", xlsx)
    s.check("rubric export: a stored rubric to the Excel template",
            result.returncode == 0 and xlsx.is_file(), result)
    result = s.run("rubric", "import", xlsx, "-o", yaml)
    checked = s.run("check-rubric", yaml)
    s.check("rubric import: the template back to a valid rubric", result.returncode == 0
            and checked.returncode == 0 and "cs-service-norms" in checked.stdout, result)


def main(argv=None):
    parser = argparse.ArgumentParser(description="smoke test of the frozen app")
    parser.add_argument("--app", default=str(ROOT / "dist" / "appraisal-desk"),
                        help="the one-folder build (default: dist/appraisal-desk)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary home")
    args = parser.parse_args(argv)
    if not Path(args.app).is_dir():
        print(f"no build at {args.app}: python packaging/build.py", file=sys.stderr)
        return 2
    home = Path(tempfile.mkdtemp(prefix="appraisal-smoke-"))
    s = Smoke(args.app, home)
    try:
        check_bundle(s)
        check_window(s)
        check_rubrics_and_scores(s)
        if s.db.is_file():
            period, closed = periods(s)
            check_print_and_verify(s, closed)
            check_results(s, closed)
            check_print_batch(s, period)      # adds people: the closed period is no longer
        check_rubric_export(s)
    except subprocess.TimeoutExpired as exc:
        s.check("a command ended in time", False, detail=str(exc))
    finally:
        if args.keep:
            print(f"kept {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)
    print(f"smoke: {s.passed} passed, {s.failed} failed")
    return 1 if s.failed else 0


if __name__ == "__main__":
    sys.exit(main())
