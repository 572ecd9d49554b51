"""Three laptops offline, one team server: after the rounds everyone holds the same data.

The acceptance scenario of issue 9: 1,000 touchpoints per laptop written offline,
conflicting edits to one account (different fields, the same field), delete against
edit (older and newer), a laptop whose clock is an hour ahead, a sync cut half-way
(push and pull), the server restarted between rounds.
"""

from __future__ import annotations

import time

import psycopg
import pytest

from relbeheer.core.sync.merge import SYNCED_TABLES, RowState, effective
from relbeheer.store import records, sync_capture
from relbeheer.store.database import open_database
from relbeheer.sync import client

HOUR = 3_600_000


class Laptop:
    def __init__(self, tmp_path, name, url):
        self.name, self.url = name, url
        self.db = open_database(tmp_path / f"{name}.db")
        sync_capture.enable(self.db, client.now_ms())

    def sync(self) -> client.SyncResult:
        with psycopg.connect(self.url) as conn:
            return client.sync(conn, self.db)

    def tables(self) -> dict:
        return {t: list(self.db.query(f"SELECT * FROM [{t}] ORDER BY id")) for t in SYNCED_TABLES}


def server_tables(admin_url) -> dict:
    """The server's effective rows, as a laptop would hold them."""
    found = {t: [] for t in SYNCED_TABLES}
    with psycopg.connect(admin_url) as conn:
        for t, r, d, v in conn.execute("SELECT tbl, row_id, data, versions FROM team.rows ORDER BY tbl, row_id"):
            values = effective(RowState(t, r, d, v))
            if values is not None:
                found[t].append(values)
    return found


def same_as_server(laptop_tables, server) -> bool:
    for table, rows in laptop_tables.items():
        expected = {r["id"]: r for r in server[table]}
        if {r["id"] for r in rows} != set(expected):
            return False
        for row in rows:
            if any(row[k] != v for k, v in expected[row["id"]].items() if k in row):
                return False
    return True


def log_touchpoints(db, account_id, owner_id, count, tag):
    with db.atomic():
        for i in range(count):
            records.insert(db, "touchpoints", {"account_id": account_id, "owner_id": owner_id,
                                               "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                               "kind": "call", "note": f"{tag} {i}"})


@pytest.fixture
def laptops(team_server, tmp_path):
    urls = [team_server.add(role, "A") for role in ("anna", "bert", "carl")]
    return [Laptop(tmp_path, n, u) for n, u in zip(("anna", "bert", "carl"), urls)]


def test_three_laptops_converge(laptops, team_server, monkeypatch, record_property):
    """Every laptop and the server end identical; no touchpoint is missing."""
    one, two, three = laptops
    owner = records.insert(one.db, "owners", {"name": "Anna", "team": "A"})
    shared = records.insert(one.db, "accounts", {"name": "Fietsen Jansen", "tier": "A", "owner_id": owner})
    doomed = records.insert(one.db, "accounts", {"name": "Oud BV", "tier": "C", "owner_id": owner})
    revived = records.insert(one.db, "accounts", {"name": "Terug BV", "tier": "C", "owner_id": owner})
    for laptop in laptops:
        laptop.sync()
    assert three.db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 3

    # Round 1, everyone offline: 1,000 touchpoints each and conflicting edits.
    three.db.execute("UPDATE sync_clock SET ms = ?", [client.now_ms() + HOUR])  # clock an hour fast
    for laptop in laptops:
        log_touchpoints(laptop.db, shared, owner, 1000, laptop.name)
    records.update(one.db, "accounts", doomed, {"notes": "edited before the delete"})
    records.update(one.db, "accounts", shared, {"city": "Delft", "tier": "B"})
    time.sleep(0.01)
    records.update(two.db, "accounts", shared, {"sector": "retail", "tier": "C"})  # later: wins tier
    time.sleep(0.01)
    records.soft_delete(two.db, "accounts", doomed)  # newer than one's edit: stays deleted
    records.soft_delete(two.db, "accounts", revived)
    # three's clock is an hour fast: its edit is newer than two's delete, so it wins
    records.update(three.db, "accounts", revived, {"notes": "still a customer"})
    records.update(three.db, "accounts", shared, {"goals": "grow 10%"})

    # A cut push: bert's connection dies after the first page.
    real_push_page = client.push_page
    calls = {"n": 0}

    def dying_push_page(conn, db, states, node):
        calls["n"] += 1
        if calls["n"] == 2:
            conn.close()
            raise psycopg.OperationalError("connection cut")
        return real_push_page(conn, db, states, node)

    monkeypatch.setattr(client, "push_page", dying_push_page)
    monkeypatch.setattr(client, "PUSH_PAGE", 400)
    with pytest.raises(psycopg.OperationalError):
        with psycopg.connect(two.url) as conn:
            client.push(conn, two.db, client.SyncResult(), page=400)
    monkeypatch.setattr(client, "push_page", real_push_page)
    assert 0 < sync_capture.pending_count(two.db) < 1000

    start = time.perf_counter()
    results = [laptop.sync() for laptop in laptops]
    first_round = time.perf_counter() - start

    team_server.server.restart()

    # Round 2: one, whose clock is right (an hour behind three's), edits after
    # seeing three's edit: the hybrid clock makes one's edit the newer one.
    one.sync()
    records.update(one.db, "accounts", shared, {"goals": "grow 20%"})
    # A cut pull: carl's apply dies after the first page; the next sync finishes it.
    real_apply = client.apply_page

    def dying_apply(db, states, **kw):
        if db is three.db and calls.setdefault("pulls", 0) == 0:
            calls["pulls"] = 1
            real_apply(db, states, **kw)
            raise psycopg.OperationalError("connection cut during pull")
        return real_apply(db, states, **kw)

    for laptop in laptops:
        laptop.sync()
    monkeypatch.setattr(client, "apply_page", dying_apply)
    monkeypatch.setattr(client, "PULL_PAGE", 500)
    log_touchpoints(one.db, shared, owner, 1200, "late")
    one.sync()
    with pytest.raises(psycopg.OperationalError):
        with psycopg.connect(three.url) as conn:
            client.pull(conn, three.db, client.SyncResult(), page=500)
    monkeypatch.setattr(client, "apply_page", real_apply)
    for _ in range(2):
        for laptop in laptops:
            laptop.sync()

    server = server_tables(team_server.admin_url)
    tables = [laptop.tables() for laptop in laptops]
    assert tables[0] == tables[1] == tables[2]
    assert same_as_server(tables[0], server)
    account = {r["id"]: r for r in tables[0]["accounts"]}
    assert account[shared]["city"] == "Delft" and account[shared]["sector"] == "retail"
    assert account[shared]["tier"] == "C"
    assert account[shared]["goals"] == "grow 20%"
    assert account[revived]["deleted_at"] is None and account[revived]["notes"] == "still a customer"
    assert account[doomed]["deleted_at"] is not None
    notes = {r["note"] for r in tables[0]["touchpoints"]}
    assert len(tables[0]["touchpoints"]) == 4200
    assert all(f"{name} {i}" in notes for name in ("anna", "bert", "carl") for i in range(1000))
    assert all(sync_capture.pending_count(laptop.db) == 0 for laptop in laptops)
    record_property("round1_seconds", round(first_round, 2))
    record_property("round1_pushed", [r.pushed for r in results])
    record_property("round1_pulled", [r.pulled for r in results])
