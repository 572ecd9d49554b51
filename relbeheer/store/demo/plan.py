"""Scales, stories and the settings that shape the demo portfolio.

Each account gets a *story* up front, drawn by exact quota (not by coin flips, so
even the smallest scale holds every situation and the proportions are what this
docstring says). The story shapes the account's history so that the neglect
rules of DESIGN.md §3 find it:

=============  =====  =======================================================
story          share  what the history looks like
=============  =====  =======================================================
healthy        70 %   personal contact well inside the cadence, steady rhythm,
                      decision maker and ambassadors in the latest visit,
                      revenue not falling, complaints resolved
cadence         5 %   (1) total silence for 1.2–2.5 cadences
rhythm          3 %   (2) a tight own rhythm (gap ≈ 0.2–0.3 cadence), now silent
                      for 2.6–3.3 of its own gaps — still inside the cadence
drift           4 %   (3) personal contact stopped 1.1–1.6 cadences ago, e-mails,
                      newsletters and quotes go on (the decision maker prefers
                      digital: seed 000)
key_contact     4 %   (4) decision maker and ambassadors left out for 1.5–3
                      cadences while colleagues are visited as usual
binding         3 %   (5) no social/emotional touchpoint for 2.2–3 cadences: the
                      only personal contact is training the staff
complaint       3 %   (6) a complaint open for 8–75 days
slipping        4 %   (7) latest NPS passive (7–8) and a CSAT ≥ 8, while attention
                      in the last 6 months fell to ~40 % and purchases to 60–85 %
revenue         4 %   (8) purchases of the last 6 months below 40 % of the 6 before
=============  =====  =======================================================

Independently of the story, 20 % of the A-accounts hold no contract (rule 5b:
no structural binding), 2 % of the healthy accounts have a fresh complaint (< 7
days, not yet a flag), and 8 % of all accounts have their own cadence instead of
the tier's. Tiers are A 10 %, B 30 %, C 60 %; contacts ~5 per account (more at
A-accounts), 15 % of them ambassadors.
"""

from __future__ import annotations

from dataclasses import dataclass

from relbeheer.core.domain import StrEnum


@dataclass(frozen=True)
class Scale:
    """Exact row counts for accounts, contacts and touchpoints at one scale."""

    accounts: int
    contacts: int
    touchpoints: int
    accounts_per_owner: int  # a portfolio grows with the company; so does the team
    accounts_per_chunk: int = 1_000  # generated and inserted together (bounded memory)


SCALES = {
    "S": Scale(1_000, 5_000, 50_000, 65),
    "M": Scale(10_000, 50_000, 500_000, 100),
    "L": Scale(100_000, 500_000, 5_000_000, 140),
}
# Not offered by the CLI: small enough for tests to generate twice in a second.
HIDDEN_SCALES = {"XS": Scale(200, 1_000, 10_000, 40)}


def scale_of(name: str) -> Scale:
    """The Scale for 'S', 'M', 'L' (or the test-only 'XS'); ValueError otherwise."""
    try:
        return SCALES.get(name) or HIDDEN_SCALES[name]
    except KeyError:
        raise ValueError(f"unknown demo scale {name!r}; choose S, M or L") from None


class Story(StrEnum):
    HEALTHY = "healthy"
    CADENCE = "cadence"
    RHYTHM = "rhythm"
    DRIFT = "drift"
    KEY_CONTACT = "key_contact"
    BINDING = "binding"
    COMPLAINT = "complaint"
    SLIPPING = "slipping"
    REVENUE = "revenue"


STORY_SHARES = {
    Story.CADENCE: 0.05,
    Story.RHYTHM: 0.03,
    Story.DRIFT: 0.04,
    Story.KEY_CONTACT: 0.04,
    Story.BINDING: 0.03,
    Story.COMPLAINT: 0.03,
    Story.SLIPPING: 0.04,
    Story.REVENUE: 0.04,
}  # the rest (70 %) is healthy

TIER_SHARES = {"A": 0.10, "B": 0.30, "C": 0.60}
# The tier cadences of DESIGN.md §3 (days); the generator keeps healthy accounts
# inside them and pushes flagged ones past them.
TIER_CADENCE = {"A": 30, "B": 60, "C": 120}
CADENCE_OVERRIDE_SHARE = 0.08
CADENCE_OVERRIDES = {"A": (21, 45), "B": (45, 90), "C": (90, 180)}

A_WITHOUT_CONTRACT_SHARE = 0.20
CONTRACT_SHARE = {"B": 0.45, "C": 0.15}  # chance of a contract for B and C accounts
FRESH_COMPLAINT_SHARE = 0.02
OPEN_COMPLAINT_MIN_AGE = 8  # days; the rule flags complaints open > 7 days
HISTORY_DAYS = 3 * 365
RECENT_DAYS = 182  # "the last 6 months" of rules 7 and 8
NEW_CUSTOMER_SHARE = 0.12  # became a customer during the history

AMBASSADOR_SHARE = 0.15
MAX_AMBASSADORS = 2  # per account
MAX_DECISION_MAKERS = 2  # large accounts (> LARGE_ACCOUNT employees) may have two
LARGE_ACCOUNT = 250

# Touchpoint budget per account relative to a B-account, before noise.
TIER_ATTENTION = {"A": 2.4, "B": 1.2, "C": 0.7}
# Share of personal touchpoints in an account's budget (the rest is digital).
TIER_PERSONAL_SHARE = {"A": 0.6, "B": 0.55, "C": 0.5}
# Healthy personal gaps stay below this fraction of the cadence.
HEALTHY_GAP = 0.75
MIN_TOUCHPOINTS = 6
MIN_CONTACTS = 2
# Contacts per account relative to the average, by tier (big accounts, more people).
TIER_CONTACTS = {"A": 1.8, "B": 1.1, "C": 0.8}
# Purchases: multiplier on the sector's lines per three years.
TIER_PURCHASES = {"A": 1.8, "B": 1.0, "C": 0.6}
# How far a tier leans to the top of its sector's size range (exponent on U(0,1)).
TIER_SIZE_EXPONENT = {"A": 0.35, "B": 0.9, "C": 1.7}


def quota(rng, n: int, shares: dict, rest) -> list:
    """``n`` labels with exactly round(share × n) of each (largest remainder), shuffled.

    Whatever the shares leave over goes to ``rest``.
    """
    exact = {label: share * n for label, share in shares.items()}
    counts = {label: int(v) for label, v in exact.items()}
    left = round(sum(exact.values())) - sum(counts.values())
    for label in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[:left]:
        counts[label] += 1
    labels = [label for label, k in counts.items() for _ in range(k)]
    labels += [rest] * (n - len(labels))
    rng.shuffle(labels)
    return labels


def allocate(total: int, weights: list[float], minimum: int) -> list[int]:
    """Split ``total`` into integers ≥ ``minimum``, proportional to ``weights``, exactly."""
    n = len(weights)
    spare = total - minimum * n
    if spare < 0:
        raise ValueError(f"cannot give {n} items at least {minimum} out of {total}")
    w_sum = sum(weights)
    exact = [w * spare / w_sum for w in weights]
    counts = [int(x) for x in exact]
    left = spare - sum(counts)
    order = sorted(range(n), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[:left]:
        counts[i] += 1
    return [c + minimum for c in counts]
