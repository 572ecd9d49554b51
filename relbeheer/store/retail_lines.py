"""Reading UCI "Online Retail" invoice lines straight from the file for the back-test.

The back-test (``relbeheer backtest``) needs no database: it reads the public
invoice lines as published, in either header variant (Online Retail:
``InvoiceNo, UnitPrice, CustomerID``; Online Retail II: ``Invoice, Price,
Customer ID``), plain ``.csv`` or ``.csv.gz``. The database importer for the same
files lives in ``store/importers/retail.py``; this reader is deliberately small
and keeps every line (cleaning is part of the protocol, in
``core/suggest/backtest.py``), so that the protocol can be tested without files.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
from pathlib import Path

from relbeheer.core.suggest.backtest import InvoiceLine

# Each logical column and the header names it goes by in the two published variants.
_COLUMNS = {
    "invoice": ("InvoiceNo", "Invoice"),
    "stock_code": ("StockCode",),
    "description": ("Description",),
    "quantity": ("Quantity",),
    "date": ("InvoiceDate",),
    "price": ("UnitPrice", "Price"),
    "customer": ("CustomerID", "Customer ID"),
    "country": ("Country",),
}
_REQUIRED = ("invoice", "stock_code", "quantity", "date", "price", "customer")


class RetailFileError(ValueError):
    """The file is not UCI-style invoice lines; the message says what is missing."""


def _open_text(path: Path) -> io.TextIOBase:
    with path.open("rb") as fh:
        magic = fh.read(2)
    raw = gzip.open(path, "rb") if magic == b"\x1f\x8b" else path.open("rb")
    # The UCI exports are Latin-1/UTF-8 mixed in places; never fail on a stray byte.
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")


def _column_index(header: list[str], path: Path) -> dict[str, int]:
    names = {h.strip().lstrip("\ufeff"): i for i, h in enumerate(header)}
    index: dict[str, int] = {}
    for key, aliases in _COLUMNS.items():
        for alias in aliases:
            if alias in names:
                index[key] = names[alias]
                break
    missing = [key for key in _REQUIRED if key not in index]
    if missing:
        wanted = ", ".join(" or ".join(_COLUMNS[k]) for k in missing)
        raise RetailFileError(f"{path}: not UCI invoice lines (missing column {wanted})")
    return index


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def _customer(text: str) -> str:
    # Some copies store the id as a float ("17850.0"); the customer is the same.
    text = text.strip()
    return text[:-2] if text.endswith(".0") else text


def read_invoice_lines(path: Path | str) -> list[InvoiceLine]:
    """Every line of the file as an :class:`InvoiceLine`, uncleaned.

    Dates are parsed from the ISO text (``YYYY-MM-DD HH:MM[:SS]``) that both UCI
    copies use; days are cached because a year has only a few hundred of them.
    """
    path = Path(path)
    day_cache: dict[str, dt.date] = {}
    # Half a million lines repeat a few thousand codes, customers and texts: share
    # one string object per distinct value instead of one per line.
    shared: dict[str, str] = {}
    share = shared.setdefault
    lines: list[InvoiceLine] = []
    with _open_text(path) as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            raise RetailFileError(f"{path}: empty file") from None
        col = _column_index(header, path)
        i_inv, i_code, i_qty = col["invoice"], col["stock_code"], col["quantity"]
        i_date, i_price, i_cust = col["date"], col["price"], col["customer"]
        i_desc, i_country = col.get("description"), col.get("country")
        width = max(col.values()) + 1
        for row in reader:
            if len(row) < width:
                continue
            stamp = row[i_date][:10]
            day = day_cache.get(stamp)
            if day is None:
                try:
                    day = day_cache[stamp] = dt.date.fromisoformat(stamp)
                except ValueError:
                    continue
            lines.append(
                InvoiceLine(
                    invoice=share(row[i_inv], row[i_inv]),
                    stock_code=share(row[i_code], row[i_code]),
                    quantity=_number(row[i_qty]),
                    day=day,
                    price=_number(row[i_price]),
                    customer=share(row[i_cust], _customer(row[i_cust])),
                    description=share(row[i_desc], row[i_desc].strip()) if i_desc is not None else "",
                    country=share(row[i_country], row[i_country]) if i_country is not None else "",
                )
            )
    return lines
