"""Starting the desktop app: QApplication, fonts, translation, store, main window."""

import locale
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox


def _quicker_pyside_module_check():
    """PySide6 reads the source of every module imported after it (inspect.getsource, with
    tokenizing) to see whether it names "PySide6" (its __feature__ switches): some 0.3 ms a
    module, and the start imports the store's two hundred after the first frame. The same
    question, asked of the file's bytes. Left as it is when PySide6 works otherwise."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quicker", False):
        return

    def uses_pyside(module):
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.quicker = True
    feature._mod_uses_pyside = uses_pyside


_quicker_pyside_module_check()

from models.storage.resources import resource_path  # noqa: E402

# Fonts that carry Chinese and Latin glyphs, tried in order when the system has none (Linux).
CJK_FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
)


def pick_language(setting, system_locale=None):
    """'zh' or 'en': the setting if made, else Chinese on a Chinese system, else English.

    `system_locale` (e.g. "zh_CN") stands in for the system's locale, for tests.
    """
    if setting in ("zh", "en"):
        return setting
    name = system_locale
    if name is None:
        name = QLocale.system().name() or (locale.getlocale()[0] or "")
    return "zh" if name.lower().startswith("zh") else "en"


def install_translator(app, language):
    """Load the zh_CN catalogue; English is the source language and needs none."""
    if language != "zh":
        return None
    # Qt's own catalogue translates the standard buttons (OK, Cancel …) and dialogs.
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_own)
    translator = QTranslator(app)
    # Loaded from bytes, not from the file: Qt maps a catalogue file into memory, and an update
    # rewriting it while the app runs crashed the app (a bus error in a translation lookup).
    try:
        catalogue = resource_path("translations", "appraisal_zh_CN.qm").read_bytes()
    except OSError:
        return None
    if translator.load(catalogue):
        translator.catalogue = catalogue    # Qt reads these bytes for the translator's life
        app.installTranslator(translator)
        return translator
    return None


def install_cjk_font(app):
    """Make sure Chinese renders as glyphs, not boxes, even on a bare Linux machine."""
    from reports.fonts import fallback_font_files  # a frozen build's own font, tried last

    for path in (*CJK_FONT_FILES, *fallback_font_files()):
        if Path(path).exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                # The system's Latin font first (WenQuanYi draws "…" as centred dots), the CJK
                # font for everything it lacks.
                font = QFont(app.font())
                font.setFamilies([app.font().family(), "DejaVu Sans", families[0]])
                app.setFont(font)
                return families[0]
    return None


def make_app(argv=None, *, cjk_font=True):
    """The QApplication; without `cjk_font` the CJK font is left to install_cjk_font (the
    start installs it after its first frame)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Appraisal Desk")
    app.setOrganizationName("AppraisalDesk")
    if cjk_font:
        install_cjk_font(app)
    return app


def session_user(db, ask=None, set_up=None):
    """Who works in this session: (True, user) after a sign-in; (False, None) when it was
    cancelled (quit). `ask(db)` returns the signed-in user or None (default:
    ui.sign_in.sign_in).

    On a store nobody can sign in to (open mode: the first run) `set_up(db)` comes first
    (default: ui.first_run.set_up): it returns the user it set up and signed in, or None — quit
    (nothing made: the app ends), or "Just look around" (the demo users were made: they sign
    in like anyone)."""
    from models.people import access

    if access.open_mode(db):
        if set_up is None:
            from ui.first_run import set_up
        user = set_up(db)
        if user is not None:
            return True, user
        if access.open_mode(db):
            return False, None
    if ask is None:
        from ui.sign_in import sign_in as ask
    user = ask(db)
    return user is not None, user


def _open_or_offer_backup(path, open_db, StoreError):
    """A damaged file is never repaired silently: say what is wrong, offer the newest good
    backup, and open that instead only if the lead agrees (None: she did not)."""
    from ui.damaged_store import offer_backup

    try:
        return open_db(path)
    except StoreError as exc:
        if getattr(exc, "reason", None) != "damaged":
            raise
        if not offer_backup(path, exc):
            return None
    return open_db(path)


# The start-up benchmark's lines (bench/bench_startup.py): when the first frame (the start
# window) and the main window were painted.
FIRST_FRAME = "APPRAISAL_DESK_FIRST_FRAME"
MAIN_WINDOW = "APPRAISAL_DESK_MAIN_WINDOW"
# A window never painted (started minimised) still gets its start-up work after this long.
FIRST_FRAME_LATEST_MS = 1000


class _FirstFrame(QObject):
    def __init__(self, window, fn):
        super().__init__(window)
        self.window, self.fn, self.done = window, fn, False
        window.installEventFilter(self)
        self.timer = QTimer(self)       # stops with this object (and with cancel())
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fire)
        self.timer.start(FIRST_FRAME_LATEST_MS)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Paint and not self.done:
            self.timer.start(0)         # once this paint is on the screen
        return False

    def _fire(self):
        if not self.done:
            self.cancel()
            self.fn()

    def cancel(self):
        """Not to be called any more (the app is closing: its store goes)."""
        self.done = True
        self.timer.stop()
        self.window.removeEventFilter(self)


def after_first_frame(window, fn):
    """Call `fn` once, right after `window` is first painted: the start shows the window
    first and does the rest (checks, backup) after."""
    return _FirstFrame(window, fn)


def run(db_path=None, lang=None):
    # The first frame first: the start window needs only Qt (the system's fonts show its
    # name); the log, the crash hooks, our CJK font and the store come right after it.
    app = make_app(cjk_font=False)
    shell = show_start_window(app)
    from ui import crash_report

    # Until run() returns (the process ends then; tests call run() more than once).
    restore_hooks = crash_report.install(crash_report.start_log_file())
    try:
        install_cjk_font(app)
        from models.database.store import default_db_path  # sqlite-utils: after that frame

        path = Path(db_path) if db_path else default_db_path()
        try:
            return _run(app, path, lang, shell)
        finally:
            shell.close()
    finally:
        restore_hooks()


def show_start_window(app):
    """The first frame (ui/start_window.py), painted before the store is opened: the rest of
    the start happens behind it. Waits for its paint half a second at most."""
    from PySide6.QtCore import QEventLoop

    from ui.start_window import StartWindow

    shell = StartWindow()
    painted = []

    def first_paint():
        painted.append(True)
        if os.environ.get("APPRAISAL_DESK_EXIT_AFTER_SHOW"):   # start-up benchmark
            print(f"{FIRST_FRAME} {time.time():.6f}", flush=True)

    watch = after_first_frame(shell, first_paint)
    shell.show()
    deadline = time.monotonic() + 0.5
    while not painted and time.monotonic() < deadline:
        app.processEvents(QEventLoop.AllEvents, 50)
    watch.cancel()
    return shell


def _run(app, path, lang, shell):
    from functools import partial

    from models.database.store import StoreError, open_db
    from models.people import access
    from models.storage.instance_lock import lock_database
    from models.trust import anchors
    from models.work import settings
    from ui import store_checks
    from ui.main_window import MainWindow
    from ui.work import wait_for_background

    lock = None
    try:
        try:
            lock = lock_database(path)   # AlreadyOpen is a StoreError
            # This process holds the file: a -wal beside it was left by a crash, check it.
            db = _open_or_offer_backup(path, partial(open_db, check_journal=True), StoreError)
            lock.confirm()
        except StoreError as exc:
            QMessageBox.critical(None, "Appraisal Desk 考评台", str(exc))
            return 2
        if db is None:
            return 2
        language = pick_language(lang or settings.get(db, "language"))
        install_translator(app, language)
        if os.environ.get("APPRAISAL_DESK_EXIT_AFTER_SHOW") and access.open_mode(db):
            go_on, user = True, None    # the start-up benchmark times the window, not a set-up
        else:   # who is at the desk (the first run: set up first)? Cancel quits.
            go_on, user = session_user(db)
        if not go_on:
            db.close()
            return 0
        window = MainWindow(db, language=language, db_path=path, user=user)
        window.move(shell.pos())            # where the start window stands
        window.show()

        def start_up_work():
            """What the main window's first frame does not need: after it is painted."""
            shell.close()
            if os.environ.get("APPRAISAL_DESK_EXIT_AFTER_SHOW"):   # start-up benchmark
                print(f"{MAIN_WINDOW} {time.time():.6f}", flush=True)
            window.lazy_tabs.make_all()      # the tabs behind the first (ui/lazy_tabs.py)
            store_checks.tell_journal(window, db)
            store_checks.check_in_background(window, db, path)
            window.check_store()
            window.daily_backup()
            if os.environ.get("APPRAISAL_DESK_EXIT_AFTER_SHOW"):
                QTimer.singleShot(0, app.quit)

        watch = after_first_frame(window, start_up_work)
        code = app.exec()
        watch.cancel()      # an event loop ended before the first frame: no start-up work now
        # Work still running (the daily backup) ends and reports while the store is open; then a
        # clean close checkpoints and removes the -wal, so the next start needs neither the
        # journal check nor the full check of a file not closed cleanly.
        wait_for_background(timeout=60)
        window.close()
        anchors.anchor_now(db, "exit")      # the trail's head, signed, in and outside the file
        db.close()
        return code
    finally:
        if lock is not None:
            lock.release()
