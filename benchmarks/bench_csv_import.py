"""How fast is a 100,000-row CSV import, against SQLite's own floor, per kind?

The files are written the way a Dutch Excel saves them (``;``, decimal comma,
dd-mm-yyyy dates, UTF-8 with BOM). Ours: ``import_csv`` from the file on disk
into a fresh database file — detect the format, parse, check every row with the
form rules, match accounts/contacts/products, write, commit. Floor: the very rows
that import wrote, read back as tuples and written with raw ``executemany`` into
another fresh database file with the same schema, indexes, pragmas and page
cache, in one transaction. Both are measured in this run, best of ``--repeat``.

Goal: ``--goal`` rows per second (default 100,000) for the headline kind
(accounts, the list users bring by the thousand); the other kinds are printed
for comparison — their floor alone may already be below the goal on a small
machine (touchpoints carry six indexes).

Run: ``.venv/bin/python benchmarks/bench_csv_import.py [--rows N] [--repeat N]``.
Prints a Markdown table; exits 1 when the goal is missed. "ours CPU s" is the
process time of that best run: on a shared machine it shows whether a slow wall
time was ours or the neighbours'.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from relbeheer.store.database import open_database
from relbeheer.store.importers.csvimport import import_csv
from relbeheer.store.importers.merge import import_cache

KINDS = ("accounts", "contacts", "touchpoints", "purchases")
HEADLINE = "accounts"
TABLES = {"accounts": ("owners", "accounts"), "contacts": ("accounts", "contacts"),
          "touchpoints": ("owners", "accounts", "touchpoints"),
          "purchases": ("accounts", "products", "purchases")}
CITIES = ["Utrecht", "Zwolle", "Gouda", "Delft", "Ede", "Breda", "Arnhem", "Haarlem"]


def write_file(kind: str, rows: int, path: Path) -> None:
    """A Dutch-Excel CSV of ``rows`` data rows for ``kind``."""
    rnd = random.Random(42)
    accounts = max(rows // 100, 10)
    lines = []
    if kind == "accounts":
        lines.append("Naam;Plaats;Klantsegment;Accountmanager;Medewerkers;Omzet;Notities")
        for i in range(rows):
            lines.append(f"Fietsenwinkel {i:06d};{rnd.choice(CITIES)};{'ABC'[i % 3]};"
                         f"Verkoper {i % 12};{rnd.randint(1, 400)};"
                         f"{rnd.randint(1, 999)}.{rnd.randint(100, 999)},{rnd.randint(10, 99)};"
                         "Klant sinds 2019")
    elif kind == "contacts":
        lines.append("Voornaam;Achternaam;Bedrijf;E-mail;Telefoon;Functie")
        for i in range(rows):
            lines.append(f"Jan;Jansen {i};Fietsenwinkel {i % accounts:06d};jan{i}@voorbeeld.nl;"
                         f"06{rnd.randint(10000000, 99999999)};Inkoper")
    elif kind == "touchpoints":
        lines.append("Relatie;Datum;Soort;Notitie;Medewerker")
        for i in range(rows):
            lines.append(f"Fietsenwinkel {i % accounts:06d};{1 + i % 28:02d}-{1 + i % 12:02d}-"
                         f"{2020 + i % 5};{rnd.choice(['Bezoek', 'Telefoon', 'E-mail'])};"
                         f"Gesprek {i};Verkoper {i % 12}")
    else:
        lines.append("Klant;Factuurdatum;Artikel;Artikelnummer;Aantal;Stukprijs;Bedrag;Factuur")
        for i in range(rows):
            qty = rnd.randint(1, 20)
            lines.append(f"Fietsenwinkel {i % accounts:06d};{1 + i % 28:02d}-{1 + i % 12:02d}-"
                         f"{2020 + i % 5};Artikel {i % 500};A{i % 500:04d};{qty};12,50;"
                         f"{qty * 12.5:.2f}".replace(".", ",") + f";F{i}")
    path.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")


def _fresh(path: Path):
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    return open_database(path)


def time_ours(kind: str, source: Path, db_path: Path) -> tuple[float, int, float]:
    """(seconds, rows added, CPU seconds of this process: less moved by a busy machine)."""
    db = _fresh(db_path)
    start, cpu = time.perf_counter(), time.process_time()
    report = import_csv(db, source, kind)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    db.close()
    return seconds, report.added[kind], cpu


def time_floor(kind: str, imported: Path, scratch: Path) -> float:
    """Seconds to executemany the imported rows of the kind's tables into a scratch db."""
    src = open_database(imported)
    data = {}
    for table in TABLES[kind]:
        cursor = src.execute(f"SELECT * FROM [{table}]")
        data[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    src.close()
    db = _fresh(scratch)
    start = time.perf_counter()
    with import_cache(db), db.atomic():
        for table, (columns, rows) in data.items():
            db.conn.executemany(
                f"INSERT INTO [{table}] ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})", rows)
    seconds = time.perf_counter() - start
    db.close()
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--goal", type=float, default=100_000, help="rows/s for the headline")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        print(f"{args.rows:,} rows per file, best of {args.repeat}\n")
        print("| kind | floor s | floor rows/s | ours s | ours CPU s | ours rows/s | ours / floor "
              "| goal |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        ok = True
        for kind in args.kinds:
            source = tmp / f"{kind}.csv"
            write_file(kind, args.rows, source)
            db_path = tmp / f"{kind}.db"
            ours = min(time_ours(kind, source, db_path) for _ in range(args.repeat))
            floor = min(time_floor(kind, db_path, tmp / "floor.db")
                        for _ in range(args.repeat))
            rate = ours[1] / ours[0]
            verdict = ""
            if kind == HEADLINE:
                met = rate >= args.goal
                ok &= met
                verdict = f"≥ {args.goal:,.0f} rows/s: {'met' if met else 'MISSED'}"
            print(f"| {kind} | {floor:.2f} | {ours[1] / floor:,.0f} | {ours[0]:.2f} | "
                  f"{ours[2]:.2f} | {rate:,.0f} | {ours[0] / floor:.1f}× | {verdict} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
