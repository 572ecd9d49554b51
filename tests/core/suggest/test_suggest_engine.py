"""The engine: held-back products, never a bought product, order, sentences."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from relbeheer.core.domain import Offer, OfferStatus
from relbeheer.core.suggest.engine import SuggestionEngine, declined_products
from relbeheer.core.suggest.settings import DEFAULT_SETTINGS

AS_OF = dt.date(2026, 6, 1)


def lost(product, days_ago, status=OfferStatus.LOST):
    return Offer(id=f"o-{product}-{days_ago}", account_id="x", status=status, product_id=product,
                 closed_on=AS_OF - dt.timedelta(days=days_ago))


def step_up_book(book):
    for i in range(4):
        book.buys(f"peer{i}", "basic", 300).buys(f"peer{i}", "plus", 200)
    return book.buys("x", "basic", 500, 100)


def products_of(found):
    return {s.product_id for s in found}


def test_declined_product_is_held_back_within_the_period(book):
    engine = step_up_book(book).engine()
    assert "plus" in products_of(engine.for_account("x"))
    assert "plus" not in products_of(engine.for_account("x", offers=[lost("plus", 30)]))


def test_declined_product_returns_after_the_period(book):
    """declined_holdback_days (default 180) is the 'for a while'; it is a setting."""
    engine = step_up_book(book).engine()
    assert "plus" in products_of(engine.for_account("x", offers=[lost("plus", 200)]))
    shorter = step_up_book(type(book)()).engine(declined_holdback_days=10)
    assert "plus" in products_of(shorter.for_account("x", offers=[lost("plus", 30)]))


def test_won_or_open_offers_hold_nothing_back(book):
    engine = step_up_book(book).engine()
    offers = [lost("plus", 30, OfferStatus.WON), lost("plus", 20, OfferStatus.OPEN)]
    assert "plus" in products_of(engine.for_account("x", offers=offers))


def test_a_decline_followed_by_a_purchase_holds_nothing_back():
    """The account lost a deal for a product but bought it later: that 'no' was one deal."""
    offers = [lost("lock", 30)]
    bought_after = {"lock": AS_OF - dt.timedelta(days=10)}
    bought_before = {"lock": AS_OF - dt.timedelta(days=40)}
    assert declined_products(offers, AS_OF, 180, bought_after) == set()
    assert declined_products(offers, AS_OF, 180, bought_before) == {"lock"}


def random_book(book, seed):
    rng = random.Random(seed)
    products = [p.id for p in book.catalogue]
    for a in range(25):
        book.account(f"a{a}", employees=rng.randint(5, 200))
        for _ in range(rng.randint(1, 15)):
            book.buys(f"a{a}", rng.choice(products), rng.randint(1, 1000))
    return book


@pytest.mark.parametrize("seed", range(5))
def test_never_suggests_a_bought_product_except_as_up_sell(book, seed):
    """Cross-sell and contract never name a bought product; an up-sell that does is either
    'more volume' or a level above what the account mostly buys in that series."""
    engine = random_book(book, seed).engine()
    pf = engine.portfolio
    for account in book.accounts:
        bought = {pf.history.item_ids[c] for c in pf.bought_cols(pf.row_of[account])}
        for s in engine.for_account(account, limit=50):
            if s.product_id not in bought:
                continue
            assert s.kind == "up-sell", (account, s)
            assert s.reason.code in ("volume", "series_mix"), (account, s)


@pytest.mark.parametrize("seed", range(3))
def test_ordered_by_expected_value_with_sentences_in_both_languages(book, seed):
    engine = random_book(book, seed).engine()
    for account in book.accounts:
        found = engine.for_account(account)
        values = [s.expected_value for s in found]
        assert values == sorted(values, reverse=True)
        for s in found:
            assert s.because("nl") and s.because("en") and s.because("nl") != s.because("en")
            assert 0.0 <= s.score <= 1.0


def test_limit_caps_the_list(book):
    engine = random_book(book, 1).engine()
    assert all(len(engine.for_account(a, limit=2)) <= 2 for a in book.accounts)


def test_cross_sell_because_cites_the_basket(book):
    """'x% van de dealers die Stad Basic kopen, kopen ook Helm City' with the real share."""
    for i in range(4):
        book.buys(f"p{i}", "basic", 100).buys(f"p{i}", "helmet", 90)
    book.buys("p9", "basic", 100)
    book.buys("x", "basic", 50)
    found = [s for s in book.engine().for_account("x") if s.product_id == "helmet"]
    assert found and found[0].reason.code == "also_bought"
    assert found[0].score == 4 / 5
    assert found[0].because("nl") == "80% van de dealers die Stad Basic kopen, kopen ook Helm City."
    assert found[0].because("en") == "80% of dealers that buy Stad Basic also buy Helm City."


def test_as_of_defaults_to_the_day_after_the_last_purchase(book):
    step_up_book(book)
    engine = SuggestionEngine(products=book.catalogue, accounts=book.accounts.values(),
                              purchases=book.purchases, settings=DEFAULT_SETTINGS)
    assert engine.as_of == AS_OF - dt.timedelta(days=100) + dt.timedelta(days=1)


def test_unknown_account_gets_nothing(book):
    assert step_up_book(book).engine().for_account("nobody") == []


@pytest.mark.parametrize("with_product", [False, True])
def test_an_empty_portfolio_gives_nothing_quietly(with_product):
    """No products or no purchases yet (a fresh database): no suggestions, no warnings."""
    import warnings

    from relbeheer.core.domain import Account, Product

    products = [Product("p", "Fiets", price=100.0)] if with_product else []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        engine = SuggestionEngine(products=products, accounts=[Account("a", "Solo")],
                                  purchases=[], settings=DEFAULT_SETTINGS)
        assert engine.for_account("a") == []
