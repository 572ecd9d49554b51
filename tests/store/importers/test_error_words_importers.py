"""The importers' own error messages, made for real, each with Dutch words (error_words).

tests/core/exchange/test_error_words.py lists the same families as text; here
each comes out of the importer that raises it, so a reworded message is caught.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from relbeheer.core.exchange.error_words import knows, translate
from relbeheer.store.database import open_database
from relbeheer.store.importers import maven
from relbeheer.store.importers.csvimport import import_csv
from relbeheer.store.importers.csvread import CsvTable, read_bytes
from relbeheer.store.importers.csvsource import open_source
from relbeheer.store.importers.report import ImportFileError
from relbeheer.store.importers.vcardimport import import_vcard

ENGLISH = {"not", "expected", "found", "file", "empty", "without", "where", "readable",
           "valid", "number", "folder", "appears", "twice", "unknown", "header", "below",
           "whole", "fields", "column", "columns", "line", "holds", "and", "or", "text",
           "rows", "data", "too", "long", "encoding", "delimiter", "inside", "quotes"}


def english_left(dutch: str) -> set[str]:
    unquoted = re.sub(r"'[^']*'", "", dutch)
    return {w for w in re.findall(r"[a-z_]+", unquoted.lower()) if w in ENGLISH}


def message_of(call) -> str:
    with pytest.raises(ImportFileError) as info:
        call()
    return info.value.message


@pytest.fixture
def write(tmp_path):
    def make(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path
    return make


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "db" / "relbeheer.db")
    yield database
    database.close()


MAVEN_ACCOUNTS = "account,sector,year_established,revenue,employees,office_location,subsidiary_of\n"


def _families(write, db, tmp_path) -> dict[str, str]:
    utf16_broken = codecs.BOM_UTF16_LE + b"N\x00a\x00\x00\xd8\n\x00"
    table = {"a": "account", "s": "sector"}

    def csv_table(text: str) -> CsvTable:
        return CsvTable(write("t.csv", text), [table])

    def row_error(text: str, kind: str, lang: str = "en") -> str:
        return message_of(lambda: import_csv(db, write(f"{kind}.csv", text), kind, lang=lang))

    return {
        "csvread.not_found": message_of(lambda: read_bytes(tmp_path / "nope.csv")),
        "csvread.folder": message_of(lambda: read_bytes(tmp_path, "vCard file")),
        "csvread.gzip": message_of(lambda: read_bytes(write("g.csv.gz", b"\x1f\x8bkapot"))),
        "csvread.xlsx": message_of(lambda: read_bytes(write("x.csv", b"PK\x03\x04rest"))),
        "csvread.xls": message_of(lambda: read_bytes(write("x.csv", b"\xd0\xcf\x11\xe0rest"))),
        "csvread.pdf": message_of(lambda: read_bytes(write("x.ics", b"%PDF-1.4"),
                                                     "iCalendar file")),
        "csvread.utf16": message_of(lambda: read_bytes(write("u.csv", utf16_broken))),
        "csvread.nul": message_of(lambda: read_bytes(write("n.csv", b"a;b\nc\x00d\n"))),
        "csvread.undecodable": message_of(lambda: read_bytes(write("b.csv", b"a;b\nc\x81d\n"))),
        "csvread.no_header": message_of(lambda: csv_table("")),
        "csvread.header": message_of(lambda: csv_table("Foo,Bar\n1,2\n")),
        "csvread.width": message_of(lambda: list(csv_table("account,sector\na,b,c\n").rows())),
        "csvread.number": message_of(lambda: csv_table("account,sector\n").number("veel", "x")),
        "csvread.integer": message_of(lambda: csv_table("account,sector\n").integer("1.5", "x")),
        "csvread.date": message_of(lambda: csv_table("account,sector\n").date("2017-02-30", "d")),
        "csvread.required": message_of(lambda: csv_table("account,sector\n").date(
            "", "InvoiceDate", required=True)),
        "csvsource.encoding": message_of(lambda: open_source(write("e.csv", "a;b\n"),
                                                             encoding="klingon")),
        "csvsource.decode": message_of(lambda: open_source(write("d.csv", "Café;b\n".encode(
            "cp1252")), encoding="utf-8")),
        "csvsource.control": message_of(lambda: open_source(write("c.csv", "a;b\n" + "\x01" * 20))),
        "csvsource.no_header": message_of(lambda: open_source(write("h.csv", "\n;\n"))),
        "csvsource.ragged": row_error("Naam;Plaats\nJansen;Ede;Meer;Nog\n", "accounts"),
        "csvimport.no_rows": row_error("Naam;Plaats\n", "accounts"),
        "csvrows.mapping": row_error("Plaats;Omzet\nEde;1\n", "accounts"),
        "csvrows.number": row_error("Klant;Datum;Product;Aantal\nJansen;01-01-2025;Fiets;twee\n",
                                    "purchases"),
        "csvrows.date": row_error("Relatie;Datum;Soort\nJansen;31-02-2025;Bezoek\n",
                                  "touchpoints"),
        "csvrows.kind": row_error("Relatie;Datum;Soort\nJansen;01-02-2025;Fax\n", "touchpoints"),
        "csvrows.sentiment": row_error("Relatie;Datum;Soort;Stemming\nJansen;01-02-2025;Bezoek;"
                                       "mwah\n", "touchpoints"),
        "csvrows.bool": row_error("Naam;Relatie;Ambassadeur\nJan;Jansen;misschien\n", "contacts"),
        "csvrows.form": row_error("Naam;Plaats\n" + "X" * 300 + ";Ede\n", "accounts"),
        "vcardimport.form": message_of(lambda: import_vcard(db, write(
            "v.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:" + "X" * 300 + "\nORG:Jansen\nEND:VCARD\n"))),
        "vcardimport.format": message_of(lambda: import_vcard(db, write("w.vcf", "xyz\n"))),
        "maven.folder": message_of(lambda: maven.import_maven(db, tmp_path / "leeg")),
        "maven.empty": message_of(lambda: maven._read_accounts(write(
            "accounts.csv", MAVEN_ACCOUNTS + ",x,2000,1,1,NL,\n"))),
        "maven.twice": message_of(lambda: maven._read_accounts(write(
            "accounts.csv", MAVEN_ACCOUNTS + "Acme,x,2000,1,1,NL,\nAcme,x,2000,1,1,NL,\n"))),
    }


def test_every_importer_message_is_made_and_has_dutch_words(write, db, tmp_path):
    (tmp_path / "leeg").mkdir()
    families = _families(write, db, tmp_path)
    missing = {k: m for k, m in families.items() if not knows(m)}
    assert missing == {}
    english = {k: translate(m, "nl") for k, m in families.items()
               if english_left(translate(m, "nl"))}
    assert english == {}


def test_csv_rows_in_dutch_are_not_translated_twice(write, db):
    """With lang="nl" the form rules already speak Dutch: the words pass through."""
    path = write("lang.csv", "Naam;Plaats\n" + "X" * 300 + ";Ede\n")
    message = message_of(lambda: import_csv(db, path, "accounts", lang="nl"))
    assert "Te lang (maximaal 200 tekens)." in message
    assert translate(message, "nl") == message
