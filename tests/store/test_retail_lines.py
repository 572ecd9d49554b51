"""Reading UCI invoice lines for the back-test: both header variants, gzip or not."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from relbeheer.store.retail_lines import RetailFileError, read_invoice_lines

ONLINE_RETAIL = (
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
    '536365,85123A,"WHITE HANGING HEART, T-LIGHT",6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n'
    "C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,,United Kingdom\n"
)
ONLINE_RETAIL_II = (
    "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n"
    "489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,12,2009-12-01 07:45:00,6.95,13085,United Kingdom\n"
)


def write(path, text, zipped):
    if zipped:
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("zipped", [False, True])
def test_first_header_variant(tmp_path, zipped):
    lines = read_invoice_lines(write(tmp_path / "a.csv", ONLINE_RETAIL, zipped))
    assert len(lines) == 2
    first = lines[0]
    assert (first.invoice, first.stock_code, first.quantity, first.price) == ("536365", "85123A", 6.0, 2.55)
    assert first.day == dt.date(2010, 12, 1)
    assert first.customer == "17850"  # "17850.0" is the same customer
    assert first.description == "WHITE HANGING HEART, T-LIGHT"
    assert lines[1].customer == "" and lines[1].invoice == "C536379"


@pytest.mark.parametrize("zipped", [False, True])
def test_second_header_variant(tmp_path, zipped):
    (line,) = read_invoice_lines(write(tmp_path / "b.csv.gz", ONLINE_RETAIL_II, zipped))
    assert (line.invoice, line.price, line.customer) == ("489434", 6.95, "13085")


def test_a_file_without_the_columns_is_refused(tmp_path):
    path = write(tmp_path / "c.csv", "name,amount\nx,1\n", False)
    with pytest.raises(RetailFileError, match="CustomerID or Customer ID"):
        read_invoice_lines(path)


def test_an_empty_file_is_refused(tmp_path):
    with pytest.raises(RetailFileError, match="empty"):
        read_invoice_lines(write(tmp_path / "d.csv", "", False))
