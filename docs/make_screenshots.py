"""Render the screenshots in docs/screenshots/ from the real widgets (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [zh|en] [--out DIR]

The main window, the checklist in use, the month so far, a team's forms, one form, the first run
and the demo's sign-in, in the language chosen (default zh); with zh also every screen of the
user guide (docs/guide.zh.md, docs/guide.en.md) as `guide-*.png`: a temporary office set up
with the models' own functions (the first run's set-up, users with PINs, an import, ticks), its
forms walked to each state with models.forms (`by=`, PINs) or through the real dialogs, printed
as signed PDFs. `--out DIR` writes them into DIR instead of docs/screenshots/.
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The office's signing key never reaches the keyring of the person running this (its secret
# stays in the temporary signing folder, as on a computer without a keyring).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.database.store import open_db  # noqa: E402
from models.people.employees import list_employees  # noqa: E402
from ui.app import install_translator, make_app  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
GUIDE_WIDTH = 1280          # px: no guide picture is wider


def main(language, out=OUT):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    install_translator(app, language)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "demo.db")          # built-in rubrics and the demo team
        window = MainWindow(db, language=language)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        window.grab().save(str(out / f"main-window-{language}.png"))

        agent = next(e for e in list_employees(db) if e["post"] == "客户服务代表")
        window.employees.table.selectRow(
            window.employees.proxy.mapFromSource(
                window.employees.model.index(window.employees.model.row_of(agent["id"]), 0)
            ).row())
        app.processEvents()
        checklist = window.checklist_widget
        rows = checklist.rows
        rows["command-tone"].note.setText("对来电客户使用命令语气" if language == "zh"
                                          else "Commanding tone with a caller")
        rows["command-tone"].plus.click()
        rows["early-hangup"].severe.setChecked(True)
        rows["early-hangup"].plus.click()
        rows["ticket-incomplete"].plus.click()
        rows["ticket-incomplete"].plus.click()
        app.processEvents()
        window.grab().save(str(out / f"checklist-in-use-{language}.png"))
        window.tabs.setCurrentWidget(window.month)
        app.processEvents()
        window.grab().save(str(out / f"month-so-far-{language}.png"))

        window.tabs.setCurrentWidget(window.forms)
        window.forms.create_forms()
        app.processEvents()
        window.grab().save(str(out / f"forms-{language}.png"))
        dialog = window.forms.open_form(window.forms.form_at(1))
        dialog.resize(1100, 760)
        app.processEvents()
        dialog.grab().save(str(out / f"form-{language}.png"))
        dialog.close()
        window.close()
        db.close()
    first_run(app, language, out)
    if language == "zh":
        guide(app, out)


def first_run(app, language, out=OUT):
    """The first start's set-up, and the sign-in of the demo after "Just look around"."""
    from models.database import demo
    from ui.first_run import FirstRunDialog
    from ui.sign_in import SignInDialog

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "first.db")         # nobody can sign in yet
        dialog = FirstRunDialog(db)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / f"first-run-{language}.png"))
        dialog.close()
        demo.install_demo_users(db)
        sign_in = SignInDialog(db)
        sign_in.show()
        app.processEvents()
        sign_in.grab().save(str(out / f"demo-sign-in-{language}.png"))
        sign_in.close()
        db.close()


# -- the user guide's screens (docs/guide.zh.md, docs/guide.en.md) ------------------------------
ORGANISATION = "华东客服中心"
TEAM = "客服一班"
HR, LEAD, REVIEWER = "孙人事", "李班长", "王主任"
PINS = {HR: "hr-secret", LEAD: "130524", REVIEWER: "246810"}
NEW_LEAD_PIN = "580217"         # the PIN HR gives the lead after she locked herself out
PASSPHRASE = "青山绿水 2026 考评"
EMPLOYEES = (   # code, name, post, hire date, probation
    ("K01", "周敏", "客户服务代表", "2023-03-01", "否"),
    ("K02", "吴婷", "客户服务代表", "2023-05-12", "否"),
    ("K03", "郑浩", "客户服务代表", "2024-02-20", "否"),
    ("K04", "孙悦", "员工", "2022-09-01", "否"),
    ("K05", "马超", "员工", "2025-07-01", "否"),
    ("K06", "何静", "服务中心工作人员", "2024-11-15", "是"),
)
# A few ticks of the month for each employee: (code, item, days ago, extra fields)
TICKS = (
    ("K01", "ticket-incomplete", 9, {"note": "工单漏填联系电话"}),
    ("K02", "command-tone", 6, {"note": "对客户语气生硬"}),
    ("K03", "job-number", 4, {}),
    ("K03", "ticket-incomplete", 2, {"note": "工单未写处理结果"}),
    ("K04", "penalty-1", 5, {"note": "工位不整洁"}),
    ("K05", "reward-1", 3, {"note": "客户来电表扬"}),
    ("K06", "uniform", 7, {"note": "未佩戴胸牌"}),
    ("K06", "uniform", 1, {}),
)


class Shots:
    """Saves widgets as docs/screenshots/guide-<name>.png, never wider than GUIDE_WIDTH."""

    def __init__(self, app, out):
        self.app, self.out = app, Path(out)
        self.saved = []

    def settle(self, seconds=0.0):
        """Let Qt lay out and paint (and background work report) for about `seconds`; widgets
        deleted later (a checklist replaced by the next one) go now, as in the event loop."""
        from PySide6.QtCore import QCoreApplication, QEvent

        end = time.monotonic() + seconds
        while True:
            self.app.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
            if time.monotonic() >= end:
                return
            time.sleep(0.02)

    def save(self, widget, name):
        self.settle()
        pixmap = widget.grab()
        if pixmap.width() > GUIDE_WIDTH:
            from PySide6.QtCore import Qt

            pixmap = pixmap.scaledToWidth(GUIDE_WIDTH, Qt.SmoothTransformation)
        path = self.out / f"guide-{name}.png"
        if not pixmap.save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        self.saved.append(path)
        return path


def _signature_strokes(seed=0):
    """A hand-written-looking scribble (looped, slanted strokes) in the signature pad's 0..1
    box; `seed` varies it from one signer to the next."""
    strokes = []
    for part, (x0, x1) in enumerate(((0.1, 0.36), (0.42, 0.62), (0.68, 0.9))):
        loops = 2 + (part + seed) % 3
        points, steps = [], 24 * loops
        for i in range(steps + 1):
            t = i / steps
            angle = t * loops * 2 * math.pi
            height = 0.2 + 0.06 * math.sin(seed + part + 3 * t)
            y = 0.5 - height * math.sin(angle + math.pi / 2) * (0.9 - 0.3 * t)
            x = x0 + (x1 - x0) * t + 0.035 * math.cos(angle + math.pi / 2) + 0.08 * (0.5 - y)
            points.append((round(min(max(x, 0.02), 0.98), 4),
                           round(min(max(y, 0.05), 0.95), 4)))
        strokes.append(points)
    strokes.append([(0.14, 0.8), (0.45, 0.76 - 0.02 * (seed % 2)), (0.88, 0.79)])
    return strokes


def _draw(pad, seed=0):
    pad.strokes = _signature_strokes(seed)
    pad.update()


def _through_modal(kind, act, trigger):
    """Press `trigger` (a button that opens a `kind` dialog with exec()) and, once that dialog
    shows, call `act(dialog)` inside its exec(); `act` ends it (OK or Cancel). A failure in
    `act` closes the dialog and is raised here, never left hanging in a modal loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    deadline, failures = time.monotonic() + 30, []

    def poll():
        found = next((w for w in QApplication.topLevelWidgets()
                      if isinstance(w, kind) and w.isVisible()), None)
        if found is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(20, poll)
            return
        try:
            act(found)
        except Exception as exc:        # noqa: BLE001 — raised again below, out of exec()
            failures.append(exc)
            found.reject()

    QTimer.singleShot(0, poll)
    trigger.click()
    if failures:
        raise failures[0]


def _wait_for(shots, condition, what, timeout=60):
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise RuntimeError(f"timed out waiting for {what}")
        shots.settle(0.05)


def guide(app, out=OUT):
    """Every screen the user guide shows, in Chinese, into `out`/guide-*.png."""
    from PySide6.QtWidgets import QMessageBox

    from models.people import users

    shots = Shots(app, out)
    saved = users.SCRYPT_N, {kind: getattr(QMessageBox, kind) for kind in BOXES}
    users.SCRYPT_N = 2 ** 10        # a temporary office: cheaper PIN hashes (the cost is stored)
    boxed = []                      # a message box would wait for a click that never comes
    for kind in BOXES:
        setattr(QMessageBox, kind, staticmethod(
            lambda _parent, title, text, *_a, _k=kind, **_kw: boxed.append((_k, title, text))))
    try:
        with tempfile.TemporaryDirectory(prefix="考评台-") as tmp:
            guide_first_run(shots, Path(tmp))
            GuideOffice(shots, Path(tmp)).run()
    finally:
        users.SCRYPT_N = saved[0]
        for kind, function in saved[1].items():
            setattr(QMessageBox, kind, function)
    if boxed:
        raise RuntimeError(f"a step was refused or failed: {boxed}")
    return shots.saved


BOXES = ("warning", "critical", "information", "question")


def guide_first_run(shots, folder):
    """The first start's set-up as HR fills it in, and the demo's sign-in."""
    from ui.first_run import FirstRunDialog
    from ui.sign_in import SignInDialog

    db = open_db(folder / "first.db")       # a new file: rubrics and the demo team, no users
    dialog = FirstRunDialog(db)
    dialog.organisation.setText(ORGANISATION)
    dialog.hr_name.setText(HR)
    for field in (dialog.hr_pin, dialog.hr_pin_again):
        field.setText(PINS[HR])
    dialog.lead_box.setChecked(True)
    dialog.lead_name.setText(LEAD)
    for field in (dialog.lead_pin, dialog.lead_pin_again):
        field.setText(PINS[LEAD])
    dialog.new_team.setText(TEAM)
    dialog.show()
    shots.settle()
    dialog.hr_name.deselect()               # filled in, about to press 设置本单位
    shots.save(dialog, "first-run")
    dialog.look_around()                    # "Just look around": the demo's own users
    sign_in = SignInDialog(db)
    sign_in.show()
    shots.save(sign_in, "demo-sign-in")
    sign_in.close()
    dialog.deleteLater()
    db.close()


class GuideOffice:
    """An office set up as HR would: the first run's set-up, a reviewer, an import; the lead's
    ticks; the month's forms in every state."""

    def __init__(self, shots, folder):
        self.shots, self.folder = shots, folder
        self.path = folder / "office.db"
        self.today = date.today()

    # -- helpers ---------------------------------------------------------------------------
    def user(self, name):
        from models.people import access

        row = self.db.execute("SELECT id FROM users WHERE name = ? AND active = 1",
                              (name,)).fetchone()
        return access.signed_in_user(self.db, row[0])

    def actor(self, name):
        from models.people.access import UserActor

        return UserActor(self.user(name))

    def employee(self, code):
        return next(e for e in list_employees(self.db) if e["code"] == code)

    def form(self, code):
        from models import forms

        row = next(r for r in forms.dashboard_rows(self.db, self.period, self.team_id)
                   if r.code == code)
        return row.id

    def session(self, name):
        from ui.session import Session

        return Session(self.db, user=self.user(name), language="zh", path=self.path)

    def sign_as(self, name, seed=0):
        """Fill a SignDialog as `name` would (her PIN, a drawn signature)."""
        def fill(dialog):
            if dialog.user is not None:
                dialog.user.setCurrentIndex(dialog.user.findText(name))
                dialog.pin.setText(PINS[name])
            if dialog.pad is not None:
                _draw(dialog.pad, seed)
        return fill

    # -- the story --------------------------------------------------------------------------
    def run(self):
        self.set_up()
        self.hr_screens()
        self.lead_month()
        self.signing_key()
        self.printing()
        self.refusals_and_records()
        self.db.close()

    def set_up(self):
        """The office as the first run's set-up makes it, a reviewer added by HR."""
        from models.database.first_run import set_up_office
        from models.people import users
        from models.rubrics import install_builtin_rubrics
        from models.work.periods import current_period

        self.db = open_db(self.path, first_run_setup=False)     # no demo team: a real office
        install_builtin_rubrics(self.db)
        done = set_up_office(self.db, organisation=ORGANISATION, hr_name=HR, hr_pin=PINS[HR],
                             lead_name=LEAD, lead_pin=PINS[LEAD], new_team=TEAM)
        self.team_id = done.team_ids[0]
        users.add_user(self.db, name=REVIEWER, role="reviewer", pin=PINS[REVIEWER],
                       by=self.actor(HR))
        self.period = current_period(self.db)

    def hr_screens(self):
        """HR: importing the employees (a file with a problem first), the backups."""
        from ui.backup_dialog import BackupDialog
        from ui.import_dialog import ImportDialog

        header = "工号,姓名,班组,岗位,入职日期,试用期\n"
        good = header + "".join(f"{code},{name},{TEAM},{post},{hired},{probation}\n"
                                for code, name, post, hired, probation in EMPLOYEES)
        bad = good.replace("2024-02-20", "2024-02-30").replace("服务中心工作人员", "服务台")
        bad_file, good_file = self.folder / "员工名单-初稿.csv", self.folder / "员工名单.csv"
        bad_file.write_text(bad, encoding="utf-8-sig")
        good_file.write_text(good, encoding="utf-8-sig")
        session = self.session(HR)
        dialog = ImportDialog(session, bad_file)
        dialog.resize(1100, 520)
        dialog.show()
        _wait_for(self.shots, lambda: dialog.preview is not None, "the import preview")
        self.shots.save(dialog, "import-problems")
        dialog.load(good_file)
        _wait_for(self.shots, lambda: dialog.preview is not None, "the import preview")
        dialog.commit()
        if dialog.imported_count != len(EMPLOYEES):
            raise RuntimeError(f"imported {dialog.imported_count} employees: "
                               f"{dialog.status.text()}")
        self.shots.save(dialog, "import-done")
        dialog.close()

        backups = BackupDialog(session)
        backups.resize(1000, 420)
        backups.show()
        backups.back_up_now()
        self.shots.save(backups, "backups")
        backups.close()

    def add_ticks(self):
        """The month's entries so far, dated on their days (the lead's, by her)."""
        from datetime import time as clock_time

        from models.rubrics import rubric_for_post
        from models.work import incidents

        lead = self.actor(LEAD)
        for code, item, days_ago, extra in TICKS:
            employee = self.employee(code)
            version_id, _rubric = rubric_for_post(self.db, employee["post"])
            day = min(max(self.period.start, self.today - timedelta(days=days_ago)),
                      self.period.end)
            incidents.add_incident(self.db, employee_id=employee["id"], version_id=version_id,
                                   item_id=item, at=datetime.combine(day, clock_time(10, 15)),
                                   by=lead, **extra)

    def lead_month(self):
        """The lead's month: sign in, tick, the month so far, the forms and their steps."""
        from PySide6.QtWidgets import QScrollArea

        from ui.sign_in import SignInDialog

        sign_in = SignInDialog(self.db)
        sign_in.form.set_user(self.user(LEAD)["id"])
        sign_in.form.pin.setText(PINS[LEAD])
        sign_in.show()
        self.shots.save(sign_in, "sign-in")
        sign_in.close()
        self.add_ticks()

        window = self.window = MainWindow(self.db, language="zh", db_path=self.path,
                                          user=self.user(LEAD), idle_lock_ms=0)
        window.resize(GUIDE_WIDTH, 800)
        window.centralWidget().setSizes([440, GUIDE_WIDTH - 440])
        window.show()
        self.select(self.employee("K01")["id"])
        checklist = window.checklist_widget
        rows = checklist.rows
        rows["blaming"].note.setText("向客户埋怨技术部处理慢")
        rows["blaming"].plus.click()
        rows["early-hangup"].severe.setChecked(True)
        rows["early-hangup"].note.setText("客户投诉")
        rows["early-hangup"].plus.click()
        rows["fake-praise"].plus.click()
        checklist.undo_button.click()               # a tick by mistake: undone
        rows["nuisance-call"].note.setText("骚扰电话未登记")   # the next tick, being made
        rows["nuisance-call"].severe.setChecked(True)
        scroll = checklist.findChild(QScrollArea)
        self.shots.settle()
        scroll.verticalScrollBar().setValue(rows["blaming"].y() - 8)
        self.shots.save(window, "checklist")
        rows["nuisance-call"].note.clear()
        rows["nuisance-call"].severe.setChecked(False)
        window.tabs.setCurrentWidget(window.month)
        self.shots.save(window, "month-so-far")

        window.tabs.setCurrentWidget(window.forms)
        self.shots.save(window, "forms-empty")
        window.forms.empty_create.click()
        self.walk_forms()
        window.set_user(self.user(LEAD))
        window.tabs.setCurrentWidget(window.forms)
        window.forms.reload(force=True)
        self.shots.save(window, "forms")

        window.tabs.setCurrentIndex(0)
        self.select(self.employee("K03")["id"])
        self.shots.save(window, "read-only")

    def select(self, employee_id):
        panel = self.window.employees
        source = panel.model.index(panel.model.row_of(employee_id), 0)
        panel.table.selectRow(panel.proxy.mapFromSource(source).row())
        self.shots.settle()

    def open_form(self, code):
        dialog = self.window.forms.open_form(self.form(code))
        dialog.resize(1180, 700)
        self.shots.settle()
        return dialog

    def walk_forms(self):
        """Each form to its state: K01 stays a draft; K02 signed twelve days ago and overdue;
        K03 signed by the appraiser here (the sign dialog) and by the employee; K04 disputed
        here (the dispute dialog); K05 locked; K06 disputed, answered (upheld) by the reviewer
        here, reviewed and corrected here (a revision 2)."""
        from models import forms
        from ui.sign_dialog import SignDialog

        lead, reviewer, hr = self.actor(LEAD), self.user(REVIEWER), self.user(HR)
        strokes = _signature_strokes()

        def submit(code, at=None):
            forms.submit(self.db, self.form(code), user_id=self.user(LEAD)["id"],
                         pin=PINS[LEAD], strokes=strokes, by=lead, at=at)

        def employee_name(code):
            return self.employee(code)["name"]

        twelve_days_ago = datetime.combine(self.today - timedelta(days=12),
                                           datetime.min.time()).replace(hour=17)
        submit("K02", at=twelve_days_ago)
        for code in ("K04", "K05", "K06"):
            submit(code)

        # K03: the appraiser signs in the form dialog (the sign dialog, her PIN).
        dialog = self.open_form("K03")

        def appraiser(sign):
            self.sign_as(LEAD)(sign)
            self.shots.save(sign, "sign-dialog")
            sign.ok_button.click()
        _through_modal(SignDialog, appraiser, dialog.actions["submit"])
        forms.acknowledge(self.db, self.form("K03"), name=employee_name("K03"),
                          strokes=_signature_strokes(1), by=lead)
        dialog.close()

        # K04: the employee disputes at the lead's desk (a reason; signing is optional).
        dialog = self.open_form("K04")

        def disputes(sign):
            sign.reason.setText("当天在处理客户急件，下班前已整理工位")
            _draw(sign.pad, 2)
            self.shots.save(sign, "dispute-dialog")
            sign.ok_button.click()
        _through_modal(SignDialog, disputes, dialog.actions["dispute"])
        dialog.close()

        k05 = self.form("K05")
        forms.acknowledge(self.db, k05, name=employee_name("K05"), strokes=_signature_strokes(3),
                          by=lead)
        forms.review(self.db, k05, user_id=reviewer["id"], pin=PINS[REVIEWER],
                     strokes=_signature_strokes(4), by=lead)
        forms.lock(self.db, k05, user_id=hr["id"], pin=PINS[HR], by=lead)
        self.audit_trail()

        k06 = self.form("K06")
        forms.dispute(self.db, k06, name=employee_name("K06"),
                      reason="胸牌当天交保卫科补办，有登记记录", by=lead)

        # The reviewer at the desk: the disputed form, and her answer (her PIN).
        self.window.set_user(self.user(REVIEWER))
        dialog = self.open_form("K04")
        dialog.tree.expandAll()                 # the entry behind the deduction, its note
        self.shots.save(dialog, "form-disputed")
        dialog.close()
        dialog = self.open_form("K06")
        dialog.actions["answer"].click()
        answer = dialog.answer_dialog
        answer.buttons["upheld"].setChecked(True)
        answer.text.setPlainText("已核对保卫科登记：胸牌当天在补办，该项扣分撤销，考核表更正后重签。")
        answer.pin.setText(PINS[REVIEWER])
        answer.resize(560, 500)
        self.shots.save(answer, "answer-dispute")
        answer.ok_button.click()
        self.shots.settle()
        dialog.close()
        forms.review(self.db, k06, user_id=reviewer["id"], pin=PINS[REVIEWER],
                     strokes=_signature_strokes(5), by=self.actor(REVIEWER))

        # Back to the lead: the correction of the upheld dispute (a new revision).
        self.window.set_user(self.user(LEAD))
        dialog = self.open_form("K06")
        dialog.actions["revise"].click()
        correction = dialog.correction
        correction.reason.setPlainText("复核人支持员工申诉：撤销 11 月“未佩戴胸牌”扣分一次")
        correction.resize(560, 440)
        self.shots.save(correction, "correction")
        correction.ok_button.click()
        self.shots.settle()
        dialog.close()
        states = {row.code: (row.state, row.revision)
                  for row in forms.dashboard_rows(self.db, self.period, self.team_id)}
        wanted = {"K01": ("draft", 1), "K02": ("submitted", 1), "K03": ("acknowledged", 1),
                  "K04": ("disputed", 1), "K05": ("locked", 1), "K06": ("draft", 2)}
        if states != wanted:
            raise RuntimeError(f"the forms did not reach their states: {states}")

    def signing_key(self):
        """HR: the signing key, unprotected as on a computer without a keyring; a passphrase
        set; locked at the next start (here: forgotten), and unlocked again."""
        from models.trust import keys
        from ui.signing_key import SigningKeyDialog

        session = self.session(HR)
        dialog = SigningKeyDialog(session)
        dialog.passphrase.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE)
        dialog.show()
        self.shots.save(dialog, "signing-key")
        dialog.set_passphrase()
        dialog.close()
        keys.forget(dialog.org_dir)             # the next start: locked until HR unlocks it
        dialog = SigningKeyDialog(session)
        dialog.show()
        self.shots.save(dialog, "signing-key-locked")
        dialog.passphrase.setText(PASSPHRASE)
        dialog.unlock()
        dialog.close()

    def printing(self):
        """The locked form's preview; "Print all as PDF…" (progress, then Open folder); page 1
        of a printed form."""
        from ui.pdf_preview import PdfPreview

        window = self.window
        window.set_user(self.user(LEAD))
        window.tabs.setCurrentWidget(window.forms)
        dialog = self.open_form("K05")
        dialog.actions["pdf"].click()
        preview = next(w for w in self.shots.app.topLevelWidgets()
                       if isinstance(w, PdfPreview) and w.isVisible())
        preview.resize(900, 700)
        self.shots.settle(1.0)                  # the pages are rendered in the background
        self.shots.save(preview, "pdf-preview")
        preview.close()
        dialog.close()

        folder = self.folder / "考核表 PDF"
        export = window.forms.print_batch(out_dir=str(folder)) and window.forms.export
        self.shots.save(export.progress, "print-progress")
        _wait_for(self.shots, lambda: export.done_box is not None, "the printed PDFs")
        self.shots.save(export.done_box, "print-done")
        export.done_box.close()
        pdf = next(folder.glob("*_K05_*.pdf"))
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            print("pdftoppm not found (poppler-utils): guide-form-page.png not made")
            return
        target = self.shots.out / "guide-form-page"
        subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(target)], check=True)
        self.shots.saved.append(target.with_suffix(".png"))

    def audit_trail(self):
        """The audit trail as HR reads it, the chain verified."""
        from ui.audit_view import AuditDialog

        audit = AuditDialog(self.session(HR))
        audit.resize(GUIDE_WIDTH, 700)
        audit.show()
        audit.verify()
        self.shots.save(audit, "audit")
        audit.close()

    def refusals_and_records(self):
        """A PIN locked after four wrong ones, HR's new PIN for her and her users."""
        from ui.sign_in import SignInDialog
        from ui.users_dialog import UsersDialog

        sign_in = SignInDialog(self.db)
        sign_in.form.set_user(self.user(LEAD)["id"])
        sign_in.show()
        for _ in range(4):
            sign_in.form.pin.setText("135024")
            sign_in.form.submit()
        self.shots.save(sign_in, "pin-locked")
        sign_in.close()

        session = self.session(HR)
        users_dialog = UsersDialog(session)
        users_dialog.resize(1100, 1000)     # everything in sight (a laptop scrolls the right side)
        users_dialog.show()
        users_dialog.select_user(self.user(LEAD)["id"])
        users_dialog.pin.setText(NEW_LEAD_PIN)
        users_dialog.pin_again.setText(NEW_LEAD_PIN)
        self.shots.save(users_dialog, "users")
        if not users_dialog.change_pin():
            raise RuntimeError(f"the new PIN was refused: {users_dialog.error.text()}")
        users_dialog.close()

        self.window.close()


def parse(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", nargs="?", default="zh", choices=("zh", "en"))
    parser.add_argument("--out", type=Path, default=OUT,
                        help="the folder for the PNG files (default: docs/screenshots)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    options = parse(sys.argv[1:])
    main(options.language, options.out)
