"""What the suggestion engine reads from the database, and the key that says it changed."""

from __future__ import annotations

import datetime as dt

from relbeheer.core.domain import OfferStatus, new_id, utc_now
from relbeheer.store import suggest_data


def add(db, table, **values):
    now = utc_now()
    row = {"id": new_id(), "created_at": now, "updated_at": now, **values}
    db[table].insert(row)
    return row["id"]


def filled(db):
    acc = add(db, "accounts", name="Fietsen Jansen", tier="A", kind="dealer", employees=12)
    prod = add(db, "products", name="Stad Basic", series="Stad", level=1, price=1899.0,
               is_contract=0)
    add(db, "purchases", account_id=acc, product_id=prod, date="2026-03-01", amount=1899.0)
    add(db, "purchases", account_id=acc, product_id=prod, date="2026-04-01", quantity=2.0,
        unit_price=1800.0)
    return acc, prod


def test_loads_products_accounts_and_purchases(fresh_db):
    acc, prod = filled(fresh_db)
    (product,) = suggest_data.load_products(fresh_db)
    assert (product.id, product.series, product.level, product.is_contract) == (prod, "Stad", 1, False)
    (account,) = suggest_data.load_accounts(fresh_db)
    assert account.employees == 12 and account.kind.value == "dealer"
    purchases = sorted(suggest_data.load_purchases(fresh_db))
    assert purchases == [(acc, prod, dt.date(2026, 3, 1), 1899.0),
                         (acc, prod, dt.date(2026, 4, 1), 3600.0)]  # amount from qty × price


def test_deleted_purchases_are_not_loaded(fresh_db):
    acc, prod = filled(fresh_db)
    fresh_db.execute("UPDATE purchases SET deleted_at = ? WHERE date = '2026-03-01'", [utc_now()])
    assert [p[2] for p in suggest_data.load_purchases(fresh_db)] == [dt.date(2026, 4, 1)]


def test_offers_of_one_account(fresh_db):
    acc, prod = filled(fresh_db)
    add(fresh_db, "offers", account_id=acc, product_id=prod, status="lost", closed_on="2026-05-01")
    (offer,) = suggest_data.load_offers(fresh_db, acc)
    assert offer.status is OfferStatus.LOST and offer.closed_on == dt.date(2026, 5, 1)


def test_data_version_changes_with_purchases_products_and_accounts(fresh_db):
    acc, prod = filled(fresh_db)
    before = suggest_data.data_version(fresh_db)
    assert suggest_data.data_version(fresh_db) == before
    add(fresh_db, "purchases", account_id=acc, product_id=prod, date="2026-05-01", amount=1.0)
    after_purchase = suggest_data.data_version(fresh_db)
    assert after_purchase != before
    fresh_db.execute("UPDATE accounts SET employees = 40, updated_at = '9999' WHERE id = ?", [acc])
    assert suggest_data.data_version(fresh_db) != after_purchase
