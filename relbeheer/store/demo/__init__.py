"""Deterministic demo data: a Dutch e-bike supplier's B2B portfolio.

``generate_demo(db, scale="S"|"M"|"L", seed=42, as_of=None)`` fills an empty
database. The modules: plan (scales, stories and their shares), people (names,
cities, regions), catalogue (products and sector baskets), accounts (owners,
accounts, contacts), history (touchpoints), commerce (purchases, offers),
feedback (service cases, measurements), generator (the transaction).
"""

from relbeheer.store.demo.generator import generate_demo
from relbeheer.store.demo.plan import SCALES, Story

__all__ = ["generate_demo", "SCALES", "Story"]
