"""The background helper (ui/work.py): callbacks in the GUI thread, once, never for a dead parent.

It used to make Qt objects per job and crashed now and then while the pool thread and the GUI
thread freed them; the stress and counting tests below guard against that design coming back.
"""

import threading
import time
from collections import defaultdict

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ui import work
from ui.work import run_in_background, wait_for_background


def settle(qtbot, tasks, timeout=30):
    assert wait_for_background(timeout), "background jobs did not end"
    qtbot.waitUntil(lambda: not any(task.running for task in tasks), timeout=timeout * 1000)


def test_work_runs_off_the_gui_thread_and_reports_in_it(qtbot):
    parent = QObject()
    gui = threading.get_ident()
    seen = {"progress": []}

    def job(report):
        for step in range(3):
            report(step)
        return threading.get_ident()

    def done(worker):
        seen["worker"], seen["done_in"] = worker, threading.get_ident()

    def progress(value):
        seen["progress"].append((value, threading.get_ident() == gui))

    task = run_in_background(parent, job, on_done=done, on_error=pytest.fail,
                             on_progress=progress)
    qtbot.waitUntil(lambda: not task.running)
    assert seen["worker"] != gui and seen["done_in"] == gui
    assert seen["progress"] == [(0, True), (1, True), (2, True)]


def test_work_errors_reach_on_error(qtbot):
    parent = QObject()
    errors = []
    task = run_in_background(parent, lambda: 1 / 0, on_done=pytest.fail, on_error=errors.append)
    qtbot.waitUntil(lambda: not task.running)
    assert isinstance(errors[0], ZeroDivisionError)


def test_work_for_a_closed_widget_calls_nothing(qtbot):
    widget = QWidget()
    called = []
    task = run_in_background(widget, lambda: time.sleep(0.2) or 5, on_done=called.append,
                             on_error=called.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not task.running)
    qtbot.wait(400)
    assert called == []


def test_progress_arrives_in_order_and_before_the_result(qtbot):
    parent = QObject()
    seen = []

    def job(report):
        for step in range(500):
            report(step)
        return "end"

    task = run_in_background(parent, job, on_done=seen.append, on_error=pytest.fail,
                             on_progress=seen.append)
    settle(qtbot, [task])
    assert seen == [*range(500), "end"]


def test_a_thousand_jobs_each_call_back_once_in_the_gui_thread(qtbot):
    """Done, error and progress jobs at once; a quarter of the parents die while theirs run."""
    gui = threading.get_ident()
    release = threading.Event()      # the doomed parents' jobs wait for their parents' death
    calls = defaultdict(list)        # job -> [(kind, value, in the GUI thread)]
    parents = [QWidget() if n % 2 else QObject() for n in range(40)]
    doomed = set(range(0, 40, 4))
    expected = {}

    def record(number, kind):
        return lambda value: calls[number].append((kind, value, threading.get_ident() == gui))

    def make_job(number, owner):
        def job(*report):
            if owner in doomed:
                release.wait(10)
            if number % 3 == 1:
                raise ValueError(number)
            for step in range(3 if report else 0):
                report[0](step)
            return number
        return job

    tasks = []
    for number in range(1000):
        owner = number % 40
        kind = ("done", "error", "progress")[number % 3]
        expected[number] = None if owner in doomed else kind
        tasks.append(run_in_background(
            parents[owner], make_job(number, owner),
            on_done=record(number, "done"), on_error=record(number, "error"),
            on_progress=record(number, "progress") if kind == "progress" else None))
    qtbot.wait(20)                   # some jobs end and deliver while others are still queued
    for owner in doomed:
        if owner % 8:
            parents[owner].deleteLater()
        else:
            shiboken6.delete(parents[owner])
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    assert not any(shiboken6.isValid(parents[owner]) for owner in doomed)
    assert not any(tasks[n].running for n in expected if expected[n] is None)
    release.set()
    settle(qtbot, tasks)

    for number, kind in expected.items():
        got = calls.get(number, [])
        if kind is None:
            assert got == [], number
        elif kind == "done":
            assert got == [("done", number, True)], number
        elif kind == "error":
            assert len(got) == 1 and got[0][0] == "error" and got[0][2], number
            assert isinstance(got[0][1], ValueError) and got[0][1].args == (number,)
        else:
            assert got == [("progress", 0, True), ("progress", 1, True), ("progress", 2, True),
                           ("done", number, True)], number
    assert not any(task.running for task in tasks)


def test_no_qt_object_is_made_per_job(qtbot):
    app = QCoreApplication.instance()
    parent = QObject()
    settle(qtbot, [run_in_background(parent, lambda: None, on_done=print, on_error=print)])
    before = len(app.findChildren(QObject))
    gate = threading.Event()
    done = []
    tasks = [run_in_background(parent, lambda: gate.wait(10), on_done=done.append,
                               on_error=pytest.fail) for _ in range(200)]
    assert parent.findChildren(QObject) == []          # nothing hangs on the parent
    assert len(app.findChildren(QObject)) == before    # nor on the application
    gate.set()
    settle(qtbot, tasks)
    assert done == [True] * 200
    assert parent.findChildren(QObject) == []
    assert len(app.findChildren(QObject)) == before


def test_a_callback_with_its_own_event_loop_does_not_hold_up_the_others(qtbot):
    """Like a message box shown by on_done: later results arrive while it is open."""
    parent = QObject()
    inner_seen = []
    seen = []

    def first_done(_):
        loop = QEventLoop()
        second = run_in_background(parent, lambda: 2, on_done=seen.append, on_error=pytest.fail)
        QTimer.singleShot(5000, loop.quit)
        timer = QTimer(interval=10)
        timer.timeout.connect(lambda: loop.quit() if not second.running else None)
        timer.start()
        loop.exec()
        timer.stop()
        inner_seen.extend(seen)

    settle(qtbot, [run_in_background(parent, lambda: 1, on_done=first_done,
                                     on_error=pytest.fail)])
    assert inner_seen == [2]


def test_a_failing_callback_does_not_stop_the_deliveries(qtbot):
    parent = QObject()
    seen = []

    def boom(_):
        raise RuntimeError("callback bug")

    with qtbot.capture_exceptions() as raised:
        tasks = [run_in_background(parent, lambda: 1, on_done=boom, on_error=pytest.fail)]
        tasks += [run_in_background(parent, lambda n=n: n, on_done=seen.append,
                                    on_error=pytest.fail) for n in range(20)]
        settle(qtbot, tasks)
    assert sorted(seen) == list(range(20))
    assert [str(exc) for _, exc, _ in raised] == ["callback bug"]


def test_after_shutdown_a_new_pool_is_started(qtbot):
    parent = QObject()
    seen = []
    settle(qtbot, [run_in_background(parent, lambda: 1, on_done=seen.append,
                                     on_error=pytest.fail)])
    work.shutdown()
    settle(qtbot, [run_in_background(parent, lambda: 2, on_done=seen.append,
                                     on_error=pytest.fail)])
    assert seen == [1, 2]
