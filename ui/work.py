"""The one background-work helper (in the spirit of Anki's QueryOp / CollectionOp).

`run_in_background(parent, fn, on_done=..., on_error=...)` runs `fn` on a pool thread. The
worker never touches a widget: its result, its exception and its progress reports travel to the
GUI thread by queued signals and only there reach the callbacks. The callbacks are tied to
`parent`: if `parent` is destroyed before the work ends, they are simply not called.

`fn` must not use objects bound to the GUI thread either — in particular not the open SQLite
connection (sqlite3 refuses cross-thread use); open a second connection inside `fn` instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Emitter(QObject):
    """Lives as long as the job; emitted from the worker thread, delivered queued."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class _Receiver(QObject):
    """A child of `parent` in the GUI thread: calls the callbacks there."""

    def __init__(self, parent: QObject, task: BackgroundTask, on_done, on_error, on_progress):
        super().__init__(parent)
        self._task = task
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress

    @Slot(object)
    def deliver_done(self, result):
        self._finish()
        self._on_done(result)

    @Slot(object)
    def deliver_error(self, error):
        self._finish()
        self._on_error(error)

    def _finish(self):
        self._task.delivered = True
        self.deleteLater()   # before the callback: it may end the event loop that would delete

    @Slot(object)
    def deliver_progress(self, value):
        if self._on_progress is not None:
            self._on_progress(value)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], emitter: _Emitter, with_progress: bool):
        super().__init__()  # auto-delete: the pool owns the job (and so its emitter)
        self._fn = fn
        self._emitter = emitter
        self._with_progress = with_progress

    def run(self):  # worker thread: no widgets here, only signals
        try:
            args = (self._emitter.progress.emit,) if self._with_progress else ()
            result = self._fn(*args)
        except Exception as error:  # handed to on_error in the GUI thread
            self._emitter.failed.emit(error)
        else:
            self._emitter.done.emit(result)


class BackgroundTask:
    """Handle of one background job."""

    def __init__(self):
        self.delivered = False
        self._receiver = None

    @property
    def running(self):
        """False once a callback was called, or its parent is gone (then none will be)."""
        return not self.delivered and shiboken6.isValid(self._receiver)


def run_in_background(
    parent: QObject,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    """Run `fn()` off the GUI thread; call `on_done(result)` or `on_error(exc)` in the GUI thread.

    With `on_progress`, `fn` is called as `fn(report)`; each `report(value)` in the worker
    reaches `on_progress(value)` in the GUI thread.
    """
    task = BackgroundTask()
    emitter = _Emitter()
    receiver = task._receiver = _Receiver(parent, task, on_done, on_error, on_progress)
    emitter.done.connect(receiver.deliver_done)
    emitter.failed.connect(receiver.deliver_error)
    emitter.progress.connect(receiver.deliver_progress)
    job = _Job(fn, emitter, with_progress=on_progress is not None)
    (pool or QThreadPool.globalInstance()).start(job)
    return task
