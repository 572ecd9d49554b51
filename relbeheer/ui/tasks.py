"""Database work off the UI thread, one task at a time.

Like Anki's ``taskman`` (``max_workers=1``): every call into the services that can
take more than a blink runs on one background thread, so the single SQLite
connection is never used by two threads at once and the window never freezes.
Results come back on the UI thread through queued signals; the worker never
touches a widget.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread; signals emitted by the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, wants_progress: bool):
        super().__init__()
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
        self._relay.progressed.emit(done, total, what)

    def run(self) -> None:  # runs on the worker thread
        try:
            result = self._fn(self._progress) if self._wants_progress else self._fn()
        except TaskCancelled:
            self._relay.failed.emit(TaskCancelled(), "")
        except Exception as exc:  # reported to the UI, never swallowed
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class TaskCancelled(Exception):
    """The user pressed Cancel; not an error to show."""


class TaskRunner(QObject):
    """Runs callables on one worker thread and reports back on the UI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> Task:
        """Queue ``fn``; with ``on_progress`` it is called as ``fn(progress)``."""
        relay = _Relay(self)
        self._relays.add(relay)
        task = Task(fn, relay, wants_progress=on_progress is not None)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            self._running -= 1
            if self._running == 0:
                self.busy_changed.emit(False)

        @Slot(object)
        def succeeded(result):
            finish()
            if on_success:
                on_success(result)

        @Slot(object, str)
        def failed(exc, tb):
            finish()
            if on_failure:
                on_failure(exc, tb)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        if on_progress:
            relay.progressed.connect(on_progress)
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    def is_busy(self) -> bool:
        return self._running > 0

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)
