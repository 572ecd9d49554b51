"""Accounts from CSV: matched by reference or name, refreshed, tier and owner only when new."""

from __future__ import annotations

from relbeheer.store.importers.csvimport import import_csv


def write(tmp_path, text, name="accounts.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_new_accounts_get_tier_owner_and_values(fresh_db, tmp_path):
    path = write(tmp_path, "Naam;Klantsegment;Accountmanager;Medewerkers;Omzet;Soort\n"
                           "Fietsen Jansen;Goud;Anna;12;1.250,50;Dealer\n")
    report = import_csv(fresh_db, path, "accounts")
    assert dict(report.added) == {"accounts": 1, "owners": 1}
    row = next(fresh_db.query("SELECT a.*, o.name AS owner FROM accounts a "
                              "JOIN owners o ON o.id = a.owner_id"))
    assert (row["tier"], row["owner"], row["employees"], row["annual_revenue"], row["kind"],
            row["source"]) == ("A", "Anna", 12, 1250.5, "dealer", "csv")


def test_a_match_is_refreshed_but_keeps_its_tier_and_owner(fresh_db, tmp_path):
    import_csv(fresh_db, write(tmp_path, "Naam;Klantsegment;Plaats\nJansen;A;Utrecht\n"),
               "accounts")
    report = import_csv(fresh_db, write(tmp_path, "Naam;Klantsegment;Plaats\n"
                                                  "JANSEN ;C;Gouda\n", "b.csv"), "accounts")
    assert dict(report.updated) == {"accounts": 1} and not report.added
    row = next(fresh_db.query("SELECT name, tier, city FROM accounts"))
    assert row == {"name": "Jansen", "tier": "A", "city": "Gouda"}


def test_reference_wins_over_name(fresh_db, tmp_path):
    import_csv(fresh_db, write(tmp_path, "Naam;Klantnummer\nJansen;K1\n"), "accounts")
    report = import_csv(fresh_db, write(tmp_path, "Naam;Klantnummer;Plaats\n"
                                                  "Jansen Fietsen;K1;Ede\n", "b.csv"),
                        "accounts")
    assert dict(report.updated) == {"accounts": 1}
    assert fresh_db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 1


def test_unknown_picklist_words_are_noted_not_fatal(fresh_db, tmp_path):
    report = import_csv(fresh_db, write(tmp_path, "Naam;Type;Rating\nX;Prospect;Lukewarm\n"),
                        "accounts")
    assert report.notes == {"account kinds not recognised (left empty)": 1,
                            "tiers not recognised (set to C)": 1}


def test_a_user_mapping_overrides_the_automatic_one(fresh_db, tmp_path):
    path = write(tmp_path, "Omschrijving;Naam\nFietsen Jansen;Jan\n")
    import_csv(fresh_db, path, "accounts", mapping=["name", None])
    assert [r["name"] for r in fresh_db.query("SELECT name FROM accounts")] == ["Fietsen Jansen"]
