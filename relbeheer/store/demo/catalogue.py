"""The demo supplier's catalogue and what each kind of customer typically buys.

The supplier sells e-bikes and accessories through dealers, resellers and
wholesalers, and directly to business customers. Every product line is a series
ranked basic → plus → pro (``level`` 1..3) so up-sell has a next step, and service
contracts and lease subscriptions (``is_contract``) give structural binding
(seed 004). Sector baskets with co-occurrence rules make cross-sell suggestions
meaningful: a delivery firm that runs cargo bikes buys rain covers and roadside
assistance; a lease company adds theft insurance to its lease contracts.
"""

from __future__ import annotations

from dataclasses import dataclass

# Item classes decide how often and in what quantity a product is ordered.
BIKE, ACCESSORY, EQUIPMENT, CONTRACT = "bike", "accessory", "equipment", "contract"

# (series, category, item class, per-unit contract, ((name, list price in €), ...) basic → pro)
# Contract prices are per year (per bike for per-unit contracts) and billed yearly.
SERIES = (
    ("Stadsfiets", "E-bike", BIKE, False, (
        ("Stadsfiets Basic", 1899),
        ("Stadsfiets Plus", 2399),
        ("Stadsfiets Pro", 2999),
    )),
    ("Trekking", "E-bike", BIKE, False, (
        ("Trekking Basic", 2199),
        ("Trekking Plus", 2799),
        ("Trekking Pro", 3499),
    )),
    ("Compact", "E-bike", BIKE, False, (
        ("Compact Basic", 1799),
        ("Compact Plus", 2199),
        ("Compact Pro", 2699),
    )),
    ("Cargo", "E-bike", BIKE, False, (
        ("Cargo Basic", 3499),
        ("Cargo Plus", 4299),
        ("Cargo Pro", 5299),
    )),
    ("Speed pedelec", "E-bike", BIKE, False, (
        ("Speed Pedelec Basic", 3999),
        ("Speed Pedelec Plus", 4999),
        ("Speed Pedelec Pro", 6499),
    )),
    ("Werkfiets", "E-bike", BIKE, False, (
        ("Werkfiets Basic", 2299),
        ("Werkfiets Plus", 2799),
        ("Werkfiets Pro", 3399),
    )),
    ("E-MTB", "E-bike", BIKE, False, (
        ("E-MTB Basic", 2999),
        ("E-MTB Plus", 3799),
        ("E-MTB Pro", 4999),
    )),
    ("Accu", "Accessoires", ACCESSORY, False, (
        ("Accu 400 Wh", 449),
        ("Accu 500 Wh", 549),
        ("Accu 625 Wh", 699),
    )),
    ("Slot", "Accessoires", ACCESSORY, False, (
        ("Ringslot", 59),
        ("Kettingslot", 99),
        ("ART-2 slotset", 149),
    )),
    ("Helm", "Accessoires", ACCESSORY, False, (
        ("Helm City", 69),
        ("Helm Urban", 119),
        ("Helm Speed Pedelec", 189),
    )),
    ("Fietstas", "Accessoires", ACCESSORY, False, (
        ("Fietstas enkel", 49),
        ("Dubbele fietstas", 89),
        ("Waterdichte tassenset", 139),
    )),
    ("Verlichting", "Accessoires", ACCESSORY, False, (
        ("Verlichtingsset", 39),
        ("LED-koplamp Pro", 89),
    )),
    ("Kinderzitje", "Accessoires", ACCESSORY, False, (
        ("Kinderzitje", 119),
    )),
    ("Regenhoes cargo", "Accessoires", ACCESSORY, False, (
        ("Regenhoes cargo", 149),
    )),
    ("Telefoonhouder", "Accessoires", ACCESSORY, False, (
        ("Telefoonhouder", 35),
    )),
    ("Banden", "Onderdelen", ACCESSORY, False, (
        ("Anti-lekbanden (set)", 79),
    )),
    ("Kettingset", "Onderdelen", ACCESSORY, False, (
        ("Kettingset", 45),
    )),
    ("Tracker", "Accessoires", ACCESSORY, False, (
        ("GPS-tracker", 129),
        ("GPS-tracker Fleet", 179),
    )),
    ("Laadkast", "Infrastructuur", EQUIPMENT, False, (
        ("Laadkast 4 accu's", 1299),
        ("Laadkast 10 accu's", 2499),
    )),
    ("Stalling", "Infrastructuur", EQUIPMENT, False, (
        ("Fietsenrek 10 plaatsen", 899),
        ("Overkapte stalling", 4500),
    )),
    ("Showroom", "Dealer", EQUIPMENT, False, (
        ("Showroomdisplay", 1250),
    )),
    ("Werkplaats", "Dealer", EQUIPMENT, False, (
        ("Werkplaatsgereedschap set", 899),
    )),
    ("Diagnose", "Dealer", EQUIPMENT, False, (
        ("Diagnosetool", 1495),
        ("Diagnosetool Pro", 2195),
    )),
    ("Demofietsen", "Dealer", EQUIPMENT, False, (
        ("Demofietsenpakket", 7500),
    )),
    ("Onderhoudscontract", "Service", CONTRACT, True, (
        ("Onderhoudscontract Basis", 149),
        ("Onderhoudscontract Plus", 229),
        ("Onderhoudscontract Totaal", 349),
    )),
    ("Dealerpakket", "Service", CONTRACT, False, (
        ("Dealerpakket Brons", 1200),
        ("Dealerpakket Zilver", 2400),
        ("Dealerpakket Goud", 4800),
    )),
    ("Fietslease", "Lease", CONTRACT, True, (
        ("Fietslease Basis", 900),
        ("Fietslease Plus", 1200),
        ("Fietslease Pro", 1600),
    )),
    ("Pechhulp", "Service", CONTRACT, True, (
        ("Pechhulp abonnement", 59),
    )),
    ("Verzekering", "Verzekering", CONTRACT, True, (
        ("Diefstalverzekering", 99),
    )),
    ("Fleetbeheer", "Service", CONTRACT, False, (
        ("Fleetbeheer abonnement", 1800),
    )),
    ("Deelfiets", "Lease", CONTRACT, False, (
        ("Deelfiets-abonnement", 2400),
    )),
)

# "Whoever carries X also carries Y" with a probability: the co-occurrence a
# cross-sell engine should find again.
COOCCURRENCE = (
    ("Cargo", "Regenhoes cargo", 0.65), ("Cargo", "Kinderzitje", 0.3),
    ("Speed pedelec", "Helm", 0.6), ("Speed pedelec", "Diagnose", 0.3),
    ("Werkfiets", "Tracker", 0.45), ("Werkfiets", "Accu", 0.4),
    ("Fietslease", "Verzekering", 0.6), ("Fietslease", "Pechhulp", 0.5),
    ("Diagnose", "Werkplaats", 0.5), ("E-MTB", "Helm", 0.4),
    ("Trekking", "Fietstas", 0.5), ("Laadkast", "Stalling", 0.4),
    ("Fleetbeheer", "Tracker", 0.6),
)


@dataclass(frozen=True)
class Sector:
    """What a kind of customer is like and what it buys."""

    name: str
    kind: str  # AccountKind value
    share: float  # share of accounts
    series: dict  # series → chance an account of this sector carries it
    contracts: tuple  # contract series this sector takes
    discount: float  # off list price
    employees: tuple  # (low, high) range, log-uniform
    revenue_per_employee: int  # € turnover per employee, for annual_revenue
    fleet_share: float  # bikes per employee for business customers (quantities)
    lines: float  # purchase lines over three years for a B-account
    bike_qty: tuple  # (low, high) bikes per order line


_DEALER_SERIES = {
    "Stadsfiets": 0.9, "Trekking": 0.7, "Compact": 0.5, "Cargo": 0.45, "Speed pedelec": 0.3,
    "E-MTB": 0.4, "Werkfiets": 0.05, "Accu": 0.8, "Slot": 0.85, "Helm": 0.65, "Fietstas": 0.6,
    "Verlichting": 0.6, "Kinderzitje": 0.3, "Telefoonhouder": 0.4, "Banden": 0.6,
    "Kettingset": 0.55, "Showroom": 0.3, "Werkplaats": 0.3, "Diagnose": 0.35, "Demofietsen": 0.2,
}

SECTORS = (
    Sector(
        "Fietsdetailhandel", "dealer", share=0.45,
        series=_DEALER_SERIES,
        contracts=("Dealerpakket",), discount=0.35, employees=(2, 30),
        revenue_per_employee=160_000, fleet_share=0, lines=45, bike_qty=(2, 8),
    ),
    Sector(
        "Sport- en outdoorzaak", "reseller", share=0.06,
        series={
            "Stadsfiets": 0.5, "E-MTB": 0.8, "Trekking": 0.6, "Helm": 0.8, "Slot": 0.7,
            "Fietstas": 0.6, "Telefoonhouder": 0.6, "Verlichting": 0.5,
        },
        contracts=("Dealerpakket",), discount=0.3, employees=(5, 80),
        revenue_per_employee=180_000, fleet_share=0, lines=30, bike_qty=(1, 5),
    ),
    Sector(
        "Webwinkel", "reseller", share=0.04,
        series={
            "Compact": 0.8, "Stadsfiets": 0.7, "Slot": 0.8, "Helm": 0.6, "Telefoonhouder": 0.7,
            "Fietstas": 0.6, "Accu": 0.5, "Verlichting": 0.6,
        },
        contracts=("Dealerpakket",), discount=0.3, employees=(3, 60),
        revenue_per_employee=250_000, fleet_share=0, lines=30, bike_qty=(1, 6),
    ),
    Sector(
        "Tweewieler- en scooterzaak", "reseller", share=0.04,
        series={
            "Stadsfiets": 0.8, "Speed pedelec": 0.6, "Compact": 0.5, "Helm": 0.7, "Slot": 0.8,
            "Accu": 0.6, "Banden": 0.5, "Diagnose": 0.3,
        },
        contracts=("Dealerpakket", "Onderhoudscontract"), discount=0.3, employees=(2, 25),
        revenue_per_employee=170_000, fleet_share=0, lines=30, bike_qty=(1, 5),
    ),
    Sector(
        "Groothandel tweewielers", "wholesaler", share=0.05,
        series={
            "Accu": 0.9, "Slot": 0.9, "Banden": 0.9, "Kettingset": 0.9, "Verlichting": 0.8,
            "Helm": 0.6, "Fietstas": 0.7, "Stadsfiets": 0.5, "Compact": 0.4,
            "Telefoonhouder": 0.6,
        },
        contracts=("Dealerpakket",), discount=0.42, employees=(15, 250),
        revenue_per_employee=400_000, fleet_share=0, lines=60, bike_qty=(5, 25),
    ),
    Sector(
        "Leasemaatschappij", "business", share=0.05,
        series={
            "Stadsfiets": 0.8, "Trekking": 0.6, "Speed pedelec": 0.6, "Slot": 0.6,
            "Tracker": 0.4, "Helm": 0.3,
        },
        contracts=("Fietslease", "Verzekering", "Pechhulp", "Onderhoudscontract"),
        discount=0.12, employees=(15, 400),
        revenue_per_employee=600_000, fleet_share=0.5, lines=20, bike_qty=(5, 30),
    ),
    Sector(
        "Gemeente", "business", share=0.05,
        series={
            "Cargo": 0.6, "Werkfiets": 0.7, "Stadsfiets": 0.5, "Laadkast": 0.5, "Stalling": 0.5,
            "Slot": 0.4,
        },
        contracts=("Onderhoudscontract", "Deelfiets"), discount=0.1, employees=(150, 4000),
        revenue_per_employee=120_000, fleet_share=0.03, lines=14, bike_qty=(2, 12),
    ),
    Sector(
        "Zorg", "business", share=0.05,
        series={
            "Stadsfiets": 0.7, "Compact": 0.5, "Laadkast": 0.5, "Stalling": 0.5, "Slot": 0.5,
            "Helm": 0.3,
        },
        contracts=("Onderhoudscontract", "Fietslease"), discount=0.1, employees=(80, 6000),
        revenue_per_employee=110_000, fleet_share=0.02, lines=12, bike_qty=(2, 15),
    ),
    Sector(
        "Bezorging en logistiek", "business", share=0.06,
        series={
            "Cargo": 0.8, "Werkfiets": 0.7, "Speed pedelec": 0.4, "Accu": 0.6, "Tracker": 0.5,
            "Verlichting": 0.4,
        },
        contracts=("Onderhoudscontract", "Pechhulp", "Fleetbeheer"),
        discount=0.12, employees=(10, 600),
        revenue_per_employee=90_000, fleet_share=0.4, lines=22, bike_qty=(2, 20),
    ),
    Sector(
        "Onderwijs", "business", share=0.03,
        series={
            "Stadsfiets": 0.6, "Compact": 0.5, "Stalling": 0.6, "Laadkast": 0.4, "Helm": 0.4,
        },
        contracts=("Onderhoudscontract", "Deelfiets"), discount=0.1, employees=(60, 2500),
        revenue_per_employee=90_000, fleet_share=0.02, lines=10, bike_qty=(2, 10),
    ),
    Sector(
        "Zakelijke dienstverlening", "business", share=0.05,
        series={
            "Stadsfiets": 0.7, "Speed pedelec": 0.5, "Laadkast": 0.4, "Stalling": 0.4,
            "Slot": 0.5,
        },
        contracts=("Fietslease", "Onderhoudscontract"), discount=0.1, employees=(10, 800),
        revenue_per_employee=150_000, fleet_share=0.08, lines=10, bike_qty=(1, 8),
    ),
    Sector(
        "Recreatie en verhuur", "business", share=0.04,
        series={
            "Trekking": 0.8, "Stadsfiets": 0.7, "E-MTB": 0.5, "Fietstas": 0.6, "Helm": 0.5,
            "Slot": 0.7, "Kinderzitje": 0.4, "Telefoonhouder": 0.4,
        },
        contracts=("Onderhoudscontract", "Pechhulp"), discount=0.15, employees=(5, 150),
        revenue_per_employee=80_000, fleet_share=0.6, lines=18, bike_qty=(3, 15),
    ),
    Sector(
        "Bouw en installatie", "business", share=0.03,
        series={
            "Werkfiets": 0.8, "Cargo": 0.5, "Speed pedelec": 0.5, "Tracker": 0.5, "Accu": 0.4,
        },
        contracts=("Fleetbeheer", "Pechhulp", "Onderhoudscontract"),
        discount=0.1, employees=(10, 500),
        revenue_per_employee=180_000, fleet_share=0.1, lines=12, bike_qty=(1, 8),
    ),
)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: fast in sets
class Product:
    """One catalogue row plus how the generator uses it."""

    index: int
    name: str
    series: str
    level: int
    category: str
    price: float
    item: str  # BIKE / ACCESSORY / EQUIPMENT / CONTRACT
    per_unit: bool  # contract priced per bike

    @property
    def is_contract(self) -> bool:
        return self.item == CONTRACT


def catalogue() -> list[Product]:
    """Every product in a fixed order (the order gives deterministic ids)."""
    products = []
    for series, category, item, per_unit, levels in SERIES:
        for level, (name, price) in enumerate(levels, start=1):
            products.append(
                Product(len(products), name, series, level, category, float(price), item, per_unit)
            )
    return products


def series_index(products: list[Product]) -> dict[str, list[Product]]:
    """Series name → its products ordered basic → pro."""
    by_series: dict[str, list[Product]] = {}
    for p in products:
        by_series.setdefault(p.series, []).append(p)
    return by_series
