"""The temporal back-test of the cross-sell ranking on real invoice lines.

DESIGN.md §4: quality is measured, not assumed. The protocol is the one in
../shared/data/README.md, for any cut-off and horizon:

* clean: a customer, quantity > 0, price > 0, invoice not starting with "C",
  StockCode ``^\\d{5}[A-Za-z]*$`` (drops postage, manual lines, fees), upper-cased;
* train on every line before the cut-off; hold out [cut-off, cut-off + horizon);
* evaluate each customer who bought before the cut-off and bought, in the
  hold-out, at least one product they never bought before;
* rank every product seen before the cut-off except those the customer bought;
* truth: the products bought for the first time in the hold-out (products new
  to the catalogue count too, although no ranking can find them).

The engine's ranking is ``CrossSellModel.top_k`` — the very code path of
``relbeheer suggest`` — fitted on the training lines only, with the settings
in ``settings.py`` (chosen on earlier windows, never on the reported hold-out).
Global popularity (distinct customers per product) is measured in the same run
as the floor.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from relbeheer.core.suggest.crosssell import CrossSellModel
from relbeheer.core.suggest.history import PurchaseHistory, day_number
from relbeheer.core.suggest.metrics import RankingScores, score_rankings
from relbeheer.core.suggest.settings import DEFAULT_SETTINGS, CrossSellSettings

STOCK_CODE = re.compile(r"^\d{5}[A-Za-z]*$")
TOP_K = 10


class InvoiceLine(NamedTuple):
    """One line of a UCI-style invoice file, as published (not yet cleaned)."""

    invoice: str
    stock_code: str
    quantity: float
    day: dt.date
    price: float
    customer: str
    description: str = ""
    country: str = ""


def is_clean(line: InvoiceLine) -> bool:
    """The README's cleaning rule for one line."""
    return (
        bool(line.customer)
        and line.quantity > 0
        and line.price > 0
        and not line.invoice.upper().startswith("C")
        and STOCK_CODE.match(line.stock_code) is not None
    )


def clean_lines(lines: Iterable[InvoiceLine]) -> list[InvoiceLine]:
    """Only the lines the protocol keeps, stock codes upper-cased."""
    return [
        line._replace(stock_code=line.stock_code.upper()) for line in lines if is_clean(line)
    ]


@dataclass
class BacktestResult:
    """What one back-test run measured."""

    cutoff: dt.date
    horizon_days: int
    clean_lines: int
    customers_trained: int
    products_ranked: int
    engine: RankingScores
    popularity: RankingScores
    seconds: float
    rankings: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict:
        return {
            "cutoff": self.cutoff.isoformat(),
            "horizon_days": self.horizon_days,
            "clean_lines": self.clean_lines,
            "customers_trained": self.customers_trained,
            "products_ranked": self.products_ranked,
            "customers_evaluated": self.engine.customers,
            "engine": self.engine.as_dict(),
            "popularity": self.popularity.as_dict(),
            "seconds": round(self.seconds, 2),
        }


def _most_common_text(lines: list[InvoiceLine]) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        if line.description:
            counts[line.stock_code][line.description] += 1
    return {code: c.most_common(1)[0][0] for code, c in counts.items()}


def split_truth(
    train: list[InvoiceLine], hold: list[InvoiceLine]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(products each customer bought before, products each bought first in the hold-out).

    Only customers with history and at least one first-time product appear in
    the second map: they are the customers evaluated.
    """
    before: dict[str, set[str]] = defaultdict(set)
    for line in train:
        before[line.customer].add(line.stock_code)
    truth: dict[str, set[str]] = defaultdict(set)
    for line in hold:
        owned = before.get(line.customer)
        if owned is not None and line.stock_code not in owned:
            truth[line.customer].add(line.stock_code)
    return dict(before), dict(truth)


def popularity_rankings(
    history: PurchaseHistory, before: dict[str, set[str]], customers: list[str], k: int = TOP_K
) -> dict[str, list[str]]:
    """The floor: products by distinct buyers (ties by code), minus what each bought."""
    buyers = history.buyers()
    order = sorted(range(history.n_items), key=lambda c: (-buyers[c], history.item_ids[c]))
    ranked = [history.item_ids[c] for c in order if buyers[c] > 0]
    result = {}
    for customer in customers:
        owned = before[customer]
        top: list[str] = []
        for code in ranked:
            if code not in owned:
                top.append(code)
                if len(top) == k:
                    break
        result[customer] = top
    return result


def run_backtest(
    lines: Iterable[InvoiceLine],
    cutoff: dt.date,
    horizon_days: int = 91,
    settings: CrossSellSettings = DEFAULT_SETTINGS.crosssell,
) -> BacktestResult:
    """Clean, split at ``cutoff``, fit the cross-sell model on the past, score the hold-out."""
    start = time.perf_counter()
    clean = clean_lines(lines)
    cut = day_number(cutoff)
    end = cut + horizon_days
    train = [line for line in clean if line.day.toordinal() < cut]
    hold = [line for line in clean if cut <= line.day.toordinal() < end]
    history = PurchaseHistory.build(
        (
            (line.customer, line.stock_code, line.day.toordinal(), line.quantity * line.price)
            for line in train
        ),
        item_texts=_most_common_text(train),
    )
    before, truth = split_truth(train, hold)
    customers = sorted(truth)
    model = CrossSellModel(history, as_of=cut, settings=settings)
    row_of = {a: i for i, a in enumerate(history.account_ids)}
    top = model.top_k(model.rows_for([row_of[c] for c in customers]), TOP_K)
    rankings = {c: [history.item_ids[i] for i in cols] for c, cols in zip(customers, top)}
    floor = popularity_rankings(history, before, customers)
    return BacktestResult(
        cutoff=cutoff,
        horizon_days=horizon_days,
        clean_lines=len(clean),
        customers_trained=history.n_accounts,
        products_ranked=int((history.buyers() > 0).sum()),
        engine=score_rankings((rankings[c], truth[c]) for c in customers),
        popularity=score_rankings((floor[c], truth[c]) for c in customers),
        seconds=time.perf_counter() - start,
        rankings=rankings,
    )
