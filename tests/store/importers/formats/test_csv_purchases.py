"""Purchases from CSV: products by code or name, amounts completed, doubles skipped."""

from __future__ import annotations

from relbeheer.store.importers.csvimport import import_csv


def test_products_amounts_and_reimport(fresh_db, tmp_path, seed):
    seed(fresh_db)
    path = tmp_path / "p.csv"
    path.write_text("Klant;Datum;Artikel;Artikelnummer;Aantal;Stukprijs;Bedrag\n"
                    "Fietsen Jansen B.V.;01-03-2025;Fietstas;FT-1;2;24,95;\n"
                    "Fietsen Jansen B.V.;02-03-2025;fietstas groot;ft-1;;;30\n"
                    "Van Dam Tweewielers;02-03-2025;Slot;;4;;40\n", encoding="utf-8")
    report = import_csv(fresh_db, path, "purchases")
    assert dict(report.added) == {"products": 2, "purchases": 3}
    rows = list(fresh_db.execute(
        "SELECT pr.name, p.quantity, p.unit_price, p.amount FROM purchases p "
        "JOIN products pr ON pr.id = p.product_id ORDER BY p.date, pr.name"))
    assert rows == [("Fietstas", 2.0, 24.95, 49.9), ("Fietstas", 1.0, 30.0, 30.0),
                    ("Slot", 4.0, 10.0, 40.0)]
    again = import_csv(fresh_db, path, "purchases")
    assert not again.added and again.skipped == {"purchases already present": 3}


def test_without_product_or_account_skipped(fresh_db, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Klant;Datum;Product;Bedrag\n;01-03-2025;X;1\nA;01-03-2025;;1\n",
                    encoding="utf-8")
    report = import_csv(fresh_db, path, "purchases")
    assert report.skipped == {"purchases without an account": 1,
                              "purchases without a product": 1}
