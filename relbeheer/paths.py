"""Where things live: the user's database, backups and bundled resources.

The only module that knows about a frozen (PyInstaller) build, so that every other
module asks here instead of guessing from ``__file__``.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "relbeheer"
DB_ENV_VAR = "RELBEHEER_DB"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resource_dir() -> Path:
    """The bundled ``resources/`` folder, from source or from a frozen build."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """``--db`` wins, then ``RELBEHEER_DB``, then the platform's user data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / "relbeheer.db"


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit next to the user data, in a folder per database.

    The default database's folder is named after it; any other database's folder
    also carries a short hash of its full path, so that two files called
    ``relbeheer.db`` in different folders never list or thin each other's backups.
    """
    resolved = Path(db_path).expanduser().resolve()
    name = db_path.stem
    if resolved != (user_data_dir() / "relbeheer.db").resolve():
        name += "-" + hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
    path = user_data_dir() / "backups" / name
    path.mkdir(parents=True, exist_ok=True)
    return path
