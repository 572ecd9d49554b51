"""The Online Retail mapping and cleaning: hand-made lines per rule, the real file for totals."""

from __future__ import annotations

import time

import pytest

from relbeheer.cli import main
from relbeheer.store.importers.retail import (
    CANCELLED,
    NO_CUSTOMER,
    NO_PRICE,
    NON_PRODUCT,
    RETURNS,
    import_retail,
)
from relbeheer.store.importers.report import ImportFileError


@pytest.mark.parametrize("variant", ["uci", "uci2"])
@pytest.mark.parametrize("gz", [False, True])
def test_both_header_variants_plain_and_gzipped(fresh_db, retail_file, variant, gz):
    report = import_retail(fresh_db, retail_file(variant=variant, gz=gz))
    assert report.added == {"accounts": 2, "products": 2, "purchases": 4}


def test_each_skip_rule_is_counted_separately(fresh_db, retail_file):
    report = import_retail(fresh_db, retail_file())
    assert report.skipped == {CANCELLED: 1, NON_PRODUCT: 3, RETURNS: 1, NO_PRICE: 1,
                              NO_CUSTOMER: 1}


def test_skip_counts_are_printed(db_path, retail_file, capsys):
    assert main(["--db", str(db_path), "import", "retail", str(retail_file()), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "skipped       3 lines with a non-product code (POST, M, BANK CHARGES, …)" in out
    assert "skipped       1 cancelled invoice lines (invoice starts with C)" in out


def test_customer_becomes_account(fresh_db, retail_file):
    import_retail(fresh_db, retail_file())
    rows = {r["external_ref"]: r for r in fresh_db.query("SELECT * FROM accounts")}
    assert sorted(rows) == ["13047", "17850"]
    france = rows["13047"]
    assert (france["name"], france["country"], france["source"]) == (
        "Customer 13047", "France", "retail")
    # 13047 buys by the case (24 and 12 a line): wholesaler; 17850 six at a time.
    assert (france["kind"], rows["17850"]["kind"]) == ("wholesaler", "business")
    # Two accounts: no A (15% of 2 rounds to 0), the bigger spender B.
    assert (france["tier"], rows["17850"]["tier"]) == ("B", "C")


def test_stock_code_becomes_product(fresh_db, retail_file):
    import_retail(fresh_db, retail_file())
    rows = {r["external_ref"]: r for r in fresh_db.query("SELECT * FROM products")}
    assert sorted(rows) == ["71053", "85123A"]  # "85123a" is the same product
    heart = rows["85123A"]
    assert heart["name"] == "WHITE HANGING HEART T-LIGHT HOLDER"  # 2 of its 3 lines
    assert heart["price"] == 2.65  # median of 2.55, 2.95, 2.65


def test_lines_become_purchases(fresh_db, retail_file):
    import_retail(fresh_db, retail_file())
    row = next(fresh_db.query(
        "SELECT u.*, a.external_ref AS customer, p.external_ref AS code FROM purchases u"
        " JOIN accounts a ON a.id = u.account_id JOIN products p ON p.id = u.product_id"
        " WHERE u.external_ref = '536366'"))
    assert (row["customer"], row["code"], row["date"], row["quantity"], row["unit_price"],
            row["amount"], row["source"]) == ("13047", "85123A", "2010-12-02", 24, 2.95, 70.8,
                                              "retail")


def test_spreadsheet_spellings_of_customer_and_date(fresh_db, retail_file, retail_lines):
    """'17850.0' is customer 17850; the UCI sheet's '12/1/2010 8:26' is a date."""
    line = retail_lines[0]
    line[6], line[4] = "17850.0", "12/1/2010 8:26"
    import_retail(fresh_db, retail_file([line]))
    row = next(fresh_db.query("SELECT a.external_ref, u.date FROM purchases u"
                              " JOIN accounts a ON a.id = u.account_id"))
    assert row == {"external_ref": "17850", "date": "2010-12-01"}


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (3, "six", "Quantity 'six' is not a number"),
        (5, "", "UnitPrice '' is not a number"),
        (4, "2011-02-30 10:00:00", "InvoiceDate '2011-02-30 10:00:00' is not a valid date"),
        (0, "", "InvoiceNo is empty"),
    ],
)
def test_bad_value_names_column_and_line(fresh_db, retail_file, retail_lines, column, value,
                                         message):
    """Even a line that cleaning would drop must be readable: it is checked first."""
    retail_lines[8][column] = value  # a line without a customer
    path = retail_file(retail_lines)
    with pytest.raises(ImportFileError) as err:
        import_retail(fresh_db, path)
    assert err.value.line == 10
    assert err.value.message.startswith(message)


@pytest.mark.slow
def test_published_file_gives_the_acceptance_numbers(db_path, real_data, capsys):
    """4,334 accounts, 3,659 products, 396,337 purchase lines; the CLI in under 30 s."""
    path = real_data("online-retail", "online_retail_2010-12_2011-12.csv.gz")
    start = time.perf_counter()
    assert main(["--db", str(db_path), "import", "retail", str(path), "--lang", "en"]) == 0
    seconds = time.perf_counter() - start
    out = capsys.readouterr().out
    for line in ["added     4,334 accounts", "added     3,659 products",
                 "added   396,337 purchases", "skipped 131,388 lines without a customer"]:
        assert line in out
    assert seconds < 30, f"import took {seconds:.1f} s"


@pytest.mark.slow
def test_raw_second_file_is_cleaned(fresh_db, real_data):
    """The 2009-2010 file still holds cancellations; the other header variant."""
    path = real_data("online-retail", "online_retail_II_2009-12_2010-12.csv.gz")
    report = import_retail(fresh_db, path)
    assert report.added == {"accounts": 4285, "products": 4006, "purchases": 406295}
    assert report.skipped[CANCELLED] == 10206
    assert sum(report.skipped.values()) + 406295 == 525461


def test_progress_is_reported_until_done(fresh_db, retail_file):
    calls = []
    import_retail(fresh_db, retail_file(), progress=lambda *call: calls.append(call))
    assert calls[-1][:2] == (3, 3)
    assert all(0 <= done <= total for done, total, _what in calls)
