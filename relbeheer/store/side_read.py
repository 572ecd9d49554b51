"""Read part of a large query set on a second connection, in a thread.

SQLite gives up Python's lock while it steps through a query, so two connections
to one file can read at the same time on two cores — a laptop has at least two.
The attention list reads the touchpoints (and who was met) on the caller's
connection while purchases, scores and complaints are summed on a second,
read-only one: at 10k accounts 0.34 s became about 0.2 s on an idle two-core
machine (benchmarks/bench_attention.py). On a busy machine it costs nothing.

Only where both connections see the same rows: a database file (not ``:memory:``)
and no transaction open on the caller's connection (its uncommitted rows would
be invisible to the second). Otherwise the work runs on the caller's connection
when it is joined, as if there were no thread.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from urllib.parse import quote

from sqlite_utils import Database

# Off switch for measuring the single-thread cost (benchmarks) and for debugging.
ENABLED = True


def _file_of(db: Database) -> str | None:
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return file or None
    return None


def start(db: Database, work: Callable[[Database], None]) -> Callable[[], None]:
    """Begin ``work(second_db)`` in a thread; the returned ``join()`` waits for it
    and re-raises its error. Without a usable second connection — or when SQLite
    refused it mid-way — ``join()`` runs ``work(db)`` itself, so ``work`` must be
    safe to run again."""
    path = _file_of(db) if ENABLED and not db.conn.in_transaction else None
    if path is None:
        return lambda: work(db)
    try:
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True,
                               check_same_thread=False)
    except sqlite3.Error:
        return lambda: work(db)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            work(Database(conn))
        except BaseException as exc:  # handed to join(), raised on the caller's thread
            failure.append(exc)
        finally:
            conn.close()

    thread = threading.Thread(target=run, name="relbeheer-side-read", daemon=True)
    thread.start()

    def join() -> None:
        thread.join()
        if failure and isinstance(failure[0], sqlite3.OperationalError):
            work(db)  # the file was busy or locked for the second connection: read here
        elif failure:
            raise failure[0]

    return join
