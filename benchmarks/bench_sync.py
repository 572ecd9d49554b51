"""Team sync speed on loopback: a first sync, a fresh laptop's first pull, 100 changes.

Starts a throwaway PostgreSQL with the test fixture's helper (tests/sync/conftest.py;
Debian's ``postgresql`` package) and a laptop database with ``--touchpoints`` rows
(default 50,000; issue 9 measured the M demo's size, 500,000) on accounts of 50
touchpoints each. Measured: the first push of everything, a second laptop's first
pull, then 100 edited accounts pushed by one laptop and pulled by the other.

Floors, in the same run: a bare ``INSERT … SELECT generate_series`` of as many rows
into an unlogged table for the first sync (what the server can take at best), and
a one-row round trip (``SELECT 1`` on a new connection) for the incremental sync.
Goal (issue 9): 100 changes, either way, under 1 s.

Run: ``.venv/bin/python benchmarks/bench_sync.py [--touchpoints N]``. Prints a
Markdown table; exits 1 when the goal is missed, 0 with a note when PostgreSQL or
psycopg is not installed here.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_INCREMENTAL = 1.0


def _pg_helper():
    spec = importlib.util.spec_from_file_location("pg_conftest",
                                                  ROOT / "tests" / "sync" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def laptop(path: Path, touchpoints: int):
    """A laptop database with sync switched on and ``touchpoints`` rows to send."""
    from relbeheer.core.domain import new_id
    from relbeheer.store import bulk, records, sync_capture
    from relbeheer.store.database import open_database
    from relbeheer.sync import client

    db = open_database(path)
    sync_capture.enable(db, client.now_ms())
    with db.atomic():
        accounts = [records.insert(db, "accounts", {"name": f"A{i}", "tier": "B"})
                    for i in range(max(touchpoints // 50, 1))]
        bulk.insert_rows(db, "touchpoints",
                         ["id", "account_id", "date", "kind", "channel", "binding"],
                         [(new_id(), accounts[i % len(accounts)], "2026-01-02", "call",
                           "personal", "social") for i in range(touchpoints)])
    return db, accounts


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=50_000)
    args = parser.parse_args(argv)
    try:
        import psycopg

        from relbeheer.store import records, sync_capture
        from relbeheer.store.database import open_database
        from relbeheer.sync import client, server_schema
        helper = _pg_helper()
        bin_dir = helper._bin_dir()
    except Exception as exc:  # no psycopg (team extra) or no PostgreSQL binaries
        print(f"team sync benchmark skipped: {exc}", file=sys.stderr)
        return 0
    root = Path(tempfile.mkdtemp(prefix="relbeheer-pg-"))
    tmp = Path(tempfile.mkdtemp(prefix="relbeheer-sync-bench-"))
    server = helper.PgServer(bin_dir, root)
    server.init()
    try:
        name = server.new_database()
        with psycopg.connect(server.url(db=name)) as conn:
            server_schema.init(conn)
            server_schema.add_member(conn, "anna", team="A")
        url = server.url("anna", name)
        db, accounts = laptop(tmp / "a.db", args.touchpoints)

        def sync(database):
            with psycopg.connect(url) as conn:
                return client.sync(conn, database)

        push_s, pushed = timed(lambda: sync(db))
        with psycopg.connect(server.url(db=name)) as conn:
            conn.execute("CREATE UNLOGGED TABLE bench_floor (id text, n int, day text)")
            floor_push, _ = timed(lambda: conn.execute(
                "INSERT INTO bench_floor SELECT md5(g::text), g, '2026-01-02' "
                "FROM generate_series(1, %s) g", [pushed.pushed]))
        db2 = open_database(tmp / "b.db")
        sync_capture.enable(db2, client.now_ms())
        pull_s, pulled = timed(lambda: sync(db2))
        with db.atomic():
            for i in range(100):
                records.update(db, "accounts", accounts[i % len(accounts)], {"notes": f"n{i}"})
        inc_push, _ = timed(lambda: sync(db))
        inc_pull, got = timed(lambda: sync(db2))
        def round_trip():
            with psycopg.connect(url) as conn:
                return conn.execute("SELECT 1").fetchone()

        floor_trip, _ = timed(round_trip)
        db.close()
        db2.close()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    worst = max(inc_push, inc_pull)
    ok = worst < GOAL_INCREMENTAL
    print("| work | floor | ours | ratio | goal | pass/fail |")
    print("| --- | ---: | ---: | ---: | --- | --- |")
    print(f"| team sync: first push of {pushed.pushed:,} rows ({pushed.pushed / push_s:,.0f} rows/s)"
          f" | {floor_push:.2f} s bare INSERT of as many rows | {push_s:.1f} s | "
          f"{push_s / floor_push:.0f}× | info | – |")
    print(f"| team sync: a fresh laptop pulls {pulled.pulled:,} rows "
          f"({pulled.pulled / pull_s:,.0f} rows/s) | – | {pull_s:.1f} s | – | info | – |")
    print(f"| team sync: 100 changes pushed ({inc_push:.3f} s) and pulled by the other laptop "
          f"({got.pulled} rows, {inc_pull:.3f} s) | {floor_trip * 1000:.0f} ms connect + SELECT 1 "
          f"| {worst:.3f} s | {worst / floor_trip:.0f}× | < {GOAL_INCREMENTAL:.0f} s | "
          f"{'pass' if ok else 'FAIL'} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
