"""The one background-work helper (in the spirit of Anki's QueryOp / CollectionOp / taskman).

`run_in_background(parent, fn, on_done=..., on_error=...)` runs `fn` on a pool thread. The
worker never touches a widget: its result, its exception and its progress reports travel to the
GUI thread and only there reach the callbacks. The callbacks are tied to `parent`: if `parent`
is destroyed before the work ends, they are simply not called.

Why it is built this way: the first version made a QRunnable, an emitter QObject and a receiver
QObject per job. The pool thread then freed the auto-deleted job (and the Python wrapper of its
emitter) while the GUI thread deleted the receiver, and the app crashed now and then in
`QObject::~QObject`. Now no Qt object is created or destroyed per job. There is one dispatcher
QObject, made once in the GUI thread, and a plain `ThreadPoolExecutor`. A worker appends
(task, kind, value) to a lock-protected queue and emits the dispatcher's one argument-less
signal; the queued slot drains the queue in the GUI thread (as Anki's `run_on_main` does).
The worker reaches the parent, `fn` and the callbacks only through the task, which the GUI
thread empties when it delivers, and it drops each outcome before the GUI thread can take it:
Python wrappers of Qt objects are freed in the GUI thread only.

`wait_for_background()` lets tests wait for the jobs started so far; `shutdown()` runs at
`QCoreApplication.aboutToQuit` (jobs not yet started are dropped, running ones waited for).

`fn` must not use objects bound to the GUI thread either — in particular not the open SQLite
connection (sqlite3 refuses cross-thread use); open a second connection inside `fn` instead.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

_DONE, _ERROR, _PROGRESS = "done", "error", "progress"


class BackgroundTask:
    """Handle of one background job. Its callbacks and parent are only touched in the GUI thread."""

    def __init__(self, parent, fn, on_done, on_error, on_progress):
        self.delivered = False
        self._parent = parent
        self._fn = fn
        self._callbacks = {_DONE: on_done, _ERROR: on_error, _PROGRESS: on_progress}

    @property
    def running(self):
        """False once a callback was called, or its parent is gone (then none will be)."""
        return not self.delivered and shiboken6.isValid(self._parent)

    def _deliver(self, kind, value):  # GUI thread, from the dispatcher
        if self.delivered:
            return
        if not shiboken6.isValid(self._parent):
            self._release()
            return
        callback = self._callbacks[kind]
        if kind != _PROGRESS:
            self._release()   # before the callback: it may open a dialog or end the event loop
        if callback is not None:
            callback(value)

    def _release(self):
        self.delivered = True
        self._parent = self._fn = None
        self._callbacks = {}


class _Dispatcher(QObject):
    """The one QObject of this module: lives in the GUI thread and runs the queued deliveries."""

    _pending_signal = Signal()

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._lock = threading.Lock()
        self._pending: deque = deque()
        self._pending_signal.connect(self._drain, Qt.QueuedConnection)

    def post(self, item: list):  # any thread; item is [task, kind, value] and is emptied
        with self._lock:   # the GUI thread alone holds the value once the lock is free
            self._pending.append(tuple(item))
            item.clear()
        with contextlib.suppress(RuntimeError):   # the application (and this dispatcher) is gone
            self._pending_signal.emit()

    @Slot()
    def _drain(self):
        # One item at a time, so that a callback's nested event loop (a message box) drains the
        # rest in order instead of leaving it stuck behind the outer call.
        while True:
            with self._lock:
                if not self._pending:
                    return
                task, kind, value = self._pending.popleft()
            try:
                task._deliver(kind, value)
            except Exception:   # as PySide does for a slot: report it, go on with the others
                sys.excepthook(*sys.exc_info())
            except BaseException:   # e.g. SystemExit: the rest on the next turn of the loop
                self._pending_signal.emit()
                raise
            del task, value


_dispatcher: _Dispatcher | None = None
_executor: ThreadPoolExecutor | None = None
_outstanding: set = set()   # futures of the module's own executor not yet finished
_outstanding_lock = threading.Lock()


def _ensure_started() -> tuple[_Dispatcher, ThreadPoolExecutor]:
    global _dispatcher, _executor
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_in_background needs a QApplication")
    if QThread.currentThread() != app.thread():
        raise RuntimeError("run_in_background must be called in the GUI thread")
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher(app)
        app.aboutToQuit.connect(shutdown)
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 1),
                                       thread_name_prefix="background")
    return _dispatcher, _executor


def _work(dispatcher: _Dispatcher, task: BackgroundTask, with_progress: bool):
    """Pool thread: run the job and post its outcome. Holds no parent and no callback."""
    try:
        if with_progress:
            result = task._fn(lambda value: dispatcher.post([task, _PROGRESS, value]))
        else:
            result = task._fn()
    except Exception as error:   # handed to on_error in the GUI thread
        item = [task, _ERROR, error]
    else:
        item = [task, _DONE, result]
        del result
    dispatcher.post(item)   # leaves this thread without a reference to the outcome


def run_in_background(
    parent: QObject,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[Any], None] | None = None,
    pool: Executor | None = None,
) -> BackgroundTask:
    """Run `fn()` off the GUI thread; call `on_done(result)` or `on_error(exc)` in the GUI thread.

    With `on_progress`, `fn` is called as `fn(report)`; each `report(value)` in the worker
    reaches `on_progress(value)` in the GUI thread, in order and before `on_done`. `pool` may be
    another `concurrent.futures.Executor` (the caller then owns and shuts it down).
    """
    dispatcher, executor = _ensure_started()
    task = BackgroundTask(parent, fn, on_done, on_error, on_progress)
    if pool is not None:
        pool.submit(_work, dispatcher, task, on_progress is not None)
        return task
    future = executor.submit(_work, dispatcher, task, on_progress is not None)
    with _outstanding_lock:
        _outstanding.add(future)
    future.add_done_callback(_forget)
    return task


def on_worker_db(path, fn):
    """In a worker: `fn(db)` on a connection of the worker's own (`models.database.store.worker_db`:
    sqlite3 connections stay in the thread that made them), closed afterwards."""
    from models.database.store import worker_db

    db = worker_db(path)
    try:
        return fn(db)
    finally:
        db.close()


def _forget(future):
    with _outstanding_lock:
        _outstanding.discard(future)


def wait_for_background(timeout: float | None = None) -> bool:
    """GUI thread (tests): wait for the jobs started so far, then deliver what they posted.

    True if all of them ended within `timeout` seconds.
    """
    from concurrent.futures import wait

    with _outstanding_lock:
        futures = set(_outstanding)
    not_done = wait(futures, timeout=timeout).not_done
    if _dispatcher is not None and shiboken6.isValid(_dispatcher):
        _dispatcher._drain()
    return not not_done


def shutdown(wait: bool = True):
    """At application exit: drop the jobs not yet started and (by default) wait for the others.

    A later `run_in_background` starts a new pool.
    """
    global _executor
    executor, _executor = _executor, None
    if executor is not None:
        executor.shutdown(wait=wait, cancel_futures=True)
