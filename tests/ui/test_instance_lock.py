"""One app per database: a second start says so (in Dutch) and writes nothing; a crashed app's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from relbeheer.ui.safety.instance_lock import InstanceLock

HOLDER = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication
    app = QCoreApplication([])
    from relbeheer.ui.safety.instance_lock import InstanceLock
    lock = InstanceLock(__import__("pathlib").Path(sys.argv[1]))
    print(lock.acquire(), flush=True)
    time.sleep(60)
""")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")


@pytest.fixture
def other_app(db_path):
    """Another process (standing in for a running app) that holds the database's lock."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.stdout.readline().strip() == "ok"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


def test_second_lock_fails_while_the_first_lives(qapp, db_path, other_app):
    """While the other process runs, the lock is 'held' and names its process."""
    lock = InstanceLock(db_path)
    assert lock.acquire() == "held"
    assert lock.holder_pid() == other_app.pid


def test_lock_of_a_killed_app_is_taken_over(qapp, db_path, other_app):
    """SIGKILL leaves the lock file behind; the next start takes it over."""
    os.kill(other_app.pid, signal.SIGKILL)
    other_app.wait(10)
    assert (db_path.parent / "relbeheer.db.lock").exists()
    lock = InstanceLock(db_path)
    assert lock.acquire() == "ok"
    lock.release()


def test_second_start_says_so_and_does_not_open_the_database(qapp, db_path, other_app, monkeypatch):
    """run_app with a held lock: a Dutch message, exit code 1, no database file written."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from relbeheer.ui.app import run_app

    QSettings().setValue("ui/language", "nl")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, body, *a: shown.append((title, body)))
    assert run_app(["--db", str(db_path)]) == 1
    assert shown and "al geopend" in shown[0][1] and str(db_path) in shown[0][1]
    assert not db_path.exists()


def test_the_app_releases_its_lock_on_exit(qapp, db_path, monkeypatch):
    """After a normal exit the lock file is gone, so the CLI may restore."""
    from PySide6.QtWidgets import QApplication

    from relbeheer.services.safety import app_lock_holder
    from relbeheer.ui.app import run_app

    seen = {}

    def exec_and_look():
        seen["holder"] = app_lock_holder(db_path)
        window = QApplication.instance().property("relbeheer_window")
        window.ctx.runner.wait()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_and_look))
    assert run_app(["--db", str(db_path)]) == 0
    assert seen["holder"] == os.getpid()
    assert app_lock_holder(db_path) is None
