"""Fixtures for the importer tests: small hand-made export files and database files.

The small files are written into ``tmp_path`` so each rule is tested on a few
lines whose outcome can be counted by hand; the real data sets are only read by
the acceptance tests (``real_data``), which skip when ``../shared/data`` is absent.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHARED_DATA = ROOT / ".." / "shared" / "data"

MAVEN_FILES = {
    "accounts.csv": [
        ["account", "sector", "year_established", "revenue", "employees", "office_location",
         "subsidiary_of"],
        ["Acme Corporation", "technolgy", "1996", "1100.04", "2822", "United States", ""],
        ["Betatech", "medical", "1986", "647.18", "1185", "Philipines", "Acme Corporation"],
        ["Cheers", "entertainment", "1993", "4269.90", "6472", "United States", ""],
        ["Dambase", "marketing", "1995", "2173.98", "4112", "United States", ""],
    ],
    "products.csv": [
        ["product", "series", "sales_price"],
        ["GTX Basic", "GTX", "550"],
        ["GTX Pro", "GTX", "4821"],
        ["MG Special", "MG", "55"],
        ["MG Advanced", "MG", "3393"],
        ["GTX Plus Pro", "GTX", "5482"],
        ["GTX Plus Basic", "GTX", "1096"],
        ["GTK 500", "GTK", "26768"],
    ],
    "sales_teams.csv": [
        ["sales_agent", "manager", "regional_office"],
        ["Anna Snelling", "Dustin Brinkmann", "Central"],
        ["Moses Frase", "Cara Losch", "East"],
        ["Darcel Schlecht", "Summer Sewald", "West"],
    ],
    "sales_pipeline.csv": [
        ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date",
         "close_date", "close_value"],
        ["W1", "Moses Frase", "GTXPro", "Acme Corporation", "Won", "2016-10-20", "2017-03-01",
         "4514"],
        ["W2", "Moses Frase", "MG Special", "Acme Corporation", "Won", "2016-10-25",
         "2017-03-07", "50"],
        ["L1", "Anna Snelling", "GTX Basic", "Acme Corporation", "Lost", "2016-11-01",
         "2017-02-01", "0"],
        ["E1", "Darcel Schlecht", "GTX Plus Pro", "Cheers", "Engaging", "2017-05-01", "", ""],
        ["P1", "Darcel Schlecht", "GTK 500", "Cheers", "Prospecting", "", "", ""],
        ["X1", "Anna Snelling", "GTX Basic", "", "Engaging", "2017-06-01", "", ""],
        ["X2", "Anna Snelling", "MG Advanced", "", "Prospecting", "", "", ""],
    ],
}

RETAIL_HEADERS = {
    "uci": ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
            "CustomerID", "Country"],
    "uci2": ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price",
             "Customer ID", "Country"],
}

# Each line is kept or dropped for one reason; the comment says which.
RETAIL_LINES = [
    ["536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "6", "2010-12-01 08:26:00",
     "2.55", "17850", "United Kingdom"],  # kept
    ["536365", "71053", "WHITE METAL LANTERN", "6", "2010-12-01 08:26:00", "3.39", "17850",
     "United Kingdom"],  # kept
    ["536366", "85123a", "WHITE HANGING HEART T-LIGHT HOLDER ", "24", "2010-12-02 09:00:00",
     "2.95", "13047", "France"],  # kept, code upper-cased
    ["536367", "85123A", "HEART T-LIGHT HOLDER", "12", "2010-12-03 10:00:00", "2.65", "13047",
     "France"],  # kept
    ["C536379", "22423", "REGENCY CAKESTAND 3 TIER", "-1", "2010-12-03 11:00:00", "12.75",
     "14527", "United Kingdom"],  # cancelled
    ["536380", "POST", "POSTAGE", "3", "2010-12-03 12:00:00", "18.00", "12583",
     "France"],  # non-product
    ["536381", "22423", "REGENCY CAKESTAND 3 TIER", "-2", "2010-12-04 09:00:00", "12.75",
     "14527", "United Kingdom"],  # return
    ["536382", "22423", "REGENCY CAKESTAND 3 TIER", "5", "2010-12-04 10:00:00", "0",
     "14527", "United Kingdom"],  # zero price
    ["536383", "22423", "REGENCY CAKESTAND 3 TIER", "5", "2010-12-04 11:00:00", "12.75",
     "", "United Kingdom"],  # no customer
    ["536384", "M", "Manual", "1", "2010-12-05 09:00:00", "2.00", "17850",
     "United Kingdom"],  # non-product
    ["536385", "BANK CHARGES", "Bank charges", "1", "2010-12-05 10:00:00", "15", "17850",
     "United Kingdom"],  # non-product
]


def write_csv(path: Path, rows, *, gz: bool = False, encoding: str = "utf-8") -> Path:
    """Rows as a CSV file (gzipped when ``gz``), the way the published files are written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if gz else open
    with opener(path, "wt", newline="", encoding=encoding) as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture
def maven_dir(tmp_path) -> Path:
    """A small Maven CRM folder with every quirk of the published one."""
    folder = tmp_path / "maven"
    for name, rows in MAVEN_FILES.items():
        write_csv(folder / name, rows)
    return folder


@pytest.fixture
def retail_lines() -> list[list[str]]:
    """A fresh copy of ``RETAIL_LINES`` for a test to change."""
    return [list(line) for line in RETAIL_LINES]


@pytest.fixture
def retail_file(tmp_path):
    """Factory: ``retail_file(lines=None, variant="uci", gz=False)`` → path of a retail CSV."""
    counter = iter(range(1000))

    def make(lines=None, variant: str = "uci", gz: bool = False) -> Path:
        name = f"retail-{next(counter)}.csv" + (".gz" if gz else "")
        rows = [RETAIL_HEADERS[variant], *(RETAIL_LINES if lines is None else lines)]
        return write_csv(tmp_path / name, rows, gz=gz)

    return make


@pytest.fixture
def db_file(tmp_path) -> Path:
    """Path of a migrated, closed database file (no WAL left beside it)."""
    from relbeheer.store.database import open_database

    path = tmp_path / "db" / "relbeheer.db"
    open_database(path).close()
    return path


def _file_state(db_path: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(db_path.parent.iterdir())
        if p.name.startswith(db_path.name)
    }


@pytest.fixture
def file_state():
    """``file_state(db_path)``: sha256 of the database file and anything beside it (WAL, journal).

    Taken with every connection closed, so the main file holds all committed data
    and an unchanged hash means nothing was written.
    """
    return _file_state


def _real_data(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not found at {path.resolve()} (expected ../shared/data)")
    return path


@pytest.fixture
def real_data():
    """``real_data(*parts)``: a path under ../shared/data; skips when the data is absent."""
    return _real_data
