"""The Maven CRM mapping: a hand-made folder for each rule, the published one for the totals."""

from __future__ import annotations

import json

import pytest

from relbeheer.cli import main
from relbeheer.store.importers.maven import import_maven


@pytest.fixture
def imported(fresh_db, maven_dir):
    report = import_maven(fresh_db, maven_dir)
    return fresh_db, report


def _one(db, sql, params=()):
    return next(db.query(sql, list(params)))


def test_counts_of_the_small_folder(imported):
    _db, report = imported
    assert report.added == {"owners": 3, "products": 7, "accounts": 4, "offers": 5,
                            "purchases": 2, "touchpoints": 4}
    assert report.skipped == {"open opportunities without an account": 2}


def test_account_fields_and_published_typos(imported):
    db, _ = imported
    acme = _one(db, "SELECT * FROM accounts WHERE name = 'Acme Corporation'")
    assert acme["sector"] == "technology"  # "technolgy" in the file
    assert (acme["annual_revenue"], acme["employees"], acme["year_established"]) == (
        1100.04, 2822, 1996)
    assert (acme["country"], acme["kind"], acme["external_ref"], acme["source"]) == (
        "United States", "business", "Acme Corporation", "maven")
    betatech = _one(db, "SELECT * FROM accounts WHERE name = 'Betatech'")
    assert betatech["country"] == "Philippines"  # "Philipines" in the file
    assert betatech["parent_id"] == acme["id"]
    assert acme["parent_id"] is None


def test_tier_follows_revenue_rank(imported):
    """Four accounts: 15% → 1 A, 35% → 1 B, the rest C."""
    db, _ = imported
    tiers = {r["name"]: r["tier"] for r in db.query("SELECT name, tier FROM accounts")}
    assert tiers == {"Cheers": "A", "Dambase": "B", "Acme Corporation": "C", "Betatech": "C"}


def test_owner_is_the_agent_with_most_opportunities(imported):
    db, _ = imported
    owners = {
        r["name"]: r["owner"]
        for r in db.query(
            "SELECT a.name, o.name AS owner FROM accounts a LEFT JOIN owners o ON o.id = a.owner_id"
        )
    }
    # Acme: Moses Frase 2 opportunities, Anna Snelling 1; no opportunities: no owner.
    assert owners == {"Acme Corporation": "Moses Frase", "Cheers": "Darcel Schlecht",
                      "Betatech": None, "Dambase": None}


def test_owners_carry_manager_as_team_and_region(imported):
    db, _ = imported
    anna = _one(db, "SELECT * FROM owners WHERE name = 'Anna Snelling'")
    assert (anna["team"], anna["manager"], anna["region"]) == (
        "Dustin Brinkmann", "Dustin Brinkmann", "Central")


def test_product_level_follows_price_inside_series(imported):
    db, _ = imported
    levels = {r["name"]: (r["series"], r["level"], r["price"])
              for r in db.query("SELECT * FROM products")}
    assert levels == {
        "GTX Basic": ("GTX", 1, 550.0), "GTX Plus Basic": ("GTX", 2, 1096.0),
        "GTX Pro": ("GTX", 3, 4821.0), "GTX Plus Pro": ("GTX", 4, 5482.0),
        "MG Special": ("MG", 1, 55.0), "MG Advanced": ("MG", 2, 3393.0),
        "GTK 500": ("GTK", 1, 26768.0),
    }


def test_won_becomes_purchase_and_gtxpro_is_gtx_pro(imported):
    db, _ = imported
    rows = list(db.query(
        "SELECT p.name, u.date, u.quantity, u.unit_price, u.amount, u.external_ref, a.name AS acc"
        " FROM purchases u JOIN products p ON p.id = u.product_id"
        " JOIN accounts a ON a.id = u.account_id ORDER BY u.external_ref"))
    assert [tuple(r.values()) for r in rows] == [
        ("GTX Pro", "2017-03-01", 1.0, 4514.0, 4514.0, "W1", "Acme Corporation"),
        ("MG Special", "2017-03-07", 1.0, 50.0, 50.0, "W2", "Acme Corporation"),
    ]


def test_offers_won_lost_and_open(imported):
    db, _ = imported
    offers = {r["external_ref"]: r for r in db.query(
        "SELECT f.*, o.name AS owner FROM offers f LEFT JOIN owners o ON o.id = f.owner_id")}
    assert {ref: (o["status"], o["stage"]) for ref, o in offers.items()} == {
        "W1": ("won", "Won"), "W2": ("won", "Won"), "L1": ("lost", "Lost"),
        "E1": ("open", "Engaging"), "P1": ("open", "Prospecting")}
    lost = offers["L1"]
    assert (lost["closed_on"], lost["engaged_on"], lost["owner"]) == (
        "2017-02-01", "2016-11-01", "Anna Snelling")
    assert lost["value"] == 550.0  # the list price that was on the table
    assert offers["W1"]["value"] == 4514.0
    assert offers["E1"]["closed_on"] is None


def test_each_engage_date_is_a_call_by_that_agent(imported):
    db, _ = imported
    rows = {r["external_ref"]: r for r in db.query(
        "SELECT t.*, o.name AS owner FROM touchpoints t JOIN owners o ON o.id = t.owner_id")}
    assert sorted(rows) == ["E1", "L1", "W1", "W2"]  # P1 has no engage date
    call = rows["E1"]
    assert (call["date"], call["kind"], call["channel"], call["binding"], call["owner"]) == (
        "2017-05-01", "call", "personal", "social", "Darcel Schlecht")
    assert call["note"] == "Engaged on GTX Plus Pro (opportunity E1)"


def test_unknown_account_and_product_are_skipped_and_counted(fresh_db, maven_dir):
    path = maven_dir / "sales_pipeline.csv"
    with path.open("a") as fh:
        fh.write("U1,Anna Snelling,GTX Basic,Nobody Inc,Won,2017-01-01,2017-02-01,500\n")
        fh.write("U2,Anna Snelling,Hoverboard,Cheers,Lost,2017-01-01,2017-02-01,0\n")
    report = import_maven(fresh_db, maven_dir)
    assert report.skipped["opportunities with an account not in accounts.csv"] == 1
    assert report.skipped["opportunities with a product not in products.csv"] == 1
    assert report.added["offers"] == 5


@pytest.mark.slow
def test_published_folder_gives_the_acceptance_numbers(db_path, real_data, capsys):
    """85 accounts, 7 products, 35 owners, 4,238 purchases, 7,212 touchpoints; 1,425 reported."""
    folder = real_data("maven-crm")
    assert main(["--db", str(db_path), "import", "maven", str(folder), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "skipped   1,425 open opportunities without an account" in out
    for line in ["added        85 accounts", "added         7 products",
                 "added        35 account managers", "added     4,238 purchases",
                 "added     7,212 touchpoints"]:
        assert line in out
    assert main(["--db", str(db_path), "accounts", "--json"]) == 0
    accounts = json.loads(capsys.readouterr().out)
    assert len(accounts) == 85
    assert {a["tier"] for a in accounts} == {"A", "B", "C"}
    assert sum(a["sector"] == "technology" for a in accounts) == 12
    assert all(a["owner"] for a in accounts)


def test_progress_is_reported_until_done(fresh_db, maven_dir):
    calls = []
    import_maven(fresh_db, maven_dir, progress=lambda *call: calls.append(call))
    assert calls[0][0] == 0 and calls[-1][:2] == (7, 7)
