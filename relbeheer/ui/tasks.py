"""Database work off the UI thread, one task at a time.

Like Anki's ``taskman`` (``max_workers=1``): every call into the services that can
take more than a blink runs on one background thread, so the single SQLite
connection is never used by two threads at once and the window never freezes.
Results come back on the UI thread through queued signals; the worker never
touches a widget.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread; the worker's signals are queued to it.

    One relay per runner, for its whole life: results carry the task's number. A
    relay per task, deleted with ``deleteLater`` once it answered, raced with the
    worker thread dropping its last Python reference to it and crashed PySide6
    (a segfault in ``QObject::~QObject``).
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, int, int, str)


class Task(QRunnable):
    def __init__(self, number: int, fn: Callable[..., Any], relay: _Relay, wants_progress: bool):
        super().__init__()
        self.number = number
        self._fn = fn
        self._relay = relay
        self._wants_progress = wants_progress
        self.cancelled = False
        self.setAutoDelete(True)

    def cancel(self) -> None:
        """Ask the work to stop; it checks ``cancelled`` through its progress callback."""
        self.cancelled = True

    def _progress(self, done: int, total: int, what: str = "") -> None:
        if self.cancelled:
            raise TaskCancelled()
        self._relay.progressed.emit(self.number, done, total, what)

    def run(self) -> None:  # runs on the worker thread
        try:
            result = self._fn(self._progress) if self._wants_progress else self._fn()
        except TaskCancelled:
            self._relay.failed.emit(self.number, TaskCancelled(), "")
        except Exception as exc:  # reported to the UI, never swallowed
            self._relay.failed.emit(self.number, exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(self.number, result)


class TaskCancelled(Exception):
    """The user pressed Cancel; not an error to show."""


@dataclass
class _Callbacks:
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[Exception, str], None] | None
    on_progress: Callable[[int, int, str], None] | None


class TaskRunner(QObject):
    """Runs callables on one worker thread and reports back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: dict[int, _Callbacks] = {}
        self._numbers = itertools.count(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self._progressed)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Queue ``fn``; with ``on_progress`` it is called as ``fn(progress)``."""
        number = next(self._numbers)
        self._pending[number] = _Callbacks(on_success, on_failure, on_progress)
        task = Task(number, fn, self._relay, wants_progress=on_progress is not None)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    def _finish(self, number: int) -> _Callbacks | None:
        callbacks = self._pending.pop(number, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _succeeded(self, number: int, result: Any) -> None:
        callbacks = self._finish(number)
        if callbacks and callbacks.on_success:
            callbacks.on_success(result)

    @Slot(int, object, str)
    def _failed(self, number: int, exc: Exception, tb: str) -> None:
        callbacks = self._finish(number)
        if callbacks and callbacks.on_failure:
            callbacks.on_failure(exc, tb)

    @Slot(int, int, int, str)
    def _progressed(self, number: int, done: int, total: int, what: str) -> None:
        callbacks = self._pending.get(number)
        if callbacks and callbacks.on_progress:
            callbacks.on_progress(done, total, what)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
