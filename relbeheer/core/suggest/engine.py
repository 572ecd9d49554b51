"""Suggestions for one account: cross-sell, up-sell and contract, with a "because".

DESIGN.md §4. The engine is built once per data change (it fits the cross-sell
model and indexes the portfolio) and then answers per account in milliseconds.

Held back, whatever the rule:

* products the account declined in a lost offer closed within
  ``declined_holdback_days`` (a "no" is respected for a while);
* products the account already bought — for cross-sell and contracts always; an
  up-sell only ever names a level above what it mostly buys or "more of" what
  it buys (see ``upsell.py``).

The list is ordered by expected value (price × likelihood): where the money is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np

from relbeheer.core.domain import Account, Offer, OfferStatus, Product
from relbeheer.core.suggest import upsell
from relbeheer.core.suggest.because import Reason
from relbeheer.core.suggest.crosssell import CrossSellModel
from relbeheer.core.suggest.history import PurchaseHistory, day_number
from relbeheer.core.suggest.portfolio import Portfolio
from relbeheer.core.suggest.settings import DEFAULT_SETTINGS, SuggestSettings
from relbeheer.core.suggest.suggestion import CONTRACT, CROSS_SELL, Suggestion


def product_text(product: Product) -> str:
    """What the text similarity reads: the name, the series and the category."""
    return " ".join(part for part in (product.name, product.series, product.category) if part)


def declined_products(
    offers: Iterable[Offer],
    as_of: dt.date,
    days: int,
    last_bought: dict[str, dt.date] | None = None,
) -> set[str]:
    """Products in lost offers closed (or, lacking a close date, engaged) since as_of - days.

    A product the account bought on or after the day it declined it is not held
    back: that "no" was about one deal, not about the product (in the Maven
    export accounts lose and win deals for the same product all year).
    """
    since = as_of - dt.timedelta(days=days)
    last_bought = last_bought or {}
    declined: dict[str, dt.date] = {}
    for offer in offers:
        when = offer.closed_on or offer.engaged_on
        if offer.status is OfferStatus.LOST and offer.product_id and when and when >= since:
            declined[offer.product_id] = max(when, declined.get(offer.product_id, when))
    return {
        pid for pid, when in declined.items()
        if last_bought.get(pid) is None or last_bought[pid] < when
    }


class SuggestionEngine:
    """Fitted suggestion engine over one snapshot of accounts, products and purchases.

    ``purchases`` are ``(account id, product id, date, amount)``. ``as_of`` is
    "today" for the rules; by default the day after the latest purchase, so an
    imported history (Maven ends in 2017) is judged as of its own end, and a
    live database (purchases up to yesterday) as of today.
    """

    def __init__(
        self,
        *,
        products: Iterable[Product],
        accounts: Iterable[Account],
        purchases: Iterable[tuple[str, str, dt.date, float]],
        as_of: dt.date | None = None,
        settings: SuggestSettings = DEFAULT_SETTINGS,
    ):
        self.settings = settings
        products = {p.id: p for p in products}
        accounts = {a.id: a for a in accounts}
        history = PurchaseHistory.build(
            ((a, p, day_number(d), amount) for a, p, d, amount in purchases),
            item_ids=list(products),
            item_texts={pid: product_text(p) for pid, p in products.items()},
            account_ids=list(accounts),
        )
        if as_of is not None:
            today = day_number(as_of)
        elif history.last_day() is not None:
            today = history.last_day() + 1
        else:
            today = day_number(dt.date.today())
        self.portfolio = Portfolio(history, products, accounts, today)
        self.model = CrossSellModel(history, as_of=today, settings=settings.crosssell)

    @property
    def as_of(self) -> dt.date:
        return self.portfolio.as_of_date()

    def for_account(
        self, account_id: str, offers: Iterable[Offer] = (), limit: int = 10
    ) -> list[Suggestion]:
        """Up to ``limit`` suggestions for the account, highest expected value first."""
        pf = self.portfolio
        row = pf.row_of.get(account_id)
        if row is None:
            return []
        eng, ups = self.settings.engine, self.settings.upsell
        held = declined_products(offers, self.as_of, eng.declined_holdback_days,
                                 self._last_bought(row))
        found: list[Suggestion] = []
        found += upsell.series_step_ups(pf, row, held, ups, eng.min_peer_group)
        contract = upsell.contract_proposal(pf, row, held, ups, eng.min_peer_group)
        if contract is not None:
            found.append(contract)
        found += upsell.volume_gaps(pf, row, held, ups, eng.min_peer_group)
        found += self.cross_sell(row, held, eng.crosssell_candidates)
        # One suggestion per product: the rule-based one (found first) explains best.
        unique: dict[object, Suggestion] = {}
        for i, suggestion in enumerate(found):
            unique.setdefault(suggestion.product_id or f"none-{i}", suggestion)
        ordered = sorted(
            unique.values(), key=lambda s: (-s.expected_value, -s.score, s.product_name)
        )
        return ordered[:limit]

    def _last_bought(self, row: int) -> dict[str, dt.date]:
        """Per product id, the day the account last bought it (before as_of)."""
        lines = self.portfolio.lines(row)
        last: dict[int, int] = {}
        for col, day in zip(lines.cols.tolist(), lines.days.tolist()):
            last[col] = max(day, last.get(col, day))
        ids = self.portfolio.history.item_ids
        return {ids[c]: dt.date.fromordinal(d) for c, d in last.items()}

    def cross_sell(self, row: int, held: set[str], count: int) -> list[Suggestion]:
        """The model's best whitespace products for account ``row``, minus held-back ones."""
        pf, model = self.portfolio, self.model
        bought = sorted(pf.bought_cols(row))
        # A higher level of a series the account buys is the up-sell rule's job (it
        # says "next step"); a second contract in a contract series it holds makes
        # no sense. Lower levels stay: assortment breadth. Retail has no series.
        top_level: dict[str, int] = {}
        for c in bought:
            if pf.item_series[c]:
                top_level[pf.item_series[c]] = max(int(pf.item_level[c]),
                                                   top_level.get(pf.item_series[c], 0))
        ranked = model.top_k(model.rows_for([row]), max(4 * count, count + len(held)))[0]
        found = []
        for col in ranked:
            product = pf.product(col)
            if product.id in held:
                continue
            if product.series in top_level and (
                product.level > top_level[product.series] or product.is_contract
            ):
                continue
            evidence = self._evidence(row, col, bought)
            if evidence is None:
                continue
            reason, likelihood = evidence
            kind = CONTRACT if product.is_contract else CROSS_SELL
            found.append(Suggestion(kind, product.id, product.name, likelihood,
                                    product.price * likelihood, reason))
            if len(found) == count:
                break
        return found

    def _evidence(self, row: int, col: int, bought: list[int]) -> tuple[Reason, float] | None:
        """The strongest true sentence for suggesting item ``col``, and its likelihood.

        None when no account of the same kind has the product: a dealer package is
        not proposed to a business customer because dealers buy it a lot.
        """
        pf, model = self.portfolio, self.model
        min_peers = self.settings.engine.min_peer_group
        item = pf.product(col).name
        given = model.best_reason_item(bought, col)
        if given is not None:
            group, peers = pf.peers(row, pf.buyer_mask(given), min_peers)
            n_given, n_both = model.cooccurrence(given, col, peers)
            if n_both > 0:
                share = n_both / n_given
                return Reason("also_bought", {"given": pf.product(given).name, "item": item,
                                              "share": share, "group": group}), share
        group, peers = pf.peers(row, None, min_peers)
        n, adopters = model.adoption(col, peers)
        if adopters == 0 and group.sector:  # none in its sector yet: cite its kind
            group, peers = pf.kind_peers(row)
            n, adopters = model.adoption(col, peers)
        if adopters == 0:
            return None
        share = adopters / n
        values = {"item": item, "share": share, "group": group}
        if bought:
            similarity = (model.tokens[bought] @ model.tokens[col].T).toarray().ravel()
            if similarity.max() > 0:
                values["given"] = pf.product(bought[int(np.argmax(similarity))]).name
                return Reason("similar", values), share
        recent = int(model.recent_buyers[col])
        if recent >= self.settings.engine.trending_min_buyers:
            values.update(recent=recent, days=self.settings.crosssell.recent_days)
            return Reason("trending", values), share
        return Reason("popular", values), share
