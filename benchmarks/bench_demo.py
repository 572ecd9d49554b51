"""How long does ``relbeheer demo`` take, next to SQLite's bare insert speed?

Ours: the acceptance command ``relbeheer --db X demo --scale S|M`` end to end
(interpreter start, migrations, generation, every table, commit), wall clock,
best of ``--repeat``. Floor, measured in the same run: a bare ``executemany`` of
as many touchpoint-shaped tuples as the scale has touchpoints (built before the
clock starts) into an unindexed scratch table of a file database, one
transaction. The goal is absolute (issue 2: M under 20 s); the ratio shows what
the rest costs — six more tables, indexes, foreign keys and the generation itself.

Run: ``.venv/bin/python benchmarks/bench_demo.py [--repeat N] [--large]``
(``--large`` adds scale L, which takes minutes). Prints a Markdown table; exits 1
when a goal is missed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from relbeheer.store.demo import SCALES

GOAL_SECONDS = {"S": 3.0, "M": 20.0, "L": 300.0}
COLUMNS = (
    "id", "account_id", "owner_id", "date", "kind", "channel", "binding", "sentiment", "note",
    "follow_up_on", "created_at", "updated_at",
)


def time_floor(n: int, folder: Path) -> float:
    """Seconds to executemany ``n`` touchpoint-shaped tuples into a scratch table."""
    path = folder / "floor.db"
    for p in folder.glob("floor.db*"):
        p.unlink()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE scratch ({', '.join(COLUMNS)})")
    stamp = "2026-11-26T12:00:00+00:00"
    rows = [
        (f"{i:032x}", f"{i // 50:032x}", f"{i % 100:032x}", "2025-03-14", "visit", "personal",
         "social", 1, "Showroom bezocht, voorraad cargo besproken", None, stamp, stamp)
        for i in range(n)
    ]
    start = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO scratch VALUES ({', '.join('?' * len(COLUMNS))})", rows)
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def time_cli(scale: str, folder: Path) -> float:
    """Wall-clock seconds of ``relbeheer --db X demo --scale SCALE`` into a new file."""
    db = folder / f"demo-{scale}.db"
    for p in folder.glob(db.name + "*"):
        p.unlink()
    env = dict(os.environ, XDG_DATA_HOME=str(folder / "data"))
    cmd = [sys.executable, "-m", "relbeheer", "--db", str(db), "demo", "--scale", scale]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    for p in folder.glob(db.name + "*"):
        p.unlink()
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--large", action="store_true", help="also time scale L (minutes)")
    args = parser.parse_args(argv)
    scales = ["S", "M"] + (["L"] if args.large else [])
    print("| work | floor | ours | ratio | goal | pass/fail |")
    print("| --- | ---: | ---: | ---: | --- | --- |")
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-demo-") as tmp:
        folder = Path(tmp)
        for scale in scales:
            spec = SCALES[scale]
            floor = min(time_floor(spec.touchpoints, folder) for _ in range(args.repeat))
            ours = min(time_cli(scale, folder) for _ in range(args.repeat))
            goal = GOAL_SECONDS[scale]
            passed = ours <= goal
            ok &= passed
            work = (
                f"`demo --scale {scale}` ({spec.accounts:,} accounts, {spec.contacts:,} contacts, "
                f"{spec.touchpoints:,} touchpoints)"
            )
            print(
                f"| {work} | {floor:.2f} s | {ours:.2f} s | {ours / floor:.1f}× "
                f"| ≤ {goal:.0f} s | {'pass' if passed else 'FAIL'} |"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
