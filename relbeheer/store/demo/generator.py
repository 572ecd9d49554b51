"""Writing a whole demo portfolio into the database in one transaction.

The accounts are planned first (plan.py, accounts.py); then, chunk by chunk, each
account's contacts, touchpoints, purchases, offers, cases and measurements are
generated as tuples and inserted with ``executemany`` (store/bulk.py). Chunks keep
memory flat at scale L while every row still goes into the one transaction, so an
interrupted demo leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable
from contextlib import contextmanager

from sqlite_utils import Database

from relbeheer.store.bulk import insert_rows
from relbeheer.store.demo import accounts, commerce, feedback, history, plan
from relbeheer.store.demo.catalogue import catalogue, series_index
from relbeheer.store.demo.ids import IdSource
from relbeheer.store.importers.report import ImportReport

PRODUCT_COLUMNS = (
    "id", "name", "external_ref", "series", "level", "category", "price", "is_contract",
)
# Page cache during the bulk insert (KiB). The touchpoints' date index is filled
# in random order; a roomy cache keeps its pages in memory instead of spilling
# them mid-transaction. Restored afterwards.
BULK_CACHE_KIB = 256 * 1024
FOLLOW_UP_HORIZON = 120  # days past the reference date that dates may reach

# Parents before children: the foreign keys are checked on every insert.
TABLE_ORDER = (
    ("accounts", accounts.ACCOUNT_COLUMNS),
    ("contacts", accounts.CONTACT_COLUMNS),
    ("touchpoints", history.TOUCHPOINT_COLUMNS),
    ("touchpoint_contacts", history.LINK_COLUMNS),
    ("purchases", commerce.PURCHASE_COLUMNS),
    ("offers", commerce.OFFER_COLUMNS),
    ("service_cases", feedback.CASE_COLUMNS),
    ("measurements", feedback.MEASUREMENT_COLUMNS),
)

Progress = Callable[[int, int, str], None] | None


def generate_demo(
    db: Database,
    *,
    scale: str = "S",
    seed: int = 42,
    progress: Progress = None,
    as_of: dt.date | None = None,
) -> ImportReport:
    """Fill ``db`` with a deterministic Dutch e-bike supplier's B2B portfolio.

    ``scale`` is S, M or L (plan.SCALES: exact numbers of accounts, contacts and
    touchpoints); the same ``seed`` and ``as_of`` give the same rows and ids. The
    history covers the three years up to ``as_of`` (default: today), so the demo
    looks current on the day it is made. ``progress(done, total, what)`` is called
    after each chunk of accounts.
    """
    spec = plan.scale_of(scale)
    writer = _Writer(seed, as_of or dt.date.today())
    plans, owner_rows = accounts.plan_accounts(writer.rng, writer.ids, spec, plan.HISTORY_DAYS)
    report = ImportReport(source=f"demo {scale}")
    with _bulk_mode(db), db.atomic():
        report.added["owners"] += insert_rows(db, "owners", accounts.OWNER_COLUMNS, owner_rows)
        report.added["products"] += insert_rows(
            db, "products", PRODUCT_COLUMNS, writer.product_rows
        )
        step = spec.accounts_per_chunk
        for lo in range(0, len(plans), step):
            rows = writer.chunk(plans[lo : lo + step])
            for table, columns in TABLE_ORDER:
                report.added[table] += insert_rows(db, table, columns, rows[table])
            if progress:
                progress(min(lo + step, len(plans)), len(plans), "demo")
    return report


class _Writer:
    """Turns account plans into rows, keeping the id counters across chunks."""

    def __init__(self, seed: int, as_of: dt.date):
        self.H = H = plan.HISTORY_DAYS
        first = as_of - dt.timedelta(days=H)
        days = range(H + FOLLOW_UP_HORIZON)
        self.iso = [(first + dt.timedelta(days=d)).isoformat() for d in days]
        self.rng = random.Random(seed)
        # ids come from their own generator so that they do not shift the data
        self.ids = ids = IdSource(random.Random(f"relbeheer-demo-ids-{seed}"))
        products = catalogue()
        self.product_rows = [
            (ids.next("products"), pr.name, f"P-{pr.index + 1:03d}", pr.series, pr.level,
             pr.category, pr.price, int(pr.is_contract))
            for pr in products
        ]
        self.product_ids = [row[0] for row in self.product_rows]
        self.by_series = series_index(products)
        self.tp_ids = [ids.prefix("touchpoints"), 0]
        self.link_ids = [ids.prefix("touchpoint_contacts"), 0]
        self.next_case = _counter(ids, "service_cases")
        self.next_meas = _counter(ids, "measurements")
        self.next_offer = _counter(ids, "offers")
        self.next_purchase = _counter(ids, "purchases")
        self.order_no = [0]

    def chunk(self, plans) -> dict[str, list[tuple]]:
        """The rows of every table for these accounts."""
        rng, rnd, H, iso, ids = self.rng, self.rng.random, self.H, self.iso, self.ids
        product_ids, next_purchase = self.product_ids, self.next_purchase
        rows = {table: [] for table, _ in TABLE_ORDER}
        acc, con = rows["accounts"], rows["contacts"]
        tps, links = rows["touchpoints"], rows["touchpoint_contacts"]
        purchases, offers = rows["purchases"], rows["offers"]
        cases, meas = rows["service_cases"], rows["measurements"]
        lines: list = []
        for p in plans:
            acc.append(accounts.account_row(p, rnd))
            accounts.contact_rows(p, rnd, ids, con)
            hist = history.touchpoints(p, rng, H, iso, self.tp_ids, self.link_ids, tps, links)
            b = commerce.basket(p, rnd, self.by_series)
            lines.clear()
            commerce.purchases(p, rnd, H, b, self.order_no, lines)
            aid = p.id
            purchases.extend(
                (next_purchase(), aid, product_ids[pr.index], iso[day], q, unit, round(q * unit, 2),
                 ref, "demo")
                for day, pr, q, unit, ref in lines
            )
            commerce.offers(p, rnd, H, b, hist.quotes, iso, product_ids, self.next_offer, offers)
            feedback.cases_and_measurements(
                p, rnd, H, hist, iso, self.next_case, self.next_meas, cases, meas
            )
            p.contacts = None  # written; free the memory
        return rows


@contextmanager
def _bulk_mode(db: Database):
    """A roomy page cache and, on a WAL file not in a transaction, a rollback journal.

    In WAL mode a large transaction is written twice: into the WAL, then copied
    into the database by the checkpoint. A rollback journal writes new pages
    once, with the same all-or-nothing commit (measured at M: a second of CPU and
    half the disk writes saved); WAL comes back afterwards. Where the switch is
    refused (another connection is reading), WAL simply stays.
    """
    previous_cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    switched = False
    if not db.conn.in_transaction and db.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        try:
            switched = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        except sqlite3.OperationalError:
            switched = False
    try:
        yield
    finally:
        if switched:
            db.execute("PRAGMA journal_mode = WAL")
        db.execute(f"PRAGMA cache_size = {previous_cache}")


def _counter(ids: IdSource, table: str):
    prefix = ids.prefix(table)
    n = [0]

    def next_id() -> str:
        i = n[0]
        n[0] = i + 1
        return f"{prefix}{i:012x}"

    return next_id
