"""Placing dated events on an account's timeline with a rhythm.

Relationships have a rhythm: a dealer is visited about every five weeks, not at
Poisson-random moments (which would leave healthy accounts with random long
silences the rules would rightly flag). Events are spread evenly with a little
jitter; a *warped* grid lets the density change after a cut-off date, which is
how attention or purchases "fall" in the last six months of a story.

Days are integers counted from the first day of the history.
"""

from __future__ import annotations

JITTER = 0.5  # ± half of this fraction of the spacing moves each event


def grid(rnd, n: int, a: float, b: float, jitter: float = JITTER) -> list[int]:
    """``n`` sorted days in [a, b], evenly spaced with jitter, the last exactly on ``b``."""
    if n <= 0:
        return []
    b = int(b)
    if n == 1 or b <= a:
        return [b] * n
    step = (b - a) / n
    days = [int(a + step * (k + 1 + (rnd() - 0.5) * jitter)) for k in range(n - 1)]
    days.append(b)
    days.sort()
    return days


def warped_grid(
    rnd, n: int, a: float, b: float, cut: float, rate: float, jitter: float = JITTER
) -> list[int]:
    """Like ``grid``, but after day ``cut`` events come ``rate`` times as often."""
    if n <= 0:
        return []
    if cut >= b or cut <= a:
        return grid(rnd, n, a, b, jitter)
    before = cut - a
    mass = before + rate * (b - cut)
    step = mass / n
    days = []
    for k in range(n - 1):
        m = step * (k + 1 + (rnd() - 0.5) * jitter)
        days.append(int(a + m if m <= before else cut + (m - before) / rate))
    days.append(int(b))
    days.sort()
    return days
