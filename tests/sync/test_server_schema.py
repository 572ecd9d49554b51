"""``server init`` makes the schema once; a member of team A never sees or changes team B."""

from __future__ import annotations

import psycopg
import pytest

from relbeheer.store import records, sync_capture
from relbeheer.store.database import open_database
from relbeheer.sync import client, server_schema


def test_init_is_idempotent(team_server):
    """A second init applies nothing and keeps the data."""
    with psycopg.connect(team_server.admin_url) as conn:
        assert server_schema.init(conn) == []
        names = [r[0] for r in conn.execute("SELECT name FROM team.migrations")]
    assert names == [name for name, _ in server_schema.MIGRATIONS]


def laptop(tmp_path, name):
    db = open_database(tmp_path / f"{name}.db")
    sync_capture.enable(db, client.now_ms())
    return db


def test_team_a_cannot_read_or_change_team_b_even_by_hand(team_server, tmp_path):
    """RLS: hand-written SELECT/UPDATE/INSERT/DELETE over B's rows do nothing or fail."""
    url_a = team_server.add("anna", "A")
    url_b = team_server.add("bert", "B")
    url_boss = team_server.add("dirk", None, director=True)
    db_b = laptop(tmp_path, "b")
    acc = records.insert(db_b, "accounts", {"name": "Geheim BV", "tier": "A", "notes": "B only"})
    records.insert(db_b, "touchpoints", {"account_id": acc, "date": "2026-01-05", "kind": "visit"})
    with psycopg.connect(url_b) as conn:
        client.sync(conn, db_b)

    with psycopg.connect(url_a, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM team.rows").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM team.changes").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM team.account_teams").fetchone()[0] == 0
        cur = conn.execute("UPDATE team.rows SET data = '{}' WHERE row_id = %s", [acc])
        assert cur.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM team.rows")
        moved = conn.execute("UPDATE team.account_teams SET team = 'A'")
        assert moved.rowcount == 0
        with pytest.raises(psycopg.Error):  # B's row exists: no policy lets A overwrite it
            conn.execute("INSERT INTO team.rows (tbl, row_id, account_id, data, versions, seq) "
                         "VALUES ('accounts', %s, %s, '{}', '{}', 1) ON CONFLICT (tbl, row_id) "
                         "DO UPDATE SET data = '{}'", [acc, acc])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # RLS WITH CHECK
            conn.execute("INSERT INTO team.rows (tbl, row_id, account_id, data, versions, seq) "
                         "VALUES ('contacts', 'x', %s, '{}', '{}', 1)", [acc])
        claimed = conn.execute("SELECT team.claim_accounts(%s, %s)", [[acc], ["A"]]).fetchall()
        assert claimed == []  # cannot claim an account of another team

    db_a = laptop(tmp_path, "a")
    with psycopg.connect(url_a) as conn:
        client.sync(conn, db_a)
    assert db_a.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0

    with psycopg.connect(url_boss) as conn:
        seen = conn.execute("SELECT count(*) FROM team.rows WHERE account_id = %s", [acc]).fetchone()[0]
    assert seen == 2
    with psycopg.connect(url_b) as conn:
        notes = conn.execute("SELECT data->>'notes' FROM team.rows WHERE row_id = %s", [acc]).fetchone()
    assert notes == ("B only",)
