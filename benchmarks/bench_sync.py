"""Team sync speed on loopback: a first sync, a fresh laptop's first pull, 100 changes.

Runs on its own: ``.venv/bin/python benchmarks/bench_sync.py [TOUCHPOINTS]`` (default
50,000; issue 9 asks for the M demo's 500k). Starts a throwaway PostgreSQL with the
test fixture's helper (tests/sync/conftest.py; Debian's postgresql package).
Floor: an incremental sync of 100 changes under 1 s.
"""
import importlib.util
import sys
import time
from pathlib import Path
spec = importlib.util.spec_from_file_location("c", str(Path(__file__).resolve().parents[1] / "tests" / "sync" / "conftest.py")); c = importlib.util.module_from_spec(spec); spec.loader.exec_module(c)
import tempfile, shutil, psycopg
from pathlib import Path
from relbeheer.store.database import open_database
from relbeheer.store import records, sync_capture, bulk
from relbeheer.core.domain import new_id
from relbeheer.sync import client, server_schema
root = Path(tempfile.mkdtemp(prefix="relbeheer-pg-"))
srv = c.PgServer(c._bin_dir(), root); srv.init()
try:
    name = srv.new_database()
    with psycopg.connect(srv.url(db=name)) as conn:
        server_schema.init(conn); server_schema.add_member(conn, "anna", team="A")
    url = srv.url("anna", name)
    tmp = Path(tempfile.mkdtemp())
    db = open_database(tmp / "a.db"); sync_capture.enable(db, client.now_ms())
    N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with db.atomic():
        accs = [records.insert(db, "accounts", {"name": f"A{i}", "tier": "B"}) for i in range(N // 50)]
        bulk.insert_rows(db, "touchpoints", ["id","account_id","date","kind","channel","binding"],
            [(new_id(), accs[i % len(accs)], "2026-01-02", "call", "personal", "social") for i in range(N)])
    t = time.perf_counter()
    with psycopg.connect(url) as conn: r = client.sync(conn, db)
    d = time.perf_counter() - t
    print(f"first sync push {r.pushed} rows: {d:.2f} s ({r.pushed/d:.0f} rows/s), push {r.push_seconds:.2f} pull {r.pull_seconds:.2f}")
    db2 = open_database(tmp / "b.db"); sync_capture.enable(db2, client.now_ms())
    t = time.perf_counter()
    with psycopg.connect(url) as conn: r = client.sync(conn, db2)
    d = time.perf_counter() - t
    print(f"fresh laptop pulls {r.pulled} rows: {d:.2f} s ({r.pulled/d:.0f} rows/s)")
    with db.atomic():
        for i in range(100): records.update(db, "accounts", accs[i], {"notes": f"n{i}"})
    t = time.perf_counter()
    with psycopg.connect(url) as conn: r = client.sync(conn, db)
    d1 = time.perf_counter() - t
    t = time.perf_counter()
    with psycopg.connect(url) as conn: r2 = client.sync(conn, db2)
    d2 = time.perf_counter() - t
    print(f"incremental: push 100 changes {d1:.3f} s; other laptop pulls {r2.pulled}: {d2:.3f} s")
    print("floor (incremental < 1 s):", "ok" if max(d1, d2) < 1 else "MISSED")
finally:
    srv.stop(); shutil.rmtree(root, ignore_errors=True)
