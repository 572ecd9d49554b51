"""The task runner: results, errors, progress and cancel come back on the UI thread."""

from __future__ import annotations

import threading

import pytest

from relbeheer.ui.tasks import TaskCancelled, TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait()


def test_result_arrives_on_the_ui_thread(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"], seen["ui"] = value, threading.get_ident()

    runner.run(work, on_success=done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["ui"] == threading.get_ident() != seen["worker"]


def test_errors_are_reported_with_their_traceback(qtbot, runner):
    failures = []
    runner.run(lambda: 1 / 0, on_failure=lambda exc, tb: failures.append((exc, tb)))
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    exc, tb = failures[0]
    assert isinstance(exc, ZeroDivisionError) and "ZeroDivisionError" in tb


def test_progress_then_cancel(qtbot, runner):
    steps, outcome = [], []
    started = threading.Event()
    release = threading.Event()

    def work(progress):
        progress(1, 3, "one")
        started.set()
        release.wait(5)
        progress(2, 3, "two")  # raises TaskCancelled once cancelled
        return "finished"

    task = runner.run(work, on_success=outcome.append,
                      on_failure=lambda exc, _tb: outcome.append(exc),
                      on_progress=lambda d, t, w: steps.append((d, t, w)))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert steps == [(1, 3, "one")]
    assert isinstance(outcome[0], TaskCancelled)


def test_busy_signal_brackets_the_work(qtbot, runner):
    states = []
    runner.busy_changed.connect(states.append)
    for _ in range(3):
        runner.run(lambda: None)
    qtbot.waitUntil(lambda: states[-1:] == [False], timeout=5000)
    assert states[0] is True and not runner.is_busy()


def test_many_tasks_leave_no_objects_behind(qtbot, runner):
    """Thousands of tasks (a long day in the app) create no per-task Qt objects."""
    done = []
    for i in range(2000):
        runner.run(lambda i=i: i, on_success=done.append)
    qtbot.waitUntil(lambda: len(done) == 2000, timeout=20000)
    assert sorted(done) == list(range(2000))
    assert len(runner.children()) == 2  # the thread pool and the one relay
