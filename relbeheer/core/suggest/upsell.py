"""Up-sell: move an account up its series, up to its peers' volume, into a contract.

DESIGN.md §4 and seed 004 (structural binding). Three rules, each returning
:class:`Suggestion` objects with the evidence a sales director can check:

* **series step-up** — the level an account *mostly* buys in a series (its main
  level over ``series_window_days``) has a next level. When the account never
  buys that level or higher, it is the classic step ("koopt GTX Basic sinds
  2016; GTX Pro is de volgende stap"); when it does now and then, the step is
  proposed only while its share at that level or higher is clearly below its
  peers' share ("koopt vooral …").
* **volume below peers of its size** — a product it buys for less than
  ``volume_gap_ratio`` of the median of comparable-size peers.
* **contract for a regular buyer without one** — purchases in enough distinct
  months and no live contract: the contract product most held by regular peers,
  or, when the catalogue has no contract product (the Maven export), a service
  contract proposal without a product id, valued by stated assumptions.

Up-sell is the one kind that may name a product the account has bought: a
series step-up names a level above the one it mostly buys, a volume up-sell is
"more of" what it buys. Cross-sell and contract suggestions never do.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np

from relbeheer.core.suggest.because import Reason
from relbeheer.core.suggest.portfolio import Portfolio
from relbeheer.core.suggest.settings import UpSellSettings
from relbeheer.core.suggest.suggestion import CONTRACT, UP_SELL, Suggestion


def _year(day: int) -> int:
    return dt.date.fromordinal(int(day)).year


def _pick(pf: Portfolio, cols: list[int], held_back: set[str]) -> int | None:
    """The product of a level most accounts buy (ties: cheaper, then name)."""
    usable = [c for c in cols if pf.history.item_ids[c] not in held_back]
    if not usable:
        return None
    return min(usable, key=lambda c: (-pf.buyers[c], pf.product(c).price, pf.product(c).name))


def series_step_ups(
    pf: Portfolio, row: int, held_back: set[str], s: UpSellSettings, min_peers: int
) -> list[Suggestion]:
    """One step-up per series the account buys, where the evidence supports it."""
    lines = pf.lines(row)
    start = pf.as_of - s.series_window_days
    recent = lines.days >= start
    by_series: dict[str, list[int]] = {}
    first_day: dict[str, int] = {}
    for col, day in zip(lines.cols[recent].tolist(), lines.days[recent].tolist()):
        if pf.item_series[col]:
            by_series.setdefault(pf.item_series[col], []).append(col)
            first_day[pf.item_series[col]] = min(day, first_day.get(pf.item_series[col], day))
    found = []
    for series, cols in sorted(by_series.items()):
        levels = Counter(int(pf.item_level[c]) for c in cols)
        main = max(levels, key=lambda level: (levels[level], level))
        ladder = pf.ladder(series)
        higher = sorted(level for level in ladder if level > main)
        if not higher:
            continue
        target_level = higher[0]
        target = _pick(pf, ladder[target_level], held_back)
        if target is None:
            continue
        current = _pick(pf, [c for c in cols if pf.item_level[c] == main], set())
        own_above = sum(n for level, n in levels.items() if level >= target_level)
        # The classic step only for a product never bought; one bought before (even
        # long ago) is judged by the mix, so a bought product is never a "new step".
        if own_above == 0 and target not in set(lines.cols.tolist()):
            step = _classic_step(pf, row, series, current, target, main)
            if step.score > 0:  # a step nobody with its level has taken is no evidence
                found.append(step)
        else:
            step = _mix_step(pf, row, series, current, target, target_level, cols, own_above,
                             start, first_day[series], s, min_peers)
            if step is not None:
                found.append(step)
    return found


def _classic_step(pf: Portfolio, row: int, series: str, current: int, target: int,
                  main: int) -> Suggestion:
    lines = pf.lines(row)
    at_main = [d for c, d in zip(lines.cols.tolist(), lines.days.tolist())
               if pf.item_series[c] == series and pf.item_level[c] == main]
    with_current = np.zeros(pf.history.n_accounts, dtype=bool)
    for col in np.flatnonzero((pf.item_series == series) & (pf.item_level == main)):
        with_current |= pf.buyer_mask(int(col))
    with_current[row] = False
    n_current = int(with_current.sum())
    n_both = int((with_current & pf.buyer_mask(target)).sum())
    likelihood = n_both / n_current if n_current else 0.0
    product = pf.product(target)
    reason = Reason("series_step", {
        "series": series, "current": pf.product(current).name, "target": product.name,
        "since": _year(min(at_main)), "peers_with_current": n_current,
        "peers_with_target": n_both,
    })
    return Suggestion(UP_SELL, product.id, product.name, likelihood,
                      product.price * likelihood, reason)


def _mix_step(pf, row, series, current, target, target_level, cols, own_above, start, since,
              s, min_peers) -> Suggestion | None:
    rows, all_cols, _ = pf.all_lines(start)
    in_series = pf.item_series[all_cols] == series
    buys_series = np.zeros(pf.history.n_accounts, dtype=bool)
    buys_series[rows[in_series]] = True
    group, peer_rows = pf.peers(row, buys_series, min_peers)
    is_peer = np.zeros(pf.history.n_accounts, dtype=bool)
    is_peer[peer_rows] = True
    peer_lines = in_series & is_peer[rows]
    total = int(peer_lines.sum())
    if total == 0:
        return None
    peer_share = int((peer_lines & (pf.item_level[all_cols] >= target_level)).sum()) / total
    own_share = own_above / len(cols)
    if own_share >= s.step_up_gap_ratio * peer_share:
        return None
    product = pf.product(target)
    main_count = sum(1 for c in cols if pf.item_level[c] == pf.item_level[current])
    reason = Reason("series_mix", {
        "series": series, "current": pf.product(current).name, "target": product.name,
        "current_count": main_count, "series_count": len(cols), "since": _year(since),
        "own_share": own_share, "peer_share": peer_share, "group": group,
    })
    return Suggestion(UP_SELL, product.id, product.name, peer_share,
                      product.price * peer_share, reason)


def volume_gaps(
    pf: Portfolio, row: int, held_back: set[str], s: UpSellSettings, min_peers: int
) -> list[Suggestion]:
    """Products bought clearly below the median of peers of similar size, biggest gap first."""
    account = pf.accounts.get(pf.history.account_ids[row])
    if account is None:
        return []
    by_employees = bool(account.employees)
    size = account.employees if by_employees else account.annual_revenue
    if not size or size <= 0:
        return []
    sizes = pf.employees if by_employees else pf.revenue
    similar = (sizes >= size / s.size_band_factor) & (sizes <= size * s.size_band_factor)
    start = pf.as_of - s.volume_window_days
    rows, cols, amounts = pf.all_lines(start)
    own = Counter()
    mine = rows == row
    for col, amount in zip(cols[mine].tolist(), amounts[mine].tolist()):
        if not pf.item_contract[col] and pf.history.item_ids[col] not in held_back:
            own[col] += amount
    found = []
    for col, own_amount in own.items():
        pick = cols == col
        totals = np.bincount(rows[pick], weights=amounts[pick], minlength=pf.history.n_accounts)
        group, peer_rows = pf.peers(row, (totals > 0) & similar, min_peers)
        if len(peer_rows) < min_peers:
            continue
        median = float(np.median(totals[peer_rows]))
        if own_amount >= s.volume_gap_ratio * median:
            continue
        product = pf.product(col)
        reason = Reason("volume", {
            "item": product.name, "own": own_amount, "median": median, "peers": len(peer_rows),
            "low": size / s.size_band_factor, "high": size * s.size_band_factor,
            "by_employees": by_employees,
        })
        found.append(Suggestion(UP_SELL, product.id, product.name, s.volume_likelihood,
                                (median - own_amount) * s.volume_likelihood, reason))
    found.sort(key=lambda x: -x.expected_value)
    return found[: s.max_volume_suggestions]


def contract_proposal(
    pf: Portfolio, row: int, held_back: set[str], s: UpSellSettings, min_peers: int
) -> Suggestion | None:
    """A contract for a regular buyer without a live one (seed 004: structural binding)."""
    months = pf.active_months(s.regular_window_days)
    if months[row] < s.regular_min_months:
        return None
    lines = pf.lines(row)
    live_from = pf.as_of - s.contract_active_days
    if any(pf.item_contract[c] and d >= live_from
           for c, d in zip(lines.cols.tolist(), lines.days.tolist())):
        return None
    revenue = float(lines.amounts[lines.days >= pf.as_of - s.regular_window_days].sum())
    owned = set(lines.cols.tolist())
    options = [int(c) for c in np.flatnonzero(pf.item_contract)
               if int(c) not in owned and pf.history.item_ids[c] not in held_back]
    if options:
        group, peer_rows = pf.peers(row, months >= s.regular_min_months, min_peers)
        best, best_share = None, 0.0
        for col in options:
            share = float(pf.buyer_mask(col)[peer_rows].mean()) if len(peer_rows) else 0.0
            if share > best_share:
                best, best_share = col, share
        if best is not None:
            product = pf.product(best)
            reason = Reason("contract", {
                "months": int(months[row]), "revenue": revenue, "item": product.name,
                "share": best_share, "group": group,
            })
            return Suggestion(CONTRACT, product.id, product.name, best_share,
                              product.price * best_share, reason)
    if pf.item_contract.any():
        # The catalogue has contracts, but no comparable account holds one: no evidence.
        return None
    likelihood = s.service_contract_likelihood
    reason = Reason("service_contract", {
        "months": int(months[row]), "revenue": revenue, "fee_share": s.service_contract_share,
    })
    return Suggestion(CONTRACT, None, "", likelihood,
                      revenue * s.service_contract_share * likelihood, reason)
