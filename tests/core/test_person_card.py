"""The vCard of one person: escaped, folded at 75 octets, CRLF."""

from __future__ import annotations

from relbeheer.core.person_card import split_name, vcard


def test_card_fields_and_escaping():
    """Commas, semicolons and new lines are escaped; empty fields are left out."""
    card = vcard({"id": "c-1", "name": "Jan de Vries", "email": "jan@x.nl", "phone": "",
                  "notes": "Eerst bellen; daarna mailen,\nniet op vrijdag"}, "Fietsen, Jansen & Zn")
    lines = card.split("\r\n")
    assert lines[:4] == ["BEGIN:VCARD", "VERSION:3.0", "FN:Jan de Vries", "N:de Vries;Jan;;;"]
    assert "ORG:Fietsen\\, Jansen & Zn" in lines
    assert "NOTE:Eerst bellen\\; daarna mailen\\,\\nniet op vrijdag" in lines
    assert not any(line.startswith("TEL") for line in lines)
    assert lines[-2:] == ["END:VCARD", ""]


def test_long_lines_fold_without_splitting_characters():
    """A long note with ë and € folds into pieces of at most 75 octets."""
    card = vcard({"name": "Zoë", "notes": "Prijsafspraak € 1.250,00 per fiets, geldig tot eind " * 4})
    physical = card.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    unfolded = card.replace("\r\n ", "")
    assert "Prijsafspraak € 1.250\\,00" in unfolded


def test_split_name():
    """The first word is the given name; Dutch prefixes stay with the family name."""
    assert split_name("Jan de Vries") == ("de Vries", "Jan")
    assert split_name("Madonna") == ("Madonna", "")
