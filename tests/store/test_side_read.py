"""store.side_read: work on a second connection in a thread, or on the caller's
own connection whenever the second could not see the same rows."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlite_utils import Database

from relbeheer.store import side_read
from relbeheer.store.database import open_database


@pytest.fixture
def file_db(tmp_path):
    db = open_database(tmp_path / "side.db")
    db.execute("CREATE TABLE t (x INTEGER)")
    db.conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    db.conn.commit()
    yield db
    db.close()


def recorder():
    seen = {}

    def work(reader: Database) -> None:
        seen["thread"] = threading.current_thread().name
        seen["same_connection"] = reader.conn
        seen["sum"] = reader.execute("SELECT sum(x) FROM t").fetchone()[0]
    return seen, work


def test_a_file_is_read_on_a_second_connection_in_a_thread(file_db):
    seen, work = recorder()
    side_read.start(file_db, work)()
    assert seen["thread"] == "relbeheer-side-read"
    assert seen["same_connection"] is not file_db.conn
    assert seen["sum"] == sum(range(1000))


def test_an_open_transaction_keeps_the_work_on_the_callers_connection(file_db):
    """Rows not yet committed are visible only there."""
    seen, work = recorder()
    with file_db.atomic():
        file_db.execute("INSERT INTO t VALUES (5000)")
        side_read.start(file_db, work)()
    assert seen["same_connection"] is file_db.conn
    assert seen["sum"] == sum(range(1000)) + 5000


def test_memory_database_and_switched_off_run_inline(file_db, monkeypatch):
    memory = open_database(":memory:")
    memory.execute("CREATE TABLE t (x INTEGER)")
    seen, work = recorder()
    side_read.start(memory, work)()
    assert seen["same_connection"] is memory.conn
    monkeypatch.setattr(side_read, "ENABLED", False)
    side_read.start(file_db, work)()
    assert seen["same_connection"] is file_db.conn


def test_an_error_in_the_thread_is_raised_by_join(file_db):
    def work(reader):
        raise ValueError("kapot")
    join = side_read.start(file_db, work)
    with pytest.raises(ValueError, match="kapot"):
        join()


def test_a_refused_second_connection_is_retried_on_the_callers(file_db):
    calls = []

    def work(reader):
        calls.append(reader.conn is file_db.conn)
        if not calls[-1]:
            raise sqlite3.OperationalError("database is locked")
    side_read.start(file_db, work)()
    assert calls == [False, True]
