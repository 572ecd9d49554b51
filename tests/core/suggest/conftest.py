"""Hand-built catalogues and portfolios for the suggestion rules."""

from __future__ import annotations

import datetime as dt

import pytest

from relbeheer.core.domain import Account, AccountKind, Product
from relbeheer.core.suggest.engine import SuggestionEngine
from relbeheer.core.suggest.settings import DEFAULT_SETTINGS

AS_OF = dt.date(2026, 6, 1)

CATALOGUE = [
    Product("basic", "Stad Basic", series="Stad", level=1, price=1000.0),
    Product("plus", "Stad Plus", series="Stad", level=2, price=1500.0),
    Product("pro", "Stad Pro", series="Stad", level=3, price=2000.0),
    Product("lock", "Ringslot", series="Slot", level=1, price=50.0),
    Product("helmet", "Helm City", series="Helm", level=1, price=80.0),
    Product("service", "Onderhoudscontract", series="Onderhoud", level=1, price=300.0,
            is_contract=True),
]


def days_ago(n: int) -> dt.date:
    return AS_OF - dt.timedelta(days=n)


class Book:
    """A small portfolio written as 'account buys product on these days'."""

    def __init__(self, catalogue=CATALOGUE):
        self.catalogue = list(catalogue)
        self.accounts: dict[str, Account] = {}
        self.purchases: list[tuple[str, str, dt.date, float]] = []

    def account(self, key: str, *, employees: int | None = 50, kind=AccountKind.DEALER,
                sector: str = "") -> "Book":
        self.accounts[key] = Account(id=key, name=key.title(), kind=kind, sector=sector,
                                     employees=employees)
        return self

    def buys(self, key: str, product: str, *ago: int, amount: float | None = None) -> "Book":
        if key not in self.accounts:
            self.account(key)
        price = next(p.price for p in self.catalogue if p.id == product)
        for n in ago:
            self.purchases.append((key, product, days_ago(n), price if amount is None else amount))
        return self

    def engine(self, **settings) -> SuggestionEngine:
        values = {"min_peer_group": 2, **settings}
        return SuggestionEngine(
            products=self.catalogue, accounts=self.accounts.values(), purchases=self.purchases,
            as_of=AS_OF, settings=DEFAULT_SETTINGS.with_values(**values),
        )


@pytest.fixture
def book() -> Book:
    """A portfolio over CATALOGUE, filled by the test."""
    return Book()


@pytest.fixture
def new_book():
    """``new_book(catalogue)``: a portfolio over another catalogue."""
    return Book
