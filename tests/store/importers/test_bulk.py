"""Bulk inserts: empty columns left to SQLite, timestamps filled in, progress per slice."""

from __future__ import annotations

from relbeheer.store import bulk
from relbeheer.store.bulk import insert_rows


def test_rows_keep_their_values_whether_or_not_columns_are_left_out(fresh_db, monkeypatch):
    monkeypatch.setattr(bulk, "COMPACT_MIN_ROWS", 1)
    monkeypatch.setattr(bulk, "SLICE_ROWS", 2)
    calls = []
    rows = [(f"a{i}", f"Winkel {i}", "C", None, "Delft" if i % 2 else None) for i in range(5)]
    with fresh_db.atomic():
        n = insert_rows(fresh_db, "accounts", ["id", "name", "tier", "notes", "city"], rows,
                        progress=lambda done, total: calls.append((done, total)))
        m = insert_rows(fresh_db, "accounts", ["id", "name", "tier"],
                        ((f"b{i}", "X", "A") for i in range(3)))
    assert (n, m) == (5, 3)
    assert calls == [(0, 5), (2, 5), (4, 5)]
    got = fresh_db.execute("SELECT id, name, tier, notes, city, created_at = updated_at "
                           "FROM accounts ORDER BY id").fetchall()
    assert got[:5] == [(*row, 1) for row in rows]
    assert len(got) == 8


def test_a_column_with_a_default_gets_the_none_it_was_given(fresh_db, monkeypatch):
    monkeypatch.setattr(bulk, "COMPACT_MIN_ROWS", 1)
    fresh_db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT DEFAULT 'x', b TEXT, "
                     "created_at TEXT, updated_at TEXT)")
    with fresh_db.atomic():
        insert_rows(fresh_db, "t", ["id", "a", "b"], [("1", None, None), ("2", None, None)])
    assert fresh_db.execute("SELECT a, b FROM t").fetchall() == [(None, None), (None, None)]


def test_rows_left_with_their_id_alone_are_still_rows(fresh_db, monkeypatch):
    monkeypatch.setattr(bulk, "COMPACT_MIN_ROWS", 1)
    fresh_db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, b TEXT, "
                     "created_at TEXT, updated_at TEXT)")
    with fresh_db.atomic():
        insert_rows(fresh_db, "t", ["id", "b"], [("1", None), ("2", None)])
    assert fresh_db.execute("SELECT id, b FROM t ORDER BY id").fetchall() == [
        ("1", None), ("2", None)]
