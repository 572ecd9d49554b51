"""Purchases and offers of one account: sector baskets, contracts, quotes.

Each account carries an assortment drawn from its sector's basket (plus the
co-occurrence rules of catalogue.py) at levels that suit its tier, and orders
from it in a steady rhythm. Contracts are billed once a year. The revenue trend
is then checked against the story: flagged stories get their drop, every other
account is topped up so that rule 8 does not fire on noise.
"""

from __future__ import annotations

import math

from relbeheer.store.demo import plan, texts
from relbeheer.store.demo.catalogue import ACCESSORY, BIKE, COOCCURRENCE, EQUIPMENT, Product
from relbeheer.store.demo.plan import Story
from relbeheer.store.demo.timeline import grid, warped_grid

PURCHASE_COLUMNS = (
    "id", "account_id", "product_id", "date", "quantity", "unit_price", "amount",
    "external_ref", "source",
)
OFFER_COLUMNS = (
    "id", "account_id", "product_id", "owner_id", "status", "stage", "engaged_on",
    "closed_on", "value", "external_ref",
)

# Which levels of a series an account carries, by tier (A leans to pro).
LEVEL_SETS = {
    "A": ((1, 2, 3), (2, 3), (1, 2), (2,), (3,), (1, 2, 3)),
    "B": ((1, 2), (1,), (2,), (1, 2, 3), (2, 3), (1,)),
    "C": ((1,), (1,), (2,), (1, 2)),
}
TIER_SERIES = {"A": 1.3, "B": 1.0, "C": 0.75}  # multiplier on a sector's series chances
TIER_QUANTITY = {"A": 1.6, "B": 1.0, "C": 0.7}
TIER_DISCOUNT = {"A": 0.05, "B": 0.02, "C": 0.0}  # extra discount on top of the sector's
SECOND_CONTRACT = {"A": 0.4, "B": 0.2, "C": 0.0}
# Band for revenue of the last 6 months / the 6 before, per story: rule 8 fires
# well below 1, 'slipping' only eases off; every other account keeps at least
# STEADY_REVENUE so that noise does not look like a trend.
REVENUE_BAND = {Story.REVENUE: (0.1, 0.4), Story.SLIPPING: (0.6, 0.85)}
STEADY_REVENUE = 0.9
ORDER_RATE_AFTER_CUT = {Story.REVENUE: 0.3, Story.SLIPPING: 0.6}
OPEN_OFFER_DAYS = 45  # quotes younger than this may still be open


class Basket:
    """An account's assortment, contracts and whitespace."""

    __slots__ = ("carried", "order_pick", "contracts", "whitespace", "discount")


def basket(p, rnd, by_series: dict[str, list[Product]]) -> Basket:
    """Draw what this account carries (and could carry) from its sector's basket."""
    sector, tier = p.sector, p.tier
    f = TIER_SERIES[tier]
    chosen = [s for s, chance in sector.series.items() if rnd() < min(0.95, chance * f)]
    if len(chosen) < 2:
        top = sorted(sector.series, key=sector.series.get, reverse=True)
        chosen += [s for s in top[:2] if s not in chosen]
    contract_series: list[str] = []
    has_contract = not p.no_contract if tier == "A" else rnd() < plan.CONTRACT_SHARE[tier]
    if has_contract:
        options = sector.contracts
        contract_series.append(options[0] if rnd() < 0.6 else options[int(rnd() * len(options))])
        if rnd() < SECOND_CONTRACT[tier] and len(options) > 1:
            extra = options[int(rnd() * len(options))]
            if extra not in contract_series:
                contract_series.append(extra)
    for a, b, chance in COOCCURRENCE:
        is_contract = by_series[b][0].is_contract
        have = contract_series if is_contract else chosen
        if (a in chosen or a in contract_series) and b not in have and rnd() < chance:
            if not is_contract or has_contract:
                have.append(b)
    level_sets = LEVEL_SETS[tier]
    carried, pick = [], []
    for s in chosen:
        products = by_series[s]
        levels = level_sets[int(rnd() * len(level_sets))]
        got = [pr for pr in products if pr.level in levels] or products[:1]
        carried += got
        weight = 3 if got[0].item == BIKE else 2 if got[0].item == ACCESSORY else 0
        pick += [pr for pr in got for _ in range(weight)]
    if not pick:  # equipment only: order it anyway
        pick = list(carried)
    contracts = []
    for s in contract_series:
        products = by_series[s]
        level = min(len(products), {"A": 2 + (rnd() < 0.5), "B": 1 + (rnd() < 0.5), "C": 1}[tier])
        contracts.append(products[level - 1])
    have = set(carried) | set(contracts)
    white = []
    for s in chosen + contract_series:  # up-sell: the next level of a series it has
        lowest = min(q.level for q in have if q.series == s)
        nxt = [pr for pr in by_series[s] if pr not in have and pr.level > lowest]
        white += nxt[:1]
    white += [by_series[s][0] for s in sector.contracts if by_series[s][0] not in have]
    white += [by_series[s][0] for s in sector.series if by_series[s][0] not in have]
    b = Basket()
    b.carried, b.order_pick, b.contracts, b.whitespace = carried, pick, contracts, white
    b.discount = min(0.5, sector.discount + TIER_DISCOUNT[tier] + 0.03 * rnd())
    return b


def _quantity(p, rnd, product: Product) -> int:
    lo, hi = p.sector.bike_qty
    base = lo + rnd() * (hi - lo + 1)
    if product.item == ACCESSORY:
        base *= 3 if p.kind == "wholesaler" else 2 if p.kind != "business" else 1
    elif product.item == EQUIPMENT:
        return 1 + int(rnd() * 2) if p.kind == "business" else 1
    return max(1, int(base * TIER_QUANTITY[p.tier]))


def _fleet(p, rnd) -> int:
    if p.kind == "business":
        return max(3, int(p.employees * p.sector.fleet_share * (0.6 + 0.8 * rnd())))
    return 10 + int(rnd() * 40)  # customer bikes a dealer keeps under contract


def purchases(p, rnd, H: int, b: Basket, order_no: list, lines_out: list) -> None:
    """Append (day, product, quantity, unit price, amount, order ref) lines for one account."""
    start = p.start
    active = (H - start) / H
    n_lines = p.sector.lines * plan.TIER_PURCHASES[p.tier] * active * math.exp(0.25 * (rnd() - 0.5))
    per_order = 2.0 if p.kind != "business" else 1.5
    n_orders = max(3, round(n_lines / per_order))
    end = H - 3 - int(rnd() * 0.5 * (H - start) / n_orders)
    rate = ORDER_RATE_AFTER_CUT.get(p.story)
    if rate:
        days = warped_grid(rnd, n_orders, start, end, H - plan.RECENT_DAYS, rate)
    else:
        days = grid(rnd, n_orders, start, end)
    keep = 1 - b.discount
    pick = b.order_pick
    lines = []
    for day in days:
        order_no[0] += 1
        ref = f"VO-{order_no[0]:07d}"
        k = 1 + int(rnd() * (3 if p.kind != "business" else 2))
        seen = set()
        for _ in range(k):
            pr = pick[int(rnd() * len(pick))]
            if pr in seen:
                continue
            seen.add(pr)
            q = _quantity(p, rnd, pr)
            unit = round(pr.price * keep, 2)
            lines.append((day, pr, q, unit, ref))
    for pr in b.carried:  # equipment is bought once, early in the relationship
        if pr.item == EQUIPMENT:
            day = start + int(rnd() * (H - start) * 0.6)
            order_no[0] += 1
            ref = f"VO-{order_no[0]:07d}"
            lines.append((day, pr, _quantity(p, rnd, pr), round(pr.price * keep, 2), ref))
    drop = p.story in REVENUE_BAND
    for pr in b.contracts:  # yearly billing; the anniversary decides which half-year holds it
        last = H - 189 - int(rnd() * 168) if drop else H - 7 - int(rnd() * 168)
        years = 1 + int(rnd() * 3)
        qty = _fleet(p, rnd) if pr.per_unit else 1
        unit = round(pr.price * (1 - b.discount / 3), 2)  # contracts carry a smaller discount
        for k in range(years):
            day = last - 365 * k
            if day < start:
                break
            order_no[0] += 1
            lines.append((day, pr, qty, unit, f"AB-{order_no[0]:07d}"))
    _shape_trend(p, rnd, H, b, lines, order_no)
    lines.sort(key=lambda ln: ln[0])
    lines_out.extend(lines)


def _halves(lines, H):
    recent = prev = 0.0
    cut, before = H - plan.RECENT_DAYS, H - 2 * plan.RECENT_DAYS
    for day, _, q, unit, _ in lines:
        if day > cut:
            recent += q * unit
        elif day > before:
            prev += q * unit
    return recent, prev


def _shape_trend(p, rnd, H, b: Basket, lines: list, order_no: list) -> None:
    """Bring the last-6-months / 6-before revenue ratio into the story's band."""
    lo, hi = REVENUE_BAND.get(p.story, (STEADY_REVENUE, math.inf))
    recent, prev = _halves(lines, H)
    cut = H - plan.RECENT_DAYS
    pr = b.order_pick[0]
    unit = round(pr.price * (1 - b.discount), 2)
    if prev <= 0 and p.story in REVENUE_BAND:
        q = _quantity(p, rnd, pr)
        order_no[0] += 1
        lines.append((cut - 10 - int(rnd() * 150), pr, q, unit, f"VO-{order_no[0]:07d}"))
        prev = q * unit
    if recent > hi * prev:
        # drop the largest recent order lines that keep the ratio above the band's floor
        recent_lines = sorted(
            (i for i, ln in enumerate(lines) if ln[0] > cut and not ln[1].is_contract),
            key=lambda i: lines[i][2] * lines[i][3],
            reverse=True,
        )
        removed = set()
        for i in recent_lines:
            if recent <= hi * prev:
                break
            amount = lines[i][2] * lines[i][3]
            if recent - amount >= lo * prev:
                recent -= amount
                removed.add(i)
        if recent > hi * prev:  # one big line stood in the way: clear them all, top up below
            removed.update(recent_lines)
            recent = sum(ln[2] * ln[3] for ln in lines if ln[0] > cut and ln[1].is_contract)
        lines[:] = [ln for i, ln in enumerate(lines) if i not in removed]
    if recent < lo * prev:
        gap = (((lo + hi) / 2 if hi < math.inf else lo + 0.05) * prev) - recent
        fits = [q for q in b.order_pick if q.price * (1 - b.discount) <= gap]
        if fits or p.story not in REVENUE_BAND:  # a drop story may also just stay at zero
            top = max(fits, key=lambda q: q.price) if fits else pr
            unit = round(top.price * (1 - b.discount), 2)
            # round up where the ratio has a floor only, down where it also has a ceiling
            q = max(1, int(gap / unit)) if hi < math.inf else math.ceil(gap / unit)
            order_no[0] += 1
            lines.append((cut + 10 + int(rnd() * 150), top, q, unit, f"VO-{order_no[0]:07d}"))


def offers(
    p, rnd, H: int, b: Basket, quotes: list[int], iso, product_ids, next_id, out: list
) -> None:
    """One offer per quote touchpoint: won for carried products, lost/open for whitespace."""
    keep = 1 - b.discount
    for day in quotes:
        if day > H - OPEN_OFFER_DAYS:
            status = "open" if rnd() < 0.75 else "lost"
        else:
            status = "won" if rnd() < 0.55 else "lost"
        pool = b.carried if status == "won" or not b.whitespace else b.whitespace
        pr = pool[int(rnd() * len(pool))]
        qty = _fleet(p, rnd) if pr.per_unit else _quantity(p, rnd, pr)
        closed = None if status == "open" else iso[min(H, day + 5 + int(rnd() * 35))]
        stages = texts.OFFER_STAGES[status]
        out.append((
            next_id(), p.id, product_ids[pr.index], p.owner_id, status,
            stages[int(rnd() * len(stages))], iso[day], closed, round(pr.price * qty * keep, 2),
            None,
        ))
