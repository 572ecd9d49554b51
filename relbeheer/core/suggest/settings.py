"""Every number the suggestion engine uses, named, with its default and why.

DESIGN.md §3/§4: thresholds are settings, not literals in code. The cross-sell
defaults were chosen on EARLIER windows of the public UCI invoice lines — the
2009-12..2010-12 file cut at 2010-06-10 and at 2010-09-09 (the same season one
year before the hold-out), and the 2011 file cut at 2011-06-10, each with a
91-day horizon and training only on lines before the cut — never on the
2011-09-09 hold-out that the acceptance test reports (see backtest.py and
benchmarks/bench_backtest.py). The up-sell and contract defaults are business
rules: they are documented here so an account manager's team can change them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class CrossSellSettings:
    """The whitespace model: EASE plus a forward model, blended per account.

    Each signal is turned into a z-score per account (or over the catalogue for
    item-only signals) and added with the weight below. On the three tuning
    windows the blend lifted HR@5 from 0.444 (EASE alone, averaged) to 0.474.
    """

    # EASE (Steck, WWW 2019) L2 penalty on the item-item weights. 250..1000 were
    # flat on the tuning windows; 500 is the middle and the literature default.
    ease_lambda: float = 500.0
    # The forward model: a ridge regression from what an account bought before
    # (as_of - forward_horizon_days) to what it bought for the FIRST time after,
    # i.e. the question the back-test asks, learned from the most recent window.
    forward_lambda: float = 1000.0
    forward_horizon_days: int = 91
    # "Recent" for the trend signals: customers buying the item in the last N days.
    recent_days: int = 28
    # Velocity = customers per 30 days since the item was first sold, the age
    # capped at this many days so old best-sellers are not all equal to zero.
    velocity_age_cap_days: int = 365
    # Blend weights (EASE has weight 1). The negative weight on all-time
    # popularity is the strongest single finding: a best-seller an active account
    # has not bought by now is one it chose not to buy; new and rising items
    # (recent popularity, velocity) are what accounts add.
    weight_forward: float = 0.5
    weight_text: float = 0.25
    weight_recent: float = 0.5
    weight_popularity: float = -1.5
    weight_velocity: float = 0.5
    # Text similarity: product-name tokens (and series, category) shared with
    # what the account buys; a token in fewer than this many products is noise.
    text_min_products: int = 2


@dataclass(frozen=True)
class UpSellSettings:
    """Series step-ups, volume below peers, and contracts for regular buyers."""

    # Purchases older than this do not count for "what the account buys now".
    series_window_days: int = 730
    # A step-up to a level the account already buys now and then is only
    # proposed while its share of the series at that level or higher is below
    # this fraction of the peers' share ("clearly below").
    step_up_gap_ratio: float = 0.75
    # Volume: the last year of purchases, compared with peers of similar size.
    volume_window_days: int = 365
    # Peers are of "similar size" when their employee count (or, lacking that,
    # annual revenue) lies within this factor either way.
    size_band_factor: float = 2.0
    # Volume is "clearly below peers" under this share of the peers' median.
    volume_gap_ratio: float = 0.5
    # Chance that an account closes (part of) the gap to the peer median after a
    # conversation. An assumption, not measured: no data set here records it.
    volume_likelihood: float = 0.3
    # At most this many volume up-sells per account (the biggest gaps), so they
    # do not crowd out new products.
    max_volume_suggestions: int = 2
    # Regular buyer: purchases in at least this many distinct months of the
    # last regular_window_days.
    regular_window_days: int = 365
    regular_min_months: int = 6
    # A contract product bought within this many days counts as a live contract.
    contract_active_days: int = 400
    # When the catalogue has no contract product (the Maven export), propose a
    # service contract without a product: valued at this share of the account's
    # yearly purchases (a typical service fee), at this likelihood. Both are
    # assumptions, stated in the sentence's numbers, not measured.
    service_contract_share: float = 0.08
    service_contract_likelihood: float = 0.25


@dataclass(frozen=True)
class EngineSettings:
    """How the suggestions for one account are put together."""

    # Products declined in a lost offer closed within this many days are held back.
    declined_holdback_days: int = 180
    # Peer groups (same kind, then same sector) need at least this many accounts,
    # otherwise every account is a peer: a percentage of three is no evidence.
    min_peer_group: int = 8
    # "Rising" is only said of a product that at least this many accounts bought
    # in the recent window; fewer is an anecdote.
    trending_min_buyers: int = 3
    # Cross-sell candidates looked at before ordering the list by expected value.
    crosssell_candidates: int = 10


@dataclass(frozen=True)
class SuggestSettings:
    """All settings of the suggestion engine, grouped by part."""

    crosssell: CrossSellSettings = CrossSellSettings()
    upsell: UpSellSettings = UpSellSettings()
    engine: EngineSettings = EngineSettings()

    def with_values(self, **values) -> "SuggestSettings":
        """A copy with some settings changed, named without their group.

        ``settings.with_values(ease_lambda=250, declined_holdback_days=90)``
        """
        groups = {"crosssell": {}, "upsell": {}, "engine": {}}
        owners = {f.name: group for group in groups for f in fields(getattr(self, group))}
        for name, value in values.items():
            if name not in owners:
                raise KeyError(f"unknown suggestion setting: {name}")
            groups[owners[name]][name] = value
        return replace(
            self, **{g: replace(getattr(self, g), **v) for g, v in groups.items() if v}
        )


DEFAULT_SETTINGS = SuggestSettings()
