"""The layering rule of DESIGN.md §5, enforced so it cannot rot.

core/ imports neither Qt, SQLite nor reportlab; ui/ never talks to SQLite; nothing
below ui/ imports Qt; reports/ never imports Qt or SQLite.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "relbeheer"

FORBIDDEN = {
    "core": {"PySide6", "sqlite3", "sqlite_utils", "reportlab", "pyqtgraph", "relbeheer.store",
             "relbeheer.ui", "relbeheer.services", "relbeheer.reports", "relbeheer.cli"},
    "store": {"PySide6", "pyqtgraph", "reportlab", "relbeheer.ui", "relbeheer.services",
              "relbeheer.reports", "relbeheer.cli"},
    "reports": {"PySide6", "pyqtgraph", "sqlite3", "sqlite_utils", "relbeheer.store",
                "relbeheer.ui", "relbeheer.cli"},
    "ui": {"sqlite3", "sqlite_utils", "relbeheer.store"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_clean(layer):
    """Each layer imports only what sits below it."""
    assert violations(layer) == []


def test_checker_catches_a_forbidden_import(tmp_path):
    """The scan itself works: a planted import of sqlite3 is found."""
    planted = tmp_path / "bad.py"
    planted.write_text("import os\nfrom sqlite3 import connect\n", encoding="utf-8")
    assert "sqlite3" in imported_modules(planted)


def test_ui_runs_no_sql_text():
    """No SQL statements typed into ui/ modules (they call services instead)."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for keyword in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM"):
            if keyword in text and ".execute(" in text:
                offenders.append(str(path))
    assert offenders == []
