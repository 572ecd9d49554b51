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
from collections.abc import Callable

from sqlite_utils import Database

from relbeheer.store.bulk import insert_rows
from relbeheer.store.demo import accounts, commerce, feedback, history, plan
from relbeheer.store.demo.catalogue import catalogue, series_index
from relbeheer.store.demo.ids import IdSource
from relbeheer.store.importers.report import ImportReport

PRODUCT_COLUMNS = ("id", "name", "external_ref", "series", "level", "category", "price", "is_contract")
# Page cache during the bulk insert (KiB). The touchpoints' date index is filled
# in random order; a roomy cache keeps its pages in memory instead of spilling
# them to the WAL mid-transaction. Restored afterwards.
BULK_CACHE_KIB = 256 * 1024
FOLLOW_UP_HORIZON = 120  # days past the reference date that dates may reach

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
    as_of = as_of or dt.date.today()
    H = plan.HISTORY_DAYS
    first = as_of - dt.timedelta(days=H)
    iso = [(first + dt.timedelta(days=d)).isoformat() for d in range(H + FOLLOW_UP_HORIZON)]
    rng = random.Random(seed)
    rnd = rng.random
    ids = IdSource(random.Random(f"relbeheer-demo-ids-{seed}"))
    report = ImportReport(source=f"demo {scale}")

    products = catalogue()
    product_rows = [
        (ids.next("products"), pr.name, f"P-{pr.index + 1:03d}", pr.series, pr.level,
         pr.category, pr.price, int(pr.is_contract))
        for pr in products
    ]
    product_ids = [row[0] for row in product_rows]
    by_series = series_index(products)
    plans, owner_rows = accounts.plan_accounts(rng, ids, spec, H)

    tp_ids = [ids.prefix("touchpoints"), 0]
    link_ids = [ids.prefix("touchpoint_contacts"), 0]
    next_case = _counter(ids, "service_cases")
    next_meas = _counter(ids, "measurements")
    next_offer = _counter(ids, "offers")
    purchase_prefix = ids.prefix("purchases")
    n_purchases = 0
    order_no = [0]

    previous_cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        with db.atomic():
            report.added["owners"] += insert_rows(db, "owners", accounts.OWNER_COLUMNS, owner_rows)
            report.added["products"] += insert_rows(db, "products", PRODUCT_COLUMNS, product_rows)
            step = spec.accounts_per_chunk
            for lo in range(0, len(plans), step):
                chunk = plans[lo : lo + step]
                acc, con, tps, links, lines, offers, cases, meas = [], [], [], [], [], [], [], []
                for p in chunk:
                    acc.append(accounts.account_row(p, rnd))
                    accounts.contact_rows(p, rnd, ids, con)
                    hist = history.touchpoints(p, rng, H, iso, tp_ids, link_ids, tps, links)
                    b = commerce.basket(p, rnd, by_series)
                    start = len(lines)
                    commerce.purchases(p, rnd, H, b, order_no, lines)
                    for k in range(start, len(lines)):
                        day, pr, q, unit, ref = lines[k]
                        lines[k] = (
                            f"{purchase_prefix}{n_purchases:012x}", p.id, product_ids[pr.index],
                            iso[day], q, unit, round(q * unit, 2), ref, "demo",
                        )
                        n_purchases += 1
                    commerce.offers(p, rnd, H, b, hist.quotes, iso, product_ids, next_offer, offers)
                    feedback.cases_and_measurements(
                        p, rnd, H, hist, iso, next_case, next_meas, cases, meas
                    )
                    p.contacts = None  # the rows are written; free the memory
                for table, columns, rows in (
                    ("accounts", accounts.ACCOUNT_COLUMNS, acc),
                    ("contacts", accounts.CONTACT_COLUMNS, con),
                    ("touchpoints", history.TOUCHPOINT_COLUMNS, tps),
                    ("touchpoint_contacts", history.LINK_COLUMNS, links),
                    ("purchases", commerce.PURCHASE_COLUMNS, lines),
                    ("offers", commerce.OFFER_COLUMNS, offers),
                    ("service_cases", feedback.CASE_COLUMNS, cases),
                    ("measurements", feedback.MEASUREMENT_COLUMNS, meas),
                ):
                    report.added[table] += insert_rows(db, table, columns, rows)
                if progress:
                    progress(lo + len(chunk), len(plans), "demo")
    finally:
        db.execute(f"PRAGMA cache_size = {previous_cache}")
    return report


def _counter(ids: IdSource, table: str):
    prefix = ids.prefix(table)
    n = [0]

    def next_id() -> str:
        i = n[0]
        n[0] = i + 1
        return f"{prefix}{i:012x}"

    return next_id
