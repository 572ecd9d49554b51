"""Fixtures for the services tests: generated Online Retail files of any size."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

import pytest

RETAIL_HEADER = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
                 "UnitPrice", "CustomerID", "Country"]


def write_retail_csv(path: Path, lines: int, *, customers: int = 500, seed: int = 7) -> Path:
    """A clean UCI-style invoice file: ``lines`` purchase lines, all of which import."""
    rng = random.Random(seed)
    start = dt.datetime(2010, 12, 1, 8, 0)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(RETAIL_HEADER)
        for n in range(lines):
            when = start + dt.timedelta(minutes=n)
            code = f"{20000 + rng.randrange(300)}"
            out.writerow([f"{536000 + n // 4}", code, f"PRODUCT {code}", rng.randint(1, 24),
                          when.strftime("%m/%d/%Y %H:%M"), f"{rng.uniform(0.5, 20):.2f}",
                          f"{12000 + rng.randrange(customers)}", "Netherlands"])
    return path


@pytest.fixture(scope="session")
def big_retail_csv(tmp_path_factory) -> Path:
    """200,000 invoice lines (about 12 MB), written once per test session."""
    return write_retail_csv(tmp_path_factory.mktemp("retail") / "retail-200k.csv", 200_000)


@pytest.fixture
def retail_csv(tmp_path):
    """``retail_csv(lines)`` writes a small generated file into tmp_path."""
    return lambda lines, **kw: write_retail_csv(tmp_path / f"retail-{lines}.csv", lines, **kw)
