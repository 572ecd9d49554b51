"""Import the Maven Analytics "CRM Sales Opportunities" export as it is published.

The folder (``accounts.csv``, ``products.csv``, ``sales_teams.csv``,
``sales_pipeline.csv``) is the closest public stand-in for a real CRM export, typos
included, so the importer copes with its quirks instead of asking for a clean copy.

Mapping (DESIGN.md §2, §7):

* accounts → accounts: kind "business", ``external_ref`` = the company name,
  sector with "technolgy" read as "technology", revenue (millions USD) →
  ``annual_revenue``, office_location → country, subsidiary_of → ``parent_id``.
  Tier from revenue rank (``merge.rank_tiers``: top 15% A, next 35% B, rest C);
  owner = the agent with the most opportunities at the account.
* sales_teams → owners: the manager is both ``team`` and ``manager``, the
  regional office the ``region``.
* products → products with series and price; ``level`` inside the series follows
  the price order (GTX Basic 1 < GTX Plus Basic 2 < GTX Pro 3 < GTX Plus Pro 4).
  Pipeline names match after removing spaces and case ("GTXPro" is "GTX Pro").
* sales_pipeline → every opportunity with an account becomes an offer
  (``external_ref`` = opportunity id; status won/lost/open; value = the close value
  when won, otherwise the product's list price: what was, or is, on the table).
  Won ones also become a purchase (date = close date, amount = close value,
  quantity 1). Each engage date becomes a touchpoint of kind "call" by that agent:
  "engaging" is the stage where the agent is in conversation with the account, a
  personal contact, and a call claims no more than we know (no visit, no e-mail).
* Opportunities without an account (1,425 in the published file, all open) are
  counted and reported, not imported: nothing in relbeheer can hold them.

A second import of the same (or a newer) export adds nothing twice: see
``merge.sync_by_key``. All files are read and checked before anything is written,
and the writing is one transaction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from relbeheer.core.domain import AccountKind, OfferStatus, TouchpointKind, new_id
from relbeheer.store.bulk import insert_rows
from relbeheer.store.importers.csvread import CsvTable
from relbeheer.store.importers.merge import (
    existing_rows,
    import_cache,
    rank_tiers,
    sync_by_key,
)
from relbeheer.store.importers.report import ImportFileError, ImportReport

Progress = Callable[[int, int, str], None] | None

SOURCE = "maven"
SECTOR_FIXES = {"technolgy": "technology"}
COUNTRY_FIXES = {"Philipines": "Philippines"}
STAGES = {
    "won": OfferStatus.WON,
    "lost": OfferStatus.LOST,
    "engaging": OfferStatus.OPEN,
    "prospecting": OfferStatus.OPEN,
}
CONTACT_KIND = TouchpointKind.CALL


def _columns(*names: str) -> list[dict[str, str]]:
    return [{n: n for n in names}]


ACCOUNT_COLUMNS = _columns(
    "account", "sector", "year_established", "revenue", "employees", "office_location",
    "subsidiary_of",
)
PRODUCT_COLUMNS = _columns("product", "series", "sales_price")
TEAM_COLUMNS = _columns("sales_agent", "manager", "regional_office")
PIPELINE_COLUMNS = _columns(
    "opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
    "close_date", "close_value",
)


@dataclass
class Opportunity:
    ref: str
    agent: str
    product: str
    account: str
    stage: str
    status: OfferStatus
    engaged_on: str | None
    closed_on: str | None
    close_value: float | None


def product_key(name: str) -> str:
    """Names match without spaces and case: the pipeline's "GTXPro" is "GTX Pro"."""
    return re.sub(r"\s+", "", name).casefold()


def import_maven(db: Database, directory: Path, *, progress: Progress = None) -> ImportReport:
    """Import a Maven CRM folder; raises ``ImportFileError`` (nothing written) on bad input."""
    directory = Path(directory)
    report = ImportReport(source=str(directory))
    step = progress or (lambda done, total, what: None)
    step(0, 7, "reading Maven CRM files")
    accounts = _read_accounts(directory / "accounts.csv")
    products = _read_products(directory / "products.csv")
    teams = _read_teams(directory / "sales_teams.csv")
    step(1, 7, "reading the sales pipeline")
    pipeline = _read_pipeline(directory / "sales_pipeline.csv")
    with import_cache(db), db.atomic():
        # Parents and subsidiaries point at each other inside one insert; the
        # foreign keys are checked at commit (the pragma ends with the transaction).
        db.execute("PRAGMA defer_foreign_keys = ON")
        step(2, 7, "owners")
        owner_ids = sync_by_key(
            db, "owners", "name",
            {agent: {"name": agent, "team": manager, "manager": manager, "region": region}
             for agent, (manager, region) in teams.items()},
            update=["team", "manager", "region"], report=report,
        )
        step(3, 7, "products")
        product_ids = _write_products(db, products, report)
        step(4, 7, "accounts")
        account_ids = _write_accounts(db, accounts, pipeline, owner_ids, report)
        step(5, 7, "opportunities")
        _write_opportunities(
            db, pipeline, account_ids, product_ids, owner_ids, products, report
        )
    step(7, 7, "done")
    return report


# --- reading: every check happens here, before anything is written -------------


def _table(path: Path, columns) -> CsvTable:
    if not path.is_file():
        raise ImportFileError(
            path, None,
            "file not found (a Maven CRM folder holds accounts.csv, products.csv, "
            "sales_teams.csv and sales_pipeline.csv)",
        )
    return CsvTable(path, columns)


def _read_accounts(path: Path) -> dict[str, dict]:
    table = _table(path, ACCOUNT_COLUMNS)
    ix = table.index
    accounts: dict[str, dict] = {}
    for row in table.rows():
        name = row[ix["account"]].strip()
        if not name:
            raise table.error("account is empty")
        if name in accounts:
            raise table.error(f"account '{name}' appears twice")
        sector = row[ix["sector"]].strip()
        country = row[ix["office_location"]].strip()
        accounts[name] = {
            "sector": SECTOR_FIXES.get(sector, sector),
            "country": COUNTRY_FIXES.get(country, country),
            "year_established": table.integer(row[ix["year_established"]], "year_established"),
            "annual_revenue": table.number(row[ix["revenue"]], "revenue"),
            "employees": table.integer(row[ix["employees"]], "employees"),
            "parent": row[ix["subsidiary_of"]].strip(),
        }
    return accounts


def _read_products(path: Path) -> dict[str, tuple[str, float | None]]:
    table = _table(path, PRODUCT_COLUMNS)
    ix = table.index
    products: dict[str, tuple[str, float | None]] = {}
    keys: set[str] = set()
    for row in table.rows():
        name = row[ix["product"]].strip()
        if not name:
            raise table.error("product is empty")
        if product_key(name) in keys:
            raise table.error(f"product '{name}' appears twice")
        keys.add(product_key(name))
        price = table.number(row[ix["sales_price"]], "sales_price")
        products[name] = (row[ix["series"]].strip(), price)
    return products


def _read_teams(path: Path) -> dict[str, tuple[str, str]]:
    table = _table(path, TEAM_COLUMNS)
    ix = table.index
    teams: dict[str, tuple[str, str]] = {}
    for row in table.rows():
        agent = row[ix["sales_agent"]].strip()
        if not agent:
            raise table.error("sales_agent is empty")
        if agent in teams:
            raise table.error(f"sales agent '{agent}' appears twice")
        teams[agent] = (row[ix["manager"]].strip(), row[ix["regional_office"]].strip())
    return teams


def _read_pipeline(path: Path) -> list[Opportunity]:
    table = _table(path, PIPELINE_COLUMNS)
    ix = table.index
    seen: set[str] = set()
    pipeline: list[Opportunity] = []
    for row in table.rows():
        ref = row[ix["opportunity_id"]].strip()
        if not ref:
            raise table.error("opportunity_id is empty")
        if ref in seen:
            raise table.error(f"opportunity '{ref}' appears twice")
        seen.add(ref)
        stage = row[ix["deal_stage"]].strip()
        status = STAGES.get(stage.lower())
        if status is None:
            raise table.value_error(
                "deal_stage", stage, "one of Prospecting, Engaging, Won, Lost"
            )
        pipeline.append(
            Opportunity(
                ref=ref,
                agent=row[ix["sales_agent"]].strip(),
                product=row[ix["product"]].strip(),
                account=row[ix["account"]].strip(),
                stage=stage.capitalize(),
                status=status,
                engaged_on=table.date(row[ix["engage_date"]], "engage_date"),
                closed_on=table.date(row[ix["close_date"]], "close_date"),
                close_value=table.number(row[ix["close_value"]], "close_value"),
            )
        )
    return pipeline


# --- writing: one transaction, held by import_maven -----------------------------


def _write_products(db: Database, products: dict, report: ImportReport) -> dict[str, str]:
    """Products by name; ``level`` is the rank of the price inside the series."""
    by_series: dict[str, list[str]] = {}
    for name, (series, _price) in products.items():
        by_series.setdefault(series, []).append(name)
    levels = {}
    for names in by_series.values():
        ranked = sorted(names, key=lambda n: (products[n][1] or 0.0, n))
        levels.update({name: i for i, name in enumerate(ranked, start=1)})
    rows = {
        name: {"name": name, "external_ref": name, "series": series, "level": levels[name],
               "price": price, "is_contract": 0}
        for name, (series, price) in products.items()
    }
    return sync_by_key(
        db, "products", "external_ref", rows, update=["series", "level", "price"], report=report
    )


def _write_accounts(db, accounts, pipeline, owner_ids, report) -> dict[str, str]:
    """Accounts by name, with tier, owner and parent company."""
    existing = existing_rows(db, "accounts", "external_ref", where="AND source = ?",
                             params=[SOURCE])
    ids = {name: existing[name]["id"] if name in existing else new_id() for name in accounts}
    tiers = rank_tiers({name: a["annual_revenue"] for name, a in accounts.items()})
    owners = _main_agents(pipeline)
    rows = {}
    for name, a in accounts.items():
        parent = a["parent"]
        if parent and parent not in ids:
            report.skipped["parent companies not in accounts.csv"] += 1
        owner = owners.get(name)
        rows[name] = {
            "name": name, "external_ref": name, "kind": AccountKind.BUSINESS.value,
            "tier": tiers[name].value, "owner_id": owner_ids.get(owner) if owner else None,
            "sector": a["sector"], "country": a["country"], "employees": a["employees"],
            "annual_revenue": a["annual_revenue"], "year_established": a["year_established"],
            "parent_id": ids.get(parent) if parent and parent != name else None,
            "source": SOURCE,
        }
    # Tier and owner are the account manager's to change after the first import.
    update = ["sector", "country", "employees", "annual_revenue", "year_established",
              "parent_id"]
    return sync_by_key(db, "accounts", "external_ref", rows, update=update, report=report,
                       existing=existing, new_ids=ids)


def _main_agents(pipeline: list[Opportunity]) -> dict[str, str]:
    """Per account, the agent with the most opportunities there (ties: by name)."""
    counts = Counter((o.account, o.agent) for o in pipeline if o.account and o.agent)
    best: dict[str, tuple[int, str]] = {}
    for (account, agent), n in counts.items():
        current = best.get(account)
        if current is None or (-n, agent) < (-current[0], current[1]):
            best[account] = (n, agent)
    return {account: agent for account, (_n, agent) in best.items()}


def _write_opportunities(
    db, pipeline, account_ids, product_ids, owner_ids, products, report
) -> None:
    """Offers for every opportunity with an account; purchases and touchpoints from them."""
    by_key = {product_key(name): name for name in products}
    known_purchases = {r["external_ref"] for r in db.query(
        "SELECT external_ref FROM purchases WHERE source = ? AND external_ref IS NOT NULL",
        [SOURCE])}
    known_touchpoints = {r["external_ref"] for r in db.query(
        "SELECT external_ref FROM touchpoints WHERE external_ref IS NOT NULL")}
    offers: dict[str, dict] = {}
    purchases: list[tuple] = []
    touchpoints: list[tuple] = []
    kind = CONTACT_KIND
    for o in pipeline:
        if not o.account:
            state = "open" if o.status is OfferStatus.OPEN else "closed"
            report.skipped[f"{state} opportunities without an account"] += 1
            continue
        account_id = account_ids.get(o.account)
        if account_id is None:
            report.skipped["opportunities with an account not in accounts.csv"] += 1
            continue
        product = by_key.get(product_key(o.product))
        if product is None:
            report.skipped["opportunities with a product not in products.csv"] += 1
            continue
        product_id = product_ids[product]
        owner_id = owner_ids.get(o.agent)
        if owner_id is None:
            report.skipped["opportunity agents not in sales_teams.csv (kept, no owner)"] += 1
        won = o.status is OfferStatus.WON
        offers[o.ref] = {
            "account_id": account_id, "product_id": product_id, "owner_id": owner_id,
            "status": o.status.value, "stage": o.stage, "engaged_on": o.engaged_on,
            "closed_on": o.closed_on,
            "value": o.close_value if won else products[product][1],
            "external_ref": o.ref,
        }
        if won and o.closed_on is None:
            report.skipped["won opportunities without a close date (no purchase)"] += 1
        elif won and o.ref in known_purchases:
            report.skipped["purchases already imported"] += 1
        elif won:
            amount = o.close_value or 0.0
            purchases.append((new_id(), account_id, product_id, o.closed_on, 1.0, amount,
                              amount, o.ref, SOURCE))
        if o.engaged_on is None:
            continue
        if o.ref in known_touchpoints:
            report.skipped["touchpoints already imported"] += 1
            continue
        note = f"Engaged on {product} (opportunity {o.ref})"
        touchpoints.append((new_id(), account_id, owner_id, o.engaged_on, kind.value,
                            kind.channel.value, kind.binding.value, note, o.ref))
    sync_by_key(
        db, "offers", "external_ref", offers, report=report,
        update=["account_id", "product_id", "owner_id", "status", "stage", "engaged_on",
                "closed_on", "value"],
    )
    report.added["purchases"] += insert_rows(
        db, "purchases",
        ["id", "account_id", "product_id", "date", "quantity", "unit_price", "amount",
         "external_ref", "source"],
        purchases,
    )
    report.added["touchpoints"] += insert_rows(
        db, "touchpoints",
        ["id", "account_id", "owner_id", "date", "kind", "channel", "binding", "note",
         "external_ref"],
        touchpoints,
    )
