"""SuggestionService: fitted once per data change, suggestions by account name or id."""

from __future__ import annotations

import pytest

from relbeheer.core.domain import new_id, utc_now
from relbeheer.services import Services


def add(db, table, **values):
    now = utc_now()
    row = {"id": new_id(), "created_at": now, "updated_at": now, **values}
    db[table].insert(row)
    return row["id"]


def portfolio(db):
    """Five dealers buy Stad Basic and Helm City; Jansen only Stad Basic."""
    basic = add(db, "products", name="Stad Basic", series="Stad", level=1, price=1899.0)
    helmet = add(db, "products", name="Helm City", series="Helm", level=1, price=69.0)
    for i in range(9):
        acc = add(db, "accounts", name=f"Dealer {i}", tier="B", kind="dealer")
        add(db, "purchases", account_id=acc, product_id=basic, date="2026-01-10", amount=1899.0)
        add(db, "purchases", account_id=acc, product_id=helmet, date="2026-02-10", amount=69.0)
    jansen = add(db, "accounts", name="Fietsen Jansen", tier="A", kind="dealer",
                 external_ref="K-1")
    add(db, "purchases", account_id=jansen, product_id=basic, date="2026-03-01", amount=1899.0)
    return jansen, basic, helmet


def test_suggestions_by_name_as_dicts():
    svc = Services.open(":memory:")
    _, _, helmet = portfolio(svc.db)
    items = svc.suggestions.for_account("fietsen jansen", lang="en")
    assert items and set(items[0]) == {"product_id", "product", "kind", "score",
                                       "expected_value", "because"}
    assert items[0]["product_id"] == helmet
    assert items[0]["because"] == "100% of dealers that buy Stad Basic also buy Helm City."


def test_fitted_once_until_the_data_changes():
    svc = Services.open(":memory:")
    jansen, basic, helmet = portfolio(svc.db)
    svc.suggestions.for_account("K-1")
    svc.suggestions.for_account(jansen)
    assert svc.suggestions.fits == 1
    add(svc.db, "purchases", account_id=jansen, product_id=helmet, date="2026-03-02", amount=69.0)
    assert helmet not in {s["product_id"] for s in svc.suggestions.for_account(jansen)}
    assert svc.suggestions.fits == 2


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["S", "M"])
def test_every_a_account_of_the_demo_gets_three_suggestions_with_a_because(db_path, scale):
    """Issue 4 acceptance on the demo portfolio (M: 1,000 A-accounts)."""
    svc = Services.open(db_path)
    svc.data.demo(scale)
    short = []
    for account in svc.accounts.list():
        if account.tier.value != "A":
            continue
        found = [s for s in svc.suggestions.suggestions(account.id) if s.because("nl")]
        if len(found) < 3:
            short.append(account.name)
    svc.close()
    assert short == []
    assert svc.suggestions.fits == 1
