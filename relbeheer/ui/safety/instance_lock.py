"""One app instance per database: a QLockFile next to the database file.

Qt checks a lock's owner on the same machine by process id, so the lock of an
app that crashed (or was killed) is taken over instead of blocking for ever. The
time-based staleness is switched off (``setStaleLockTime(0)``): with it, a second
start would take the lock of a window that has simply been open for a while.
The CLI reads the same file (``services.safety.app_lock_holder``) before it
replaces a database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from relbeheer.services.safety import lock_file_for


class InstanceLock:
    """Holds the lock for as long as the object lives (or until ``release``)."""

    def __init__(self, db_path: Path):
        self.path = lock_file_for(db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> str:
        """"ok", "held" (another running app has it) or "error" (cannot write the lock)."""
        if self._lock.tryLock(0):
            return "ok"
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return "held"
        return "error"

    def holder_pid(self) -> int | None:
        pid, _host, _app = self._lock.getLockInfo()
        return pid or None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
