"""Owners, accounts and contacts of the demo portfolio.

The people side of the demo: account managers grouped in teams (named after the
manager) per region, accounts with a tier, a sector, a city and a size, and the
contacts at each account with their decision roles. The per-account *plan*
(story, cadence, budgets) is fixed here, before any history is written, so that
the history generator only has to follow it.
"""

from __future__ import annotations

import math

from relbeheer.store.demo import people, plan
from relbeheer.store.demo.catalogue import SECTORS
from relbeheer.store.demo.ids import IdSource
from relbeheer.store.demo.plan import Story

TEAM_SIZE = 7  # account managers per sales manager
SUPPLIER_DOMAIN = "trapkracht.nl"  # the demo supplier's own e-mail domain

OWNER_COLUMNS = ("id", "name", "email", "team", "manager", "region")
ACCOUNT_COLUMNS = (
    "id", "name", "external_ref", "kind", "tier", "owner_id", "sector", "region", "country",
    "city", "employees", "annual_revenue", "year_established", "cadence_days", "notes", "goals",
    "source",
)
CONTACT_COLUMNS = (
    "id", "account_id", "name", "job_title", "email", "phone", "role", "preferred_channel",
    "is_ambassador",
)

ROLES = ("decision_maker", "influencer", "user", "gatekeeper")
DM, INFLUENCER, USER, GATEKEEPER = range(4)
# Roles of contacts beyond the decision maker(s): influencers, users, gatekeepers.
_OTHER_ROLES = (INFLUENCER,) * 35 + (USER,) * 40 + (GATEKEEPER,) * 25
# Gatekeepers and users read their mail; decision makers like to be visited.
_DIGITAL_BY_ROLE = (0.2, 0.25, 0.35, 0.5)

_NOTES = (
    "Familiebedrijf, tweede generatie aan het roer.",
    "Wil graag vroeg horen over nieuwe modellen.",
    "Beslist samen met de werkplaatschef.",
    "Groeit hard in zakelijke lease.",
    "Prijsbewust; vergelijkt altijd met twee concurrenten.",
    "Gevoelig voor persoonlijke aandacht, waardeert een bezoek.",
    "Onderdeel van een inkoopcombinatie.",
    "",
    "",
    "",
)
_GOALS = (
    "Omzetgroei 10% komend jaar; speed pedelecs introduceren.",
    "Onderhoudscontract afsluiten voor het hele wagenpark.",
    "Uitbreiden naar cargo en bedrijfsfietsen.",
    "Dealerpakket naar Goud; twee trainingen per jaar.",
    "Ambassadeur maken: referentiebezoek voor nieuwe klanten.",
)


class AccountPlan:
    """Everything fixed about one account before its history is written."""

    __slots__ = (
        "index", "id", "name", "kind", "sector", "tier", "story", "owner_id", "city",
        "region", "area_code", "employees", "cadence", "override", "start", "n_tp",
        "n_contacts", "no_contract", "fresh_complaint", "domain", "contacts", "dm_digital",
    )

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def make_owners(rng, ids: IdSource, n_accounts: int, accounts_per_owner: int, region_weight):
    """Owner rows and, per region, the owner ids that serve it."""
    n_owners = max(len(people.REGIONS), round(n_accounts / accounts_per_owner))
    total_w = sum(region_weight.values())
    # at least one owner per region, the rest by the region's share of accounts
    counts = plan.allocate(n_owners, [region_weight[r] / total_w for r in people.REGIONS], 1)
    used: set[str] = set()

    def unique_name() -> tuple[str, str]:
        while True:
            first, last = people.person_name(rng.random)
            if f"{first} {last}" not in used:
                used.add(f"{first} {last}")
                return first, last

    rows, by_region = [], {}
    for region, count in zip(people.REGIONS, counts):
        by_region[region] = []
        for t in range(math.ceil(count / TEAM_SIZE)):
            manager = " ".join(unique_name())
            for _ in range(min(TEAM_SIZE, count - t * TEAM_SIZE)):
                first, last = unique_name()
                oid = ids.next("owners")
                email = people.person_email(first, last, SUPPLIER_DOMAIN)
                rows.append((oid, f"{first} {last}", email, manager, manager, region))
                by_region[region].append(oid)
    return rows, by_region


def plan_accounts(rng, ids: IdSource, scale: plan.Scale, history_days: int):
    """Account plans (with rows) and the owner rows, in a fixed order for a given rng."""
    n = scale.accounts
    rnd = rng.random
    tiers = plan.quota(rng, n, {"A": plan.TIER_SHARES["A"], "B": plan.TIER_SHARES["B"]}, "C")
    stories = plan.quota(rng, n, plan.STORY_SHARES, Story.HEALTHY)
    sectors = rng.choices(SECTORS, weights=[s.share for s in SECTORS], k=n)
    city_w = [c[2] for c in people.CITIES]
    cities = rng.choices(people.CITIES, weights=city_w, k=n)
    region_weight = {r: 0 for r in people.REGIONS}
    for c in cities:
        region_weight[people.region_of(c[0], c[1])] += 1
    owner_rows, owners_by_region = make_owners(
        rng, ids, n, scale.accounts_per_owner, region_weight
    )
    a_indices = [i for i, t in enumerate(tiers) if t == "A"]
    no_contract = set(rng.sample(a_indices, round(len(a_indices) * plan.A_WITHOUT_CONTRACT_SHARE)))

    namer = people.CompanyNamer(rnd)
    plans, tp_weights, contact_weights = [], [], []
    for i in range(n):
        tier, story, sector = tiers[i], stories[i], sectors[i]
        city, province, _, area = cities[i]
        region = people.region_of(city, province)
        owners = owners_by_region[region]
        override = None
        if rnd() < plan.CADENCE_OVERRIDE_SHARE:
            override = rng.choice(plan.CADENCE_OVERRIDES[tier])
        start = 0
        if rnd() < plan.NEW_CUSTOMER_SHARE:
            # a newer customer, but with at least a year of history to show a rhythm
            start = int(rnd() * (history_days - 400))
        lo, hi = sector.employees
        employees = max(1, round(lo * (hi / lo) ** (rnd() ** plan.TIER_SIZE_EXPONENT[tier])))
        name = namer.name(sector.name, city)
        p = AccountPlan(
            index=i, id=ids.next("accounts"), name=name, kind=sector.kind, sector=sector,
            tier=tier, story=story, owner_id=owners[int(rnd() * len(owners))], city=city,
            region=region, area_code=area, employees=employees,
            cadence=override or plan.TIER_CADENCE[tier], override=override, start=start,
            no_contract=i in no_contract,
            fresh_complaint=story == Story.HEALTHY and rnd() < plan.FRESH_COMPLAINT_SHARE,
            domain=people.slug(name.replace(" BV", "")) + ".nl",
            dm_digital=story == Story.DRIFT, contacts=None, n_tp=0, n_contacts=0,
        )
        plans.append(p)
        active = (history_days - start) / history_days
        tp_weights.append(plan.TIER_ATTENTION[tier] * active * math.exp(rng.gauss(0, 0.3)))
        size = math.log10(employees + 1)
        contact_weights.append(plan.TIER_CONTACTS[tier] * (0.6 + 0.4 * size) * (0.7 + 0.6 * rnd()))

    for p, k in zip(plans, plan.allocate(scale.touchpoints, tp_weights, plan.MIN_TOUCHPOINTS)):
        p.n_tp = k
    for p, k in zip(plans, plan.allocate(scale.contacts, contact_weights, plan.MIN_CONTACTS)):
        p.n_contacts = k
    return plans, owner_rows


def account_row(p: AccountPlan, rnd) -> tuple:
    """The accounts row of a plan."""
    s = p.sector
    revenue = round(p.employees * s.revenue_per_employee * (0.7 + 0.6 * rnd()), -3)
    year = 2024 - int(rnd() ** 1.5 * 110)
    notes = _NOTES[int(rnd() * len(_NOTES))]
    goals = _GOALS[int(rnd() * len(_GOALS))] if p.tier == "A" else ""
    return (
        p.id, p.name, f"K-{p.index + 1:06d}", p.kind, p.tier, p.owner_id, s.name, p.region,
        "NL", p.city, p.employees, revenue, year, p.override, notes, goals, "demo",
    )


def contact_rows(p: AccountPlan, rnd, ids: IdSource, out: list) -> None:
    """Append the contacts of one account to ``out`` and record them on the plan.

    ``p.contacts`` becomes a list of (id, role index, is_ambassador, prefers_digital).
    Every account gets a decision maker first, and at least one contact who is
    neither decision maker nor ambassador (someone else to talk to).
    """
    titles = people.JOB_TITLES[p.kind]
    n = p.n_contacts
    large = n >= 6 and p.employees > plan.LARGE_ACCOUNT
    n_dm = plan.MAX_DECISION_MAKERS if (large and rnd() < 0.3) else 1
    roles = [DM] * n_dm + [_OTHER_ROLES[int(rnd() * 100)] for _ in range(n - n_dm)]
    ambassadors = [rnd() < plan.AMBASSADOR_SHARE for _ in range(n)]
    if all(amb for r, amb in zip(roles, ambassadors) if r != DM):
        ambassadors[-1] = False
    n_amb = 0
    contacts = []
    for k in range(n):
        role = roles[k]
        amb = ambassadors[k] and n_amb < plan.MAX_AMBASSADORS
        n_amb += amb
        digital = rnd() < _DIGITAL_BY_ROLE[role]
        if role == DM and p.dm_digital:
            digital = True
        first, last = people.person_name(rnd)
        cid = ids.next("contacts")
        if rnd() < 0.6:
            phone = people.mobile_number(rnd)
        else:
            phone = people.landline_number(rnd, p.area_code)
        options = titles[role]
        out.append((
            cid, p.id, f"{first} {last}", options[int(rnd() * len(options))],
            people.person_email(first, last, p.domain), phone, ROLES[role],
            "digital" if digital else "personal", int(amb),
        ))
        contacts.append((cid, role, amb, digital))
    p.contacts = contacts
