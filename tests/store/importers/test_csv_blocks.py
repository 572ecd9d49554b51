"""Whole blocks shaped at once (``csvcolumns``) give the records row-by-row shaping gives."""

from __future__ import annotations

from collections import Counter

from relbeheer.core.exchange.csvformat import CsvFormat
from relbeheer.core.exchange.fields import auto_map
from relbeheer.core.exchange.values import fix_phone
from relbeheer.store.importers import csvrows
from relbeheer.store.importers.csvcolumns import typed_column
from relbeheer.store.importers.csvsource import open_source

CONTACTS = [
    "Voornaam;Tussenvoegsel;Achternaam;Bedrijf;E-mail;Telefoon;Mobiel;Rol;Ambassadeur",
    "Jan;van der;Berg;Fietsen A;jan@a.nl;0612345678;;beslisser;ja",
    "Els;;Smit;Fietsen A;;;612345678;;nee",
    ";;;Fietsen B;info@b.nl;0031612345678;;;",
    "Piet;;;Fietsen B;;31612345678;0687654321;gebruiker;",
]
PURCHASES = [
    "Klant;Datum;Artikel;Artikelnummer;Aantal;Stukprijs;Bedrag",
    "Fietsen A;01-02-2024;Band;B1;2;12,50;25,00",
    "Fietsen A;02-02-2024;;B2;;10,00;30,00",
    "Fietsen B;03-02-2024;Slot;;3;;30,00",
    "Fietsen B;04-02-2024;Slot;;;4,00;",
]


def _records(tmp_path, kind, lines, monkeypatch, blocks):
    path = tmp_path / f"{kind}.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    source = open_source(path)
    if not blocks:
        monkeypatch.setattr(csvrows, "BLOCKS", {})
    parsed = csvrows.read_records(source, kind, auto_map(kind, source.header))
    monkeypatch.undo()
    return parsed


def test_contacts_and_purchases_blocks_match_rows(tmp_path, monkeypatch):
    for kind, lines in (("contacts", CONTACTS), ("purchases", PURCHASES)):
        by_block = _records(tmp_path, kind, lines, monkeypatch, True)
        by_row = _records(tmp_path, kind, lines, monkeypatch, False)
        assert by_block.records == by_row.records
        assert list(by_block.records[0]) == list(by_row.records[0])
        assert (by_block.skipped, by_block.notes) == (by_row.skipped, by_row.notes)


def test_a_phone_column_needing_no_repair_is_kept_and_one_needing_it_is_repaired():
    notes = Counter()

    def texts(cells):
        return [c or None for c in cells], set()

    phones = typed_column(texts, "phone", CsvFormat(), notes, lambda problem: problem)
    plain = ("0612345678", "+31 6 1234 5678", "", "020-1234567")
    assert phones(plain)[0] == ["0612345678", "+31 6 1234 5678", None, "020-1234567"]
    odd = ("612345678", "31612345678", "0031612345678", "6,12E+08", "0612345678")
    assert phones(odd)[0] == [fix_phone(t)[0] or None for t in odd]
    assert notes == Counter({"zero": 2, "lost": 1})
