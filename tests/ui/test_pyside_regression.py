"""PySide6 6.12.0 on Python 3.11 aborts after ~tens of thousands of void Qt calls.

``Fatal Python error: none_dealloc`` kills the interpreter, so the loop runs in a
child process: a version bump that brings the bug back fails this test instead of
taking the whole test run down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys

LOOP = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget()
for _ in range(200_000):
    w.setObjectName("x")
print("survived")
"""


def test_200k_void_qt_calls_do_not_abort_the_interpreter():
    """200k ``setObjectName`` calls return normally (pinned PySide6>=6.11.3,<6.12)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", LOOP], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_installed_pyside6_is_inside_the_pin():
    """The environment honours the pin from pyproject.toml."""
    import PySide6

    major, minor, patch = (int(p) for p in PySide6.__version__.split(".")[:3])
    assert (major, minor) == (6, 11) and patch >= 3
