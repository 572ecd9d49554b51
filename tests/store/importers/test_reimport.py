"""Importing the same export again adds nothing; a newer export adds only what is new."""

from __future__ import annotations

from relbeheer.store.importers.maven import import_maven
from relbeheer.store.importers.retail import import_retail
from relbeheer.store.maintenance import table_counts


def test_maven_twice_adds_nothing(fresh_db, maven_dir):
    import_maven(fresh_db, maven_dir)
    before = table_counts(fresh_db)
    report = import_maven(fresh_db, maven_dir)
    assert table_counts(fresh_db) == before
    assert sum(report.added.values()) == 0 and not report.updated
    assert report.skipped["purchases already imported"] == 2
    assert report.skipped["touchpoints already imported"] == 4
    assert report.skipped["accounts already present (unchanged)"] == 4


def test_maven_newer_export_updates_and_adds(fresh_db, maven_dir):
    """An open deal that was won since: the offer changes, one purchase is added."""
    import_maven(fresh_db, maven_dir)
    fresh_db.execute("UPDATE accounts SET tier = 'A' WHERE name = 'Betatech'")
    pipeline = maven_dir / "sales_pipeline.csv"
    pipeline.write_text(pipeline.read_text().replace(
        "E1,Darcel Schlecht,GTX Plus Pro,Cheers,Engaging,2017-05-01,,",
        "E1,Darcel Schlecht,GTX Plus Pro,Cheers,Won,2017-05-01,2017-06-01,5500"))
    accounts = maven_dir / "accounts.csv"
    accounts.write_text(accounts.read_text().replace("647.18", "700.00"))

    report = import_maven(fresh_db, maven_dir)
    assert report.added == {"purchases": 1, "touchpoints": 0}
    assert report.updated == {"offers": 1, "accounts": 1}
    e1 = next(fresh_db.query("SELECT * FROM offers WHERE external_ref = 'E1'"))
    assert (e1["status"], e1["closed_on"], e1["value"]) == ("won", "2017-06-01", 5500.0)
    betatech = next(fresh_db.query("SELECT * FROM accounts WHERE name = 'Betatech'"))
    # Revenue comes from the source; the tier the account manager set stays.
    assert (betatech["annual_revenue"], betatech["tier"]) == (700.0, "A")


def test_retail_twice_adds_nothing(fresh_db, retail_file):
    path = retail_file()
    import_retail(fresh_db, path)
    before = table_counts(fresh_db)
    report = import_retail(fresh_db, path)
    assert table_counts(fresh_db) == before
    assert report.added == {"purchases": 0} and not report.updated
    assert report.skipped["purchase lines already imported"] == 4
    assert report.skipped["accounts already present (unchanged)"] == 2
    assert report.skipped["products already present (unchanged)"] == 2


def test_retail_newer_file_adds_only_new_lines(fresh_db, retail_file, retail_lines):
    """Matched by (invoice, product, account); a renamed account keeps its name."""
    import_retail(fresh_db, retail_file(retail_lines[:4]))
    fresh_db.execute("UPDATE accounts SET name = 'Fietsen Jansen' WHERE external_ref = '13047'")
    extra = ["536390", "71053", "WHITE METAL LANTERN", "12", "2010-12-06 09:00:00", "3.10",
             "13047", "France"]
    report = import_retail(fresh_db, retail_file([*retail_lines[:4], extra]))
    assert report.added == {"purchases": 1}
    assert report.skipped["purchase lines already imported"] == 4
    assert report.updated == {"products": 1}  # 71053's median price moved
    assert fresh_db.execute(
        "SELECT name FROM accounts WHERE external_ref = '13047'").fetchone()[0] == "Fietsen Jansen"


def test_retail_and_maven_share_a_database(fresh_db, maven_dir, retail_file):
    """Each source matches only its own accounts."""
    import_maven(fresh_db, maven_dir)
    report = import_retail(fresh_db, retail_file())
    assert report.added["accounts"] == 2
    assert table_counts(fresh_db)["accounts"] == 6
