"""Telling a damaged database from a wrong file, and moving a damaged one aside.

The rule (DESIGN.md §6: a corrupt file is never overwritten, nor is a user's
document ever touched). A file that cannot be opened as a relbeheer database is
moved aside only when it is evidently a *damaged database*:

(a) it starts with the SQLite header and SQLite itself reports it corrupt
    (``SQLITE_CORRUPT`` / ``SQLITE_NOTADB``) or ``PRAGMA quick_check`` fails; or
(b) it lacks the header, but has a database extension (``.db``, ``.sqlite``,
    ``.sqlite3``, ``.db3``), its size is a whole number of 512-byte pages (SQLite
    files always are), and either its first bytes are zeros (blocks zeroed by a
    crash or a file system repair) or relbeheer has made backups of it before
    (so it was ours).

Everything else — a text document, a spreadsheet, an encrypted file, another
program's SQLite database — is refused and left exactly where and as it was.

Moving aside is a rename to ``NAME.corrupt-YYYYMMDD-HHMMSS`` (with ``-2``, ``-3``
… rather than ever replacing an earlier one); its ``-wal`` and ``-shm`` files go
with it under the matching names, because a stale ``-wal`` left behind would be
replayed into the next database created at the same path.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
DB_SUFFIXES = {".db", ".sqlite", ".sqlite3", ".db3"}
PAGE_UNIT = 512

# Primary result codes (extended codes carry them in the low byte).
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an exception (Python 3.11+ carries it)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_corruption(exc: BaseException) -> bool:
    """SQLite says the file is damaged (not: locked, full, missing, read-only)."""
    code = error_code(exc)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc)
    return "malformed" in text or "file is not a database" in text


def headerless_file_is_damaged_db(path: Path, *, has_backups: bool) -> bool:
    """Rule (b) above, for a non-empty file that does not start with the SQLite header."""
    size = path.stat().st_size
    if path.suffix.lower() not in DB_SUFFIXES or size == 0 or size % PAGE_UNIT:
        return False
    with path.open("rb") as fh:
        start = fh.read(len(SQLITE_HEADER))
    return has_backups or start == bytes(len(start))


def quick_check(path: Path) -> str | None:
    """None when ``PRAGMA quick_check`` passes, else its first complaint (or SQLite's error)."""
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return str(exc)
        raise
    finally:
        conn.close()
    messages = [r[0] for r in rows]
    return None if messages == ["ok"] else messages[0]


def move_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way; never overwrite."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    target, n = base, 1
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    # The main file first: should that rename fail, its log stays with it.
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    return target
