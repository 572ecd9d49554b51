"""How much slower than SQLite itself are the real-data importers?

Floor: the very rows an import wrote, read back as tuples and written with raw
``executemany`` into a scratch database with the same schema, indexes, pragmas
and page cache, in one transaction — the cost of the write alone. Ours: the whole
import from the file on disk (decompress, parse, check, clean, map, write,
commit). Both are measured in this run, best of ``--repeat``; the goal is ours at
most 4× the floor. A last row times the acceptance command
``relbeheer --db X import retail FILE`` end to end (goal: under 30 s).

Run: ``.venv/bin/python benchmarks/bench_import.py [--repeat N]``. Prints a
Markdown table; exits 1 when a goal is missed, 2 when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from relbeheer.store.database import open_database
from relbeheer.store.importers.maven import import_maven
from relbeheer.store.importers.merge import import_cache
from relbeheer.store.importers.retail import import_retail

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
RETAIL_FILE = DATA / "online-retail" / "online_retail_2010-12_2011-12.csv.gz"
MAVEN_DIR = DATA / "maven-crm"
MAX_RATIO = 4.0
CLI_SECONDS = 30.0

# Parents before children, so the floor inserts in an order the foreign keys accept.
TABLES = ("owners", "products", "accounts", "offers", "purchases", "touchpoints")


def _fresh(path: Path):
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    return open_database(path)


def time_ours(importer, source: Path, db_path: Path) -> tuple[float, int]:
    """Seconds for one whole import into a fresh database, and the rows it wrote."""
    db = _fresh(db_path)
    start = time.perf_counter()
    report = importer(db, source)
    seconds = time.perf_counter() - start
    db.close()
    return seconds, sum(report.added.values())


def time_floor(imported: Path, scratch: Path) -> tuple[float, int]:
    """Seconds to executemany the imported rows, read back as tuples, into a scratch db."""
    src = open_database(imported)
    data = {}
    for table in TABLES:
        cursor = src.execute(f"SELECT * FROM [{table}]")
        data[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    src.close()
    db = _fresh(scratch)
    conn = db.conn
    with import_cache(db):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")  # parent companies, as the importer
        for table, (columns, rows) in data.items():
            if rows:
                marks = ", ".join("?" for _ in columns)
                conn.executemany(f"INSERT INTO [{table}] VALUES ({marks})", rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
    db.close()
    return seconds, sum(len(rows) for _cols, rows in data.values())


def bench(name: str, importer, source: Path, work: Path, repeat: int) -> dict:
    ours = floor = float("inf")
    rows = 0
    for _ in range(repeat):
        seconds, rows = time_ours(importer, source, work / "ours.db")
        ours = min(ours, seconds)
        seconds, floor_rows = time_floor(work / "ours.db", work / "floor.db")
        assert floor_rows == rows, (floor_rows, rows)
        floor = min(floor, seconds)
    ratio = ours / floor
    return {
        "work": f"{name}: {rows:,} rows",
        "floor": f"{floor:.2f} s ({rows / floor:,.0f} rows/s)",
        "ours": f"{ours:.2f} s ({rows / ours:,.0f} rows/s)",
        "ratio": f"{ratio:.2f}×",
        "goal": f"≤ {MAX_RATIO:.0f}×",
        "pass": ratio <= MAX_RATIO,
    }


def bench_cli(work: Path) -> dict:
    db = work / "cli.db"
    exe = Path(sys.executable).with_name("relbeheer")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "relbeheer"]
    start = time.perf_counter()
    done = subprocess.run([*command, "--db", str(db), "import", "retail", str(RETAIL_FILE)],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
    return {
        "work": "CLI `import retail` (wall clock, fresh db)",
        "floor": "—",
        "ours": f"{seconds:.1f} s",
        "ratio": "—",
        "goal": f"< {CLI_SECONDS:.0f} s",
        "pass": done.returncode == 0 and seconds < CLI_SECONDS,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per work; best counts")
    args = parser.parse_args(argv)
    if not RETAIL_FILE.exists() or not MAVEN_DIR.exists():
        print(f"real data not found under {DATA.resolve()}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="relbeheer-bench-"))
    try:
        results = [
            bench("import retail (2010-12..2011-12)", import_retail, RETAIL_FILE, work,
                  args.repeat),
            bench("import maven (Maven CRM)", import_maven, MAVEN_DIR, work, args.repeat),
            bench_cli(work),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| work | floor | ours | ratio | goal | pass/fail |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in results:
        verdict = "pass" if r["pass"] else "FAIL"
        print(f"| {r['work']} | {r['floor']} | {r['ours']} | {r['ratio']} | {r['goal']} "
              f"| {verdict} |")
    return 0 if all(r["pass"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
