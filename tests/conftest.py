"""Fixtures shared by every test: an isolated user data dir and fresh databases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Backups and settings go to a throwaway user data dir, never the real one."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("RELBEHEER_DB", raising=False)
    return home


@pytest.fixture
def fresh_db():
    """A migrated in-memory database."""
    from relbeheer.store.database import open_database

    db = open_database(":memory:")
    yield db
    db.close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "relbeheer.db"


@pytest.fixture
def shared_data():
    """``shared_data("maven-crm")``: a path under ../shared/data, skipping when absent."""

    def find(*parts: str) -> Path:
        path = SHARED_DATA.joinpath(*parts)
        if not path.exists():
            pytest.skip(f"real data not found at {path}")
        return path

    return find


@pytest.fixture(autouse=True)
def no_translator_leaks():
    """A test that opened the app in Dutch must not leave Dutch for the next test."""
    yield
    import sys

    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
