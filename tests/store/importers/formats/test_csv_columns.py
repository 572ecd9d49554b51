"""The column-at-a-time reading gives what reading cell by cell gives, and the same errors."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from relbeheer.core.exchange.fields import auto_map
from relbeheer.store.importers import csvrows
from relbeheer.store.importers.csvrows import Parsed, RowReader
from relbeheer.store.importers.csvsource import open_source
from relbeheer.store.importers.report import ImportFileError

TODAY = dt.date(2025, 12, 31)
HEADERS = {
    "accounts": "Naam;Referentie;Soort;Klantsegment;Accountmanager;Plaats;Medewerkers;Omzet;"
                "Notities",
    "contacts": "Bedrijf;Voornaam;Achternaam;E-mail;Telefoon;Mobiel;Rol;Ambassadeur;Notities",
    "touchpoints": "Relatie;Datum;Soort;Onderwerp;Notitie;Medewerker;Opvolgen op",
    "purchases": "Klant;Factuurdatum;Artikel;Artikelnummer;Aantal;Stukprijs;Bedrag;Factuur",
}
# Cells that take every path: plain, accents, apostrophes (formula guard), double
# spaces, tabs, line breaks, invisible marks, long text, odd e-mail, damaged phones.
TEXTS = ["Jansen", " Jansen ", "Café ’t Hoekje", "'=SUM(A1)", "O'Brien", "a  b", "x\ty",
         "regel 1\nregel 2", "Jan\u200esen", "\u00a0Delft", "", "  ", "x" * 150,
         "jan@x.nl", "info@fietsen.nl"]
BAD = ["x" * 300, "jan@", "31-02-2025", "veel", "2099-01-01", "Goud"]  # refused (or noted)
CELLS = {
    "text": TEXTS,
    "email": ["jan@x.nl", "info@fietsen.nl", "", "JAN@X.NL ", "Jan\u200e@x.nl"],
    "later": ["31-12-2025", ""],
    "number": ["1.234,56", "12", "€ 1.250", "-3,5", "", "7"],
    "integer": ["12", "1.250", "0", "", "400"],
    "date": ["13-01-2025", "2024-12-31", "45000", "", "01-02-2020"],
    "phone": ["0612345678", "612345678", "6,12E+08", "", "+31 20 123 4567"],
    "bool": ["ja", "nee", "x", "", "1"],
    "kind": ["Bezoek", "Telefoon", "E-mail", "Notitie", ""],
    "tier": ["A", "B", "c", "Goud", ""],
}
COLUMN_CELLS = {
    "accounts": ["text", "text", "text", "tier", "text", "text", "integer", "number", "text"],
    "contacts": ["text", "text", "text", "email", "phone", "phone", "text", "bool", "text"],
    "touchpoints": ["text", "date", "kind", "text", "text", "text", "later"],
    "purchases": ["text", "date", "text", "text", "number", "number", "number", "text"],
}


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ';"\n\r') else cell


def _write(tmp_path, kind: str, rows: list[list[str]]):
    path = tmp_path / f"{kind}.csv"
    lines = [HEADERS[kind]] + [";".join(_quote(c) for c in row) for row in rows]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _by_rows(source, kind) -> Parsed:
    """The reference: every record through the per-cell converters."""
    reader = RowReader(source, kind, auto_map(kind, source.header), today=TODAY)
    out = Parsed(kind)
    reader._notes = out.notes
    reader._read_rows(source.records(), getattr(reader, f"_{kind}"), out)
    return out


def _plain(parsed: Parsed):
    records = [{k: v for k, v in r.items() if v is not None} for r in parsed.records]
    return records, dict(parsed.skipped), dict(parsed.notes)


def _outcome(read):
    try:
        return _plain(read())
    except ImportFileError as exc:
        return str(exc)


@pytest.mark.parametrize("kind", list(HEADERS))
@pytest.mark.parametrize("seed", range(8))
def test_columns_read_what_rows_read(tmp_path, monkeypatch, kind, seed):
    """Even seeds: files that import; odd seeds: a refused cell somewhere as well."""
    rnd = random.Random(seed)
    monkeypatch.setattr(csvrows, "BLOCK_ROWS", 7)  # many blocks, so every path is taken
    rows = []
    for _ in range(60):
        row = [rnd.choice(BAD) if seed % 2 and rnd.random() < 0.005 else
               rnd.choice(CELLS[t]) if rnd.random() < 0.7 else rnd.choice(CELLS[t][:2])
               for t in COLUMN_CELLS[kind]]
        rows.append(row[:rnd.choice([len(row), len(row), len(row) - 2])])  # some ragged
    if seed % 4 < 2:
        rows.insert(5, [""] * len(COLUMN_CELLS[kind]))  # an empty row
    source = open_source(_write(tmp_path, kind, rows))
    mapping = auto_map(kind, source.header)
    assert None not in mapping
    by_columns = _outcome(lambda: csvrows.read_records(source, kind, mapping, today=TODAY))
    assert by_columns == _outcome(lambda: _by_rows(source, kind))


def test_a_bad_cell_in_a_later_column_of_a_block_is_reported_at_its_line(tmp_path, monkeypatch):
    monkeypatch.setattr(csvrows, "BLOCK_ROWS", 4)
    rows = [["A", "", "", "", "", "", "5", "1,5", ""]] * 5
    rows += [["B", "", "", "", "", "", "5", "veel", ""], ["C", "", "", "", "", "", "vijf", "1", ""]]
    source = open_source(_write(tmp_path, "accounts", rows))
    with pytest.raises(ImportFileError, match=r"accounts.csv:7: Omzet 'veel' is not a number"):
        csvrows.read_records(source, "accounts", auto_map("accounts", source.header))


@pytest.mark.parametrize("text", [
    "a;b\n1;2\n", "a;b\r\n1;2\r\n\r\n3;4", "a;b\r1;2\r3;4\r", 'a;b\n"1\n2";x\n3;4\n',
    "sep=;\na;b\n\n1;2;;\n3\n", 'a;b\n"x\r\ny";2\n5;6\n', "a;b\n", "a;b\n1;2\n;\n\n4;\n",
])
def test_blocks_hold_the_records(tmp_path, text):
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode())
    source = open_source(path)
    for size in (1, 2, 4096):
        flat = [(line, row) for lines, rows in source.blocks(size)
                for line, row in zip(lines, rows)]
        assert flat == list(source.records())
