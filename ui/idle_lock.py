"""The idle lock: after `idle_lock_minutes` without a key, mouse, touch or pen event, the main
window's content is covered by a lock screen that needs the signed-in user's PIN (or another
user's: "Switch user"). In open mode (no users) nothing locks. Wrong PINs count here as
everywhere (models.people.users): a new lock screen does not start the count again.

`IdleWatcher` only measures idleness; `WindowLock` covers and uncovers the window. The main
window's content, its menus and every other window of the app are hidden while locked; they come
back as they were for the same user, and are closed when another user signs in. A dialog waiting
in exec() (a PIN, a question) is cancelled: nothing half-done is written.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.people import access
from ui.sign_in import SignInForm, role_name

INPUT_EVENTS = frozenset({
    QEvent.KeyPress, QEvent.KeyRelease, QEvent.ShortcutOverride,
    QEvent.MouseButtonPress, QEvent.MouseButtonRelease, QEvent.MouseButtonDblClick,
    QEvent.MouseMove, QEvent.Wheel,
    QEvent.TouchBegin, QEvent.TouchUpdate, QEvent.TouchEnd,
    QEvent.TabletPress, QEvent.TabletMove, QEvent.TabletRelease,
})
# Windows that are not someone's work: left alone (a popup is closed instead).
NOT_WINDOWS = (Qt.Popup, Qt.ToolTip, Qt.SplashScreen, Qt.Desktop)


class IdleWatcher(QObject):
    """An application event filter: every input event restarts a single-shot timer of
    `timeout_ms`; `idle` is emitted when it runs out. `timeout_ms` 0 never fires."""

    idle = Signal()

    def __init__(self, timeout_ms, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.timeout_ms = int(timeout_ms)
        self._installed = False

    def start(self):
        """(Re)start measuring; the filter is installed only while measuring, so a window
        that never locks (open mode, 0 minutes) costs no call per event."""
        if self.timeout_ms <= 0:
            self.stop()
            return
        if not self._installed:
            QCoreApplication.instance().installEventFilter(self)
            self._installed = True
        self.timer.start(self.timeout_ms)

    def stop(self):
        self.timer.stop()
        if self._installed:
            QCoreApplication.instance().removeEventFilter(self)
            self._installed = False

    def set_timeout(self, timeout_ms):
        self.timeout_ms = int(timeout_ms)
        if self.timeout_ms <= 0:
            self.stop()
        elif self.timer.isActive():
            self.timer.start(self.timeout_ms)

    def eventFilter(self, watched, event):
        # Only a running timer is restarted: while locked (stopped) input changes nothing.
        if self.timer.isActive() and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False


class LockScreen(QWidget):
    """Covers the main window: the signed-in user's PIN, or "Switch user" for anyone's."""

    unlocked = Signal(object)   # the user row who signed in (may be another user)

    def __init__(self, db, *, user=None, now=False, parent=None):
        """`now`: locked on request ("Lock now"), not after a while without use."""
        super().__init__(parent)
        self.setObjectName("lock-screen")
        self.user = user
        title = QLabel(self.tr("Locked"))
        title.setStyleSheet("font-size: 24px; font-weight: bold;")
        title.setAlignment(Qt.AlignCenter)
        if user is not None and now:
            text = self.tr("Appraisal Desk is locked. {name} ({role}): enter your PIN to "
                           "continue.").format(name=user["name"], role=role_name(user["role"]))
        elif user is not None:
            text = self.tr("Appraisal Desk was locked after a while without use. {name} "
                           "({role}): enter your PIN to continue.").format(
                name=user["name"], role=role_name(user["role"]))
        else:
            text = self.tr("Users now exist: sign in to continue.")
        self.note = QLabel(text)
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignCenter)
        # A wrong PIN here is audited as given while `user` was signed in (her name).
        self.form = SignInForm(db, user_id=user and user["id"], button_text=self.tr("Unlock"),
                               operator=user and str(user["name"]))
        self.form.signed_in.connect(self.unlocked)
        self.form.user.setEnabled(user is None)
        self.switch = QPushButton(self.tr("Switch user"))
        self.switch.setMinimumHeight(40)
        self.switch.clicked.connect(self.switch_user)
        self.switch.setVisible(user is not None)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.note)
        inner.addWidget(self.form)
        inner.addWidget(self.switch)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignHCenter)
        layout.addStretch(2)

    def switch_user(self):
        """Anyone may sign in now (with her own PIN). What was said to the last one (a wrong
        PIN) goes, unless the chosen user is locked out (that is said again)."""
        self.form.pin.clear()
        self.form.message.clear()
        self.form.lock_notice.watch(self.form.user.currentData())
        self.form.user.setEnabled(True)
        self.switch.hide()
        self.note.setText(self.tr("Choose who you are and enter your own PIN."))
        self.form.user.setFocus(Qt.OtherFocusReason)


class WindowLock(QObject):
    """Locks `window` (a QMainWindow with `user`, `db` and `set_user(user)`) when idle.

    `timeout_ms` is injectable for tests; 0 means never (the lock can still be called).
    """

    locked = Signal()
    unlocked = Signal(object)

    def __init__(self, window, *, timeout_ms, parent=None):
        super().__init__(parent or window)
        self.window = window
        self.screen = None
        self._content = None
        self._hidden = []
        self.watcher = IdleWatcher(timeout_ms, self)
        self.watcher.idle.connect(self.lock)
        self.resume()

    @property
    def is_locked(self):
        return self.screen is not None

    def resume(self):
        """Start measuring idleness: only when someone is signed in (open mode never locks)."""
        if self.window.user is not None and not self.is_locked:
            self.watcher.start()
        else:
            self.watcher.stop()

    def set_timeout(self, timeout_ms):
        self.watcher.set_timeout(timeout_ms)
        self.resume()

    def lock(self, *, now=False):
        """Cover the window; `now`: on request (Tools → Lock now), not for idleness."""
        window = self.window
        if self.is_locked or (window.user is None and access.open_mode(window.db)):
            return False
        self.watcher.stop()
        while QApplication.activePopupWidget() is not None:
            QApplication.activePopupWidget().close()
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not window and w.isVisible() and w.windowType() not in NOT_WINDOWS]
        self._hidden = []
        for other in others:
            if isinstance(other, QDialog) and other.windowModality() == Qt.ApplicationModal:
                other.reject()   # a dialog waiting in exec(): cancelled, nothing is written
            else:
                other.hide()     # the rest come back as they were
                self._hidden.append(other)
        self._content = window.takeCentralWidget()
        self.screen = LockScreen(window.db, user=window.user, now=now)
        self.screen.unlocked.connect(self.unlock)
        window.setCentralWidget(self.screen)
        self.screen.show()
        window.menuBar().hide()     # its actions' shortcuts stop with it (disabled: also where
        window.menuBar().setEnabled(False)     # the menu bar is the system's)
        self.screen.form.focus_pin()
        self.locked.emit()
        return True

    def unlock(self, user):
        if not self.is_locked:
            return
        window = self.window
        same = window.user is not None and user["id"] == window.user["id"]
        screen = window.takeCentralWidget()
        screen.deleteLater()
        self.screen = None
        window.setCentralWidget(self._content)
        self._content.show()
        self._content = None
        window.menuBar().setEnabled(True)
        window.menuBar().show()
        hidden, self._hidden = self._hidden, []
        for other in hidden:
            if same:
                other.show()
            else:
                other.close()   # another user does not get the last one's open forms
        if not same:
            window.set_user(user)
        self.resume()
        self.unlocked.emit(user)
